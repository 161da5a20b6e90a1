// What each scenario means per partner: per organisation (or group, kind, taakveld) and per
// scenario, the budget in its baseline and in the scenario for each shared year, and the change.
// The cells are the engine's breakdown rows (sums of rounded line cells), so a partner's figures
// here are those of its own scenario's "Per partner" tab. Fixed savings belong to no partner and
// get their own row, so that every column adds up to the scenario's totals.
import type { BreakdownDimension } from '../engine/project';
import type { MoneyUnit } from '../format/money';
import { toThousands } from '../format/thousands';
import type { Comparison, PartnerCells, PartnerImpact, PartnerImpactRow } from './types';

const NO_KEY = '\u0000none';

export function partnerImpact(comparison: Comparison, dimension: BreakdownDimension = 'organisation'): PartnerImpact {
  const order: (string | null)[] = [];
  const seen = new Set<string>();
  let unset = false;
  for (const s of comparison.scenarios) {
    for (const row of s.projection.breakdown[dimension]) {
      if (row.key === null) unset = true;
      else if (!seen.has(row.key)) {
        seen.add(row.key);
        order.push(row.key);
      }
    }
  }
  if (unset) order.push(null);

  const pick = (series: readonly number[], yearIndex: readonly number[]) => yearIndex.map((i) => series[i] as number);
  const cells = (baseline: number[], scenario: number[]): PartnerCells => ({
    baseline,
    scenario,
    change: scenario.map((v, i) => v - (baseline[i] as number) + 0),
  });

  const rows: PartnerImpactRow[] = order.map((key) => ({
    key,
    cells: comparison.scenarios.map((s) => {
      const row = s.projection.breakdown[dimension].find((r) => r.key === key);
      return row ? cells(pick(row.baseline, s.yearIndex), pick(row.scenario, s.yearIndex)) : null;
    }),
  }));
  return {
    dimension,
    years: [...comparison.years],
    rows,
    fixed: comparison.scenarios.map((s) => pick(s.projection.scenario.fixed, s.yearIndex).map((f) => -f + 0)),
    total: comparison.scenarios.map((s) =>
      cells(pick(s.projection.baseline.total, s.yearIndex), pick(s.projection.scenario.total, s.yearIndex)),
    ),
  };
}

/** One shared year, or every shared year added up. */
export type ComparePeriod = { kind: 'year'; year: number } | { kind: 'all' };

export interface PeriodCells {
  baseline: number;
  scenario: number;
  change: number;
  /** The change as a fraction of the baseline, from whole euros; null when the baseline is 0. */
  changeFraction: number | null;
}

export interface PartnerPeriodTable {
  /** Sorted by the largest cut in any scenario first; ties by name, the row without a key last. */
  rows: { key: string | null; cells: (PeriodCells | null)[] }[];
  /** Per scenario: −(fixed savings) in the period, or null when no scenario has any. */
  fixed: number[] | null;
  total: PeriodCells[];
  /** Whether every scenario has the same baseline for every row (the view then shows one baseline column). */
  sameBaseline: boolean;
}

const fraction = (change: number, base: number): number | null => (base === 0 ? null : change / base);

/**
 * The partner table for one period, in the unit. In thousands each scenario's column is
 * apportioned (largest remainder) over its totals as comparisonRows shows them — baseline
 * rounded, scenario = baseline − savings (per year) or − the cumulative savings (all years) —
 * so every column adds up, as in the editor's "Per partner" tab.
 */
export function partnerPeriodTable(impact: PartnerImpact, period: ComparePeriod, unit: MoneyUnit): PartnerPeriodTable {
  const at = (series: readonly number[]): number => {
    if (period.kind === 'year') return series[impact.years.indexOf(period.year)] ?? 0;
    let sum = 0;
    for (const v of series) sum += v;
    return sum;
  };
  const scenarioCount = impact.total.length;
  const hasFixed = impact.fixed.some((row) => row.some((f) => f !== 0));

  const columns = Array.from({ length: scenarioCount }, (_, k) => {
    const present = impact.rows.map((r) => r.cells[k] ?? null);
    const baseEuro = present.map((c) => (c ? at(c.baseline) : 0));
    const scenEuro = present.map((c) => (c ? at(c.scenario) : 0));
    const fixedEuro = at(impact.fixed[k] ?? []);
    const total = impact.total[k] as PartnerCells;
    const totalBaseEuro = at(total.baseline);
    const totalScenEuro = at(total.scenario);
    let base = baseEuro;
    let scen = scenEuro;
    let fixed = fixedEuro;
    let totalBase = totalBaseEuro;
    let totalScen = totalScenEuro;
    if (unit === 'thousand') {
      totalBase = toThousands([], totalBaseEuro).total * 1000 + 0;
      // savings in the period, rounded on its own as comparisonRows rounds it
      const saved = toThousands([], totalBaseEuro - totalScenEuro).total * 1000 + 0;
      totalScen = totalBase - saved;
      base = toThousands(baseEuro, totalBase).parts.map((v) => v * 1000 + 0);
      const split = toThousands([...scenEuro, fixedEuro], totalScen).parts.map((v) => v * 1000 + 0);
      scen = split.slice(0, baseEuro.length);
      fixed = split[baseEuro.length] ?? 0;
    }
    return {
      cells: present.map((c, i): PeriodCells | null => {
        if (!c) return null;
        const b = base[i] ?? 0;
        const s = scen[i] ?? 0;
        return { baseline: b, scenario: s, change: s - b + 0, changeFraction: fraction((scenEuro[i] ?? 0) - (baseEuro[i] ?? 0), baseEuro[i] ?? 0) };
      }),
      changeEuro: present.map((c, i) => (c ? (scenEuro[i] ?? 0) - (baseEuro[i] ?? 0) : 0)),
      baseEuro,
      fixed,
      total: {
        baseline: totalBase,
        scenario: totalScen,
        change: totalScen - totalBase + 0,
        changeFraction: fraction(totalScenEuro - totalBaseEuro, totalBaseEuro),
      },
    };
  });

  const rows = impact.rows.map((r, i) => ({
    key: r.key,
    cells: columns.map((col) => col.cells[i] ?? null),
    cut: Math.min(...columns.map((col) => col.changeEuro[i] ?? 0)),
  }));
  rows.sort(
    (a, b) =>
      a.cut - b.cut ||
      (a.key === null ? 1 : 0) - (b.key === null ? 1 : 0) ||
      (a.key ?? NO_KEY).localeCompare(b.key ?? NO_KEY),
  );
  const sameBaseline = impact.rows.every((r, i) => {
    const values = columns.map((col, k) => (r.cells[k] ? col.baseEuro[i] : undefined));
    return values.every((v) => v === values[0]);
  });
  return {
    rows: rows.map(({ key, cells }) => ({ key, cells })),
    fixed: hasFixed ? columns.map((col) => col.fixed) : null,
    total: columns.map((col) => col.total),
    sameBaseline,
  };
}
