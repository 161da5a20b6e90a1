// Amounts in thousands that still add up: budgets print "bedragen × € 1.000", and a column
// whose rounded cells do not sum to its rounded total looks like an error to every controller.
import { apportion, roundHalfAway } from '../numbers/apportion';

/**
 * Rounds `total` (euros) to whole thousands, half away from zero, and apportions the parts
 * (euros, meant to sum to `total`) over it by largest remainder, so Σ parts === total.
 * Every result is in thousands. A part of exactly 0 stays 0.
 */
export function toThousands(parts: readonly number[], total: number): { parts: number[]; total: number } {
  const totalK = roundHalfAway(total / 1000) + 0; // + 0: never −0
  return { parts: apportion(parts.map((p) => p / 1000), totalK), total: totalK };
}
