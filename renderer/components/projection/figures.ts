// The figures of the projection column's tables, in the ui unit, from shared/ only: the year
// table is shared/format yearRows(); the cost and per-partner tables take the engine's breakdown
// rows and, in thousands, shared/format toThousands() so every column still adds up to the
// year table's totals. Pure functions of (projection, unit): memoise them on the projection.
import type { BreakdownDimension } from '../../../shared/engine/project';
import type { BreakdownRow, Projection } from '../../../shared/engine/types';
import type { MoneyUnit } from '../../../shared/format/money';
import { toThousands } from '../../../shared/format/thousands';
import { yearRows, type YearRow } from '../../../shared/format/year-rows';
import type { LineKind } from '../../../shared/scenario/schema';

export type { YearRow };

/** The year table's rows (baseline, scenario, savings, cumulative, per measure, target, gap). */
export function savingsRows(projection: Projection, unit: MoneyUnit): YearRow[] {
  return yearRows(projection, unit);
}

/** Values per year of one kind of row in yearRows(); empty when absent (no target). */
export function rowValues(rows: readonly YearRow[], kind: YearRow['kind']): (number | null)[] {
  return rows.find((r) => r.kind === kind)?.values ?? [];
}

// ---------------------------------------------------------------------------------------------
// Costs per kind

export const LINE_KINDS: readonly LineKind[] = ['subsidy', 'individual', 'collective', 'other'];

export interface CostTable {
  /** Kinds present in the scenario, in LINE_KINDS order. */
  kinds: LineKind[];
  baseline: { perKind: number[][]; total: number[] };
  /** perKind: Σ rounded scenario lines of the kind; fixed: −(fixed savings), so rows add up to total. */
  scenario: { perKind: number[][]; fixed: number[]; total: number[] };
  /** Whether any year has fixed savings or costs (the row is shown only then). */
  hasFixed: boolean;
}

/**
 * Cost per kind, baseline and scenario, per year. Totals are the year table's (yearRows), so the
 * two tables agree to the euro (or to the thousand); in thousands the kinds are apportioned over
 * those totals with toThousands, so each block adds up.
 */
export function costTable(projection: Projection, rows: readonly YearRow[], unit: MoneyUnit): CostTable {
  const byKind = new Map(projection.breakdown.kind.map((r) => [r.key, r]));
  const kinds = LINE_KINDS.filter((k) => byKind.has(k));
  const present = kinds.map((k) => byKind.get(k) as BreakdownRow);
  const baseTotal = rowValues(rows, 'baseline') as number[];
  const scenTotal = rowValues(rows, 'scenario') as number[];
  const fixed = projection.scenario.fixed.map((f) => -f + 0);
  const Y = projection.years.length;
  const basePer = kinds.map(() => new Array<number>(Y).fill(0));
  const scenPer = kinds.map(() => new Array<number>(Y).fill(0));
  const fixedOut = new Array<number>(Y).fill(0);
  for (let yi = 0; yi < Y; yi++) {
    const bParts = present.map((r) => r.baseline[yi] ?? 0);
    const sParts = [...present.map((r) => r.scenario[yi] ?? 0), fixed[yi] ?? 0];
    const b = unit === 'thousand' ? toThousands(bParts, baseTotal[yi] ?? 0).parts.map((v) => v * 1000 + 0) : bParts;
    const s = unit === 'thousand' ? toThousands(sParts, scenTotal[yi] ?? 0).parts.map((v) => v * 1000 + 0) : sParts;
    kinds.forEach((_, k) => {
      (basePer[k] as number[])[yi] = b[k] ?? 0;
      (scenPer[k] as number[])[yi] = s[k] ?? 0;
    });
    fixedOut[yi] = s[kinds.length] ?? 0;
  }
  return {
    kinds,
    baseline: { perKind: basePer, total: baseTotal },
    scenario: { perKind: scenPer, fixed: fixedOut, total: scenTotal },
    hasFixed: fixed.some((f) => f !== 0),
  };
}

// ---------------------------------------------------------------------------------------------
// Per partner (organisation, group, kind or taakveld)

/** One year (its index in projection.years) or the whole horizon added up. */
export type Period = { kind: 'year'; index: number } | { kind: 'horizon' };

export interface PartnerRow {
  /** The breakdown key; null: lines without this field. */
  key: string | null;
  lineIds: string[];
  baseline: number;
  scenario: number;
  /** scenario − baseline, in the unit (negative: a cut). */
  change: number;
  /** The change as a fraction of the baseline, from whole euros; null when the baseline is 0. */
  changeFraction: number | null;
  /** The change in whole euros, for sorting whatever the unit. */
  changeEuro: number;
  /** The change added up over the whole horizon, in the unit. */
  horizonChange: number;
}

export interface PartnerTable {
  rows: PartnerRow[];
  /** −(fixed savings): in the scenario but tied to no line, so to no partner; null when none. */
  fixed: { scenario: number; change: number; horizonChange: number } | null;
  total: { baseline: number; scenario: number; change: number; changeFraction: number | null; horizonChange: number };
}

const HORIZON: Period = { kind: 'horizon' };

function atPeriod(series: readonly number[], period: Period): number {
  if (period.kind === 'year') return series[period.index] ?? 0;
  let sum = 0;
  for (const v of series) sum += v;
  return sum;
}

const fraction = (change: number, base: number): number | null => (base === 0 ? null : change / base);

/**
 * The rows of a breakdown for one period, sorted by the change (the largest cut first; ties by
 * key, the row without a key last). A fixed-savings row and the total make the table add up to
 * the year table: Σ rows + fixed = scenario total, Σ rows = baseline total; over the horizon the
 * total change is minus the cumulative savings.
 */
export function partnerTable(
  projection: Projection,
  rows: readonly YearRow[],
  dimension: BreakdownDimension,
  period: Period,
  unit: MoneyUnit,
): PartnerTable {
  const source = projection.breakdown[dimension];
  const baseEuro = source.map((r) => atPeriod(r.baseline, period));
  const scenEuro = source.map((r) => atPeriod(r.scenario, period));
  const fixedEuro = -atPeriod(projection.scenario.fixed, period) + 0;
  const totalBaseEuro = atPeriod(projection.baseline.total, period);
  const totalScenEuro = atPeriod(projection.scenario.total, period);

  let base = baseEuro;
  let scen = scenEuro;
  let fixed = fixedEuro;
  let totalBase = totalBaseEuro;
  let totalScen = totalScenEuro;
  // The change over the whole horizon, per row: Σ years (scenario − baseline); the fixed row's is
  // −Σ fixed savings; together minus the cumulative savings.
  const horizonEuro = source.map((r) => atPeriod(r.scenario, HORIZON) - atPeriod(r.baseline, HORIZON));
  const horizonFixedEuro = -atPeriod(projection.scenario.fixed, HORIZON) + 0;
  let horizon = horizonEuro;
  let horizonFixed = horizonFixedEuro;
  let horizonTotal = atPeriod(projection.scenario.total, HORIZON) - atPeriod(projection.baseline.total, HORIZON);
  if (unit === 'thousand') {
    // The totals as the year table shows them: baseline rounded, scenario = baseline − savings
    // (per year), and over the horizon baseline − cumulative savings.
    const yearBase = rowValues(rows, 'baseline') as number[];
    const yearSavings = rowValues(rows, 'savings') as number[];
    const cumulative = rowValues(rows, 'cumulative') as number[];
    if (period.kind === 'year') {
      totalBase = yearBase[period.index] ?? 0;
      totalScen = totalBase - (yearSavings[period.index] ?? 0);
    } else {
      totalBase = toThousands([], totalBaseEuro).total * 1000 + 0;
      totalScen = totalBase - (cumulative[cumulative.length - 1] ?? 0);
    }
    base = toThousands(baseEuro, totalBase).parts.map((v) => v * 1000 + 0);
    const split = toThousands([...scenEuro, fixedEuro], totalScen).parts.map((v) => v * 1000 + 0);
    scen = split.slice(0, source.length);
    fixed = split[source.length] ?? 0;
    horizonTotal = -(cumulative[cumulative.length - 1] ?? 0) + 0;
    const hSplit = toThousands([...horizonEuro, horizonFixedEuro], horizonTotal).parts.map((v) => v * 1000 + 0);
    horizon = hSplit.slice(0, source.length);
    horizonFixed = hSplit[source.length] ?? 0;
  }

  const out: PartnerRow[] = source.map((r, i) => {
    const b = base[i] ?? 0;
    const s = scen[i] ?? 0;
    const changeEuro = (scenEuro[i] ?? 0) - (baseEuro[i] ?? 0);
    return {
      key: r.key,
      lineIds: r.lineIds,
      baseline: b,
      scenario: s,
      change: s - b,
      changeFraction: fraction(changeEuro, baseEuro[i] ?? 0),
      changeEuro,
      horizonChange: horizon[i] ?? 0,
    };
  });
  out.sort(
    (a, b) =>
      a.changeEuro - b.changeEuro ||
      (a.key === null ? 1 : 0) - (b.key === null ? 1 : 0) ||
      (a.key ?? '').localeCompare(b.key ?? ''),
  );
  const hasFixed = projection.scenario.fixed.some((f) => f !== 0);
  return {
    rows: out,
    fixed: hasFixed ? { scenario: fixed, change: fixed, horizonChange: horizonFixed } : null,
    total: {
      baseline: totalBase,
      scenario: totalScen,
      change: totalScen - totalBase,
      changeFraction: fraction(totalScenEuro - totalBaseEuro, totalBaseEuro),
      horizonChange: horizonTotal,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The savings chart's series

/** A chart draws at most this many measure series; the rest become one "other measures" series. */
export const CHART_MEASURES_MAX = 10;

export interface ChartMeasures {
  /** The measures drawn on their own, in file order, with their index in projection.measures (their colour). */
  shown: { index: number; row: YearRow }[];
  /** The others added up per year (whole euros, or whole thousands as euros); null when none. */
  other: { count: number; values: number[] } | null;
}

/**
 * Which measures the savings chart draws. Sixty stacked series are unreadable (the palette
 * repeats after seven colours) and cost chart.js a quarter of a second per redraw: above
 * CHART_MEASURES_MAX, the largest measures over the horizon (by Σ |effect|) keep their own
 * series and the rest are summed into one. The year table still lists every measure.
 */
export function chartMeasures(rows: readonly YearRow[], max = CHART_MEASURES_MAX): ChartMeasures {
  const measures = rows.filter((r) => r.kind === 'measure').map((row, index) => ({ index, row }));
  if (measures.length <= max) return { shown: measures, other: null };
  // Each measure's size once, not in every comparison of the sort (60 measures × 30 years).
  const sizes = measures.map((m) => m.row.values.reduce<number>((a, v) => a + Math.abs(v ?? 0), 0));
  const keep = new Set(
    measures
      .map((m, k) => ({ index: m.index, size: sizes[k] as number }))
      .sort((a, b) => b.size - a.size || a.index - b.index)
      .slice(0, max - 1)
      .map((m) => m.index),
  );
  const shown = measures.filter((m) => keep.has(m.index));
  const rest = measures.filter((m) => !keep.has(m.index));
  const years = rows[0]?.values.length ?? 0;
  const values = Array.from({ length: years }, (_, i) => rest.reduce((a, m) => a + (m.row.values[i] ?? 0), 0) + 0);
  return { shown, other: { count: rest.length, values } };
}
