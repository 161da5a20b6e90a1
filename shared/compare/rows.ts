// The comparison's figures per shared year in the display unit: whole euros, or whole thousands
// rounded as the editor's year table rounds them (shared/format/year-rows), so that a scenario's
// savings read the same in the compare view as in its own tab. Differences are taken between
// the shown figures, so "B − A" always equals the two cells above it.
import type { MoneyUnit } from '../format/money';
import { roundHalfAway } from '../numbers/apportion';
import type { Comparison } from './types';

export interface ComparisonRows {
  years: number[];
  /** Per scenario (in the comparison's order), per shared year. */
  savings: number[][];
  /** savings − the reference's shown savings. */
  difference: number[][];
  cumulative: number[][];
  cumulativeDifference: number[][];
  /** Per scenario: its target per shared year, or null when it has none. */
  target: ((number | null)[] | null)[];
  /** Per scenario: target − savings (shortfall positive), or null. */
  gap: ((number | null)[] | null)[];
}

/** Whole thousands, as euros; never −0. */
const thousands = (euros: number) => roundHalfAway(euros / 1000) * 1000 + 0;

export function comparisonRows(comparison: Comparison, unit: MoneyUnit): ComparisonRows {
  const shown = unit === 'euro' ? (v: number) => v : thousands;
  const savings = comparison.scenarios.map((s) => s.savings.map(shown));
  const cumulative = comparison.scenarios.map((s) => s.cumulative.map(shown));
  const refSavings = savings[comparison.reference] ?? [];
  const refCumulative = cumulative[comparison.reference] ?? [];
  const target = comparison.scenarios.map((s) => (s.target ? s.target.map((t) => (t === null ? null : shown(t))) : null));
  return {
    years: [...comparison.years],
    savings,
    difference: savings.map((row) => row.map((v, i) => v - (refSavings[i] ?? 0) + 0)),
    cumulative,
    cumulativeDifference: cumulative.map((row) => row.map((v, i) => v - (refCumulative[i] ?? 0) + 0)),
    target,
    gap: target.map((row, k) => (row ? row.map((t, i) => (t === null ? null : t - (savings[k]?.[i] ?? 0) + 0)) : null)),
  };
}
