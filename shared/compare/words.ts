// Small helpers for the comparison's words. The sentences themselves are messages of the
// catalogue (shared/i18n/<lang>/differences.ts); differences.ts returns them as Text (message id
// and arguments), so the app, the command line and the exports render the same thing.
import { formatYearSpan } from '../format/money';
import type { Lang } from '../i18n/languages';
import { catalogue, type Text } from '../i18n/text';

export type { Lang };

/** "A", "B", … "Z", "AA", "AB", …: how tables and sentences name the scenarios. */
export function scenarioLabel(index: number): string {
  let n = index;
  let label = '';
  do {
    label = String.fromCharCode(65 + (n % 26)) + label;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return label;
}

/** The years of a run: "2023" or "2022–2025". */
export function yearsText(years: readonly number[]): string {
  if (years.length === 0) return '';
  return formatYearSpan(years[0] as number, years[years.length - 1] as number);
}

/** A list argument of Texts: render() renders each item of an array argument before the message sees it. */
export const textList = (items: readonly (Text | string)[]): string[] => items as unknown as string[];

// For the measure types (shared/measures), which still write their strength and sentences per
// language: the same words as the comparison's messages.
export const pct = (lang: Lang, value: number): string => catalogue(lang).differences.pct(value);
export const euro = (lang: Lang, value: number): string => catalogue(lang).differences.euro(value);

export const SENTENCES = {
  perYear: (lang: Lang): string => catalogue(lang).differences.perYear,
  cutForm: (lang: Lang, name: string, refLabel: string, from: string, label: string, to: string): string =>
    catalogue(lang).differences.cutForm(name, refLabel, from, label, to),
};
