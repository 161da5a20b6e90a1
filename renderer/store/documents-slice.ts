// Several scenarios open at once, as tabs. The active document lives in the top-level fields the
// whole app reads (scenario, past, future, fileName…, see scenario-slice and files-slice); the
// others are parked here, each with its own history, file handle, saved point and backup. A
// switch parks the active one and brings the other back: nothing else in the app needs to know
// there is more than one.
import type { Draft } from 'immer';
import type { StateCreator } from 'zustand';
import { newId } from '../../shared/files/new-id';
import type { Scenario } from '../../shared/scenario/schema';
import type { HistoryEntry, LoadOptions } from './scenario-slice';
import type { StoreState } from './store';

/** Everything that belongs to one open document. */
export interface DocumentState {
  id: string;
  scenario: Scenario;
  fileName: string | null;
  fileHandle: string | null;
  past: HistoryEntry[];
  future: HistoryEntry[];
  savedSeq: number | null;
  backupId: string;
  backupWritten: boolean;
}

export interface OpenDocumentOptions extends LoadOptions {
  /** A restored backup keeps its id (and is known to be written). */
  backupId?: string;
}

/** What can change about a document without an edit: where it is saved, and its backup. */
export type DocumentPatch = Partial<Pick<DocumentState, 'fileName' | 'fileHandle' | 'savedSeq' | 'backupWritten'>>;

export interface DocumentsSlice {
  /**
   * The open documents in tab order. The active one's entry is brought up to date only when it
   * is parked: read documents through `openDocuments(state)`, which takes the live fields for it.
   */
  documents: DocumentState[];
  activeDocumentId: string | null;
  /** Opens a scenario as a new document after the active one and makes it active; returns its id. */
  openDocument(scenario: Scenario, fileName: string | null, options?: OpenDocumentOptions): string;
  switchDocument(id: string): void;
  /** A copy of the active scenario as a new, unsaved document (a variant to change and compare). */
  duplicateDocument(title: string): string | null;
  /** Something about a document that may not be the active one (a save or backup that finished later). */
  updateDocument(id: string, patch: DocumentPatch): void;
}

const fields = (s: Draft<StoreState> | StoreState, id: string): DocumentState => ({
  id,
  scenario: s.scenario as Scenario,
  fileName: s.fileName,
  fileHandle: s.fileHandle,
  past: s.past as HistoryEntry[],
  future: s.future as HistoryEntry[],
  savedSeq: s.savedSeq,
  backupId: s.backupId,
  backupWritten: s.backupWritten,
});

/** The active document's live fields back into its entry. */
function park(s: Draft<StoreState>): void {
  const id = s.activeDocumentId;
  if (id === null || s.scenario === null) return;
  const i = s.documents.findIndex((d) => d.id === id);
  if (i >= 0) s.documents[i] = fields(s, id) as Draft<DocumentState>;
}

/** A parked document becomes the active one. */
function unpark(s: Draft<StoreState>, doc: Draft<DocumentState>): void {
  s.activeDocumentId = doc.id;
  s.scenario = doc.scenario;
  s.fileName = doc.fileName;
  s.fileHandle = doc.fileHandle;
  s.past = doc.past;
  s.future = doc.future;
  s.savedSeq = doc.savedSeq;
  s.backupId = doc.backupId;
  s.backupWritten = doc.backupWritten;
}

/** Adds a document after the active one and makes it active (the active one is parked first). */
export function addDocument(s: Draft<StoreState>, doc: DocumentState): void {
  park(s);
  const at = s.documents.findIndex((d) => d.id === s.activeDocumentId);
  s.documents.splice(at < 0 ? s.documents.length : at + 1, 0, doc as Draft<DocumentState>);
  unpark(s, s.documents[at < 0 ? s.documents.length - 1 : at + 1]!);
  s.view = 'editor';
}

/**
 * Removes the active document; its right-hand neighbour (else the left) becomes active. Returns
 * false when it was the last one, and the fields are the caller's to clear.
 */
export function removeActiveDocument(s: Draft<StoreState>): boolean {
  const i = s.documents.findIndex((d) => d.id === s.activeDocumentId);
  if (i >= 0) s.documents.splice(i, 1);
  const next = s.documents[Math.min(Math.max(i, 0), s.documents.length - 1)];
  if (!next) {
    s.activeDocumentId = null;
    return false;
  }
  unpark(s, next);
  return true;
}

export const createDocumentsSlice: StateCreator<StoreState, [['zustand/immer', never]], [], DocumentsSlice> = (
  set,
  get,
) => ({
  documents: [],
  activeDocumentId: null,
  openDocument: (scenario, fileName, options) => {
    const id = newId();
    set((s) => {
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
      });
    });
    return id;
  },
  switchDocument: (id) =>
    set((s) => {
      if (id === s.activeDocumentId) {
        s.view = 'editor';
        return;
      }
      const doc = s.documents.find((d) => d.id === id);
      if (!doc) return;
      park(s);
      unpark(s, doc);
      s.view = 'editor';
    }),
  duplicateDocument: (title) => {
    const { scenario } = get();
    if (!scenario) return null;
    // The copy is its own document: no file yet, a history of its own, unsaved from the start.
    return get().openDocument({ ...scenario, title }, null, { dirty: true });
  },
  updateDocument: (id, patch) =>
    set((s) => {
      const target = id === s.activeDocumentId ? s : s.documents.find((d) => d.id === id);
      if (target) Object.assign(target, patch);
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
}

/** The history step a document is at: the seq on top of `past`, 0 before any step. */
export function currentSeq(d: { past: readonly HistoryEntry[] }): number {
  return d.past[d.past.length - 1]?.seq ?? 0;
}

/** Unsaved: the document is not at its saved point. */
export function documentDirty(d: { savedSeq: number | null; past: readonly HistoryEntry[] }): boolean {
  return d.savedSeq !== currentSeq(d);
}

function view(d: DocumentState, active: boolean): DocumentView {
  return {
    id: d.id,
    scenario: d.scenario,
    name: d.fileName ?? d.scenario.title,
    fileHandle: d.fileHandle,
    dirty: documentDirty(d),
    backupId: d.backupId,
    backupWritten: d.backupWritten,
    active,
  };
}

// One list per state of the fields it is made from, so that components can select it.
let memo: { key: unknown[]; value: DocumentView[] } | null = null;

/** Every open document with up-to-date fields, in tab order. */
export function openDocuments(s: StoreState): DocumentView[] {
  const key = [s.documents, s.activeDocumentId, s.scenario, s.fileName, s.fileHandle, s.past, s.savedSeq, s.backupId, s.backupWritten];
  if (memo && memo.key.length === key.length && memo.key.every((k, i) => k === key[i])) return memo.value;
  const value = s.documents.map((d) =>
    d.id === s.activeDocumentId && s.scenario ? view(fields(s, d.id), true) : view(d, false),
  );
  memo = { key, value };
  return value;
}
