// Reading a scenario file: text → JSON → format → version (newer: refuse; older: migrate in
// memory) → schema and semantic checks. Never throws: every failure is a list of problems.
import { CURRENT_VERSION, FORMAT_ID, type Scenario } from './schema';
import type { ParseResult, Problem } from './problems';
import { field, hasField, isRecord } from './paths';
import { describeValue, located, numberEn, numberNl, qen, qnl, type LocatedProblem } from './problem-text';
import { migrate, type ScenarioDocument } from './migrations';
import { checkDocument, orderProblems } from './validate';
import { secondByteOrderMark } from './decode';
import { findJsonSyntaxError } from './json-syntax';

function refuse(problem: Problem): ParseResult<Scenario> {
  return { ok: false, problems: [problem] };
}

function wholeFile(code: string, nl: string, en: string): ParseResult<Scenario> {
  return refuse(located([], code, nl, en).problem);
}

function checkFormat(doc: ScenarioDocument): Problem | undefined {
  const format = field(doc, 'format');
  if (format === FORMAT_ID) return undefined;
  if (!hasField(doc, 'format')) {
    return located(
      ['format'],
      'missing-format',
      `Dit is geen scenariobestand: het veld „format” ontbreekt (verwacht „${FORMAT_ID}”).`,
      `This is not a scenario file: the field "format" is missing (expected "${FORMAT_ID}").`,
    ).problem;
  }
  const found = describeValue(format);
  return located(
    ['format'],
    'wrong-format',
    `Dit is geen scenariobestand: „format” is ${found.nl}, verwacht „${FORMAT_ID}”.`,
    `This is not a scenario file: "format" is ${found.en}, expected "${FORMAT_ID}".`,
  ).problem;
}

type VersionCheck =
  | { kind: 'current' }
  | { kind: 'older'; version: number }
  | { kind: 'newer'; problem: Problem }
  | { kind: 'unreadable'; problem: LocatedProblem };

function checkVersion(doc: ScenarioDocument): VersionCheck {
  const version = field(doc, 'version');
  if (typeof version === 'number' && Number.isInteger(version)) {
    if (version === CURRENT_VERSION) return { kind: 'current' };
    if (version > CURRENT_VERSION) {
      return {
        kind: 'newer',
        problem: located(
          ['version'],
          'newer-version',
          `Dit bestand is gemaakt met een nieuwere versie van de app (bestandsversie ${version}; deze app leest tot en met versie ${CURRENT_VERSION}). Werk de app bij om het te openen.`,
          `This file was made with a newer version of the app (file version ${version}; this app reads up to version ${CURRENT_VERSION}). Update the app to open it.`,
        ).problem,
      };
    }
    if (version >= 1) return { kind: 'older', version };
    return {
      kind: 'unreadable',
      problem: located(
        ['version'],
        'unknown-version',
        `Versie ${version} bestaat niet; scenariobestanden beginnen bij versie 1.`,
        `Version ${version} does not exist; scenario files start at version 1.`,
      ),
    };
  }
  if (!hasField(doc, 'version')) {
    return {
      kind: 'unreadable',
      problem: located(
        ['version'],
        'missing-field',
        `Het verplichte veld „version” ontbreekt (voor deze app: ${CURRENT_VERSION}).`,
        `The required field "version" is missing (for this app: ${CURRENT_VERSION}).`,
      ),
    };
  }
  if (typeof version === 'number') {
    return {
      kind: 'unreadable',
      problem: located(
        ['version'],
        'invalid-version',
        `„version” moet een geheel getal zijn, zoals ${CURRENT_VERSION} (nu ${numberNl(version)}).`,
        `"version" must be a whole number, such as ${CURRENT_VERSION} (now ${numberEn(version)}).`,
      ),
    };
  }
  const found = describeValue(version);
  const quoted = typeof version === 'string' && /^\s*\d+\s*$/.test(version);
  return {
    kind: 'unreadable',
    problem: located(
      ['version'],
      quoted ? 'number-as-text' : 'invalid-version',
      quoted
        ? `„version” is tekst (${qnl(version)}), maar moet een getal zijn: schrijf het zonder aanhalingstekens, als ${version.trim()}.`
        : `„version” moet een geheel getal zijn, zoals ${CURRENT_VERSION}, maar is ${found.nl}.`,
      quoted
        ? `"version" is text (${qen(version)}) but must be a number: write it without quotes, as ${version.trim()}.`
        : `"version" must be a whole number, such as ${CURRENT_VERSION}, but is ${found.en}.`,
    ),
  };
}

function parseDocument(data: unknown): ParseResult<Scenario> {
  if (!isRecord(data)) {
    const found = describeValue(data);
    return wholeFile(
      'not-an-object',
      `Dit is geen scenariobestand: verwacht een groep velden {…}, maar het bestand bevat ${found.nl}.`,
      `This is not a scenario file: expected an object {…}, but the file holds ${found.en}.`,
    );
  }
  const formatProblem = checkFormat(data);
  if (formatProblem) return refuse(formatProblem);

  const version = checkVersion(data);
  if (version.kind === 'newer') return refuse(version.problem);
  let doc: ScenarioDocument = data;
  let migratedFrom: number | undefined;
  const early: LocatedProblem[] = [];
  if (version.kind === 'older') {
    const migrated = migrate(data, version.version);
    if (!migrated.ok) return refuse(migrated.problem);
    doc = migrated.doc;
    migratedFrom = migrated.migratedFrom;
  } else if (version.kind === 'unreadable') {
    // Still check the rest as the current version, so that the user sees every problem at once.
    early.push(version.problem);
  }

  const check = checkDocument(doc);
  // `format` and `version` have had their own, clearer messages above.
  const rest = check.problems.filter(({ segments }) => !(segments.length === 1 && (segments[0] === 'version' || segments[0] === 'format')));
  const problems = [...early, ...rest];
  if (problems.length > 0 || check.structure === undefined) {
    if (problems.length === 0) {
      // The schema refused only `version`/`format`, which were reported above; cannot happen, but never return ok:false empty.
      problems.push(located([], 'invalid', 'Dit scenariobestand is ongeldig.', 'This scenario file is not valid.'));
    }
    return { ok: false, problems: orderProblems(doc, problems) };
  }
  return migratedFrom === undefined ? { ok: true, value: check.structure } : { ok: true, value: check.structure, migratedFrom };
}

/**
 * Reads a scenario from parsed JSON (or any value). Returns the scenario, with `migratedFrom`
 * when it was converted from an older version in memory, or every problem found, each with
 * its PATH and a message in Dutch and English.
 */
export function parseScenario(data: unknown): ParseResult<Scenario> {
  try {
    return parseDocument(data);
  } catch {
    // A safety net only: the checks are written not to throw on any input.
    return wholeFile(
      'unreadable',
      'Dit bestand kon niet worden gelezen als scenario.',
      'This file could not be read as a scenario.',
    );
  }
}

/** Reads a scenario from the text of a file: one UTF-8 byte order mark allowed (a second is refused), then JSON. */
export function parseScenarioText(text: string): ParseResult<Scenario> {
  if (typeof text !== 'string') {
    return wholeFile('not-text', 'Dit bestand bevat geen tekst.', 'This file holds no text.');
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.charCodeAt(0) === 0xfeff) return refuse(secondByteOrderMark());
  if (!/\S/.test(body)) {
    return wholeFile('empty-file', 'Het bestand is leeg.', 'The file is empty.');
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    const error = findJsonSyntaxError(body);
    if (!error) {
      return wholeFile(
        'invalid-json',
        'Dit bestand is geen geldige JSON (of het is te diep genest om te lezen).',
        'This file is not valid JSON (or it is nested too deeply to read).',
      );
    }
    return wholeFile(
      'invalid-json',
      `Dit bestand is geen geldige JSON: regel ${error.line}, kolom ${error.column}: ${error.message.nl}`,
      `This file is not valid JSON: line ${error.line}, column ${error.column}: ${error.message.en}`,
    );
  }
  return parseScenario(data);
}
