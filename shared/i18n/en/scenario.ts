import type { Catalogue } from '../catalogues';
import { clip, joinList } from '../../scenario/visible';
import { formatters } from '../format';

const f = formatters('en');

/** A value from the file, quoted ("…"), cut short, what does not print made visible. */
const q = (value: string): string => `"${clip(value)}"`;
/** A number from the file as written; NaN and infinity in words. */
const num = (n: number): string => {
  if (Number.isNaN(n)) return 'not a number (NaN)';
  if (!Number.isFinite(n)) return n > 0 ? 'infinite' : 'minus infinite';
  return String(n);
};
const or = (items: readonly string[]): string => joinList(items, 'or');

/** An amount beyond the limit: its size, not its digits, once it no longer fits a line. */
const amount = (x: number): string => {
  if (!Number.isFinite(x)) return 'a number too large to compute';
  if (Math.abs(x) >= 1e16) {
    const [mantissa = '', exponent = ''] = x.toExponential(1).split('e');
    return `about €${mantissa} × 10^${Number(exponent)}`;
  }
  return f.money(x);
};

export const scenario: Catalogue['scenario'] = {

  value: {
    text: (value) => `the text ${q(value)}`,
    number: (value) => `the number ${num(value)}`,
    boolean: (value) => `the value ${value}`,
    null: 'the value null',
    list: 'a list […]',
    object: 'an object {…}',
    other: 'a value that JSON does not have',
  },

  subject: {
    file: 'The file',
    line: (n) => `Line ${n}`,
    measure: (n) => `Measure ${n}`,
    itemOf: (n, parent) => `Item ${n} of ${q(parent)}`,
    item: (n) => `Item ${n}`,
    yearIn: (year, table) => `The value for ${year} in ${q(table)}`,
    field: (name) => q(name),
  },

  help: {
    format: 'this file is a scenario',
    title: 'the name of the scenario',
    baseYear: 'the year that the amounts of the lines describe',
    horizon: 'the years of the projection, such as { "from": 2024, "to": 2028 }',
    from: 'the first year',
    to: 'the last year',
    lines: 'the budget lines',
    id: 'a short unique code in lower case, such as "library"',
    name: 'the name as users see it',
    kind: 'subsidy, individual, collective or other',
    type: 'cut, volumeChange, unitCostChange, shift or fixed',
    wageShare: 'the share of the cost that follows the wage index, from 0 to 1',
    volumeGrowth: 'autonomous growth per year as a fraction, 0.02 is 2%',
    rate: 'a fraction: 0.2 is 20%',
    share: 'the share that moves each year, from 0 to 1',
    amounts: 'amounts per year, such as { "2025": 50000 }',
    low: 'the lowest factor, from 0 to 1',
    high: 'the highest factor, 1 or more',
  },
  withHelp: (sentence, help) => `${sentence}: ${help}.`,
  sentence: (sentence) => `${sentence}.`,

  schema: {
    numberAsText: (subject, value, written) =>
      `${subject} is text (${q(value)}) but must be a number: write it without quotes, as ${written}.`,
    notFinite: (subject, value) =>
      `${subject} is not a usable number (${num(value)}); a number such as 1e400 is too large to compute with.`,
    notWhole: (subject, value) => `${subject} must be a whole number (now ${num(value)}).`,
    expected: {
      number: 'a number',
      int: 'a whole number',
      string: 'text',
      boolean: 'true or false',
      array: 'a list […]',
      object: 'an object {…}',
      record: 'a table of years, such as { "2025": 0.5 }',
      other: 'something else',
    },
    wrongType: (subject, expected, received) => `${subject} must be ${expected}, but is ${received}.`,
    emptyText: (subject) => `${subject} must not be empty.`,
    textTooShort: (subject, limit) => `${subject} is too short: at least ${limit} characters.`,
    textTooLong: (subject, limit, length) => `${subject} is too long: at most ${limit} characters (now ${length}).`,
    noLines: 'A scenario needs at least one budget line; "lines" is empty.',
    tooFewItems: (subject, limit) => `${subject} must hold at least ${limit} item(s).`,
    tooManyItems: (subject, limit) => `${subject} may hold at most ${limit} item(s).`,
    atLeast: (limit) => `at least ${num(limit)}`,
    greaterThan: (limit) => `greater than ${num(limit)}`,
    atMost: (limit) => `at most ${num(limit)}`,
    lessThan: (limit) => `less than ${num(limit)}`,
    outOfRange: (subject, bound, now, percent) =>
      `${subject} must be ${bound}${now === undefined ? '' : ` (now ${num(now)})`}.` +
      (percent === undefined ? '' : ` Write a percentage as a fraction: ${num(percent)}% is ${num(percent / 100)}.`),
    invalidDateTime: (subject, value) =>
      `${subject} is not a valid date and time (${q(value)}); write it as ISO 8601, for example "2025-03-01T09:30:00+01:00".`,
    invalidId: (value, suggestion) =>
      `${q(value)} is not a valid id: use only lower-case letters, digits, "-" and "_", start with a letter or digit, at most 64 characters.` +
      (suggestion === undefined ? '' : ` For example ${q(suggestion)}.`),
    invalidFormat: (subject, value) => `${subject} does not have the right form (${q(value)}).`,
    kindChoices: 'subsidy (subsidy to a partner), individual (individual provision), collective (collective provision) or other',
    choices: (options) => or(options),
    invalidChoice: (subject, choices, received, guess) =>
      `${subject} must be ${choices}, but is ${received}.${guess === undefined ? '' : ` Did you mean ${q(guess)}?`}`,
    unknownFieldGuess: (key, guess) => `Unknown field ${q(key)}. Did you mean ${q(guess)}?`,
    unknownFieldOfType: (key, type, owners) =>
      `Unknown field ${q(key)} for a measure of type ${q(type)}; this field belongs to type ${or(owners)}.`,
    unknownField: (key, allowed) => `Unknown field ${q(key)}.${allowed.length > 0 ? ` Allowed are: ${allowed.join(', ')}.` : ''}`,
    unknownMeasureType: (received, types, guess) =>
      `Unknown measure type: ${received}. Choose ${or(types)}.${guess === undefined ? '' : ` Did you mean ${q(guess)}?`}`,
    yearOutOfRange: (year, min, max, table) => `The year ${year}${table === undefined ? '' : ` in ${q(table)}`} is outside ${min}–${max}.`,
    invalidYear: (key, table) =>
      `${q(key)}${table === undefined ? '' : ` in ${q(table)}`} is not a year: write a year in four digits, such as "2025".`,
    invalidValue: (subject) => `${subject} has an invalid value.`,
    missingField: (key) => `The required field ${q(key)} is missing`,
  },

  json: {
    endOfFile: 'the end of the file',
    char: (shown) => `"${shown}"`,
    badUnicodeEscape: 'Invalid \\u escape in text: \\u must be followed by four hexadecimal digits.',
    badEscape: (found) => `Invalid character after a backslash in text: ${found}. Write a backslash as \\\\.`,
    controlInString: 'Text in quotes runs over a line break or holds a control character; close it with " or write \\n.',
    unclosedString: 'This text is not closed with a quote (").',
    endsUnexpectedly: (open) =>
      `The file ends unexpectedly;${
        open.length > 0
          ? ` ${open
              .map((c) => (c === '{' ? '"}"' : '"]"'))
              .reverse()
              .join(' ')} still missing`
          : ' a value is missing'
      }.`,
    singleQuotes: 'JSON uses double quotes ("), not single quotes (\').',
    comment: 'JSON has no comments; remove it or put it in "notes".',
    decimalComma: 'A number with a decimal comma? JSON writes decimals with a point: 0.25, not 0,25.',
    trailingComma: (found) => `One comma too many before ${found}: no comma after the last item.`,
    expected: {
      value: 'a value',
      valueOrClose: 'a value or "]"',
      key: 'a field name in double quotes',
      keyOrClose: 'a field name in double quotes or "}"',
      colon: '":" after the field name',
      commaOrCloseObject: '"," or "}" (is a comma missing?)',
      commaOrCloseArray: '"," or "]" (is a comma missing?)',
      end: 'the end of the file',
    },
    expectedFound: (expected, found) => `Expected ${expected}, but found ${found}.`,
    trailingContent: (found) => `There is more after the end of the JSON: ${found}.`,
    nanInfinity: 'NaN and Infinity are not numbers in JSON.',
    badNumber:
      'This number is not written correctly: use a point as decimal separator (0.25), with no leading zeros, plus sign or thousands separator.',
  },

  file: {
    missingFormat: (format) => `This is not a scenario file: the field "format" is missing (expected "${format}").`,
    wrongFormat: (found, format) => `This is not a scenario file: "format" is ${found}, expected "${format}".`,
    newerVersion: (version, current) =>
      `This file was made with a newer version of the app (file version ${version}; this app reads up to version ${current}). Update the app to open it.`,
    unknownVersion: (version) => `Version ${version} does not exist; scenario files start at version 1.`,
    missingVersion: (current) => `The required field "version" is missing (for this app: ${current}).`,
    versionNotWhole: (current, now) => `"version" must be a whole number, such as ${current} (now ${num(now)}).`,
    versionAsText: (value, written) => `"version" is text (${q(value)}) but must be a number: write it without quotes, as ${written}.`,
    invalidVersion: (current, found) => `"version" must be a whole number, such as ${current}, but is ${found}.`,
    notAnObject: (found) => `This is not a scenario file: expected an object {…}, but the file holds ${found}.`,
    invalid: 'This scenario file is not valid.',
    unreadable: 'This file could not be read as a scenario.',
    notText: 'This file holds no text.',
    empty: 'The file is empty.',
    invalidJson: 'This file is not valid JSON (or it is nested too deeply to read).',
    invalidJsonAt: (line, column, message) => `This file is not valid JSON: line ${line}, column ${column}: ${message}`,
    secondByteOrderMark: 'This file starts with two byte order marks (U+FEFF); at most one is allowed. Remove the second.',
    notUtf8: (offset, line, byte) =>
      `This file is not valid UTF-8 text: byte ${offset} (counting from 0, on line ${line}), 0x${byte}, is not part of a UTF-8 character. It may have been saved in another character encoding, or not be a text file; save it as UTF-8.`,
    noMigration: (from, version) =>
      `This file has version ${from}; this version of the app cannot convert version ${version} to version ${version + 1}.`,
    migrationFailed: (from, version) =>
      `This file has version ${from} and could not be converted to version ${version + 1}; it may be damaged.`,
    tooManyProblems: (rest) => `And ${rest} more problems; solve the problems above first.`,
  },

  checks: {
    horizonBeforeBaseYear: (from, baseYear) =>
      `The first year of the horizon (${from}) is before the base year (${baseYear}); the projection starts in the base year at the earliest.`,
    horizonReversed: (to, from) => `The last year of the horizon (${to}) is before the first year (${from}).`,
    horizonTooLong: (from, to, span) =>
      `The horizon ${from}–${to} is too long: the last year may be at most ${span} years after the first (${from + span} at the latest).`,
    duplicateLineId: (id, first) =>
      `The id ${q(id)} is already used by line ${first + 1} (lines[${first}]); every line needs its own id.`,
    duplicateMeasureId: (id, first) =>
      `The id ${q(id)} is already used by measure ${first + 1} (measures[${first}]); every measure needs its own id.`,
    amountAndVolume: 'A line has either an amount, or a volume with a cost per unit (volume and unitCost), not both.',
    noAmountOrVolume: 'A line needs an amount, or a volume with a cost per unit (volume and unitCost).',
    missingUnitCost:
      'The field "unitCost" is missing: a volume needs the cost per client or participant per year (in the base year).',
    missingVolume:
      'The field "volume" is missing: a cost per unit needs the number of clients or participants per year (in the base year).',
    pmWithAmount: 'A line pro memorie (pm) has no amount yet: leave out amount, volume, unitCost and amounts, or remove pm.',
    amountsAndAmount:
      'A line has either an amount per year in the base year (amount), or a volume with a cost per unit, or a multi-year estimate (amounts), not two at once.',
    emptyAmounts: 'The multi-year estimate (amounts) lists no year; give at least one year with an amount.',
    growthWithAmounts:
      'A multi-year estimate (amounts) already holds the amount of every year: autonomous growth (volumeGrowth) has no meaning with it. Put the growth in the amounts and remove volumeGrowth.',
    oneOffWithoutAmounts: 'One-off (oneOff) goes with a multi-year estimate (amounts) of exactly one year.',
    oneOffYears: (count) => `A one-off line (oneOff) counts in one year, but its multi-year estimate lists ${count}. List one year, or remove oneOff.`,
    decisionDateRange: (min, max) => `The decision date (decisionDate) must lie in ${min}–${max}.`,
    duplicateOrganisation: (name, first) => `The organisation ${q(name)} is already in the list (organisations[${first}]); list each organisation once.`,
    unknownOrganisation: (name, guess) =>
      `The organisation ${q(name)} is not in the list of organisations (organisations).${guess ? ` Did you mean ${q(guess)}?` : ' Add it to the list.'}`,
    measureTooLarge: (id, year, found, factor, limit) =>
      `Measure ${q(id)} makes an amount of ${amount(found)} in ${year}${
        factor === 1 ? '' : ` (at strength × ${factor} from "uncertainty")`
      }: more than the app can project (at most ${f.money(limit)} per line, per measure and for all lines together, per year). Check the rates and amounts of the measure.`,
    lineTooLarge: (id, year, found, limit) =>
      `Line ${q(id)} costs ${amount(found)} in ${year}: more than the app can project (at most ${f.money(limit)} per line per year). Check the amount or volume × unitCost, volumeGrowth and the indexation.`,
    totalTooLarge: (year, found, withMeasures, limit) =>
      `All lines together cost ${amount(found)} in ${year} ${withMeasures ? 'with the measures' : 'without measures'}: more than the app can project (at most ${f.money(limit)} a year).`,
    fixedTooLarge: (year, found, limit) =>
      `The fixed amounts together are ${amount(found)} in ${year}: more than the app can project (at most ${f.money(limit)} a year).`,
    oneOffTooLarge: (year, found, limit) =>
      `The one-off costs (oneOffCosts) together are ${amount(found)} in ${year}: more than the app can project (at most ${f.money(limit)} a year).`,
    realisedTooLarge: (year, found, limit) =>
      `The realised savings (realised) together are ${amount(found)} in ${year}: more than the app can project (at most ${f.money(limit)} a year).`,
  },

  warnings: {
    label: 'warning',
    noticePeriod: (measure, organisation, since, first, decision, months, earliest) =>
      `Measure ${q(measure)} cuts ${q(organisation)} (subsidised since ${since}) as early as ${first}. A subsidy of three years or more needs a reasonable notice period (Awb 4:51): with a decision on ${f.date(decision)} and ${f.plural(months, { one: '# month', other: '# months' })} notice, the cut can take effect on 1 January ${earliest} at the earliest.`,
    structuralEnds: (measure, lastYear) =>
      `Measure ${q(measure)} is structural, but ends in ${lastYear}: from ${lastYear + 1} on it saves nothing. Make it incidental, or let it run to the end of the horizon.`,
  },
};
