// The decision log's edits (#22 item 3): recording a step of the history as a decision, and
// removing one. Both are ordinary edits of the scenario (its `decisions`, format version 2),
// through the store's commit path: they are steps of the history themselves, and undo works.
import type { Catalogue } from '../../../shared/i18n/catalogues';
import type { Problem } from '../../../shared/scenario/problems';
import type { Decision } from '../../../shared/scenario/schema';
import type { HistoryEntry } from '../../store/scenario-slice';
import { useAppStore } from '../../store/store';

/** As many characters as a decision's `change` may have (docs/scenario-format.md, Version 2). */
export const CHANGE_MAX = 500;

export function recordDecision(t: Catalogue['decisions'], step: { change: string; reason: string; by: string }, now: Date = new Date()): Problem[] {
  const change = step.change.replace(/\s+/g, ' ').trim().slice(0, CHANGE_MAX);
  const reason = step.reason.trim();
  const by = step.by.trim();
  const decision: Decision = { at: now.toISOString(), change, ...(reason ? { reason } : {}), ...(by ? { by } : {}) };
  return useAppStore.getState().tryCommit(t.recordedStep(change), (draft) => {
    (draft.decisions ??= []).push(decision);
  });
}

export function removeDecision(t: Catalogue['decisions'], index: number): void {
  const decision = useAppStore.getState().documents[useAppStore.getState().activeDocumentId ?? '']?.scenario.decisions?.[index];
  if (!decision) return;
  useAppStore.getState().commit(t.removedStep(decision.change), (draft) => {
    draft.decisions?.splice(index, 1);
    if (draft.decisions?.length === 0) delete draft.decisions;
  });
}

/** A step that only recorded or removed decisions: itself no change to decide on. */
export function onlyDecisions(entry: Pick<HistoryEntry, 'patches'>): boolean {
  return entry.patches.length > 0 && entry.patches.every((p) => p.path[0] === 'decisions');
}
