// A share of Monte Carlo draws as people read it: "62%". Never "0%" or "100%" unless it is
// exactly that: 4 draws in 10,000 meeting the target is "< 1%", not a certainty that it fails.
import { formatPercent } from '../format/money';
import type { Lang } from '../scenario/problems';

export function formatChance(share: number, lang: Lang): string {
  if (share > 0 && share < 0.005) return `< ${formatPercent(0.01, { lang, digits: 0 })}`;
  if (share < 1 && share >= 0.995) return `> ${formatPercent(0.99, { lang, digits: 0 })}`;
  return formatPercent(share, { lang, digits: 0 });
}
