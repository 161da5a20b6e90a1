// The edits of the lines table that touch more than one cell: add, delete, paste, and switching
// a line between an amount and clients × cost. Each is one labelled, undoable step.
import type { Lang, Problem } from '../../../shared/scenario/problems';
import { uniqueLineId } from '../../../shared/import/line-ids';
import { linesWithIds } from '../../../shared/import/scenario';
import type { Line } from '../../../shared/scenario/schema';
import { useAppStore } from '../../store/store';
import { parsePastedRows, type PasteResult } from './paste-rows';
import { scenarioOf } from '../../store/documents-slice';
import { catalogue } from '../../../shared/i18n/text';

/** Apply `mutate` to the line with `id`, if the engine accepts the result. */
export function editLine(id: string, label: string, mutate: (line: Line) => void): Problem[] {
  return useAppStore.getState().tryCommit(label, (d) => {
    const line = d.lines.find((l) => l.id === id);
    if (line) mutate(line);
  });
}

/**
 * Adds a subsidy line of € 0 at the end, named `name` (or "Nieuwe regel"), with an id made from
 * that name. Returns the id, or the engine's problems (e.g. a name over 200 characters).
 */
export function addLine(lang: Lang, name = ''): { id: string } | { problems: Problem[] } {
  const scenario = scenarioOf(useAppStore.getState());
  if (!scenario) return { problems: [] };
  const t = catalogue(lang).baseline;
  const lineName = name.trim() || t.newLineName;
  const id = uniqueLineId(lineName, new Set(scenario.lines.map((l) => l.id)));
  const problems = useAppStore.getState().tryCommit(t.added(lineName), (d) => {
    d.lines.push({ id, name: lineName, kind: 'subsidy', amount: 0 });
  });
  return problems.length === 0 ? { id } : { problems };
}

export interface DeleteOutcome {
  deleted: boolean;
  problems: Problem[];
  /** Names of the measures the engine's problems are about (those that refer to the line). */
  measures: string[];
}

/**
 * Deletes a line only when the scenario stays valid. A line that measures refer to is kept:
 * the engine's problems come back with the names of those measures. Never a silent cascade.
 */
export function deleteLine(id: string, lang: Lang): DeleteOutcome {
  const scenario = scenarioOf(useAppStore.getState());
  const line = scenario?.lines.find((l) => l.id === id);
  if (!scenario || !line) return { deleted: false, problems: [], measures: [] };
  const problems = useAppStore.getState().tryCommit(catalogue(lang).baseline.deleted(line.name), (d) => {
    const at = d.lines.findIndex((l) => l.id === id);
    if (at >= 0) d.lines.splice(at, 1);
  });
  const measures = new Set<string>();
  for (const p of problems) {
    const m = /^measures\[(\d+)\]/.exec(p.path);
    const measure = m ? scenario.measures?.[Number(m[1])] : undefined;
    if (measure) measures.add(measure.name);
  }
  return { deleted: problems.length === 0, problems, measures: [...measures] };
}

/**
 * Switches a line between one amount and clients × cost, keeping its cost: an amount A becomes
 * 1 × A (or the clients and cost it had before, when the amount has not changed since), and
 * clients × cost becomes the base-year cost the projection shows for it.
 */
export function toggleLineShape(
  id: string,
  lang: Lang,
  baseYearCost: number,
  remembered?: { amount: number; volume: number; unitCost: number },
): Problem[] {
  const line = scenarioOf(useAppStore.getState())?.lines.find((l) => l.id === id);
  if (!line) return [];
  const t = catalogue(lang).baseline;
  if (line.volume !== undefined && line.unitCost !== undefined) {
    return editLine(id, t.toAmount(line.name), (l) => {
      delete l.volume;
      delete l.unitCost;
      l.amount = baseYearCost;
    });
  }
  const amount = line.amount ?? 0;
  const restore = remembered && remembered.amount === amount ? remembered : undefined;
  return editLine(id, t.toVolume(line.name), (l) => {
    delete l.amount;
    l.volume = restore ? restore.volume : 1;
    l.unitCost = restore ? restore.unitCost : amount;
  });
}

export interface PasteOutcome extends PasteResult {
  /** Ids of the lines added (empty when nothing was added). */
  added: string[];
  /** The engine's problems when it refused the pasted lines as a whole. */
  refused: Problem[];
}

/** Reads pasted rows and adds the readable ones as new lines, in one undoable step. */
export function pasteLines(text: string, lang: Lang): PasteOutcome {
  const result = parsePastedRows(text, lang);
  const scenario = scenarioOf(useAppStore.getState());
  if (!scenario || result.lines.length === 0) return { ...result, added: [], refused: [] };
  const lines = linesWithIds(result.lines, scenario.lines.map((l) => l.id));
  const refused = useAppStore
    .getState()
    .tryCommit(catalogue(lang).baseline.pasted(lines.length), (d) => void d.lines.push(...lines));
  return { ...result, added: refused.length === 0 ? lines.map((l) => l.id) : [], refused };
}

/** What a line's cost was before it became PM, to give it back when PM is switched off again. */
export type LineCost = Pick<Line, 'amount' | 'volume' | 'unitCost' | 'amounts' | 'oneOff'>;
const COST_FIELDS = ['amount', 'volume', 'unitCost', 'amounts', 'oneOff'] as const;

/**
 * Switches a line to PM (pro memorie: known, amount not yet known; it counts as 0) and back. PM
 * takes away the line's amount, clients × cost or multi-year amounts (they are given back when it
 * is switched off again in the same session, else € 0). One undoable step; a line a shift needs
 * as a volume line stays as it is, with the engine's reason.
 */
export function toggleLinePm(id: string, lang: Lang, remembered?: LineCost): { problems: Problem[]; before?: LineCost } {
  const line = scenarioOf(useAppStore.getState())?.lines.find((l) => l.id === id);
  if (!line) return { problems: [] };
  const t = catalogue(lang).organisations.pm;
  if (line.pm === true) {
    const problems = editLine(id, t.offLabel(line.name), (l) => {
      delete l.pm;
      const restore = remembered && COST_FIELDS.some((f) => remembered[f] !== undefined) ? remembered : { amount: 0 };
      for (const f of COST_FIELDS) if (restore[f] !== undefined) (l as Record<string, unknown>)[f] = restore[f];
    });
    return { problems };
  }
  const before: LineCost = {};
  for (const f of COST_FIELDS) if (line[f] !== undefined) (before as Record<string, unknown>)[f] = line[f];
  const problems = editLine(id, t.onLabel(line.name), (l) => {
    for (const f of COST_FIELDS) delete l[f];
    l.pm = true;
  });
  return { problems, before };
}
