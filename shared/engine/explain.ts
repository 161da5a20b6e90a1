// How a figure of the projection was computed: its value and the steps behind it, in Dutch and
// English, with the numbers of each step. Nothing here has a formula of its own: the baseline
// comes from the compiled model (model.ts), every measure's change from a traced run of the
// same simulateYear() that project() runs, and the rounding and apportioning from the same
// functions. The tests check that every explained value equals project()'s figure.
import type { Lang } from '../format/money';
import { apportion } from '../numbers/apportion';
import type { LocalizedText } from '../scenario/problems';
import type { Line, Scenario } from '../scenario/schema';
import { baselineState, compile, indexStep, type CompiledMeasure, type Model, type ProjectOptions } from './model';
import { BREAKDOWN_DIMENSIONS, breakdownKey, projectModel, roundEuro, targetSeries, type BreakdownDimension } from './project';
import { clients, eur, eurExact, measureTitle, num, perClient, quoted, say, signedEur, strengthNote, w } from './explain-words';
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
  label: LocalizedText;
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
  title: LocalizedText;
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
// Wording

const DIMENSION_NOUN: Record<BreakdownDimension, LocalizedText> = {
  group: { nl: 'groep', en: 'group' },
  organisation: { nl: 'organisatie', en: 'organisation' },
  kind: { nl: 'soort', en: 'kind' },
  taakveld: { nl: 'taakveld', en: 'taakveld' },
};
const KIND_NAME: Record<Line['kind'], LocalizedText> = {
  subsidy: { nl: 'subsidie', en: 'subsidy' },
  individual: { nl: 'individuele voorziening', en: 'individual provision' },
  collective: { nl: 'algemene voorziening', en: 'collective provision' },
  other: { nl: 'overig', en: 'other' },
};
function keyName(dimension: BreakdownDimension, key: string | null, lang: Lang): string {
  if (key === null) return w(lang, `(geen ${DIMENSION_NOUN[dimension].nl})`, `(no ${DIMENSION_NOUN[dimension].en})`);
  if (dimension === 'kind' && key in KIND_NAME) return KIND_NAME[key as Line['kind']][lang];
  return key;
}
const sideName = (side: Side, lang: Lang) => (side === 'baseline' ? w(lang, 'basis', 'baseline') : 'scenario');

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
    label: say((lang) =>
      w(lang, `Afgerond op hele euro’s: ${eurExact(exact, lang)} → ${eur(rounded, lang)}`, `Rounded to whole euros: ${eurExact(exact, lang)} → ${eur(rounded, lang)}`),
    ),
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
        label: say((lang) => w(lang, `Index ${year} = 1 (basisjaar)`, `Index ${year} = 1 (base year)`)),
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
    const formula = (lang: Lang) =>
      `1 + ${num(ws, lang)}·${num(wage, lang)} + ${num(1 - ws, lang)}·${num(price, lang)}`;
    steps.push({
      label: say((lang) =>
        s === baseYear + 1
          ? `Index ${s} = ${formula(lang)} = ${num(idx, lang)}`
          : `Index ${s} = ${num(previous, lang)} × (${formula(lang)}) = ${num(idx, lang)}`,
      ),
      values: { year: s, wageShare: ws, wage, price, step, index: idx },
      result: s === year ? finalIndex : idx,
    });
  }
  return steps;
}

/** " × (1,02)^1 groei"; nothing for a line without growth. */
function growthLabel(model: Model, l: number, yi: number, lang: Lang): string {
  const g = model.volumeGrowth[l] as number;
  if (g === 0) return '';
  const t = (model.years[0] as number) + yi - model.baseYear;
  return ` × (${num(1 + g, lang)})^${t} ${w(lang, 'groei', 'growth')}`;
}

function lineTitle(line: Line, side: Side, year: number): LocalizedText {
  return say((lang) => `${line.name}, ${sideName(side, lang)} ${year}`);
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
      label: say((lang) =>
        (model.volumeGrowth[l] as number) === 0
          ? `${num(volume0, lang)} ${clients(lang)} (${w(lang, 'geen groei', 'no growth')})`
          : `${num(volume0, lang)} ${clients(lang)}${growthLabel(model, l, yi, lang)} = ${num(volume, lang)} ${clients(lang)}`,
      ),
      values: { volume: volume0, volumeGrowth: model.volumeGrowth[l] as number, growth, result: volume },
      result: volume,
    });
    steps.push(...indexSteps(model, l, yi));
    steps.push({
      label: say((lang) => `${eurExact(unitCost0, lang)} ${perClient(lang)} × index ${num(index, lang)} = ${eurExact(unitCost, lang)} ${perClient(lang)}`),
      values: { unitCost: unitCost0, index, result: unitCost },
      result: unitCost,
    });
    steps.push({
      label: say((lang) => `${num(volume, lang)} ${clients(lang)} × ${eurExact(unitCost, lang)} = ${eurExact(cost, lang)}`),
      values: { volume, unitCost, cost },
      result: cost,
    });
  } else {
    const amount = model.unitCost0[l] as number;
    steps.push({
      label: say((lang) => w(lang, `Bedrag in ${model.baseYear}: ${eurExact(amount, lang)}`, `Amount in ${model.baseYear}: ${eurExact(amount, lang)}`)),
      values: { amount, baseYear: model.baseYear },
      result: amount,
    });
    steps.push(...indexSteps(model, l, yi));
    steps.push({
      label: say((lang) =>
        `${eurExact(amount, lang)}${growthLabel(model, l, yi, lang)} × index ${num(index, lang)} = ${eurExact(cost, lang)}`,
      ),
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
  const what = (lang: Lang) => `${measureTitle(m, lang)}${strengthNote(m, lang)}`;
  // How the line's cost changed, in the quantity the measure works on.
  const costChange = (lang: Lang) => `${eurExact(costBefore, lang)} → ${eurExact(costAfter, lang)}`;
  const unitCostChange = (lang: Lang) =>
    volumeLine
      ? `${w(lang, 'kosten per cliënt', 'cost per client')} ${eurExact(e.unitCostBefore, lang)} → ${eurExact(e.unitCostAfter, lang)}; ${w(lang, 'kosten', 'cost')} ${costChange(lang)}`
      : costChange(lang);
  const volumeChange = (lang: Lang) =>
    `${num(e.volumeBefore, lang)} → ${num(e.volumeAfter, lang)} ${clients(lang)}; ${w(lang, 'kosten', 'cost')} ${costChange(lang)}`;
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
      label: say((lang) =>
        volumeLine
          ? `${w(lang, 'Basis', 'Baseline')} ${year}: ${num(t.baseVolume[l] as number, lang)} ${clients(lang)} × ${eurExact(t.baseUnitCost[l] as number, lang)} = ${eurExact(baseCost, lang)}`
          : `${w(lang, 'Basis', 'Baseline')} ${year}: ${eurExact(baseCost, lang)}`,
      ),
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
        label: say((lang) => `${measureTitle(m, lang)}: ${m.op.idle(m, yi, year, lang)}`),
        values: m.op.idleValues(m, yi),
        result: null,
      });
    }
  }
  const volume = t.volume[l] as number;
  const unitCost = t.unitCost[l] as number;
  const cost = volume * unitCost;
  steps.push({
    label: say((lang) =>
      volumeLine
        ? `Scenario ${year}: ${num(volume, lang)} ${clients(lang)} × ${eurExact(unitCost, lang)} = ${eurExact(cost, lang)}`
        : `Scenario ${year}: ${eurExact(cost, lang)}`,
    ),
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
      label: say((lang) => `${line.name}: ${eur(cell, lang)}`),
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
    label: say((lang) =>
      w(lang, `Som van de ${all.length} afgeronde regels: ${eur(sum, lang)}`, `Sum of the ${all.length} rounded lines: ${eur(sum, lang)}`),
    ),
    values: { lines: sum },
    result: sum,
  });
  let value = sum;
  if (ref.side === 'scenario') {
    value = sum - t.fixed;
    steps.push({
      label: say((lang) =>
        w(
          lang,
          `${eur(sum, lang)} − vaste besparingen ${signedEur(t.fixed, lang)} = ${eur(value, lang)}`,
          `${eur(sum, lang)} − fixed savings ${signedEur(t.fixed, lang)} = ${eur(value, lang)}`,
        ),
      ),
      values: { lines: sum, fixed: t.fixed, total: value },
      result: value,
      ref: { figure: 'fixed', year },
    });
  }
  return {
    ref,
    title: say((lang) => `${w(lang, 'Totaal', 'Total')} ${sideName(ref.side, lang)} ${year}`),
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
      label: say((lang) => `${quoted(m.source.name)}: ${eurExact(amount, lang)} (${m.op.source(m, year, lang)})${strengthNote(m, lang)}`),
      values: { amount, strength: m.factor },
      result: amount,
      ref: { figure: 'measure', measureId: m.source.id, year },
    });
  }
  if (steps.length === 0) {
    steps.push({ label: say((lang) => w(lang, 'Geen vaste besparingen', 'No fixed savings')), values: {}, result: 0 });
  }
  steps.push({
    label: say((lang) =>
      w(lang, `Opgeteld ${eurExact(sum, lang)}, afgerond ${eur(t.fixed, lang)}`, `Summed ${eurExact(sum, lang)}, rounded ${eur(t.fixed, lang)}`),
    ),
    values: { exact: t.fixedExact, rounded: t.fixed },
    result: t.fixed,
  });
  return { ref, title: say((lang) => `${w(lang, 'Vaste besparingen', 'Fixed savings')} ${year}`), value: t.fixed, steps };
}

function savingsStep(t: YearTrace, year: number): ExplainStep {
  return {
    label: say((lang) =>
      w(
        lang,
        `Basis ${eur(t.baselineTotal, lang)} − scenario ${eur(t.scenarioTotal, lang)} = ${eur(t.savings, lang)}`,
        `Baseline ${eur(t.baselineTotal, lang)} − scenario ${eur(t.scenarioTotal, lang)} = ${eur(t.savings, lang)}`,
      ),
    ),
    values: { baseline: t.baselineTotal, scenario: t.scenarioTotal, savings: t.savings },
    result: t.savings,
    ref: { figure: 'total', side: 'scenario', year },
  };
}

function explainSavings(ctx: Context, ref: CellRef, yi: number): Explanation {
  const t = ctx.trace(yi);
  return {
    ref,
    title: say((lang) => `${w(lang, 'Besparing', 'Savings')} ${ref.year}`),
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
      label: say((lang) =>
        w(lang, `Besparing ${year}: ${eur(t.savings, lang)} (opgeteld ${eur(sofar, lang)})`, `Savings ${year}: ${eur(t.savings, lang)} (running total ${eur(sofar, lang)})`),
      ),
      values: { savings: t.savings, cumulative: sofar },
      result: sofar,
      ref: { figure: 'savings', year },
    });
  }
  return {
    ref,
    title: say((lang) => `${w(lang, 'Cumulatieve besparing', 'Cumulative savings')} ${first}–${ref.year}`),
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
      label: say((lang) => `${measureTitle(m, lang)}: ${eurExact(exact, lang)} (${m.op.source(m, year, lang)})${strengthNote(m, lang)}`),
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
          label: say((lang) => `${line.name}: ${step.label[lang]}; ${w(lang, 'verschil', 'difference')} ${eurExact(before - after, lang)}`),
          result: before - after,
          ref: { figure: 'line', side: 'scenario', lineId: line.id, year },
        });
      }
    }
    if (!any) {
      steps.push({
        label: say((lang) => `${measureTitle(m, lang)}: ${m.op.idle(m, yi, year, lang)}`),
        values: m.op.idleValues(m, yi),
        result: 0,
      });
    }
    steps.push({
      label: say((lang) =>
        w(
          lang,
          `Effect = totaal vóór de maatregel − totaal erna = ${eurExact(exact, lang)}`,
          `Effect = total before the measure − total after it = ${eurExact(exact, lang)}`,
        ),
      ),
      values: { exact },
      result: exact,
    });
  }
  const value = t.apportioned[m.position] as number;
  const floor = exact === 0 ? 0 : Math.floor(exact);
  const adjustment = value - floor;
  steps.push({
    label: say((lang) =>
      exact === 0
        ? w(lang, 'Een effect van precies 0 blijft 0', 'An effect of exactly 0 stays 0')
        : w(
            lang,
            `Afgerond zodat de effecten samen precies de besparing ${eur(t.savings, lang)} zijn (grootste rest): ${eur(floor, lang)} ${adjustment >= 0 ? '+' : '−'} ${eur(Math.abs(adjustment), lang)} = ${eur(value, lang)}`,
            `Rounded so that the effects add up exactly to the savings ${eur(t.savings, lang)} (largest remainder): ${eur(floor, lang)} ${adjustment >= 0 ? '+' : '−'} ${eur(Math.abs(adjustment), lang)} = ${eur(value, lang)}`,
          ),
    ),
    values: { exact, floor, adjustment, savings: t.savings, effect: value },
    result: value,
    ref: { figure: 'savings', year },
  });
  return { ref, title: say((lang) => `${measureTitle(m, lang)}, ${w(lang, 'effect', 'effect')} ${year}`), value, steps };
}

function explainTarget(ctx: Context, ref: Extract<CellRef, { figure: 'target' | 'gap' }>, yi: number): Explanation {
  const { model } = ctx;
  const year = ref.year;
  const table = model.scenario.target;
  const amount = table === undefined ? null : (targetSeries(model)[yi] ?? null);
  const source = stepSourceYear(table, year);
  const steps: ExplainStep[] = [];
  if (table === undefined) {
    steps.push({ label: say((lang) => w(lang, 'Dit scenario heeft geen taakstelling', 'This scenario has no target')), values: {}, result: null });
  } else if (amount === null || source === undefined) {
    steps.push({
      label: say((lang) => w(lang, `Geen taakstelling vóór het eerste jaar ervan`, `No target before its first year`)),
      values: {},
      result: null,
    });
  } else {
    const listed = table[String(source)] as number;
    steps.push({
      label: say((lang) =>
        source === year
          ? w(lang, `Taakstelling ${year}: ${eurExact(listed, lang)} (genoemd voor ${year})`, `Target ${year}: ${eurExact(listed, lang)} (listed for ${year})`)
          : w(lang, `Taakstelling ${year}: ${eurExact(listed, lang)} (geldt sinds ${source})`, `Target ${year}: ${eurExact(listed, lang)} (applies since ${source})`),
      ),
      values: { listed, fromYear: source },
      result: listed,
    });
    if (listed !== amount) steps.push(roundingStep(listed));
  }
  if (ref.figure === 'target') {
    return { ref, title: say((lang) => `${w(lang, 'Taakstelling', 'Target')} ${year}`), value: amount, steps };
  }
  const t = ctx.trace(yi);
  const gap = amount === null ? null : amount - t.savings;
  if (gap !== null && amount !== null) {
    steps.push({
      label: say((lang) =>
        w(
          lang,
          `Taakstelling ${eur(amount, lang)} − besparing ${eur(t.savings, lang)} = ${eur(gap, lang)} (${gap > 0 ? 'tekort' : gap < 0 ? 'overschot' : 'precies gehaald'})`,
          `Target ${eur(amount, lang)} − savings ${eur(t.savings, lang)} = ${eur(gap, lang)} (${gap > 0 ? 'shortfall' : gap < 0 ? 'surplus' : 'met exactly'})`,
        ),
      ),
      values: { target: amount, savings: t.savings, gap },
      result: gap,
      ref: { figure: 'savings', year },
    });
  }
  return { ref, title: say((lang) => `${w(lang, 'Tekort t.o.v. taakstelling', 'Gap to target')} ${year}`), value: gap, steps };
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
    label: say((lang) =>
      w(lang, `Som van ${members.length} afgeronde regel(s): ${eur(sum, lang)}`, `Sum of ${members.length} rounded line(s): ${eur(sum, lang)}`),
    ),
    values: { sum },
    result: sum,
  });
  return {
    ref,
    title: say(
      (lang) =>
        `${DIMENSION_NOUN[ref.dimension][lang][0]?.toUpperCase()}${DIMENSION_NOUN[ref.dimension][lang].slice(1)} ${keyName(ref.dimension, ref.key, lang)}, ${sideName(ref.side, lang)} ${ref.year}`,
    ),
    value: sum,
    steps,
  };
}
