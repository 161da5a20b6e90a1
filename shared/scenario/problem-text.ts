// Building blocks for problem messages a policy advisor can read. The words are in the
// catalogue (shared/i18n, area `scenario`); here are the location, the value described and the
// subject of a sentence as Text.
import { text, type Text } from '../i18n/text';
import type { Problem } from './problems';
import { formatPath, type Path } from './paths';
import { visible } from './visible';

export { clip, visible } from './visible';

/** A problem with its location still as segments, so that problems can be sorted in document order. */
export interface LocatedProblem {
  segments: Path;
  problem: Problem;
}

/** A Text whose string arguments (values from the file) are made visible(), at any depth. */
function visibleArgs(message: Text): Text {
  if (message.args === undefined) return message;
  const clean = (arg: unknown): unknown => {
    if (typeof arg === 'string') return visible(arg);
    if (Array.isArray(arg)) return arg.map(clean);
    if (arg !== null && typeof arg === 'object' && typeof (arg as { id?: unknown }).id === 'string') return visibleArgs(arg as Text);
    return arg;
  };
  return { id: message.id, args: message.args.map(clean) };
}

/** A problem at `segments`, its message from the catalogue with the file's values made visible. */
export function located(segments: Path, code: string, message: Text): LocatedProblem {
  return { segments, problem: { path: visible(formatPath(segments)), code, message: visibleArgs(message) } };
}

/** What a value from the file is, in words: "de tekst „veel”", "a list […]". */
export function describeValue(value: unknown): Text {
  if (typeof value === 'string') return text('scenario.value.text', value);
  if (typeof value === 'number') return text('scenario.value.number', value);
  if (typeof value === 'boolean') return text('scenario.value.boolean', value);
  if (value === null) return text('scenario.value.null');
  if (Array.isArray(value)) return text('scenario.value.list');
  if (typeof value === 'object') return text('scenario.value.object');
  return text('scenario.value.other');
}

/** Fields whose value is a YearTable, so that `phaseIn.2024` reads as "the value for 2024". */
export const YEAR_TABLE_FIELDS: ReadonlySet<string> = new Set(['phaseIn', 'share', 'amounts', 'target', 'wage', 'price']);

/** The location in words, as the subject of a sentence: "„wageShare”", "Regel 3", "De waarde voor 2024 in „phaseIn”". */
export function subjectOf(path: Path): Text {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (last === undefined) return text('scenario.subject.file');
  if (typeof last === 'number') {
    const n = last + 1;
    if (path.length === 2 && parent === 'lines') return text('scenario.subject.line', n);
    if (path.length === 2 && parent === 'measures') return text('scenario.subject.measure', n);
    if (typeof parent === 'string') return text('scenario.subject.itemOf', n, parent);
    return text('scenario.subject.item', n);
  }
  if (typeof parent === 'string' && YEAR_TABLE_FIELDS.has(parent) && /^\d{4}$/.test(last)) {
    return text('scenario.subject.yearIn', last, parent);
  }
  return text('scenario.subject.field', last);
}

/** Short explanations of fields, added where a field is missing or out of range. */
export const FIELD_HELP: ReadonlyMap<string, Text> = new Map([
  ['format', text('scenario.help.format')],
  ['title', text('scenario.help.title')],
  ['baseYear', text('scenario.help.baseYear')],
  ['horizon', text('scenario.help.horizon')],
  ['from', text('scenario.help.from')],
  ['to', text('scenario.help.to')],
  ['lines', text('scenario.help.lines')],
  ['id', text('scenario.help.id')],
  ['name', text('scenario.help.name')],
  ['kind', text('scenario.help.kind')],
  ['type', text('scenario.help.type')],
  ['wageShare', text('scenario.help.wageShare')],
  ['volumeGrowth', text('scenario.help.volumeGrowth')],
  ['rate', text('scenario.help.rate')],
  ['share', text('scenario.help.share')],
  ['amounts', text('scenario.help.amounts')],
  ['low', text('scenario.help.low')],
  ['high', text('scenario.help.high')],
]);

/** The sentence, ended with the field's explanation where there is one: "…ontbreekt: de naam van het scenario." */
export function withHelp(message: Text, key: unknown): Text {
  const help = typeof key === 'string' ? FIELD_HELP.get(key) : undefined;
  return help ? text('scenario.withHelp', message, help) : text('scenario.sentence', message);
}
