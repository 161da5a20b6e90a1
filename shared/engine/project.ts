// project(scenario): the projection of scenario-format.md, "The projection" and "Rounding".
// Per year: simulate (model.ts, simulate.ts), then round every line cell half away from zero,
// sum rounded cells into totals, round the year's fixed savings once, and apportion the exact
// measure effects over the year's savings so every table adds up to the euro.
import type { Line, Scenario } from '../scenario/schema';
import { apportion, roundHalfAway } from '../numbers/apportion';
import { compile, type Model, type ProjectOptions } from './model';
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

  const zeros = () => new Array<number>(Y).fill(0);
  const baselineCells: number[][] = [];
  const scenarioCells: number[][] = [];
  for (let l = 0; l < n; l++) {
    baselineCells.push(zeros());
    scenarioCells.push(zeros());
  }
  const exact: number[][] = [];
  const apportioned: number[][] = [];
  for (let k = 0; k < M; k++) {
    exact.push(zeros());
    apportioned.push(zeros());
  }
  const baselineTotal = new Array<number>(Y);
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
      const b = roundEuro(baseline[l] as number);
      const s = roundEuro((volume[l] as number) * (unitCost[l] as number));
      (baselineCells[l] as number[])[yi] = b;
      (scenarioCells[l] as number[])[yi] = s;
      baseSum += b;
      scenSum += s;
    }
    const fixed = roundEuro(state.fixed);
    const scenarioYear = scenSum - fixed;
    const saved = baseSum - scenarioYear;
    running += saved;
    baselineTotal[yi] = baseSum;
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
  }));

  const projection: Projection = {
    years: [...years],
    lines: lineRows,
    baseline: { total: baselineTotal },
    scenario: { total: scenarioTotal, fixed: fixedTotal },
    savings: { total: savings, cumulative },
    measures: measureRows,
    breakdown: {
      group: breakdown(model, 'group', lineRows),
      organisation: breakdown(model, 'organisation', lineRows),
      kind: breakdown(model, 'kind', lineRows),
      taakveld: breakdown(model, 'taakveld', lineRows),
    },
  };
  const target = model.scenario.target;
  if (target !== undefined) {
    const amounts = targetSeries(model);
    projection.target = {
      amount: amounts,
      gap: amounts.map((a, yi) => (a === null ? null : a - (savings[yi] as number))),
    };
  }
  return projection;
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
 * to no line).
 */
function breakdown(model: Model, dimension: BreakdownDimension, lines: readonly LineProjection[]): BreakdownRow[] {
  const Y = model.yearCount;
  const { keys, rowOf } = breakdownRows(model.lines, dimension);
  const rows: BreakdownRow[] = keys.map((key) => ({
    key,
    lineIds: [],
    baseline: new Array<number>(Y).fill(0),
    scenario: new Array<number>(Y).fill(0),
  }));
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l] as LineProjection;
    const row = rows[rowOf[l] as number] as BreakdownRow;
    row.lineIds.push(line.id);
    const rb = row.baseline;
    const rs = row.scenario;
    const lb = line.baseline;
    const ls = line.scenario;
    for (let yi = 0; yi < Y; yi++) {
      rb[yi] = (rb[yi] as number) + (lb[yi] as number);
      rs[yi] = (rs[yi] as number) + (ls[yi] as number);
    }
  }
  return rows;
}
