// @deprecated The command line's and the summaries' few words by key with {name} placeholders,
// kept only until cli/* reads them from the catalogue (area `numbers`: catalogue(lang).numbers
// or text('numbers.…')). No words here: each key is one catalogue message.
import type { Lang } from '../i18n/languages';
import type { Catalogue } from '../i18n/catalogues';
import { catalogue } from '../i18n/text';

type Params = Record<string, string | number>;
type Words = Catalogue['numbers'];

const MESSAGES = {
  'row.baseline': (w: Words) => w.row.baseline,
  'row.scenario': (w: Words) => w.row.scenario,
  'row.savings': (w: Words) => w.row.savings,
  'row.cumulative': (w: Words) => w.row.cumulative,
  'row.measures': (w: Words) => w.row.measures,
  'row.target': (w: Words) => w.row.target,
  'row.gap': (w: Words) => w.row.gap,
  'table.amounts': (w: Words, p: Arg) => w.table.amounts(p.s('unit')),
  'table.amountsEuro': (w: Words) => w.table.amountsEuro,
  'table.horizon': (w: Words, p: Arg) => w.table.horizon(p.s('baseYear'), p.s('span')),
  'table.disabled': (w: Words, p: Arg) => w.table.disabled(p.s('names')),
  'table.noMeasures': (w: Words) => w.table.noMeasures,
  'file.notFound': (w: Words) => w.file.notFound,
  'file.isDirectory': (w: Words) => w.file.isDirectory,
  'file.noAccess': (w: Words) => w.file.noAccess,
  'file.unreadable': (w: Words, p: Arg) => w.file.unreadable(p.s('reason')),
  'validate.allValid': (w: Words, p: Arg) => w.validate.allValid(p.n('count')),
  'validate.someInvalid': (w: Words, p: Arg) => w.validate.someInvalid(p.n('invalid'), p.n('count'), p.n('problems')),
  'usage.unknownCommand': (w: Words, p: Arg) => w.usage.unknownCommand(p.s('command')),
  'usage.noCommand': (w: Words) => w.usage.noCommand,
  'usage.unknownOption': (w: Words, p: Arg) => w.usage.unknownOption(p.s('option')),
  'usage.missingValue': (w: Words, p: Arg) => w.usage.missingValue(p.s('option')),
  'usage.badValue': (w: Words, p: Arg) => w.usage.badValue(p.s('value'), p.s('option'), p.s('allowed')),
  'usage.missingFile': (w: Words) => w.usage.missingFile,
  'usage.oneFile': (w: Words) => w.usage.oneFile,
  'usage.unitWithJson': (w: Words) => w.usage.unitWithJson,
  'usage.seeHelp': (w: Words) => w.usage.seeHelp,
  'internal.error': (w: Words, p: Arg) => w.internalError(p.s('reason')),
} satisfies Record<string, (w: Words, p: Arg) => string>;

/** @deprecated a key of `message()`; use the catalogue's `numbers` area. */
export type MessageKey = keyof typeof MESSAGES;

/** A parameter by name; one not given stays `{name}`, as the placeholders did. */
interface Arg {
  s(name: string): string;
  n(name: string): number;
}

/** @deprecated The message in `lang`: use catalogue(lang).numbers.… (typed parameters) instead. */
export function message(lang: Lang, key: MessageKey, params: Params = {}): string {
  const get = (name: string): string | number => (name in params ? (params[name] as string | number) : `{${name}}`);
  return MESSAGES[key](catalogue(lang).numbers, { s: (name) => String(get(name)), n: (name) => get(name) as number });
}
