// How a figure of the projection was computed: its value and the steps behind it, each a text of
// the catalogue (area `explain`, shared/i18n) with the numbers of the step as its arguments. Nothing here has a formula of its own: the baseline
// comes from the compiled model (model.ts), every measure's change from a traced run of the
// same simulateYear() that project() runs, and the rounding and apportioning from the same
// functions. The tests check that every explained value equals project()'s figure.
import { text, type Text } from '../i18n/text';
import { apportion } from '../numbers/apportion';
import type { Line, Scenario } from '../scenario/schema';
import { baselineState, compile, indexStep, LINE_FORM, type CompiledMeasure, type Model, type ProjectOptions } from './model';
import { BREAKDOWN_DIMENSIONS, breakdownKey, projectModel, roundEuro, targetSeries, type BreakdownDimension } from './project';
import { measureAtStrength, measureTitle } from './explain-words';
import type { LineEvent } from './measure-op';
import { createYearState, simulateYear, type YearTracer } from './simulate';
import type { Projection } from './types';
import { stepSourceYear } from './year-table';

export type Side = 'baseline' | 'scenario';

/** One figure the UI shows. `year` is a calendar year of the horizon. */
export type CellRef =
  /** A line's cost in a year, without (baseline) or with (scenario) the measures. */
  | { figure: 'line'; side: Side; lineId: string; year: number }
  /** Baseline total, or scenario total (Σ scenario lines − fixed savings). */
  | { figure: 'total'; side: Side; year: number }
  /** The year's fixed savings (Σ fixed measures, rounded). */
  | { figure: 'fixed'; year: number }
  | { figure: 'savings'; year: number }
  | { figure: 'cumulative'; year: number }
  /** An enabled measure's (apportioned) effect. */
  | { figure: 'measure'; measureId: string; year: number }
  | { figure: 'target'; year: number }
  | { figure: 'gap'; year: number }
  /** A cell of the cost per group, organisation, kind or taakveld (key null: field not set). */
  | { figure: 'breakdown'; dimension: BreakdownDimension; key: string | null; side: Side; year: number };

export interface ExplainStep {
  /** The step written out with its numbers, e.g. "500 cliënten × (1,02)^1 groei = 510 cliënten". */
  label: Text;
  /** The numbers behind the step, exact (unrounded unless the step is a rounding), by name. */
  values: Readonly<Record<string, number>>;
  /** What the step comes to; null where there is nothing (no target yet). */
  result: number | null;
  /** Where the step takes a figure from another cell: explain that ref to go one level down. */
  ref?: CellRef;
}

export interface Explanation {
  ref: CellRef;
  /** What the figure is: "Begeleiding, scenario 2021". */
  title: Text;
  /** The figure as the projection has it (whole euros); null for a target or gap before the first target year. */
  value: number | null;
  /** In order; the last step's result is `value`. */
  steps: ExplainStep[];
}

export interface Explainer {
  /** The projection being explained (project(scenario, options)). */
  readonly projection: Projection;
  /** Throws RangeError for a ref that is not a figure of this projection (unknown id or year). */
  explain(ref: CellRef): Explanation;
}

/** Explains one figure. For many figures of one scenario, createExplainer() computes once. */
export function explain(scenario: Scenario, ref: CellRef, options?: ProjectOptions): Explanation {
  return createExplainer(scenario, options).explain(ref);
}

/** Every figure of a projection, in table order: per year, totals, lines, measures, target, breakdowns. */
export function allCellRefs(projection: Projection): CellRef[] {
  const refs: CellRef[] = [];
  for (const year of projection.years) {
    for (const side of ['baseline', 'scenario'] as const) {
      refs.push({ figure: 'total', side, year });
      for (const line of projection.lines) refs.push({ figure: 'line', side, lineId: line.id, year });
    }
    refs.push({ figure: 'fixed', year }, { figure: 'savings', year }, { figure: 'cumulative', year });
    for (const m of projection.measures) refs.push({ figure: 'measure', measureId: m.id, year });
    if (projection.target) refs.push({ figure: 'target', year }, { figure: 'gap', year });
    for (const dimension of BREAKDOWN_DIMENSIONS) {
      for (const row of projection.breakdown[dimension]) {
        for (const side of ['baseline', 'scenario'] as const) {
          refs.push({ figure: 'breakdown', dimension, key: row.key, side, year });
        }
      }
    }
  }
  return refs;
}

// ---------------------------------------------------------------------------------------------
// One year, traced

interface YearTrace {
  yi: number;
  /** Baseline state and cost per line. */
  baseVolume: Float64Array;
  baseUnitCost: Float64Array;
  baseCost: Float64Array;
  /** Final scenario state per line. */
  volume: Float64Array;
  unitCost: Float64Array;
  events: LineEvent[][];
  cutAmount: Map<number, { pool: number; lost: number }>;
  moved: Map<number, number>;
  effect: number[];
  fixedExact: number;
  baselineCells: number[];
  scenarioCells: number[];
  baselineTotal: number;
  fixed: number;
  scenarioTotal: number;
  savings: number;
  apportioned: number[];
}

function traceYear(model: Model, yi: number): YearTrace {
  const n = model.lineCount;
  const baseVolume = new Float64Array(n);
  const baseUnitCost = new Float64Array(n);
  const baseCost = new Float64Array(n);
  baselineState(model, yi, baseVolume, baseUnitCost, baseCost);

  const events: LineEvent[][] = Array.from({ length: n }, () => []);
  const cutAmount = new Map<number, { pool: number; lost: number }>();
  const moved = new Map<number, number>();
  const tracer: YearTracer = {
    line(measure, l, volumeBefore, unitCostBefore, volumeAfter, unitCostAfter, factor) {
      const role = measure.op.role(measure, l);
      events[l]?.push({ measure, role, volumeBefore, unitCostBefore, volumeAfter, unitCostAfter, factor });
    },
    cutAmount(measure, pool, lost) {
      cutAmount.set(measure.position, { pool, lost });
    },
    shift(measure, amount) {
      moved.set(measure.position, amount);
    },
  };
  const state = createYearState(model);
  simulateYear(model, yi, state, tracer);

  // The rounding of scenario-format.md, "Rounding", as projectModel() does it.
  const baselineCells = Array.from(state.baseline, (c) => roundEuro(c));
  const scenarioCells: number[] = [];
  for (let l = 0; l < n; l++) scenarioCells.push(roundEuro((state.volume[l] as number) * (state.unitCost[l] as number)));
  const baselineTotal = baselineCells.reduce((a, b) => a + b, 0);
  const fixed = roundEuro(state.fixed);
  const scenarioTotal = scenarioCells.reduce((a, b) => a + b, 0) - fixed;
  const savings = baselineTotal - scenarioTotal;
  const effect = Array.from(state.effect);
  const apportioned = effect.length > 0 ? apportion(effect, savings).map((x) => x + 0) : [];
  return {
    yi,
    baseVolume,
    baseUnitCost,
    baseCost,
    volume: state.volume,
    unitCost: state.unitCost,
    events,
    cutAmount,
    moved,
    effect,
    fixedExact: state.fixed,
    baselineCells,
    scenarioCells,
    baselineTotal,
    fixed,
    scenarioTotal,
    savings,
    apportioned,
  };
}

// ---------------------------------------------------------------------------------------------
// The explainer

export function createExplainer(scenario: Scenario, options?: ProjectOptions): Explainer {
  const model = compile(scenario, options);
  const projection = projectModel(model);
  const traces = new Map<number, YearTrace>();
  const trace = (yi: number): YearTrace => {
    let t = traces.get(yi);
    if (t === undefined) {
      t = traceYear(model, yi);
      traces.set(yi, t);
    }
    return t;
  };
  const yearIndex = (year: number): number => {
    const yi = year - (model.years[0] as number);
    if (!Number.isInteger(yi) || yi < 0 || yi >= model.yearCount) {
      throw new RangeError(`year ${year} is outside the horizon ${model.years[0]}–${model.years[model.yearCount - 1]}`);
    }
    return yi;
  };
  const lineIndex = (id: string): number => {
    const l = model.lineIndexById.get(id);
    if (l === undefined) throw new RangeError(`no line "${id}"`);
    return l;
  };
  const measureAt = (id: string): CompiledMeasure => {
    const m = model.measures.find((x) => x.source.id === id);
    if (m === undefined) throw new RangeError(`no enabled measure "${id}"`);
    return m;
  };

  const ctx: Context = { model, trace };
  return {
    projection,
    explain(ref: CellRef): Explanation {
      const yi = yearIndex(ref.year);
      switch (ref.figure) {
        case 'line':
          return ref.side === 'baseline'
            ? explainLineBaseline(ctx, ref, lineIndex(ref.lineId), yi)
            : explainLineScenario(ctx, ref, lineIndex(ref.lineId), yi);
        case 'total':
          return explainTotal(ctx, ref, yi);
        case 'fixed':
          return explainFixed(ctx, ref, yi);
        case 'savings':
          return explainSavings(ctx, ref, yi);
        case 'cumulative':
          return explainCumulative(ctx, ref, yi);
        case 'measure':
          return explainMeasure(ctx, ref, measureAt(ref.measureId), yi);
        case 'target':
        case 'gap':
          return explainTarget(ctx, ref, yi);
        case 'breakdown':
          return explainBreakdown(ctx, ref, yi);
      }
    },
  };
}

interface Context {
  model: Model;
  trace: (yi: number) => YearTrace;
}

/** The last step rounds the exact cost to whole euros. */
function roundingStep(exact: number): ExplainStep {
  const rounded = roundEuro(exact);
  return {
    label: text('explain.rounded', exact, rounded),
    values: { exact, rounded },
    result: rounded,
  };
}

function indexSteps(model: Model, l: number, yi: number): ExplainStep[] {
  const { baseYear } = model;
  const year = (model.years[0] as number) + yi;
  const ws = model.wageShare[l] as number;
  const finalIndex = (model.index[l] as Float64Array)[yi] as number;
  if (year === baseYear) {
    return [
      {
        label: text('explain.indexBaseYear', year),
        values: { year, index: 1 },
        result: finalIndex,
      },
    ];
  }
  const steps: ExplainStep[] = [];
  let idx = 1;
  for (let s = baseYear + 1; s <= year; s++) {
    const wage = model.wage[s - baseYear] as number;
    const price = model.price[s - baseYear] as number;
    const step = indexStep(ws, wage, price);
    const previous = idx;
    idx *= step;
    steps.push({
      label: s === baseYear + 1 ? text('explain.indexFirst', s, ws, wage, price, idx) : text('explain.indexNext', s, previous, ws, wage, price, idx),
      values: { year: s, wageShare: ws, wage, price, step, index: idx },
      result: s === year ? finalIndex : idx,
    });
  }
  return steps;
}

/** The growth of line l and the years it has grown by year yi ("× (1,02)^1 groei"). */
function growthOf(model: Model, l: number, yi: number): [number, number] {
  return [model.volumeGrowth[l] as number, (model.years[0] as number) + yi - model.baseYear];
}

function lineTitle(line: Line, side: Side, year: number): Text {
  return text('explain.lineTitle', line.name, side, year);
}

function explainLineBaseline(ctx: Context, ref: CellRef, l: number, yi: number): Explanation {
  const { model } = ctx;
  const t = ctx.trace(yi);
  const line = model.lines[l] as Line;
  const year = (model.years[0] as number) + yi;
  const growth = (model.growth[l] as Float64Array)[yi] as number;
  const index = (model.index[l] as Float64Array)[yi] as number;
  const steps: ExplainStep[] = [];
  const cost = t.baseCost[l] as number;
  if (model.isVolume[l]) {
    const volume0 = model.volume0[l] as number;
    const unitCost0 = model.unitCost0[l] as number;
    const volume = t.baseVolume[l] as number;
    const unitCost = t.baseUnitCost[l] as number;
    steps.push({
      label:
        (model.volumeGrowth[l] as number) === 0
          ? text('explain.volumeNoGrowth', volume0)
          : text('explain.volumeGrown', volume0, ...growthOf(model, l, yi), volume),
      values: { volume: volume0, volumeGrowth: model.volumeGrowth[l] as number, growth, result: volume },
      result: volume,
    });
    steps.push(...indexSteps(model, l, yi));
    steps.push({
      label: text('explain.unitCostIndexed', unitCost0, index, unitCost),
      values: { unitCost: unitCost0, index, result: unitCost },
      result: unitCost,
    });
    steps.push({
      label: text('explain.volumeTimesUnitCost', volume, unitCost, cost),
      values: { volume, unitCost, cost },
      result: cost,
    });
  } else if (model.form[l] === LINE_FORM.pm) {
    steps.push({ label: text('explain.pmLine'), values: { cost }, result: cost });
  } else if (model.form[l] === LINE_FORM.amounts) {
    // The estimate of the year sits where an amount line keeps its growth (model.ts).
    const oneOff = line.oneOff === true;
    const from = oneOff ? (growth === 0 ? null : year) : (stepSourceYear(line.amounts, year) ?? null);
    steps.push({
      label: text('explain.estimateOfYear', year, growth, from, oneOff),
      values: { amount: growth },
      result: growth,
    });
    steps.push(...indexSteps(model, l, yi));
    steps.push({
      label: text('explain.estimateIndexed', growth, index, cost),
      values: { amount: growth, index, cost },
      result: cost,
    });
  } else {
    const amount = model.unitCost0[l] as number;
    steps.push({
      label: text('explain.amountInBaseYear', model.baseYear, amount),
      values: { amount, baseYear: model.baseYear },
      result: amount,
    });
    steps.push(...indexSteps(model, l, yi));
    steps.push({
      label: text('explain.amountIndexed', amount, ...growthOf(model, l, yi), index, cost),
      values: { amount, growth, index, cost },
      result: cost,
    });
  }
  steps.push(roundingStep(cost));
  return { ref, title: lineTitle(line, 'baseline', year), value: t.baselineCells[l] as number, steps };
}

function eventStep(ctx: Context, t: YearTrace, l: number, e: LineEvent): ExplainStep {
  const { model } = ctx;
  const m = e.measure;
  const yi = t.yi;
  const volumeLine = model.isVolume[l] === 1;
  const costBefore = e.volumeBefore * e.unitCostBefore;
  const costAfter = e.volumeAfter * e.unitCostAfter;
  const phase = m.phase[yi] ?? 1;
  const what = measureAtStrength(m);
  // How the line's cost changed, in the quantity the measure works on.
  const unitCostChange = text('explain.unitCostChange', volumeLine, e.unitCostBefore, e.unitCostAfter, costBefore, costAfter);
  const volumeChange = text('explain.volumeChange', e.volumeBefore, e.volumeAfter, costBefore, costAfter);
  const base = { costBefore, costAfter, volumeBefore: e.volumeBefore, volumeAfter: e.volumeAfter, unitCostBefore: e.unitCostBefore, unitCostAfter: e.unitCostAfter };
  return m.op.event(e, {
    lines: model.lines,
    yi,
    phase,
    costBefore,
    costAfter,
    base,
    what,
    unitCostChange,
    volumeChange,
    cutAmount: t.cutAmount.get(m.position) ?? { pool: 0, lost: 0 },
    moved: t.moved.get(m.position) ?? 0,
  });
}

function explainLineScenario(ctx: Context, ref: CellRef, l: number, yi: number): Explanation {
  const { model } = ctx;
  const t = ctx.trace(yi);
  const line = model.lines[l] as Line;
  const year = (model.years[0] as number) + yi;
  const volumeLine = model.isVolume[l] === 1;
  const baseCost = t.baseCost[l] as number;
  const steps: ExplainStep[] = [
    {
      label: volumeLine
        ? text('explain.baselineVolume', year, t.baseVolume[l] as number, t.baseUnitCost[l] as number, baseCost)
        : text('explain.baselineAmount', year, baseCost),
      values: { volume: t.baseVolume[l] as number, unitCost: t.baseUnitCost[l] as number, cost: baseCost },
      result: baseCost,
      ref: { figure: 'line', side: 'baseline', lineId: line.id, year },
    },
  ];
  const events = t.events[l] ?? [];
  let e = 0;
  for (const m of model.measures) {
    if (!m.op.touches(m, l)) continue;
    let any = false;
    while (e < events.length && (events[e] as LineEvent).measure === m) {
      steps.push(eventStep(ctx, t, l, events[e] as LineEvent));
      e++;
      any = true;
    }
    if (!any) {
      steps.push({
        label: text('explain.idle', measureTitle(m), m.op.idle(m, yi, year) ?? ''),
        values: m.op.idleValues(m, yi),
        result: null,
      });
    }
  }
  const volume = t.volume[l] as number;
  const unitCost = t.unitCost[l] as number;
  const cost = volume * unitCost;
  steps.push({
    label: volumeLine ? text('explain.scenarioVolume', year, volume, unitCost, cost) : text('explain.scenarioAmount', year, cost),
    values: { volume, unitCost, cost },
    result: cost,
  });
  steps.push(roundingStep(cost));
  return { ref, title: lineTitle(line, 'scenario', year), value: t.scenarioCells[l] as number, steps };
}

function lineSumSteps(ctx: Context, t: YearTrace, side: Side, lines: readonly number[]): { steps: ExplainStep[]; sum: number } {
  const { model } = ctx;
  const year = (model.years[0] as number) + t.yi;
  const cells = side === 'baseline' ? t.baselineCells : t.scenarioCells;
  let sum = 0;
  const steps: ExplainStep[] = lines.map((l) => {
    const line = model.lines[l] as Line;
    const cell = cells[l] as number;
    sum += cell;
    return {
      label: text('explain.lineCost', line.name, cell),
      values: { cost: cell },
      result: cell,
      ref: { figure: 'line', side, lineId: line.id, year },
    };
  });
  return { steps, sum };
}

function explainTotal(ctx: Context, ref: Extract<CellRef, { figure: 'total' }>, yi: number): Explanation {
  const { model } = ctx;
  const t = ctx.trace(yi);
  const year = ref.year;
  const all = Array.from({ length: model.lineCount }, (_, l) => l);
  const { steps, sum } = lineSumSteps(ctx, t, ref.side, all);
  steps.push({
    label: text('explain.sumOfLines', all.length, sum),
    values: { lines: sum },
    result: sum,
  });
  let value = sum;
  if (ref.side === 'scenario') {
    value = sum - t.fixed;
    steps.push({
      label: text('explain.minusFixed', sum, t.fixed, value),
      values: { lines: sum, fixed: t.fixed, total: value },
      result: value,
      ref: { figure: 'fixed', year },
    });
  }
  return {
    ref,
    title: text('explain.totalTitle', ref.side, year),
    value,
    steps,
  };
}

function explainFixed(ctx: Context, ref: CellRef, yi: number): Explanation {
  const { model } = ctx;
  const t = ctx.trace(yi);
  const year = ref.year;
  const steps: ExplainStep[] = [];
  let sum = 0;
  for (const m of model.measures) {
    if (!m.op.offLines) continue;
    const amount = m.fixed[yi] as number;
    sum += amount;
    steps.push({
      label: text('explain.fixedMeasure', m.source.name, amount, m.op.source(m, year) ?? '', m.factor),
      values: { amount, strength: m.factor },
      result: amount,
      ref: { figure: 'measure', measureId: m.source.id, year },
    });
  }
  if (steps.length === 0) {
    steps.push({ label: text('explain.noFixed'), values: {}, result: 0 });
  }
  steps.push({
    label: text('explain.fixedSum', sum, t.fixed),
    values: { exact: t.fixedExact, rounded: t.fixed },
    result: t.fixed,
  });
  return { ref, title: text('explain.fixedTitle', year), value: t.fixed, steps };
}

function savingsStep(t: YearTrace, year: number): ExplainStep {
  return {
    label: text('explain.savings', t.baselineTotal, t.scenarioTotal, t.savings),
    values: { baseline: t.baselineTotal, scenario: t.scenarioTotal, savings: t.savings },
    result: t.savings,
    ref: { figure: 'total', side: 'scenario', year },
  };
}

function explainSavings(ctx: Context, ref: CellRef, yi: number): Explanation {
  const t = ctx.trace(yi);
  return {
    ref,
    title: text('explain.savingsTitle', ref.year),
    value: t.savings,
    steps: [savingsStep(t, ref.year)],
  };
}

function explainCumulative(ctx: Context, ref: CellRef, yi: number): Explanation {
  const { model } = ctx;
  const first = model.years[0] as number;
  const steps: ExplainStep[] = [];
  let running = 0;
  for (let k = 0; k <= yi; k++) {
    const t = ctx.trace(k);
    running += t.savings;
    const year = first + k;
    const sofar = running;
    steps.push({
      label: text('explain.savingsSoFar', year, t.savings, sofar),
      values: { savings: t.savings, cumulative: sofar },
      result: sofar,
      ref: { figure: 'savings', year },
    });
  }
  return {
    ref,
    title: text('explain.cumulativeTitle', first, ref.year),
    value: running,
    steps,
  };
}

function explainMeasure(ctx: Context, ref: CellRef, m: CompiledMeasure, yi: number): Explanation {
  const { model } = ctx;
  const t = ctx.trace(yi);
  const year = ref.year;
  const exact = t.effect[m.position] as number;
  const steps: ExplainStep[] = [];
  if (m.op.offLines) {
    steps.push({
      label: text('explain.offLines', measureTitle(m), exact, m.op.source(m, year) ?? '', m.factor),
      values: { amount: exact, strength: m.factor },
      result: exact,
    });
  } else {
    let any = false;
    for (let l = 0; l < model.lineCount; l++) {
      for (const e of t.events[l] ?? []) {
        if (e.measure !== m) continue;
        any = true;
        const line = model.lines[l] as Line;
        const before = e.volumeBefore * e.unitCostBefore;
        const after = e.volumeAfter * e.unitCostAfter;
        const step = eventStep(ctx, t, l, e);
        steps.push({
          ...step,
          label: text('explain.onLine', line.name, step.label, before - after),
          result: before - after,
          ref: { figure: 'line', side: 'scenario', lineId: line.id, year },
        });
      }
    }
    if (!any) {
      steps.push({
        label: text('explain.idle', measureTitle(m), m.op.idle(m, yi, year) ?? ''),
        values: m.op.idleValues(m, yi),
        result: 0,
      });
    }
    steps.push({
      label: text('explain.effect', exact),
      values: { exact },
      result: exact,
    });
  }
  const value = t.apportioned[m.position] as number;
  const floor = exact === 0 ? 0 : Math.floor(exact);
  const adjustment = value - floor;
  steps.push({
    label: exact === 0 ? text('explain.effectZero') : text('explain.effectRounded', t.savings, floor, adjustment, value),
    values: { exact, floor, adjustment, savings: t.savings, effect: value },
    result: value,
    ref: { figure: 'savings', year },
  });
  return { ref, title: text('explain.measureEffectTitle', measureTitle(m), year), value, steps };
}

function explainTarget(ctx: Context, ref: Extract<CellRef, { figure: 'target' | 'gap' }>, yi: number): Explanation {
  const { model } = ctx;
  const year = ref.year;
  const table = model.scenario.target;
  const amount = table === undefined ? null : (targetSeries(model)[yi] ?? null);
  const source = stepSourceYear(table, year);
  const steps: ExplainStep[] = [];
  if (table === undefined) {
    steps.push({ label: text('explain.noTarget'), values: {}, result: null });
  } else if (amount === null || source === undefined) {
    steps.push({
      label: text('explain.noTargetYet'),
      values: {},
      result: null,
    });
  } else {
    const listed = table[String(source)] as number;
    steps.push({
      label: source === year ? text('explain.targetListed', year, listed) : text('explain.targetSince', year, listed, source),
      values: { listed, fromYear: source },
      result: listed,
    });
    if (listed !== amount) steps.push(roundingStep(listed));
  }
  if (ref.figure === 'target') {
    return { ref, title: text('explain.targetTitle', year), value: amount, steps };
  }
  const t = ctx.trace(yi);
  const gap = amount === null ? null : amount - t.savings;
  if (gap !== null && amount !== null) {
    steps.push({
      label: text('explain.gap', amount, t.savings, gap),
      values: { target: amount, savings: t.savings, gap },
      result: gap,
      ref: { figure: 'savings', year },
    });
  }
  return { ref, title: text('explain.gapTitle', year), value: gap, steps };
}

function explainBreakdown(ctx: Context, ref: Extract<CellRef, { figure: 'breakdown' }>, yi: number): Explanation {
  const { model } = ctx;
  const t = ctx.trace(yi);
  const members: number[] = [];
  model.lines.forEach((line, l) => {
    if (breakdownKey(line, ref.dimension) === ref.key) members.push(l);
  });
  if (members.length === 0) throw new RangeError(`no ${ref.dimension} "${ref.key}"`);
  const { steps, sum } = lineSumSteps(ctx, t, ref.side, members);
  steps.push({
    label: text('explain.sumOfMembers', members.length, sum),
    values: { sum },
    result: sum,
  });
  return {
    ref,
    title: text('explain.breakdownTitle', ref.dimension, ref.key, ref.side, ref.year),
    value: sum,
    steps,
  };
}
