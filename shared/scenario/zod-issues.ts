// Turns every zod issue into problems a policy advisor understands, in Dutch and English.
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
import {
  describeValue,
  located,
  numberEn,
  numberNl,
  orEn,
  orNl,
  qen,
  qnl,
  subjectOf,
  withHelp,
  YEAR_TABLE_FIELDS,
  type LocatedProblem,
} from './problem-text';

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

const EXPECTED: Record<string, { nl: string; en: string }> = {
  number: { nl: 'een getal', en: 'a number' },
  int: { nl: 'een geheel getal', en: 'a whole number' },
  string: { nl: 'tekst', en: 'text' },
  boolean: { nl: 'true of false', en: 'true or false' },
  array: { nl: 'een lijst […]', en: 'a list […]' },
  object: { nl: 'een groep velden {…}', en: 'an object {…}' },
  record: { nl: 'een tabel met jaren, zoals { "2025": 0.5 }', en: 'a table of years, such as { "2025": 0.5 }' },
};

function invalidType(issue: Extract<Issue, { code: 'invalid_type' }>, path: Path, doc: unknown): LocatedProblem {
  const value = valueAt(doc, path);
  const subject = subjectOf(path);
  const wantsNumber = issue.expected === 'number' || issue.expected === 'int';
  if (wantsNumber && numericText(value)) {
    const n = value.trim();
    return located(
      path,
      'number-as-text',
      `${subject.nl} is tekst (${qnl(value)}), maar moet een getal zijn: schrijf het zonder aanhalingstekens, als ${n}.`,
      `${subject.en} is text (${qen(value)}) but must be a number: write it without quotes, as ${n}.`,
    );
  }
  if (wantsNumber && typeof value === 'number' && !Number.isFinite(value)) {
    return located(
      path,
      'not-a-finite-number',
      `${subject.nl} is geen bruikbaar getal (${numberNl(value)}); een getal als 1e400 is te groot om mee te rekenen.`,
      `${subject.en} is not a usable number (${numberEn(value)}); a number such as 1e400 is too large to compute with.`,
    );
  }
  if (issue.expected === 'int' && typeof value === 'number') {
    return located(
      path,
      'not-a-whole-number',
      `${subject.nl} moet een geheel getal zijn (nu ${numberNl(value)}).`,
      `${subject.en} must be a whole number (now ${numberEn(value)}).`,
    );
  }
  const expected = EXPECTED[issue.expected] ?? { nl: 'iets anders', en: 'something else' };
  const received = describeValue(value);
  return located(
    path,
    'wrong-type',
    `${subject.nl} moet ${expected.nl} zijn, maar is ${received.nl}.`,
    `${subject.en} must be ${expected.en}, but is ${received.en}.`,
  );
}

function percentHint(maximum: number, value: unknown): { nl: string; en: string } {
  if (maximum === 1 && typeof value === 'number' && value > 1 && value <= 100) {
    return {
      nl: ` Schrijf een percentage als breuk: ${numberNl(value)} % is ${numberNl(value / 100)}.`,
      en: ` Write a percentage as a fraction: ${numberEn(value)}% is ${numberEn(value / 100)}.`,
    };
  }
  return { nl: '', en: '' };
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
    if (small && limit <= 1) return located(path, 'empty-text', `${subject.nl} mag niet leeg zijn.`, `${subject.en} must not be empty.`);
    return small
      ? located(path, 'text-too-short', `${subject.nl} is te kort: minstens ${limit} tekens.`, `${subject.en} is too short: at least ${limit} characters.`)
      : located(
          path,
          'text-too-long',
          `${subject.nl} is te lang: hoogstens ${limit} tekens (nu ${length}).`,
          `${subject.en} is too long: at most ${limit} characters (now ${length}).`,
        );
  }
  if (issue.origin === 'array') {
    if (path.length === 1 && path[0] === 'lines') {
      return located(
        path,
        'no-lines',
        'Een scenario heeft minstens één begrotingsregel nodig; „lines” is leeg.',
        'A scenario needs at least one budget line; "lines" is empty.',
      );
    }
    return small
      ? located(path, 'too-few-items', `${subject.nl} moet minstens ${limit} element(en) bevatten.`, `${subject.en} must hold at least ${limit} item(s).`)
      : located(path, 'too-many-items', `${subject.nl} mag hoogstens ${limit} element(en) bevatten.`, `${subject.en} may hold at most ${limit} item(s).`);
  }
  const now = typeof value === 'number' ? { nl: ` (nu ${numberNl(value)})`, en: ` (now ${numberEn(value)})` } : { nl: '', en: '' };
  const bound = small
    ? inclusive
      ? { nl: `minstens ${numberNl(limit)}`, en: `at least ${numberEn(limit)}` }
      : { nl: `groter dan ${numberNl(limit)}`, en: `greater than ${numberEn(limit)}` }
    : inclusive
      ? { nl: `hoogstens ${numberNl(limit)}`, en: `at most ${numberEn(limit)}` }
      : { nl: `kleiner dan ${numberNl(limit)}`, en: `less than ${numberEn(limit)}` };
  const hint = small ? { nl: '', en: '' } : percentHint(limit, value);
  return located(
    path,
    code,
    `${subject.nl} moet ${bound.nl} zijn${now.nl}.${hint.nl}`,
    `${subject.en} must be ${bound.en}${now.en}.${hint.en}`,
  );
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
  const text = typeof value === 'string' ? value : '';
  if (issue.format === 'datetime') {
    return located(
      path,
      'invalid-date-time',
      `${subject.nl} is geen geldig tijdstip (${qnl(text)}); schrijf het als ISO 8601, bijvoorbeeld „2025-03-01T09:30:00+01:00”.`,
      `${subject.en} is not a valid date and time (${qen(text)}); write it as ISO 8601, for example "2025-03-01T09:30:00+01:00".`,
    );
  }
  if (issue.format === 'regex' && path[path.length - 1] === 'id') {
    const suggestion = suggestId(text);
    const tail = suggestion ? { nl: ` Bijvoorbeeld ${qnl(suggestion)}.`, en: ` For example ${qen(suggestion)}.` } : { nl: '', en: '' };
    return located(
      path,
      'invalid-id',
      `${qnl(text)} is geen geldige id: gebruik alleen kleine letters, cijfers, „-” en „_”, begin met een letter of cijfer, hoogstens 64 tekens.${tail.nl}`,
      `${qen(text)} is not a valid id: use only lower-case letters, digits, "-" and "_", start with a letter or digit, at most 64 characters.${tail.en}`,
    );
  }
  return located(path, 'invalid-format', `${subject.nl} heeft niet de juiste vorm (${qnl(text)}).`, `${subject.en} does not have the right form (${qen(text)}).`);
}

const KIND_EXPLAINED = {
  nl: 'subsidy (subsidie aan een partner), individual (maatwerkvoorziening), collective (algemene voorziening) of other (overig)',
  en: 'subsidy (subsidy to a partner), individual (individual provision), collective (collective provision) or other',
};

function invalidValue(issue: Extract<Issue, { code: 'invalid_value' }>, path: Path, doc: unknown): LocatedProblem {
  const value = valueAt(doc, path);
  const subject = subjectOf(path);
  const options = issue.values.map((v) => String(v));
  const choices = path[path.length - 1] === 'kind' ? KIND_EXPLAINED : { nl: orNl(options), en: orEn(options) };
  const guess = typeof value === 'string' ? closestName(value, options, { synonyms: DUTCH_VALUE_NAMES }) : undefined;
  const hint = guess ? { nl: ` Bedoelde u ${qnl(guess)}?`, en: ` Did you mean ${qen(guess)}?` } : { nl: '', en: '' };
  const received = describeValue(value);
  return located(
    path,
    'invalid-choice',
    `${subject.nl} moet ${choices.nl} zijn, maar is ${received.nl}.${hint.nl}`,
    `${subject.en} must be ${choices.en}, but is ${received.en}.${hint.en}`,
  );
}

function unknownFields(issue: Extract<Issue, { code: 'unrecognized_keys' }>, path: Path, doc: unknown): LocatedProblem[] {
  const known = knownFieldsAt(path, doc) ?? [];
  const type = path.length === 2 && path[0] === 'measures' ? measureType(doc, path[1]) : undefined;
  return issue.keys.map((key) => {
    const at = [...path, key];
    const guess = closestName(key, known, { synonyms: DUTCH_FIELD_NAMES });
    if (guess) {
      return located(at, 'unknown-field', `Onbekend veld ${qnl(key)}. Bedoelde u ${qnl(guess)}?`, `Unknown field ${qen(key)}. Did you mean ${qen(guess)}?`);
    }
    if (type) {
      const owners = MEASURE_TYPES.filter((t) => MEASURE_FIELDS[t]?.includes(key));
      if (owners.length > 0) {
        return located(
          at,
          'unknown-field',
          `Onbekend veld ${qnl(key)} voor een maatregel van type ${qnl(type)}; dit veld hoort bij type ${orNl(owners)}.`,
          `Unknown field ${qen(key)} for a measure of type ${qen(type)}; this field belongs to type ${orEn(owners)}.`,
        );
      }
    }
    const allowed = known.length > 0 ? { nl: ` Toegestaan zijn: ${known.join(', ')}.`, en: ` Allowed are: ${known.join(', ')}.` } : { nl: '', en: '' };
    return located(at, 'unknown-field', `Onbekend veld ${qnl(key)}.${allowed.nl}`, `Unknown field ${qen(key)}.${allowed.en}`);
  });
}

function unknownType(path: Path, doc: unknown): LocatedProblem {
  const value = valueAt(doc, path);
  const choices = { nl: orNl(MEASURE_TYPES), en: orEn(MEASURE_TYPES) };
  const guess = typeof value === 'string' ? closestName(value, MEASURE_TYPES, { synonyms: DUTCH_VALUE_NAMES }) : undefined;
  const hint = guess ? { nl: ` Bedoelde u ${qnl(guess)}?`, en: ` Did you mean ${qen(guess)}?` } : { nl: '', en: '' };
  const received = describeValue(value);
  return located(
    path,
    'unknown-measure-type',
    `Onbekend type maatregel: ${received.nl}. Kies ${choices.nl}.${hint.nl}`,
    `Unknown measure type: ${received.en}. Choose ${choices.en}.${hint.en}`,
  );
}

export function invalidYearKey(path: Path): LocatedProblem {
  const key = String(path[path.length - 1] ?? '');
  const table = path[path.length - 2];
  const where = typeof table === 'string' && YEAR_TABLE_FIELDS.has(table) ? { nl: ` in ${qnl(table)}`, en: ` in ${qen(table)}` } : { nl: '', en: '' };
  if (/^\d{4}$/.test(key)) {
    return located(
      path,
      'year-out-of-range',
      `Het jaar ${key}${where.nl} valt buiten ${MIN_YEAR}–${MAX_YEAR}.`,
      `The year ${key}${where.en} is outside ${MIN_YEAR}–${MAX_YEAR}.`,
    );
  }
  return located(
    path,
    'invalid-year',
    `${qnl(key)}${where.nl} is geen jaartal: schrijf een jaar met vier cijfers, zoals „2025”.`,
    `${qen(key)}${where.en} is not a year: write a year in four digits, such as "2025".`,
  );
}

function generic(path: Path): LocatedProblem {
  const subject = subjectOf(path);
  return located(path, 'invalid-value', `${subject.nl} heeft een ongeldige waarde.`, `${subject.en} has an invalid value.`);
}

/** The problems that one zod issue stands for; `doc` is the input that zod checked. */
/** A required field that is not there at all: zod calls it a wrong type, value or union. */
function missingField(path: Path, doc: unknown): LocatedProblem | undefined {
  const key = path[path.length - 1];
  if (typeof key !== 'string' || hasField(valueAt(doc, path.slice(0, -1)), key)) return undefined;
  const text = withHelp({ nl: `Het verplichte veld ${qnl(key)} ontbreekt`, en: `The required field ${qen(key)} is missing` }, key);
  return located(path, 'missing-field', text.nl, text.en);
}

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
