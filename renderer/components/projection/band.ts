// The Monte Carlo figures as the savings chart and the tables use them: only when they fit the
// projection on screen (the same years), and marked stale while a newer edit is being computed.
import type { PercentileBand } from '../../../shared/uncertainty/monte-carlo';
import type { UncertaintyView } from './uncertainty-store';

export interface BandSeries extends PercentileBand {
  /** The band of an earlier edit, shown while the current one is computed. */
  stale: boolean;
}

/** Whether two horizons are the same years (figures of another horizon are not shown). */
export const sameYears = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((y, i) => y === b[i]);

/** The band of savings per year or of cumulative savings, if there is one for these years. */
export function bandOf(view: UncertaintyView, years: readonly number[], which: 'savings' | 'cumulative'): BandSeries | null {
  const band = view.figures?.band;
  if (!band || !sameYears(band.years, years)) return null;
  const { p10, p50, p90 } = band[which];
  return { p10, p50, p90, stale: !view.current };
}
