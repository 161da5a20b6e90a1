// The words of the comparison, Dutch and English side by side: every sentence of "what differs"
// is built here in both languages at once, so the app and the command line say the same thing.
// Values are written as the app writes them: "20%", "€ 400.000", "2022–2025", „name”.
import { formatMoney, formatNumber, formatPercent, formatYearSpan } from '../format/money';
import type { Lang, LocalizedText } from '../scenario/problems';
import type { LineKind } from '../scenario/schema';

export type { Lang, LocalizedText };

/** The same sentence in both languages. */
export function both(write: (lang: Lang) => string): LocalizedText {
  return { nl: write('nl'), en: write('en') };
}

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

export const quote = (lang: Lang, text: string): string => (lang === 'nl' ? `„${text}”` : `“${text}”`);

export const none = (lang: Lang): string => (lang === 'nl' ? 'geen' : 'none');

export const pct = (lang: Lang, value: number): string => formatPercent(value, { lang, maxDigits: 2 });
export const euro = (lang: Lang, value: number): string =>
  formatMoney(value, { lang, digits: Number.isInteger(value) ? 0 : 2 });
export const num = (lang: Lang, value: number): string => formatNumber(value, { lang, maxDigits: 2 });

/** The years of a run: "2023" or "2022–2025". */
export function yearsText(years: readonly number[]): string {
  if (years.length === 0) return '';
  return formatYearSpan(years[0] as number, years[years.length - 1] as number);
}

/** "a, b en c" / "a, b and c". */
export function listText(lang: Lang, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'nl' ? ' en ' : ' and ';
  return items.slice(0, -1).join(', ') + and + (items[items.length - 1] as string);
}

export const KIND_WORDS: Record<Lang, Record<LineKind, string>> = {
  nl: { subsidy: 'subsidie', individual: 'individuele voorziening', collective: 'collectieve voorziening', other: 'overig' },
  en: { subsidy: 'subsidy', individual: 'individual provision', collective: 'collective provision', other: 'other' },
};

/** A measure of this type, as a noun: "C heeft geen verschuiving …". */
export const FIELD_WORDS: Record<Lang, Record<string, string>> = {
  nl: {
    name: 'naam',
    kind: 'soort',
    amount: 'bedrag',
    volume: 'aantal cliënten',
    unitCost: 'kosten per cliënt',
    group: 'groep',
    organisation: 'organisatie',
    taakveld: 'taakveld',
    wageShare: 'looncomponent',
    volumeGrowth: 'autonome groei per jaar',
    rate: 'percentage',
    cutAmount: 'bedrag per jaar',
    from: 'van regel',
    to: 'naar regel',
    ratio: 'verhouding (cliënten erbij per cliënt eraf)',
    share: 'aandeel verschoven',
    amounts: 'bedrag',
    phaseIn: 'van kracht',
    uncertainty: 'bandbreedte',
    wage: 'Loonindexatie',
    price: 'Prijsindexatie',
    target: 'Taakstelling',
    title: 'Titel',
    municipality: 'Gemeente',
  },
  en: {
    name: 'name',
    kind: 'kind',
    amount: 'amount',
    volume: 'number of clients',
    unitCost: 'cost per client',
    group: 'group',
    organisation: 'organisation',
    taakveld: 'taakveld',
    wageShare: 'wage share',
    volumeGrowth: 'autonomous growth per year',
    rate: 'rate',
    cutAmount: 'amount per year',
    from: 'from line',
    to: 'to line',
    ratio: 'ratio (clients gained per client moved)',
    share: 'share moved',
    amounts: 'amount',
    phaseIn: 'in force',
    uncertainty: 'range',
    wage: 'Wage indexation',
    price: 'Price indexation',
    target: 'Target',
    title: 'Title',
    municipality: 'Municipality',
  },
};

export const field = (lang: Lang, name: string): string => FIELD_WORDS[lang][name] ?? name;

/** "{subject}: {field} {a} in A, {b} in B." — the plain form of one field that differs. */
export function fieldSentence(
  _lang: Lang,
  subject: string,
  fieldText: string,
  from: string,
  to: string,
  refLabel: string,
  label: string,
): string {
  return `${subject}: ${fieldText} ${from} in ${refLabel}, ${to} in ${label}.`;
}

/** "{subject} {years}: {a} in A, {b} in B." — a value per year that differs over a run of years. */
export function yearSentence(subject: string, years: readonly number[], from: string, to: string, refLabel: string, label: string): string {
  return `${subject} ${yearsText(years)}: ${from} in ${refLabel}, ${to} in ${label}.`;
}

/** "Regel „Bibliotheek”" / "Line “Bibliotheek”". */
export const lineSubject = (lang: Lang, name: string): string => `${lang === 'nl' ? 'Regel' : 'Line'} ${quote(lang, name)}`;

/** Sentences with their own shape. */
export const SENTENCES = {
  horizonShared: (lang: Lang, a: string, b: string, span: string, extras: string[]) =>
    lang === 'nl'
      ? `${a} en ${b} delen de jaren ${span}${extras.length ? '; ' + extras.join('; ') : ''}.`
      : `${a} and ${b} share the years ${span}${extras.length ? '; ' + extras.join('; ') : ''}.`,
  horizonRunsOn: (lang: Lang, who: string, to: number) =>
    lang === 'nl' ? `${who} loopt ook door tot en met ${to}` : `${who} also runs on to ${to}`,
  horizonStartsEarlier: (lang: Lang, who: string, from: number) =>
    lang === 'nl' ? `${who} begint al in ${from}` : `${who} already starts in ${from}`,
  horizonDisjoint: (lang: Lang, a: string, spanA: string, b: string, spanB: string) =>
    lang === 'nl'
      ? `${a} (${spanA}) en ${b} (${spanB}) hebben geen jaar gemeen: er valt niets per jaar te vergelijken.`
      : `${a} (${spanA}) and ${b} (${spanB}) have no year in common: there is nothing to compare per year.`,
  baseYear: (lang: Lang, label: string, to: number, refLabel: string, from: number) =>
    lang === 'nl'
      ? `${label} gaat uit van de bedragen van ${to}, ${refLabel} van die van ${from} (basisjaar).`
      : `${label} starts from the amounts of ${to}, ${refLabel} from those of ${from} (base year).`,
  lineAdded: (lang: Lang, label: string, refLabel: string, name: string, size: string) =>
    lang === 'nl'
      ? `${label} heeft een regel die ${refLabel} niet heeft: ${quote(lang, name)} (${size}).`
      : `${label} has a line that ${refLabel} does not: ${quote(lang, name)} (${size}).`,
  lineRemoved: (lang: Lang, label: string, name: string) =>
    lang === 'nl' ? `${label} heeft geen regel ${quote(lang, name)}.` : `${label} has no line ${quote(lang, name)}.`,
  measureAdded: (lang: Lang, label: string, type: string, name: string, details: string) =>
    lang === 'nl'
      ? `${label} heeft een extra ${type}: ${quote(lang, name)}${details ? ` (${details})` : ''}.`
      : `${label} has an extra ${type}: ${quote(lang, name)}${details ? ` (${details})` : ''}.`,
  measureRemoved: (lang: Lang, label: string, type: string, name: string) =>
    lang === 'nl'
      ? `${label} heeft geen ${type} ${quote(lang, name)}.`
      : `${label} has no ${type} ${quote(lang, name)}.`,
  measureType: (lang: Lang, name: string, refLabel: string, from: string, label: string, to: string) =>
    lang === 'nl'
      ? `${quote(lang, name)} is in ${refLabel} een ${from}, in ${label} een ${to}.`
      : `${quote(lang, name)} is a ${from} in ${refLabel}, a ${to} in ${label}.`,
  measureRenamed: (lang: Lang, from: string, label: string, to: string) =>
    lang === 'nl'
      ? `Maatregel ${quote(lang, from)} heet in ${label} ${quote(lang, to)}.`
      : `Measure ${quote(lang, from)} is called ${quote(lang, to)} in ${label}.`,
  measureOff: (lang: Lang, label: string, name: string, refLabel: string) =>
    lang === 'nl'
      ? `${label} zet ${quote(lang, name)} uit; in ${refLabel} staat die aan.`
      : `${label} switches ${quote(lang, name)} off; in ${refLabel} it is on.`,
  measureOn: (lang: Lang, label: string, name: string, refLabel: string) =>
    lang === 'nl'
      ? `${label} zet ${quote(lang, name)} aan; in ${refLabel} staat die uit.`
      : `${label} switches ${quote(lang, name)} on; in ${refLabel} it is off.`,
  starts: (lang: Lang, label: string, name: string, to: number, from: number) =>
    lang === 'nl'
      ? `${label} start ${quote(lang, name)} in ${to} in plaats van ${from}.`
      : `${label} starts ${quote(lang, name)} in ${to} instead of ${from}.`,
  startsNever: (lang: Lang, label: string, name: string, from: number) =>
    lang === 'nl'
      ? `${label} laat ${quote(lang, name)} in geen enkel jaar ingaan; ${quote(lang, name)} start anders in ${from}.`
      : `${label} does not let ${quote(lang, name)} take effect in any year; otherwise it starts in ${from}.`,
  startsOnly: (lang: Lang, label: string, name: string, to: number, refLabel: string) =>
    lang === 'nl'
      ? `${label} start ${quote(lang, name)} in ${to}; in ${refLabel} gaat die in geen enkel jaar in.`
      : `${label} starts ${quote(lang, name)} in ${to}; in ${refLabel} it takes effect in no year.`,
  targetsAdded: (lang: Lang, label: string, name: string, list: string) =>
    lang === 'nl' ? `${quote(lang, name)} treft in ${label} ook ${list}.` : `In ${label}, ${quote(lang, name)} also applies to ${list}.`,
  targetsRemoved: (lang: Lang, label: string, name: string, list: string) =>
    lang === 'nl' ? `${quote(lang, name)} treft in ${label} niet ${list}.` : `In ${label}, ${quote(lang, name)} does not apply to ${list}.`,
  cutForm: (lang: Lang, name: string, refLabel: string, from: string, label: string, to: string) =>
    lang === 'nl'
      ? `${quote(lang, name)}: een korting van ${from} in ${refLabel}, van ${to} in ${label}.`
      : `${quote(lang, name)}: a cut of ${from} in ${refLabel}, of ${to} in ${label}.`,
  order: (lang: Lang, refLabel: string, refOrder: string, label: string, order: string) =>
    lang === 'nl'
      ? `De maatregelen staan in een andere volgorde (die telt mee in de berekening): in ${refLabel} ${refOrder}; in ${label} ${order}.`
      : `The measures are in another order (which counts in the computation): in ${refLabel} ${refOrder}; in ${label} ${order}.`,
  group: (lang: Lang, name: string) => (lang === 'nl' ? `groep ${quote(lang, name)}` : `group ${quote(lang, name)}`),
  perYear: (lang: Lang) => (lang === 'nl' ? 'per jaar' : 'a year'),
  off: (lang: Lang) => (lang === 'nl' ? 'uitgeschakeld' : 'switched off'),
  notSet: (lang: Lang) => (lang === 'nl' ? 'niet gezet' : 'not set'),
  volumeLine: (lang: Lang, volume: string, unitCost: string) => `${volume} × ${unitCost}`,
};

/** The note on the years compared, for the view's and the table's heading. */
export const YEAR_NOTES = {
  compared: (lang: Lang, span: string) =>
    lang === 'nl' ? `Vergeleken worden de jaren ${span}, die alle scenario’s hebben.` : `Compared: the years ${span}, which every scenario has.`,
  dropped: (lang: Lang, parts: string[]) =>
    lang === 'nl' ? `Niet vergeleken: ${parts.join('; ')}.` : `Not compared: ${parts.join('; ')}.`,
  noShared: (lang: Lang) =>
    lang === 'nl'
      ? 'De scenario’s hebben geen jaar gemeen: er valt niets per jaar te vergelijken.'
      : 'The scenarios have no year in common: there is nothing to compare per year.',
};
