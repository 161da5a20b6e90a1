// project(scenario): the projection of scenario-format.md, "The projection" and "Rounding".
// Per year: simulate (model.ts, simulate.ts), then round every line cell half away from zero,
// sum rounded cells into totals, round the year's fixed savings once, and apportion the exact
// measure effects over the year's savings so every table adds up to the euro.
import type { Line, Scenario } from '../scenario/schema';
import { apportion, roundHalfAway } from '../numbers/apportion';
import { checkFigure, checkYearFigures, compile, type Model, type ProjectOptions } from './model';
import { createYearState, simulateYear } from './simulate';
import type { BreakdownRow, LineProjection, MeasureEffect, Projection } from './types';
import { stepSeries } from './year-table';

export type { ProjectOptions } from './model';
export { ProjectionInputError } from './model';

// Read once: a CommonJS build (tsx, jest) turns every use of an imported binding into a
// property read through a getter, which costs measurably in the per-cell loop.
const roundHalf = roundHalfAway;

/** Whole euros, half away from zero; never −0 (so JSON and equality stay clean). */
export function roundEuro(x: number): number {
  return roundHalf(x) + 0;
}

export const BREAKDOWN_DIMENSIONS = ['group', 'organisation', 'kind', 'taakveld'] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

/** The breakdown key of a line; null when the field is not set. */
export function breakdownKey(line: Line, dimension: BreakdownDimension): string | null {
  return line[dimension] ?? null;
}

export function project(scenario: Scenario, options?: ProjectOptions): Projection {
  return projectModel(compile(scenario, options));
}

export function projectModel(model: Model): Projection {
  const { years, yearCount: Y, lineCount: n, lines, measures } = model;
  const M = measures.length;
  // The baseline side, when this model's basis has it already; else rounded in the loop below.
  const known = model.basis === null ? undefined : baselines.get(model.basis);

  const zeros = () => new Array<number>(Y).fill(0);
  const scenarioCells: number[][] = [];
  for (let l = 0; l < n; l++) scenarioCells.push(zeros());
  const baselineCells: number[][] = known?.cells ?? scenarioCells.map(zeros);
  const baselineTotal: number[] = known?.total ?? new Array<number>(Y);
  const exact: number[][] = [];
  const apportioned: number[][] = [];
  for (let k = 0; k < M; k++) {
    exact.push(zeros());
    apportioned.push(zeros());
  }
  const scenarioTotal = new Array<number>(Y);
  const fixedTotal = new Array<number>(Y);
  const savings = new Array<number>(Y);
  const cumulative = new Array<number>(Y);

  const state = createYearState(model);
  const yearEffects = new Array<number>(M).fill(0);
  const { volume, unitCost, effect, baseline } = state;
  let running = 0;
  for (let yi = 0; yi < Y; yi++) {
    simulateYear(model, yi, state);
    let baseSum = 0;
    let scenSum = 0;
    for (let l = 0; l < n; l++) {
      if (known === undefined) {
        const b = roundEuro(baseline[l] as number);
        (baselineCells[l] as number[])[yi] = b;
        baseSum += b;
      }
      const s = roundEuro((volume[l] as number) * (unitCost[l] as number));
      (scenarioCells[l] as number[])[yi] = s;
      scenSum += s;
    }
    if (known === undefined) baselineTotal[yi] = baseSum;
    const fixed = roundEuro(state.fixed);
    const scenarioYear = scenSum - fixed;
    const saved = (baselineTotal[yi] as number) - scenarioYear;
    running += saved;
    checkYearFigures(years[yi] as number, baselineTotal[yi] as number, scenSum, fixed, running);
    scenarioTotal[yi] = scenarioYear;
    fixedTotal[yi] = fixed;
    savings[yi] = saved;
    cumulative[yi] = running;
    if (M > 0) {
      for (let k = 0; k < M; k++) {
        const e = effect[k] as number;
        yearEffects[k] = e;
        (exact[k] as number[])[yi] = e;
      }
      const split = apportion(yearEffects, saved);
      for (let k = 0; k < M; k++) (apportioned[k] as number[])[yi] = (split[k] as number) + 0;
    }
  }

  const lineRows: LineProjection[] = lines.map((line, l) => ({
    id: line.id,
    name: line.name,
    kind: line.kind,
    group: line.group ?? null,
    organisation: line.organisation ?? null,
    taakveld: line.taakveld ?? null,
    baseline: baselineCells[l] as number[],
    scenario: scenarioCells[l] as number[],
  }));

  const measureRows: MeasureEffect[] = measures.map((m, k) => ({
    id: m.source.id,
    name: m.source.name,
    type: m.source.type,
    effect: apportioned[k] as number[],
    exact: exact[k] as number[],
    nature: m.structural ? 'structural' : 'incidental',
    probability: m.probability,
    oneOffCosts: m.oneOffCosts.length === 0 ? zeros() : Array.from(m.oneOffCosts),
  }));
  const version2 = version2Sums(model, measureRows, savings);

  const group = breakdown(model, 'group', lineRows, known?.breakdown.group);
  const organisation = breakdown(model, 'organisation', lineRows, known?.breakdown.organisation);
  const kind = breakdown(model, 'kind', lineRows, known?.breakdown.kind);
  const taakveld = breakdown(model, 'taakveld', lineRows, known?.breakdown.taakveld);
  if (known === undefined && model.basis !== null) {
    keepBaseline(model.basis, {
      cells: baselineCells,
      total: baselineTotal,
      breakdown: { group: group.base, organisation: organisation.base, kind: kind.base, taakveld: taakveld.base },
    });
  }
  const projection: Projection = {
    years: [...years],
    lines: lineRows,
    baseline: { total: baselineTotal },
    scenario: { total: scenarioTotal, fixed: fixedTotal },
    savings: { total: savings, cumulative, ...version2.savings },
    paybackYear: version2.paybackYear,
    pm: pmOf(model.scenario),
    measures: measureRows,
    breakdown: { group: group.rows, organisation: organisation.rows, kind: kind.rows, taakveld: taakveld.rows },
  };
  const target = model.scenario.target;
  if (target !== undefined) {
    const amounts = targetSeries(model);
    const gap = amounts.map((a, yi) => (a === null ? null : a - (savings[yi] as number)));
    const structural = version2.savings.structural;
    projection.target = {
      amount: amounts,
      gap,
      met: gap.map((g) => (g === null ? null : g <= 0)),
      structuralGap: amounts.map((a, yi) => (a === null ? null : a - (structural[yi] as number))),
    };
  }
  return projection;
}

/**
 * What version 2 adds to the savings (scenario-format.md, "Version 2, exactly"): structural and
 * incidental, one-off costs and net, the payback year, risk-weighted and realised savings.
 */
function version2Sums(model: Model, measures: readonly MeasureEffect[], savings: readonly number[]): { savings: Omit<Projection['savings'], 'total' | 'cumulative'>; paybackYear: number | null } {
  const Y = model.yearCount;
  const structural = new Array<number>(Y).fill(0);
  const oneOffCosts = new Array<number>(Y).fill(0);
  const weighted = new Array<number>(Y).fill(0);
  for (const m of measures) {
    const p = m.probability;
    for (let yi = 0; yi < Y; yi++) {
      const e = m.effect[yi] as number;
      if (m.nature === 'structural') structural[yi] = (structural[yi] as number) + e;
      oneOffCosts[yi] = (oneOffCosts[yi] as number) + (m.oneOffCosts[yi] as number);
      weighted[yi] = (weighted[yi] as number) + p * e;
    }
  }
  const incidental = structural.map((s, yi) => (savings[yi] as number) - s);
  const net = oneOffCosts.map((c, yi) => (savings[yi] as number) - c);
  const netCumulative = new Array<number>(Y);
  let running = 0;
  let wasNegative = false;
  let paybackYear: number | null = null;
  for (let yi = 0; yi < Y; yi++) {
    running += net[yi] as number;
    checkFigure(running, 'the net cumulative savings', model.years[yi] as number);
    netCumulative[yi] = running;
    if (running < 0) wasNegative = true;
    else if (wasNegative && paybackYear === null) paybackYear = model.years[yi] as number;
  }
  return {
    savings: {
      structural,
      incidental,
      oneOffCosts,
      net,
      netCumulative,
      riskWeighted: weighted.map(roundEuro),
      realised: realisedSeries(model),
    },
    paybackYear,
  };
}

/** Σ over all measures of the file (enabled or not) of the listed realised amounts, each rounded; null where none lists the year. */
function realisedSeries(model: Model): (number | null)[] {
  const out: (number | null)[] = new Array<number | null>(model.yearCount).fill(null);
  for (const m of model.scenario.measures ?? []) {
    if (m.realised === undefined) continue;
    for (let yi = 0; yi < model.yearCount; yi++) {
      const value = m.realised[String(model.years[yi])];
      if (value === undefined) continue;
      out[yi] = (out[yi] ?? 0) + roundEuro(value);
    }
  }
  return out;
}

/** Pro memorie lines and measures, in file order. */
export function pmOf(scenario: Scenario): Projection['pm'] {
  return {
    lines: scenario.lines.filter((l) => l.pm === true).map((l) => l.id),
    measures: (scenario.measures ?? []).filter((m) => m.pm === true).map((m) => m.id),
  };
}

/** A breakdown's rows before the scenario: which lines each holds, and their baseline sums. */
interface BaselineBreakdown {
  keys: (string | null)[];
  rowOf: Int32Array;
  lineIds: string[][];
  baseline: number[][];
}

/**
 * What a projection takes from the baseline alone: the rounded line cells, their total per year
 * and the breakdowns' baseline rows. Kept per model basis (model.ts), so that edits of measures
 * do not compute it again; then frozen, as every projection of that basis shares these arrays.
 * A model without a basis (a scenario that is not frozen) gets its own, neither kept nor frozen.
 */
interface BaselineParts {
  cells: number[][];
  total: number[];
  breakdown: Record<BreakdownDimension, BaselineBreakdown>;
}

const baselines = new WeakMap<object, BaselineParts>();

/** Kept for the basis, frozen: every projection of that basis shares these arrays from now on. */
function keepBaseline(basis: object, parts: BaselineParts): void {
  for (const row of parts.cells) Object.freeze(row);
  Object.freeze(parts.total);
  for (const d of BREAKDOWN_DIMENSIONS) {
    for (const ids of parts.breakdown[d].lineIds) Object.freeze(ids);
    for (const row of parts.breakdown[d].baseline) Object.freeze(row);
  }
  baselines.set(basis, parts);
}

/** The target per horizon year in whole euros (step reading), null before the first target year. */
export function targetSeries(model: Model): (number | null)[] {
  const series = stepSeries(model.scenario.target, model.years[0] as number, model.yearCount, Number.NaN);
  return Array.from(series, (v) => (Number.isNaN(v) ? null : roundEuro(v)));
}

/** The rows of a breakdown and each line's row: order of first appearance, the null key last. */
export function breakdownRows(lines: readonly Line[], dimension: BreakdownDimension): { keys: (string | null)[]; rowOf: Int32Array } {
  const n = lines.length;
  const keys: (string | null)[] = [];
  const rowByKey = new Map<string, number>();
  const rowOf = new Int32Array(n);
  let unset = false;
  for (let l = 0; l < n; l++) {
    const key = breakdownKey(lines[l] as Line, dimension);
    if (key === null) {
      unset = true;
      rowOf[l] = -1;
      continue;
    }
    let row = rowByKey.get(key);
    if (row === undefined) {
      row = keys.push(key) - 1;
      rowByKey.set(key, row);
    }
    rowOf[l] = row;
  }
  if (unset) {
    const row = keys.push(null) - 1;
    for (let l = 0; l < n; l++) if (rowOf[l] === -1) rowOf[l] = row;
  }
  return { keys, rowOf };
}

/**
 * Cost per group, organisation, kind or taakveld. Cells are sums of the rounded line cells,
 * so rows add up to Σ lines (= baseline total; = scenario total + fixed savings, which belong
 * to no line). The baseline side comes from `known` when the model's basis has it, else it is
 * summed in the same pass (and returned, to be kept).
 */
function breakdown(
  model: Model,
  dimension: BreakdownDimension,
  lines: readonly LineProjection[],
  known: BaselineBreakdown | undefined,
): { rows: BreakdownRow[]; base: BaselineBreakdown } {
  const Y = model.yearCount;
  const { keys, rowOf } = known ?? breakdownRows(model.lines, dimension);
  const zeros = () => new Array<number>(Y).fill(0);
  const scenario = keys.map(zeros);
  const baseline = known?.baseline ?? keys.map(zeros);
  const lineIds = known?.lineIds ?? keys.map((): string[] => []);
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l] as LineProjection;
    const row = rowOf[l] as number;
    const rs = scenario[row] as number[];
    const ls = line.scenario;
    if (known === undefined) {
      (lineIds[row] as string[]).push(line.id);
      const rb = baseline[row] as number[];
      const lb = line.baseline;
      for (let yi = 0; yi < Y; yi++) {
        rb[yi] = (rb[yi] as number) + (lb[yi] as number);
        rs[yi] = (rs[yi] as number) + (ls[yi] as number);
      }
    } else {
      for (let yi = 0; yi < Y; yi++) rs[yi] = (rs[yi] as number) + (ls[yi] as number);
    }
  }
  const rows = keys.map((key, row) => ({
    key,
    lineIds: lineIds[row] as string[],
    baseline: baseline[row] as number[],
    scenario: scenario[row] as number[],
  }));
  return { rows, base: { keys, rowOf, lineIds, baseline } };
}
