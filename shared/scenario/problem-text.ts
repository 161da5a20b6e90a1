// Building blocks for problem messages a policy advisor can read, in Dutch and English.
// Dutch quotes „…” and decimal commas in Dutch, "…" and decimal points in English.
import type { LocalizedText, Problem } from './problems';
import { formatPath, type Path } from './paths';

/** A problem with its location still as segments, so that problems can be sorted in document order. */
export interface LocatedProblem {
  segments: Path;
  problem: Problem;
}

export function located(segments: Path, code: string, nl: string, en: string): LocatedProblem {
  return { segments, problem: { path: visible(formatPath(segments)), code, message: { nl: visible(nl), en: visible(en) } } };
}

/**
 * Characters that change how text prints rather than print: C0 and C1 controls (line breaks,
 * carriage return, the escape that starts a terminal command), DEL, the line and paragraph
 * separators, the marks that reorder text (bidi) and invisible ones (zero-width, byte order mark).
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;

/**
 * A text from a file as it may be printed: each character in INVISIBLE written as `\uXXXX`, so
 * that a key or value can neither break the `FILE: PATH: message` form nor send a terminal
 * command, and what is there can be seen. Every problem's path and messages pass through here
 * (located() above); the command line's own output does too.
 */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

const MAX_QUOTED = 60;

/** A value from the file, cut short, with what does not print made visible, to quote in a message. */
export function clip(text: string, max = MAX_QUOTED): string {
  return visible(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}
export const qnl = (text: string): string => `„${clip(text)}”`;
export const qen = (text: string): string => `"${clip(text)}"`;

export function numberNl(n: number): string {
  if (Number.isNaN(n)) return 'geen getal (NaN)';
  if (!Number.isFinite(n)) return n > 0 ? 'oneindig' : 'min oneindig';
  return String(n).replace('.', ',');
}
export function numberEn(n: number): string {
  if (Number.isNaN(n)) return 'not a number (NaN)';
  if (!Number.isFinite(n)) return n > 0 ? 'infinite' : 'minus infinite';
  return String(n);
}

function joinList(items: readonly string[], word: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1] as string}`;
}
export const orNl = (items: readonly string[]): string => joinList(items, 'of');
export const orEn = (items: readonly string[]): string => joinList(items, 'or');
export const andNl = (items: readonly string[]): string => joinList(items, 'en');
export const andEn = (items: readonly string[]): string => joinList(items, 'and');

/** What a value from the file is, in words: "de tekst „veel”", "a list […]". */
export function describeValue(value: unknown): LocalizedText {
  if (typeof value === 'string') return { nl: `de tekst ${qnl(value)}`, en: `the text ${qen(value)}` };
  if (typeof value === 'number') return { nl: `het getal ${numberNl(value)}`, en: `the number ${numberEn(value)}` };
  if (typeof value === 'boolean') return { nl: `de waarde ${value}`, en: `the value ${value}` };
  if (value === null) return { nl: 'de waarde null', en: 'the value null' };
  if (Array.isArray(value)) return { nl: 'een lijst […]', en: 'a list […]' };
  if (typeof value === 'object') return { nl: 'een groep velden {…}', en: 'an object {…}' };
  return { nl: 'een waarde die in JSON niet bestaat', en: 'a value that JSON does not have' };
}

/** Fields whose value is a YearTable, so that `phaseIn.2024` reads as "the value for 2024". */
export const YEAR_TABLE_FIELDS: ReadonlySet<string> = new Set(['phaseIn', 'share', 'amounts', 'target', 'wage', 'price']);

/** The location in words, as the subject of a sentence: "„wageShare”", "Regel 3", "De waarde voor 2024 in „phaseIn”". */
export function subjectOf(path: Path): LocalizedText {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (last === undefined) return { nl: 'Het bestand', en: 'The file' };
  if (typeof last === 'number') {
    const n = last + 1;
    if (path.length === 2 && parent === 'lines') return { nl: `Regel ${n}`, en: `Line ${n}` };
    if (path.length === 2 && parent === 'measures') return { nl: `Maatregel ${n}`, en: `Measure ${n}` };
    if (typeof parent === 'string') return { nl: `Element ${n} van ${qnl(parent)}`, en: `Item ${n} of ${qen(parent)}` };
    return { nl: `Element ${n}`, en: `Item ${n}` };
  }
  if (typeof parent === 'string' && YEAR_TABLE_FIELDS.has(parent) && /^\d{4}$/.test(last)) {
    return { nl: `De waarde voor ${last} in ${qnl(parent)}`, en: `The value for ${last} in ${qen(parent)}` };
  }
  return { nl: qnl(last), en: qen(last) };
}

/** Short explanations of fields, added where a field is missing or out of range. */
export const FIELD_HELP: ReadonlyMap<string, LocalizedText> = new Map([
  ['format', { nl: 'dit bestand is een scenario', en: 'this file is a scenario' }],
  ['title', { nl: 'de naam van het scenario', en: 'the name of the scenario' }],
  ['baseYear', { nl: 'het jaar waarin de bedragen van de regels gelden', en: 'the year that the amounts of the lines describe' }],
  ['horizon', { nl: 'de jaren van de doorrekening, zoals { "from": 2024, "to": 2028 }', en: 'the years of the projection, such as { "from": 2024, "to": 2028 }' }],
  ['from', { nl: 'het eerste jaar', en: 'the first year' }],
  ['to', { nl: 'het laatste jaar', en: 'the last year' }],
  ['lines', { nl: 'de begrotingsregels', en: 'the budget lines' }],
  ['id', { nl: 'een korte unieke code van kleine letters, zoals „bibliotheek”', en: 'a short unique code in lower case, such as "library"' }],
  ['name', { nl: 'de naam zoals gebruikers die zien', en: 'the name as users see it' }],
  ['kind', { nl: 'subsidy, individual, collective of other', en: 'subsidy, individual, collective or other' }],
  ['type', { nl: 'cut, volumeChange, unitCostChange, shift of fixed', en: 'cut, volumeChange, unitCostChange, shift or fixed' }],
  ['wageShare', { nl: 'het deel van de kosten dat de loonindex volgt, van 0 tot 1', en: 'the share of the cost that follows the wage index, from 0 to 1' }],
  ['volumeGrowth', { nl: 'de autonome groei per jaar als breuk, 0.02 is 2 %', en: 'autonomous growth per year as a fraction, 0.02 is 2%' }],
  ['rate', { nl: 'een breuk: 0.2 is 20 %', en: 'a fraction: 0.2 is 20%' }],
  ['share', { nl: 'het deel dat per jaar verschuift, van 0 tot 1', en: 'the share that moves each year, from 0 to 1' }],
  ['amounts', { nl: 'bedragen per jaar, zoals { "2025": 50000 }', en: 'amounts per year, such as { "2025": 50000 }' }],
  ['low', { nl: 'de laagste factor, van 0 tot 1', en: 'the lowest factor, from 0 to 1' }],
  ['high', { nl: 'de hoogste factor, 1 of meer', en: 'the highest factor, 1 or more' }],
]);

export function withHelp(text: LocalizedText, key: unknown): LocalizedText {
  const help = typeof key === 'string' ? FIELD_HELP.get(key) : undefined;
  return help ? { nl: `${text.nl}: ${help.nl}.`, en: `${text.en}: ${help.en}.` } : { nl: `${text.nl}.`, en: `${text.en}.` };
}
