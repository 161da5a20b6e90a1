// Numbers, money and percentages for display, in each language's locale (shared/i18n/languages.ts).
// One form for negatives in every formatter and both languages: a true minus sign (U+2212)
// before everything, the currency included: "−€ 1.234" (nl), "−€1,234" (en). Intl alone gives
// "€ -1.234" in nl-NL and "-€1,234" in en-GB; a leading sign reads the same in both and lines
// up in a column. A value that rounds to zero never shows a sign ("€ 0", not "−€ 0").
// An amount never breaks across lines: Intl puts a no-break space between € and the digits in
// nl, none in en; a sign before the € is joined to it by a word joiner (U+2060), or a browser
// breaks between them ("(−" | "€ 87.150)"), and "× € 1.000" is joined to its number by no-break
// spaces.
import { localeOf, type Lang } from '../i18n/languages';
import { roundHalfAway } from '../numbers/apportion';

export type { Lang };
/** 'euro': whole euros; 'thousand': whole thousands of euros, the header says "× € 1.000". */
export type MoneyUnit = 'euro' | 'thousand';

export const MINUS = '\u2212';
/** Invisible, and no line break on either side: between a sign and the € it precedes. */
export const WORD_JOINER = '\u2060';
const NBSP = '\u00a0';

// Constructing an Intl.NumberFormat costs far more than using one, and a redraw formats
// hundreds of cells: keep one per distinct option set.
const cache = new Map<string, Intl.NumberFormat>();
type FormatOptions = Pick<Intl.NumberFormatOptions, 'style' | 'currency' | 'minimumFractionDigits' | 'maximumFractionDigits'>;
function numberFormat(lang: Lang, options: FormatOptions): Intl.NumberFormat {
  // A plain string key: JSON.stringify here was the main cost of formatting a large table.
  const key = `${lang}|${options.style ?? ''}|${options.currency ?? ''}|${options.minimumFractionDigits ?? ''}|${options.maximumFractionDigits ?? ''}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(lang), options);
    cache.set(key, format);
  }
  return format;
}

/** Rounds to `digits` decimals, half away from zero (as the projection rounds). */
function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return roundHalfAway(value * factor) / factor;
}

function signed(magnitude: string, negative: boolean, positive: boolean, always: boolean, joiner = ''): string {
  if (negative) return MINUS + joiner + magnitude;
  if (always && positive) return '+' + joiner + magnitude;
  return magnitude;
}

export interface MoneyOptions {
  lang: Lang;
  /** Default 'euro'. */
  unit?: MoneyUnit;
  /** Show the € sign. Default: in 'euro' yes, in 'thousand' no (the column header carries it). */
  symbol?: boolean;
  /** 'always' also puts "+" before a positive amount (for changes). Default 'auto'. */
  sign?: 'auto' | 'always';
  /**
   * Decimals, e.g. 2 for cents in an exact (unrounded) effect. 'cents': 2 where the amount has
   * cents, else 0 ("€ 30.000", "€ 30.000,50"), as amounts typed in a file are shown. Default 0.
   */
  digits?: number | 'cents';
}

/** An amount in euros, shown in whole euros or whole thousands: "€ 1.234.567", "1.235". */
export function formatMoney(value: number, options: MoneyOptions): string {
  const { lang, unit = 'euro', sign = 'auto' } = options;
  const digits = options.digits === 'cents' ? (Number.isInteger(value) ? 0 : 2) : (options.digits ?? 0);
  const symbol = options.symbol ?? unit === 'euro';
  const rounded = roundTo(unit === 'thousand' ? value / 1000 : value, digits);
  const fraction = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  const magnitude = numberFormat(
    lang,
    symbol ? { style: 'currency', currency: 'EUR', ...fraction } : fraction,
  ).format(Math.abs(rounded));
  return signed(magnitude, rounded < 0, rounded > 0, sign === 'always', symbol ? WORD_JOINER : '');
}

/** The header note for a money column: "× € 1.000" / "× €1,000" in thousands (one unbreakable unit), "€" in euros. */
export function moneyUnitLabel(lang: Lang, unit: MoneyUnit): string {
  if (unit === 'euro') return '€';
  return '×' + NBSP + formatMoney(1000, { lang, unit: 'euro' });
}

/**
 * People's own text (a sample's description, a measure's notes) as shown: "€ 500.000" typed with
 * a plain space keeps its € on the line of its figure (a no-break space). Only for display; the
 * text in the file stays as written.
 */
export function keepAmountsTogether(text: string): string {
  return text.replace(/€ (?=[\d+\-\u2212])/g, '€' + NBSP);
}

/** An amount in the unit with its unit, unbroken: "€ 1.234.567", or in thousands "1.235 × € 1.000". */
export function formatMoneyWithUnit(value: number, options: Omit<MoneyOptions, 'symbol'>): string {
  const { lang, unit = 'euro' } = options;
  if (unit === 'euro') return formatMoney(value, options);
  return formatMoney(value, { ...options, symbol: false }) + NBSP + moneyUnitLabel(lang, unit);
}

export interface NumberOptions {
  lang: Lang;
  /** Exactly this many decimals. Absent: as many as needed, at most `maxDigits` (default 2). */
  digits?: number;
  maxDigits?: number;
  sign?: 'auto' | 'always';
}

function digitOptions(digits: number | undefined, maxDigits: number): Intl.NumberFormatOptions {
  return digits === undefined
    ? { minimumFractionDigits: 0, maximumFractionDigits: maxDigits }
    : { minimumFractionDigits: digits, maximumFractionDigits: digits };
}

/** A plain number with grouping: "1.234,5" (nl), "1,234.5" (en). */
export function formatNumber(value: number, options: NumberOptions): string {
  const { lang, digits, maxDigits = 2, sign = 'auto' } = options;
  const rounded = roundTo(value, digits ?? maxDigits);
  const magnitude = numberFormat(lang, digitOptions(digits, maxDigits)).format(Math.abs(rounded));
  return signed(magnitude, rounded < 0, rounded > 0, sign === 'always');
}

/** A fraction as a percentage: 0.0113 → "1,13%" (nl), "1.13%" (en); 0.2 → "20%". */
export function formatPercent(fraction: number, options: NumberOptions): string {
  const { lang, digits, maxDigits = 2, sign = 'auto' } = options;
  const rounded = roundTo(fraction * 100, digits ?? maxDigits);
  const magnitude = numberFormat(lang, { style: 'percent', ...digitOptions(digits, maxDigits) }).format(
    Math.abs(rounded) / 100,
  );
  return signed(magnitude, rounded < 0, rounded > 0, sign === 'always');
}

/** A year as written, never grouped ("2023", not "2.023"); a span as "2020–2023". */
export function formatYear(year: number): string {
  return String(Math.trunc(year));
}
export function formatYearSpan(from: number, to: number): string {
  return from === to ? formatYear(from) : `${formatYear(from)}–${formatYear(to)}`;
}

/** Ascending years as runs of consecutive ones: [2020, 2024, 2025] → ["2020", "2024–2025"]. */
export function formatYearRuns(years: readonly number[]): string[] {
  const runs: string[] = [];
  let start: number | undefined;
  years.forEach((year, i) => {
    start ??= year;
    if (years[i + 1] !== year + 1) {
      runs.push(formatYearSpan(start, year));
      start = undefined;
    }
  });
  return runs;
}
