// Turns every zod issue into problems a policy advisor understands (words: catalogue area `scenario.schema`).
// No zod wording reaches the user: every issue code has its own message, with a generic one
// as the last resort for codes this schema does not produce.
import type { z } from 'zod';
import { kindOfType, MEASURE_TYPES } from '../measures/registry';
import {
  ID_PATTERN,
  LineSchema,
  ScenarioSchema,
  UncertaintySchema,
  MIN_YEAR,
  MAX_YEAR,
} from './schema';
import { closestName, DUTCH_FIELD_NAMES, DUTCH_VALUE_NAMES } from './closest-name';
import { field, hasField, valueAt, type Path, type PathSegment } from './paths';
import { describeValue, located, subjectOf, withHelp, YEAR_TABLE_FIELDS, type LocatedProblem } from './problem-text';
import { text, type Text } from '../i18n/text';

type Issue = z.core.$ZodIssue;


const TOP_FIELDS = Object.keys(ScenarioSchema.shape);
const HORIZON_FIELDS = Object.keys(ScenarioSchema.shape.horizon.shape);
const INDEXATION_FIELDS = Object.keys(ScenarioSchema.shape.indexation.unwrap().shape);
const LINE_FIELDS = Object.keys(LineSchema.shape);
const UNCERTAINTY_FIELDS = Object.keys(UncertaintySchema.shape);
const MEASURE_FIELDS: Record<string, string[]> = Object.fromEntries(
  MEASURE_TYPES.map((t) => [t, Object.keys(kindOfType(t).schema.shape)]),
);
const ALL_MEASURE_FIELDS = [...new Set(Object.values(MEASURE_FIELDS).flat())];

/** Every field name of the format in the spec's order, to order absent fields in document order. */
export const KNOWN_FIELD_ORDER: readonly string[] = [
  ...new Set([...TOP_FIELDS, ...HORIZON_FIELDS, ...INDEXATION_FIELDS, ...LINE_FIELDS, ...ALL_MEASURE_FIELDS, ...UNCERTAINTY_FIELDS]),
];

function measureType(doc: unknown, index: PathSegment | undefined): string | undefined {
  if (typeof index !== 'number') return undefined;
  const type = field(valueAt(doc, ['measures', index]), 'type');
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(MEASURE_FIELDS, type) ? type : undefined;
}

/** The field names allowed in the object at `path`, or undefined where the format has no fixed set. */
function knownFieldsAt(path: Path, doc: unknown): readonly string[] | undefined {
  const [a, b, c] = path;
  if (path.length === 0) return TOP_FIELDS;
  if (path.length === 1 && a === 'horizon') return HORIZON_FIELDS;
  if (path.length === 1 && a === 'indexation') return INDEXATION_FIELDS;
  if (path.length === 2 && a === 'lines') return LINE_FIELDS;
  if (path.length === 2 && a === 'measures') {
    const type = measureType(doc, b);
    return type ? MEASURE_FIELDS[type] : ALL_MEASURE_FIELDS;
  }
  if (path.length === 3 && a === 'measures' && c === 'uncertainty') return UNCERTAINTY_FIELDS;
  return undefined;
}

function toSegments(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((s) => (typeof s === 'number' ? s : String(s)));
}

function numericText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value.trim()));
}

const EXPECTED: Record<string, Text> = {
  number: text('scenario.schema.expected.number'),
  int: text('scenario.schema.expected.int'),
  string: text('scenario.schema.expected.string'),
  boolean: text('scenario.schema.expected.boolean'),
  array: text('scenario.schema.expected.array'),
  object: text('scenario.schema.expected.object'),
  record: text('scenario.schema.expected.record'),
};

function invalidType(issue: Extract<Issue, { code: 'invalid_type' }>, path: Path, doc: unknown): LocatedProblem {
  const value = valueAt(doc, path);
  const subject = subjectOf(path);
  const wantsNumber = issue.expected === 'number' || issue.expected === 'int';
  if (wantsNumber && numericText(value)) {
    return located(path, 'number-as-text', text('scenario.schema.numberAsText', subject, value, value.trim()));
  }
  if (wantsNumber && typeof value === 'number' && !Number.isFinite(value)) {
    return located(path, 'not-a-finite-number', text('scenario.schema.notFinite', subject, value));
  }
  if (issue.expected === 'int' && typeof value === 'number') {
    return located(path, 'not-a-whole-number', text('scenario.schema.notWhole', subject, value));
  }
  const expected = EXPECTED[issue.expected] ?? text('scenario.schema.expected.other');
  return located(path, 'wrong-type', text('scenario.schema.wrongType', subject, expected, describeValue(value)));
}

/** A value of 1 < x ≤ 100 where a fraction (at most 1) belongs: a percentage, to point out. */
function percentWritten(maximum: number, value: unknown): number | undefined {
  return maximum === 1 && typeof value === 'number' && value > 1 && value <= 100 ? value : undefined;
}

function outOfRange(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>, path: Path, doc: unknown): LocatedProblem {
  const value = valueAt(doc, path);
  const subject = subjectOf(path);
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  const code = small ? 'too-small' : 'too-large';
  if (issue.origin === 'string') {
    const length = typeof value === 'string' ? value.length : 0;
    if (small && limit <= 1) return located(path, 'empty-text', text('scenario.schema.emptyText', subject));
    return small
      ? located(path, 'text-too-short', text('scenario.schema.textTooShort', subject, limit))
      : located(path, 'text-too-long', text('scenario.schema.textTooLong', subject, limit, length));
  }
  if (issue.origin === 'array') {
    if (path.length === 1 && path[0] === 'lines') return located(path, 'no-lines', text('scenario.schema.noLines'));
    return small
      ? located(path, 'too-few-items', text('scenario.schema.tooFewItems', subject, limit))
      : located(path, 'too-many-items', text('scenario.schema.tooManyItems', subject, limit));
  }
  const now = typeof value === 'number' ? value : undefined;
  const bound = small
    ? inclusive
      ? text('scenario.schema.atLeast', limit)
      : text('scenario.schema.greaterThan', limit)
    : inclusive
      ? text('scenario.schema.atMost', limit)
      : text('scenario.schema.lessThan', limit);
  const percent = small ? undefined : percentWritten(limit, value);
  return located(path, code, text('scenario.schema.outOfRange', subject, bound, now, percent));
}

/** "Bibliotheek Noord" → "bibliotheek-noord": a valid id to suggest, or undefined. */
function suggestId(value: string): string | undefined {
  const slug = value
    .slice(0, 100)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '')
    .slice(0, 64);
  return ID_PATTERN.test(slug) && slug !== value ? slug : undefined;
}

function invalidFormat(issue: Extract<Issue, { code: 'invalid_format' }>, path: Path, doc: unknown): LocatedProblem {
  const value = valueAt(doc, path);
  const subject = subjectOf(path);
  const found = typeof value === 'string' ? value : '';
  if (issue.format === 'datetime') {
    return located(path, 'invalid-date-time', text('scenario.schema.invalidDateTime', subject, found));
  }
  if (issue.format === 'regex' && path[path.length - 1] === 'id') {
    return located(path, 'invalid-id', text('scenario.schema.invalidId', found, suggestId(found)));
  }
  return located(path, 'invalid-format', text('scenario.schema.invalidFormat', subject, found));
}

function invalidValue(issue: Extract<Issue, { code: 'invalid_value' }>, path: Path, doc: unknown): LocatedProblem {
  const value = valueAt(doc, path);
  const subject = subjectOf(path);
  const options = issue.values.map((v) => String(v));
  const choices = path[path.length - 1] === 'kind' ? text('scenario.schema.kindChoices') : text('scenario.schema.choices', options);
  const guess = typeof value === 'string' ? closestName(value, options, { synonyms: DUTCH_VALUE_NAMES }) : undefined;
  return located(path, 'invalid-choice', text('scenario.schema.invalidChoice', subject, choices, describeValue(value), guess));
}

function unknownFields(issue: Extract<Issue, { code: 'unrecognized_keys' }>, path: Path, doc: unknown): LocatedProblem[] {
  const known = knownFieldsAt(path, doc) ?? [];
  const type = path.length === 2 && path[0] === 'measures' ? measureType(doc, path[1]) : undefined;
  return issue.keys.map((key) => {
    const at = [...path, key];
    const guess = closestName(key, known, { synonyms: DUTCH_FIELD_NAMES });
    if (guess) return located(at, 'unknown-field', text('scenario.schema.unknownFieldGuess', key, guess));
    if (type) {
      const owners = MEASURE_TYPES.filter((t) => MEASURE_FIELDS[t]?.includes(key));
      if (owners.length > 0) return located(at, 'unknown-field', text('scenario.schema.unknownFieldOfType', key, type, owners));
    }
    return located(at, 'unknown-field', text('scenario.schema.unknownField', key, [...known]));
  });
}

function unknownType(path: Path, doc: unknown): LocatedProblem {
  const value = valueAt(doc, path);
  const guess = typeof value === 'string' ? closestName(value, MEASURE_TYPES, { synonyms: DUTCH_VALUE_NAMES }) : undefined;
  return located(path, 'unknown-measure-type', text('scenario.schema.unknownMeasureType', describeValue(value), [...MEASURE_TYPES], guess));
}

export function invalidYearKey(path: Path): LocatedProblem {
  const key = String(path[path.length - 1] ?? '');
  const parent = path[path.length - 2];
  const table = typeof parent === 'string' && YEAR_TABLE_FIELDS.has(parent) ? parent : undefined;
  if (/^\d{4}$/.test(key)) {
    return located(path, 'year-out-of-range', text('scenario.schema.yearOutOfRange', key, MIN_YEAR, MAX_YEAR, table));
  }
  return located(path, 'invalid-year', text('scenario.schema.invalidYear', key, table));
}

function generic(path: Path): LocatedProblem {
  return located(path, 'invalid-value', text('scenario.schema.invalidValue', subjectOf(path)));
}

/** A required field that is not there at all: zod calls it a wrong type, value or union. */
function missingField(path: Path, doc: unknown): LocatedProblem | undefined {
  const key = path[path.length - 1];
  if (typeof key !== 'string' || hasField(valueAt(doc, path.slice(0, -1)), key)) return undefined;
  return located(path, 'missing-field', withHelp(text('scenario.schema.missingField', key), key));
}

/** The problems that one zod issue stands for; `doc` is the input that zod checked. */
export function problemsFromZodIssue(issue: Issue, doc: unknown): LocatedProblem[] {
  const path = toSegments(issue.path);
  if (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union') {
    const missing = missingField(path, doc);
    if (missing) return [missing];
  }
  switch (issue.code) {
    case 'invalid_type':
      return [invalidType(issue, path, doc)];
    case 'too_small':
    case 'too_big':
      return [outOfRange(issue, path, doc)];
    case 'invalid_format':
      return [invalidFormat(issue, path, doc)];
    case 'invalid_value':
      return [invalidValue(issue, path, doc)];
    case 'unrecognized_keys':
      return unknownFields(issue, path, doc);
    case 'invalid_union':
      return issue.discriminator !== undefined ? [unknownType(path, doc)] : [generic(path)];
    case 'invalid_key':
      return [invalidYearKey(path)];
    case 'invalid_element':
    case 'not_multiple_of':
    case 'custom':
      return [generic(path)];
    default:
      return [generic(path)];
  }
}
