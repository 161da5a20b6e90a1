// What each scenario means per partner: per organisation (or group, kind, taakveld, line) and
// per scenario, every shared year and all of them together — the budget before and after the
// measures and the change in euros and per cent. Each scenario's figures are
// shared/format partnerYears() of its own breakdown rows over the shared years, the formula of
// its own "Per partner" tab, so a partner's figures here are that tab's. Fixed savings belong to
// no partner and get their own row, so that every column adds up to the scenario's totals.
import type { BreakdownDimension } from '../engine/project';
import type { MoneyUnit } from '../format/money';
import { byChange, partnerYears, type PartnerSource, type PartnerYears, type PartnerYearsRow } from '../format/partner-years';
import type { ComparedScenario, Comparison } from './types';

export interface PartnerComparison {
  years: number[];
  /** Per scenario, in the comparison's order: its partners over the shared years. */
  scenarios: PartnerYears[];
  /**
   * The partners in the order shown: the largest cut over all shared years in any scenario
   * first; ties by name, the row without a key last. Per scenario its row, or null where that
   * scenario has no line for the partner.
   */
  rows: { key: string | null; cells: (PartnerYearsRow | null)[] }[];
  /** Whether any scenario has fixed savings (the fixed row is shown only then). */
  hasFixed: boolean;
  /** Whether every scenario has the same budget before the measures for every partner and year (one baseline column then). */
  sameBaseline: boolean;
}

/** A scenario's partners: its breakdown rows in a dimension, each series cut to the shared years. */
export function breakdownSources(dimension: BreakdownDimension): (s: ComparedScenario) => PartnerSource[] {
  return (s) => s.projection.breakdown[dimension].map((r) => ({ ...r, baseline: pick(r.baseline, s.yearIndex), scenario: pick(r.scenario, s.yearIndex) }));
}

/** A scenario's lines as partners, keyed by name (where no scenario names an organisation). */
export function lineSources(s: ComparedScenario): PartnerSource[] {
  return s.projection.lines.map((l) => ({ key: l.name, lineIds: [l.id], baseline: pick(l.baseline, s.yearIndex), scenario: pick(l.scenario, s.yearIndex) }));
}

const pick = (series: readonly number[], yearIndex: readonly number[]) => yearIndex.map((i) => series[i] ?? 0);
const NO_KEY = '\u0000none';
const keyOf = (key: string | null) => key ?? NO_KEY;

export function partnerComparison(
  comparison: Comparison,
  unit: MoneyUnit,
  sources: (s: ComparedScenario) => PartnerSource[] = breakdownSources('organisation'),
): PartnerComparison {
  const scenarios = comparison.scenarios.map((s) => partnerYears(sources(s), pick(s.projection.scenario.fixed, s.yearIndex), unit));
  const byKey = scenarios.map((t) => new Map(t.rows.map((r) => [keyOf(r.key), r])));
  const keys = new Map<string, string | null>();
  for (const t of scenarios) for (const r of t.rows) if (!keys.has(keyOf(r.key))) keys.set(keyOf(r.key), r.key);
  const rows = [...keys.values()].map((key) => {
    const cells = byKey.map((m) => m.get(keyOf(key)) ?? null);
    // Sorted by its largest cut in any scenario.
    return { key, cells, spanChangeEuro: Math.min(...cells.map((c) => (c ? c.spanChangeEuro : 0))) };
  });
  const sameBaseline = rows.every(({ cells }) => {
    const first = cells[0];
    return cells.every((c) => c !== null && c.years.every((y, i) => y.baseline === first?.years[i]?.baseline));
  });
  return {
    years: [...comparison.years],
    scenarios,
    rows: byChange(rows).map(({ key, cells }) => ({ key, cells })),
    hasFixed: scenarios.some((t) => t.fixed !== null),
    sameBaseline,
  };
}
