// Reading a scenario file: text → JSON → format → version (newer: refuse; older: migrate in
// memory) → schema and semantic checks. Never throws: every failure is a list of problems.
import { CURRENT_VERSION, FORMAT_ID, type Scenario } from './schema';
import type { ParseResult, Problem } from './problems';
import { field, hasField, isRecord } from './paths';
import { describeValue, located, type LocatedProblem } from './problem-text';
import { text as msg, type Text } from '../i18n/text';
import { migrate, type ScenarioDocument } from './migrations';
import { checkDocument, orderProblems } from './validate';
import { secondByteOrderMark } from './decode';
import { findJsonSyntaxError } from './json-syntax';

function refuse(problem: Problem): ParseResult<Scenario> {
  return { ok: false, problems: [problem] };
}

function wholeFile(code: string, message: Text): ParseResult<Scenario> {
  return refuse(located([], code, message).problem);
}

function checkFormat(doc: ScenarioDocument): Problem | undefined {
  const format = field(doc, 'format');
  if (format === FORMAT_ID) return undefined;
  if (!hasField(doc, 'format')) return located(['format'], 'missing-format', msg('scenario.file.missingFormat', FORMAT_ID)).problem;
  return located(['format'], 'wrong-format', msg('scenario.file.wrongFormat', describeValue(format), FORMAT_ID)).problem;
}

type VersionCheck =
  | { kind: 'current' }
  | { kind: 'older'; version: number }
  | { kind: 'newer'; problem: Problem }
  | { kind: 'unreadable'; problem: LocatedProblem };

function checkVersion(doc: ScenarioDocument): VersionCheck {
  const version = field(doc, 'version');
  const at = ['version'];
  if (typeof version === 'number' && Number.isInteger(version)) {
    if (version === CURRENT_VERSION) return { kind: 'current' };
    if (version > CURRENT_VERSION) {
      return { kind: 'newer', problem: located(at, 'newer-version', msg('scenario.file.newerVersion', version, CURRENT_VERSION)).problem };
    }
    if (version >= 1) return { kind: 'older', version };
    return { kind: 'unreadable', problem: located(at, 'unknown-version', msg('scenario.file.unknownVersion', version)) };
  }
  if (!hasField(doc, 'version')) {
    return { kind: 'unreadable', problem: located(at, 'missing-field', msg('scenario.file.missingVersion', CURRENT_VERSION)) };
  }
  if (typeof version === 'number') {
    return { kind: 'unreadable', problem: located(at, 'invalid-version', msg('scenario.file.versionNotWhole', CURRENT_VERSION, version)) };
  }
  const quoted = typeof version === 'string' && /^\s*\d+\s*$/.test(version);
  return {
    kind: 'unreadable',
    problem: quoted
      ? located(at, 'number-as-text', msg('scenario.file.versionAsText', version, version.trim()))
      : located(at, 'invalid-version', msg('scenario.file.invalidVersion', CURRENT_VERSION, describeValue(version))),
  };
}

function parseDocument(data: unknown): ParseResult<Scenario> {
  if (!isRecord(data)) {
    return wholeFile('not-an-object', msg('scenario.file.notAnObject', describeValue(data)));
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
      problems.push(located([], 'invalid', msg('scenario.file.invalid')));
    }
    return { ok: false, problems: orderProblems(doc, problems) };
  }
  return migratedFrom === undefined ? { ok: true, value: check.structure } : { ok: true, value: check.structure, migratedFrom };
}

/**
 * Reads a scenario from parsed JSON (or any value). Returns the scenario, with `migratedFrom`
 * when it was converted from an older version in memory, or every problem found, each with
 * its PATH and a message (a catalogue Text).
 */
export function parseScenario(data: unknown): ParseResult<Scenario> {
  try {
    return parseDocument(data);
  } catch {
    // A safety net only: the checks are written not to throw on any input.
    return wholeFile('unreadable', msg('scenario.file.unreadable'));
  }
}

/** Reads a scenario from the text of a file: one UTF-8 byte order mark allowed (a second is refused), then JSON. */
export function parseScenarioText(text: string): ParseResult<Scenario> {
  if (typeof text !== 'string') {
    return wholeFile('not-text', msg('scenario.file.notText'));
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.charCodeAt(0) === 0xfeff) return refuse(secondByteOrderMark());
  if (!/\S/.test(body)) {
    return wholeFile('empty-file', msg('scenario.file.empty'));
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    const error = findJsonSyntaxError(body);
    if (!error) {
      return wholeFile('invalid-json', msg('scenario.file.invalidJson'));
    }
    return wholeFile('invalid-json', msg('scenario.file.invalidJsonAt', error.line, error.column, error.message));
  }
  return parseScenario(data);
}
