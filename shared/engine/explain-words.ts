// The wording of explain(): numbers, euros and measure titles as its steps write them, in Dutch
// and English. Shared by explain.ts and the measure types' ops (shared/measures/*), which word
// their own line events.
import { formatMoney, formatNumber, formatPercent, type Lang } from '../format/money';
import type { LocalizedText } from '../scenario/problems';
import type { CompiledMeasure } from './model';

export function say(build: (lang: Lang) => string): LocalizedText {
  return { nl: build('nl'), en: build('en') };
}
export const w = (lang: Lang, nl: string, en: string) => (lang === 'nl' ? nl : en);

/** A factor or count: up to 6 decimals ("1,019", "0,9"). */
export const num = (x: number, lang: Lang, maxDigits = 6) => formatNumber(x, { lang, maxDigits });
/** Whole euros: "€ 4.677.210", "−€ 38.000". */
export const eur = (x: number, lang: Lang) => formatMoney(x, { lang });
/** Euros with cents, for exact amounts: "€ 102.590,78". */
export function eurExact(x: number, lang: Lang): string {
  if (Number.isInteger(x)) return eur(x, lang);
  const digits = formatNumber(Math.abs(x), { lang, digits: 2 });
  const whole = formatMoney(0, { lang }).replace('0', digits);
  return (x < 0 && digits !== formatNumber(0, { lang, digits: 2 }) ? '\u2212' : '') + whole;
}
/** In parentheses when negative, for a term after a minus sign: "− (−€ 38.000)". */
export const signedEur = (x: number, lang: Lang) => (x < 0 ? `(${eur(x, lang)})` : eur(x, lang));
export const pct = (x: number, lang: Lang) => formatPercent(x, { lang, maxDigits: 2 });
export const clients = (lang: Lang) => w(lang, 'cliënten', 'clients');
export const perClient = (lang: Lang) => w(lang, 'per cliënt', 'per client');
export const quoted = (name: string) => `‘${name}’`;

export const measureTitle = (m: CompiledMeasure, lang: Lang) => `${m.op.noun[lang]} ${quoted(m.source.name)}`;
/** " (sterkte × 1,2)" when the measure runs at another strength than its file's. */
export const strengthNote = (m: CompiledMeasure, lang: Lang) =>
  m.factor === 1 ? '' : ` (${w(lang, 'sterkte', 'strength')} × ${num(m.factor, lang)})`;

/** " × ingroei 50%" for a measure with a phaseIn; nothing when it has none (always fully in force). */
export function phaseNote(m: CompiledMeasure, yi: number, lang: Lang): string {
  const hasPhaseIn = 'phaseIn' in m.source && m.source.phaseIn !== undefined;
  return hasPhaseIn ? ` × ${w(lang, 'ingroei', 'phase-in')} ${pct(m.phase[yi] as number, lang)}` : '';
}
