// Checks a scenario document at the current version: the schema's structure (zod) and the
// semantic rules of the spec, all problems at once, in document order.
import { ScenarioSchema, type Scenario } from './schema';
import type { Problem } from './problems';
import { documentOrderComparator, field, hasField, valueAt, type Path } from './paths';
import { render, text } from '../i18n/text';
import { located, type LocatedProblem } from './problem-text';
import { checkMagnitudes } from './magnitudes';
import { checkSemantics } from './semantics';
import { invalidYearKey, KNOWN_FIELD_ORDER, problemsFromZodIssue } from './zod-issues';

/** More problems than this in one file are not listed one by one (a last problem says how many more). */
export const MAX_PROBLEMS = 1000;

export interface DocumentCheck {
  /** The scenario as the schema read it, when the structure is right (semantic problems may remain). */
  structure: Scenario | undefined;
  problems: LocatedProblem[];
}

/**
 * The schema library skips a `__proto__` key in a record (a YearTable) without a word, where it
 * reports every other key that is not a year: report it here, as the JSON Schema refuses it too.
 */
function protoKeysInYearTables(doc: unknown): LocatedProblem[] {
  const tables: Path[] = [['indexation', 'wage'], ['indexation', 'price'], ['target']];
  const measures = field(doc, 'measures');
  if (Array.isArray(measures)) {
    measures.forEach((_, i) => {
      for (const key of ['phaseIn', 'share', 'amounts']) tables.push(['measures', i, key]);
    });
  }
  return tables.filter((at) => hasField(valueAt(doc, at), '__proto__')).map((at) => invalidYearKey([...at, '__proto__']));
}

/** All structural and semantic problems of `doc`, a document claiming the current version. */
export function checkDocument(doc: unknown): DocumentCheck {
  const parsed = ScenarioSchema.safeParse(doc);
  const problems: LocatedProblem[] = parsed.success ? [] : parsed.error.issues.flatMap((issue) => problemsFromZodIssue(issue, doc));
  for (const problem of protoKeysInYearTables(doc)) problems.push(problem);
  // One at a time: spread into push() overflows the stack beyond about 100,000 problems.
  for (const problem of checkSemantics(doc)) problems.push(problem);
  // The sizes of the figures only once the rest is right: the engine runs on a valid scenario.
  if (parsed.success && problems.length === 0) problems.push(...checkMagnitudes(parsed.data));
  return { structure: parsed.success ? parsed.data : undefined, problems };
}

/**
 * The problems as the user sees them: each (path, code) once, in document order (problems at
 * the same place keep the order in which they were found), at most MAX_PROBLEMS.
 */
export function orderProblems(doc: unknown, problems: readonly LocatedProblem[]): Problem[] {
  const seen = new Set<string>();
  const unique = problems.filter(({ problem }) => {
    const key = `${problem.path}\u0000${problem.code}\u0000${render('en', problem.message)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const compare = documentOrderComparator(doc, KNOWN_FIELD_ORDER);
  const sorted = unique
    .map((p, i) => ({ p, i }))
    .sort((a, b) => compare(a.p.segments, b.p.segments) || a.i - b.i)
    .map(({ p }) => p.problem);
  if (sorted.length <= MAX_PROBLEMS) return sorted;
  const rest = sorted.length - (MAX_PROBLEMS - 1);
  return [
    ...sorted.slice(0, MAX_PROBLEMS - 1),
    located([], 'too-many-problems', text('scenario.file.tooManyProblems', rest)).problem,
  ];
}
