// The partners of a scenario (format version 2, `organisations`) as the editor, the notice fixes
// and the letters see them: the names the lines use, the lines and measures that touch a partner,
// and a rename that keeps every line's reference (the schema requires each name in the list).
import { lineIdsOfMeasure } from '../scenario/measure-facts';
import type { Line, Measure, Organisation, Scenario } from '../scenario/schema';

/** The organisations the lines name, each once, in the order of their first line. */
export function organisationsOnLines(lines: readonly Line[]): string[] {
  const seen = new Set<string>();
  for (const line of lines) if (line.organisation !== undefined && line.organisation !== '') seen.add(line.organisation);
  return [...seen];
}

/**
 * The partners a letter can be written to: the list when the scenario has one, else the
 * organisations the lines name (with the defaults of an entry that says nothing more).
 */
export function partnersOf(scenario: Scenario): Organisation[] {
  if (scenario.organisations !== undefined && scenario.organisations.length > 0) return scenario.organisations;
  return organisationsOnLines(scenario.lines).map((name) => ({ name }));
}

/** The list made from the lines: the given list first, then every name the lines use that it lacks. */
export function organisationsFromLines(scenario: Scenario): Organisation[] {
  const list = scenario.organisations ?? [];
  const known = new Set(list.map((o) => o.name));
  return [...list, ...organisationsOnLines(scenario.lines).filter((n) => !known.has(n)).map((name) => ({ name }))];
}

/** The lines of a partner, in file order. */
export function linesOfOrganisation(lines: readonly Line[], name: string): Line[] {
  return lines.filter((l) => l.organisation === name);
}

/** The measures, switched on or off, that work on a line of the partner, in file order. */
export function measuresTouching(scenario: Scenario, name: string): Measure[] {
  const own = new Set(linesOfOrganisation(scenario.lines, name).map((l) => l.id));
  if (own.size === 0) return [];
  return (scenario.measures ?? []).filter((m) => [...lineIdsOfMeasure(m, scenario.lines)].some((id) => own.has(id)));
}

/**
 * Renames a partner in the list and on every line that names it, in a draft (one edit, one
 * undo step). Nothing happens when `from` is not in the list.
 */
export function renameOrganisation(draft: Scenario, from: string, to: string): void {
  const entry = draft.organisations?.find((o) => o.name === from);
  if (!entry) return;
  entry.name = to;
  for (const line of draft.lines) if (line.organisation === from) line.organisation = to;
}
