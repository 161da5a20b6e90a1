// Reading numbers as spreadsheets export them: "€ 1.234.567,89", "EUR 1.234,-", "(1.234,50)",
// "1.234-", "12,5%", and guessing from a whole column whether "1.234" means a thousand or one.
// Built on parseLocaleNumber (strict: whole groups of three, no half-numbers); this file only
// strips what financial systems and Excel add around a number.
import { parseLocaleNumber, type ParsedNumber } from './parse-number';

/** Decimal comma ("1.234,56", Dutch) or decimal point ("1,234.56", English). */
export type DecimalStyle = 'comma' | 'point';

const SPACES = /[\s\u00a0\u202f\u2060]/g;

/**
 * A number cell as text in the given decimal style, or null when it is not one number.
 * Accepts, besides what parseLocaleNumber accepts: "EUR"/"eur", a leading "+", a Dutch
 * ",-" or ".-" for whole euros ("€ 1.234,-"), accounting negatives "(1.234,50)" and
 * trailing minus signs "1.234,50-" (as SAP and other ledgers export them).
 */
export function readNumberText(text: string, decimal: DecimalStyle): ParsedNumber | null {
  let s = text.replace(SPACES, '').replace(/\u2212/g, '-').replace(/^eur(?=[\d(+-])|eur$/i, '');
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1] as string;
  } else if (/^[^-].*\d%?-$/.test(s)) {
    negative = true;
    s = s.slice(0, -1);
  }
  s = s.replace(/^\+/, '').replace(/^(-?)\+/, '$1');
  // "€ 1.234,-" / "€ 1,234.-": whole euros.
  s = s.replace(decimal === 'comma' ? /,-$/ : /\.-$/, '');
  if (negative && s.startsWith('-')) return null;
  const parsed = parseLocaleNumber(s, decimal === 'comma' ? 'nl' : 'en');
  if (!parsed) return null;
  return negative ? { ...parsed, value: -parsed.value } : parsed;
}

/** What a cell's text says about the decimal style: 'comma', 'point', or undefined (no evidence). */
export function decimalEvidence(text: string): DecimalStyle | undefined {
  const s = text
    .replace(SPACES, '')
    .replace(/[€%()+\u2212-]/g, '')
    .replace(/^eur|eur$/i, '')
    .replace(/[.,]-$/, '');
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
  const commas = (s.match(/,/g) ?? []).length;
  const points = (s.match(/\./g) ?? []).length;
  if (commas > 0 && points > 0) {
    // The last separator is the decimal one: "1.234,56" or "1,234.56".
    return s.lastIndexOf(',') > s.lastIndexOf('.') ? 'comma' : 'point';
  }
  if (commas + points === 0) return undefined;
  const sep = commas > 0 ? ',' : '.';
  const style: DecimalStyle = sep === ',' ? 'comma' : 'point';
  const other: DecimalStyle = sep === ',' ? 'point' : 'comma';
  if (commas > 1 || points > 1) return other; // "1.234.567": groups, so the decimal mark is the other one
  const [whole, fraction] = s.split(sep) as [string, string];
  // "1.234" or "1,234" could be either; "12,5", "1234,567" or "0,250" can only be a decimal mark.
  if (fraction.length === 3 && whole.length >= 1 && whole.length <= 3 && whole !== '0') return undefined;
  return style;
}

export interface DecimalDetection {
  style: DecimalStyle;
  /** How many cells spoke for each style; both 0 means the fallback was used. */
  comma: number;
  point: number;
}

/** The decimal style most cells speak for; `fallback` when none does (or as many for each). */
export function detectDecimalStyle(texts: Iterable<string>, fallback: DecimalStyle): DecimalDetection {
  let comma = 0;
  let point = 0;
  for (const text of texts) {
    const e = decimalEvidence(text);
    if (e === 'comma') comma += 1;
    else if (e === 'point') point += 1;
  }
  const style = comma > point ? 'comma' : point > comma ? 'point' : fallback;
  return { style, comma, point };
}
