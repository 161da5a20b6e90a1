// Reading numbers typed or pasted by people: "1.234.567,89", "€ 1.234", "12,5%", "1,234.5".
import { localeOf, type Lang } from '../i18n/languages';
import type { DecimalStyle } from './read-number';

export interface ParsedNumber {
  value: number;
  /** True when the text ended in a per-cent sign: the value is already divided by 100. */
  percent: boolean;
}

/**
 * Parses a number in the given language's convention (Dutch: `.` groups, `,` decimals; English the
 * reverse). Accepts a euro sign, spaces (also non-breaking) and word joiners (formatMoney's, copied along), a leading minus or U+2212, and a
 * trailing `%` (divided by 100). Returns null for anything else: no guessing at half a number.
 */
export function parseLocaleNumber(text: string, lang: Lang): ParsedNumber | null {
  let s = text.replace(/[\s\u00a0\u202f\u2060]/g, '').replace(/\u2212/g, '-').replace(/€/g, '');
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1);
  const [group, decimal] = decimalStyleOf(lang) === 'comma' ? ['.', ','] : [',', '.'];
  if (!new RegExp(`^-?(\\d{1,3}(\\${group}\\d{3})+|\\d+)(\\${decimal}\\d+)?$`).test(s)) return null;
  const value = Number(s.split(group).join('').replace(decimal, '.'));
  if (!Number.isFinite(value)) return null;
  return { value: percent ? value / 100 : value, percent };
}

/** The decimal style of a language's numbers, by its Intl locale: nl "1.234,5" (comma), en "1,234.5" (point). */
export function decimalStyleOf(lang: Lang): DecimalStyle {
  return new Intl.NumberFormat(localeOf(lang)).format(1.5).includes(',') ? 'comma' : 'point';
}
