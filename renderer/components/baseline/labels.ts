// Small helpers for history labels: short, readable, in the current language.
import { formatMoney, formatPercent } from '../../../shared/format/money';
import type { Lang } from '../../../shared/scenario/problems';

/** Text for a label, cut to `max` characters with an ellipsis. */
export function short(text: string | undefined, empty: string, max = 40): string {
  if (text === undefined || text === '') return empty;
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

export function money(value: number | undefined, lang: Lang, empty: string): string {
  return value === undefined ? empty : formatMoney(value, { lang, unit: 'euro' });
}

export function percent(value: number | undefined, lang: Lang, empty: string): string {
  return value === undefined ? empty : formatPercent(value, { lang });
}
