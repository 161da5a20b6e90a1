// The figures of the projection column's tables, in the ui unit, from shared/ only: the year
// table is shared/format yearRows(), the per-partner table shared/format partnerYears(); the
// cost table takes the engine's breakdown rows and, in thousands, shared/format toThousands() so
// every column still adds up to the year table's totals. Pure functions of (projection, unit):
// memoise them on the projection.
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
