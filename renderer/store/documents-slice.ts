// Several scenarios open at once, as tabs. Every document lives in its own entry, keyed by id,
// with the active id beside it: its scenario, history, file handle, saved point, backup, the
// projection view chosen for it and its uncertainty figures. Nothing is copied in or out when
// the user switches tabs; the whole app reads the active document through the selectors below
// (scenarioSelectors, viewSelectors…), which return the entry's own objects, so a component
// re-renders only when what it selected changed.
import type { Draft } from 'immer';
import type { StateCreator } from 'zustand';
import { newId } from '../../shared/files/new-id';
import type { Scenario } from '../../shared/scenario/schema';
import { setupComplete } from '../../shared/scenario/setup-steps';
import type { EngineKind } from '../workers/uncertainty-client';
import type { DrawPlan, UncertaintyFigures } from '../workers/uncertainty-protocol';
import { DEFAULT_PROJECTION_VIEW, type ProjectionView } from './projection-view';
import type { HistoryEntry, LoadOptions } from './scenario-slice';
import type { StoreState } from './store';

/** The uncertainty figures last computed for a document (off the main thread, never part of the scenario). */
export interface DocumentUncertainty {
  /** The scenario the figures (or the error) belong to. */
  scenario: Scenario | null;
  figures: UncertaintyFigures | null;
  plan: DrawPlan | null;
  error: string | null;
  /** Where the figures were computed. */
  engine: EngineKind | null;
}

export const NO_UNCERTAINTY: DocumentUncertainty = { scenario: null, figures: null, plan: null, error: null, engine: null };

/** Everything that belongs to one open document. */
export interface DocumentState {
  id: string;
  scenario: Scenario;
  fileName: string | null;
  /** Where Save writes to (an opaque handle); null: Save asks where (Save As). */
  fileHandle: string | null;
  past: HistoryEntry[];
  future: HistoryEntry[];
  /**
   * The saved point, as a position in the history: the seq of the step on top of `past` when
   * the scenario was last opened or saved (0: no step). Undo back to it is clean again; null
   * when it can no longer be reached (or the work was never saved).
   */
  savedSeq: number | null;
  /** The id under which the document's unsaved work is backed up. */
  backupId: string;
  /** Whether a backup has been written (and must be removed once the document is saved). */
  backupWritten: boolean;
  /** What the projection column shows for this document. */
  view: ProjectionView;
  uncertainty: DocumentUncertainty;
  /** The document this one was made from as a variant ("Variant maken"), if it was. */
  variantOf: string | null;
  /** The guide of the three steps is shown (until it is closed; it does not come back). */
  guide: boolean;
}

export interface OpenDocumentOptions extends LoadOptions {
  /** A restored backup keeps its id (and is known to be written). */
  backupId?: string;
  /** The document it is a variant of. */
  variantOf?: string;
}

/** What can change about a document without an edit: where it is saved, and its backup. */
export type DocumentPatch = Partial<Pick<DocumentState, 'fileName' | 'fileHandle' | 'savedSeq' | 'backupWritten'>>;

export interface DocumentsSlice {
  /** The open documents by id: the one home of each document's state. */
  documents: Record<string, DocumentState>;
  /** Their ids in tab order. */
  documentOrder: string[];
  activeDocumentId: string | null;
  /** Opens a scenario as a new document after the active one and makes it active; returns its id. */
  openDocument(scenario: Scenario, fileName: string | null, options?: OpenDocumentOptions): string;
  switchDocument(id: string): void;
  /** A copy of the active scenario as a new, unsaved document (a variant to change and compare). */
  duplicateDocument(title: string): string | null;
  /** Something about a document that may not be the active one (a save or backup that finished later). */
  updateDocument(id: string, patch: DocumentPatch): void;
  /** Changes what the projection column shows for the active document. */
  setProjectionView(patch: Partial<ProjectionView>): void;
  /** Uncertainty figures that arrived for a document (kept only while it is open). */
  setUncertainty(id: string, uncertainty: DocumentUncertainty): void;
  /** Forgets every document's uncertainty figures (another engine; tests). */
  clearUncertainty(): void;
  /** Closes the active document's guide of the three steps, for good. */
  closeGuide(): void;
}

/** The active document's entry, or null on the start screen. */
export function activeDocument(s: StoreState): DocumentState | null {
  return s.activeDocumentId === null ? null : (s.documents[s.activeDocumentId] ?? null);
}

/** The same inside a store update, for changing it. */
export function activeDraft(s: Draft<StoreState>): Draft<DocumentState> | null {
  return s.activeDocumentId === null ? null : (s.documents[s.activeDocumentId] ?? null);
}

/** Adds a document after the active one and makes it active. */
function addDocument(s: Draft<StoreState>, doc: DocumentState): void {
  const at = s.activeDocumentId === null ? -1 : s.documentOrder.indexOf(s.activeDocumentId);
  s.documents[doc.id] = doc as Draft<DocumentState>;
  s.documentOrder.splice(at < 0 ? s.documentOrder.length : at + 1, 0, doc.id);
  s.activeDocumentId = doc.id;
  s.view = 'editor';
}

/**
 * Removes the active document; its right-hand neighbour (else the left) becomes active. Returns
 * false when it was the last one.
 */
export function removeActiveDocument(s: Draft<StoreState>): boolean {
  const id = s.activeDocumentId;
  const i = id === null ? -1 : s.documentOrder.indexOf(id);
  if (id !== null) delete s.documents[id];
  if (i >= 0) s.documentOrder.splice(i, 1);
  const next = s.documentOrder[Math.min(Math.max(i, 0), s.documentOrder.length - 1)];
  s.activeDocumentId = next ?? null;
  return next !== undefined;
}

export const createDocumentsSlice: StateCreator<StoreState, [['zustand/immer', never]], [], DocumentsSlice> = (
  set,
  get,
) => ({
  documents: {},
  documentOrder: [],
  activeDocumentId: null,
  openDocument: (scenario, fileName, options) => {
    const id = newId();
    set((s) => {
      // A new document shows what the user chose to look at in the one before it.
      const view = activeDraft(s)?.view ?? DEFAULT_PROJECTION_VIEW;
      addDocument(s, {
        id,
        scenario,
        fileName,
        fileHandle: options?.handle ?? null,
        past: [],
        future: [],
        savedSeq: options?.dirty || options?.backupId !== undefined ? null : 0,
        backupId: options?.backupId ?? newId(),
        backupWritten: options?.backupId !== undefined,
        view: view as ProjectionView,
        uncertainty: NO_UNCERTAINTY,
        variantOf: options?.variantOf ?? null,
        guide: options?.guide ?? !setupComplete(scenario),
      });
    });
    return id;
  },
  switchDocument: (id) =>
    set((s) => {
      if (!(id in s.documents)) return;
      s.activeDocumentId = id;
      s.view = 'editor';
    }),
  duplicateDocument: (title) => {
    const origin = activeDocument(get());
    if (!origin) return null;
    // The copy is its own document: no file yet, a history of its own, unsaved from the start.
    // A guide closed for the origin stays closed for its variant.
    return get().openDocument({ ...origin.scenario, title }, null, { dirty: true, variantOf: origin.id, guide: origin.guide });
  },
  updateDocument: (id, patch) =>
    set((s) => {
      const target = s.documents[id];
      if (target) Object.assign(target, patch);
    }),
  setProjectionView: (patch) =>
    set((s) => {
      const doc = activeDraft(s);
      if (doc) Object.assign(doc.view, patch);
    }),
  setUncertainty: (id, uncertainty) =>
    set((s) => {
      const doc = s.documents[id];
      if (doc) doc.uncertainty = uncertainty as Draft<DocumentUncertainty>;
    }),
  clearUncertainty: () =>
    set((s) => {
      for (const doc of Object.values(s.documents)) doc.uncertainty = NO_UNCERTAINTY as Draft<DocumentUncertainty>;
    }),
  closeGuide: () =>
    set((s) => {
      const doc = activeDraft(s);
      if (doc) doc.guide = false;
    }),
});

/** A document as the tabs and the compare view see it. */
export interface DocumentView {
  id: string;
  scenario: Scenario;
  /** Its file name, else its scenario's title. */
  name: string;
  fileHandle: string | null;
  dirty: boolean;
  backupId: string;
  backupWritten: boolean;
  active: boolean;
  variantOf: string | null;
}

/** The history step a document is at: the seq on top of `past`, 0 before any step. */
export function currentSeq(d: { past: readonly HistoryEntry[] }): number {
  return d.past[d.past.length - 1]?.seq ?? 0;
}

/** Unsaved: the document is not at its saved point. */
export function documentDirty(d: { savedSeq: number | null; past: readonly HistoryEntry[] }): boolean {
  return d.savedSeq !== currentSeq(d);
}

function viewOf(d: DocumentState, active: boolean): DocumentView {
  return {
    id: d.id,
    scenario: d.scenario,
    name: d.fileName ?? d.scenario.title,
    fileHandle: d.fileHandle,
    dirty: documentDirty(d),
    backupId: d.backupId,
    backupWritten: d.backupWritten,
    active,
    variantOf: d.variantOf,
  };
}

/** What a DocumentView is made from: a new list only when one of these changed. */
const listed = (d: DocumentState) => [d.id, d.scenario, d.fileName, d.fileHandle, d.past, d.savedSeq, d.backupId, d.backupWritten];

// One list per state of the fields it is made from, so that components can select it (a new
// figure of the uncertainty or another projection tab does not make a new list).
let memo: { key: unknown[]; value: DocumentView[] } | null = null;

/** Every open document, in tab order. */
export function openDocuments(s: StoreState): DocumentView[] {
  const docs = s.documentOrder.map((id) => s.documents[id]).filter((d): d is DocumentState => d !== undefined);
  const key = [s.activeDocumentId, docs.length, ...docs.flatMap(listed)];
  if (memo && memo.key.length === key.length && memo.key.every((k, i) => k === key[i])) return memo.value;
  const value = docs.map((d) => viewOf(d, d.id === s.activeDocumentId));
  memo = { key, value };
  return value;
}

export const documentsSelectors = {
  count: (s: StoreState) => s.documentOrder.length,
};

/** The active document's scenario, or null on the start screen (a selector). */
export const scenarioOf = (s: StoreState): Scenario | null => activeDocument(s)?.scenario ?? null;
