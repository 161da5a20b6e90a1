// Imported rows to lines with ids, and to a new scenario that the engine accepts: built here,
// checked by parseScenario (the one validator), so an import never yields a file the app refuses.
import { DEFAULT_LANG, type Lang } from '../i18n/languages';
import { catalogue } from '../i18n/text';
import { parseScenario } from '../scenario/parse';
import type { ParseResult } from '../scenario/problems';
import { CURRENT_VERSION, FORMAT_ID, MAX_HORIZON_SPAN, MAX_YEAR, type Line, type Scenario } from '../scenario/schema';
import { uniqueLineId } from './line-ids';
import type { ImportedLine } from './read-lines';

/** The imported lines with ids from their names, unique among `takenIds` and each other. */
export function linesWithIds(imported: readonly ImportedLine[], takenIds: Iterable<string> = []): Line[] {
  const taken = new Set(takenIds);
  const next = new Map<string, number>();
  return imported.map(({ line }) => {
    const id = uniqueLineId(line.name, taken, undefined, next);
    taken.add(id);
    return { id, ...line };
  });
}

export interface NewScenarioInput {
  title: string;
  baseYear: number;
  lines: readonly ImportedLine[];
  /** Last year of the horizon; default baseYear + 3 (as a new scenario has). */
  horizonTo?: number;
  municipality?: string;
  /** Where the lines came from, e.g. the file name: goes into the description. */
  sourceName?: string;
  lang?: Lang;
  now?: Date;
}

/**
 * The horizon's last year: with a multi-year estimate, the last year it lists (the horizon
 * follows the years found, at most MAX_HORIZON_SPAN after the base year); else base year + 3.
 */
export function defaultHorizonTo(baseYear: number, lines: readonly ImportedLine[]): number {
  let last = baseYear;
  let estimate = false;
  for (const { line } of lines) {
    if (line.amounts === undefined || line.oneOff === true) continue;
    estimate = true;
    for (const key of Object.keys(line.amounts)) last = Math.max(last, Number(key));
  }
  const to = estimate ? Math.min(last, baseYear + MAX_HORIZON_SPAN) : baseYear + 3;
  return Math.min(to, MAX_YEAR);
}

/** A new scenario holding the imported lines, validated; its problems when it is not valid (no lines, a bad year…). */
export function scenarioFromImport(input: NewScenarioInput): ParseResult<Scenario> {
  const baseYear = input.baseYear;
  const doc: Record<string, unknown> = {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    title: input.title.trim(),
  };
  if (input.municipality?.trim()) doc.municipality = input.municipality.trim();
  if (input.sourceName) {
    doc.description = catalogue(input.lang ?? DEFAULT_LANG).importing.description(input.sourceName);
  }
  if (input.now) doc.createdAt = input.now.toISOString();
  doc.baseYear = baseYear;
  doc.horizon = { from: baseYear, to: input.horizonTo ?? defaultHorizonTo(baseYear, input.lines) };
  doc.lines = linesWithIds(input.lines);
  doc.measures = [];
  return parseScenario(doc);
}
