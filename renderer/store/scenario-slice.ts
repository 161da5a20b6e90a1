// Editing the active document's scenario (its entry in documents-slice). Every edit goes through commit(label, recipe): immer records
// patches, so undo/redo and the change log come from patches, not snapshots.
import { applyPatches, enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import type { StateCreator } from 'zustand';
import { parseScenario } from '../../shared/scenario/parse';
import { setupComplete } from '../../shared/scenario/setup-steps';
import type { Problem } from '../../shared/scenario/problems';
import type { Scenario } from '../../shared/scenario/schema';
import { activeDocument, activeDraft, documentDirty, removeActiveDocument } from './documents-slice';
import type { StoreState } from './store';

enablePatches();

export interface HistoryEntry {
  /** Unique per step (a step that grows by coalescing gets a new one): identifies the saved point. */
  seq: number;
  label: string;
  at: string;
  patches: Patch[];
  inversePatches: Patch[];
  /** Edits with the same key in quick succession (a slider being dragged) form one step. */
  coalesce?: string;
}

export interface CommitOptions {
  coalesce?: string;
}

/** Edits with the same coalesce key within this many ms join the previous history step. */
export const COALESCE_MS = 1500;

export interface LoadOptions {
  /** The platform's handle for the file, if the scenario has one to save back to. */
  handle?: string | null;
  /** Unsaved from the start (a restored backup). Default: false, the scenario is what is on disk. */
  dirty?: boolean;
  /**
   * Show the guide of the three steps (lines, a measure, a target). Default: while the scenario
   * lacks one of them, so never for a file or sample that has all three.
   */
  guide?: boolean;
}

export interface ScenarioSlice {
  /** Replace the active document's scenario (or open it as the first document): history starts afresh. */
  loadScenario(scenario: Scenario, fileName: string | null, options?: LoadOptions): void;
  /** Close the active document: the next tab becomes active, or with none left, the start screen. */
  closeScenario(): void;
  /** Apply an edit that cannot make the scenario invalid (e.g. a slider within its bounds). */
  commit(label: string, recipe: (draft: Scenario) => void, options?: CommitOptions): void;
  /**
   * Apply an edit only when the result is a valid scenario; otherwise change nothing and return
   * the engine's problems, for the UI to show next to the field.
   */
  tryCommit(label: string, recipe: (draft: Scenario) => void, options?: CommitOptions): Problem[];
  undo(): void;
  redo(): void;
}

export const createScenarioSlice: StateCreator<StoreState, [['zustand/immer', never]], [], ScenarioSlice> = (
  set,
  get,
) => ({
  loadScenario: (scenario, fileName, options) => {
    if (get().activeDocumentId === null) {
      get().openDocument(scenario, fileName, options);
      return;
    }
    set((s) => {
      const doc = activeDraft(s);
      if (!doc) return;
      doc.scenario = scenario as Draft<Scenario>;
      doc.fileName = fileName;
      doc.fileHandle = options?.handle ?? null;
      doc.past = [];
      doc.future = [];
      doc.savedSeq = options?.dirty ? null : 0;
      doc.guide = options?.guide ?? !setupComplete(scenario);
      s.view = 'editor';
    });
  },
  closeScenario: () =>
    set((s) => {
      s.view = removeActiveDocument(s) ? 'editor' : 'start';
    }),
  commit: (label, recipe, options) => {
    const current = activeDocument(get())?.scenario;
    if (!current) return;
    const [next, patches, inversePatches] = produceWithPatches(current, recipe);
    if (patches.length === 0) return;
    record(set, get, next, { label, patches, inversePatches, coalesce: options?.coalesce });
  },
  tryCommit: (label, recipe, options) => {
    const current = activeDocument(get())?.scenario;
    if (!current) return [];
    const [next, patches, inversePatches] = produceWithPatches(current, recipe);
    if (patches.length === 0) return [];
    const checked = parseScenario(next);
    if (!checked.ok) return checked.problems;
    record(set, get, next, { label, patches, inversePatches, coalesce: options?.coalesce });
    return [];
  },
  undo: () => {
    const doc = activeDocument(get());
    const entry = doc?.past[doc.past.length - 1];
    if (!doc || !entry) return;
    const previous = applyPatches(doc.scenario, entry.inversePatches);
    set((s) => {
      const d = s.documents[doc.id]!;
      d.scenario = previous as Draft<Scenario>;
      d.past.pop();
      d.future.push(entry as Draft<HistoryEntry>);
    });
  },
  redo: () => {
    const doc = activeDocument(get());
    const entry = doc?.future[doc.future.length - 1];
    if (!doc || !entry) return;
    const next = applyPatches(doc.scenario, entry.patches);
    set((s) => {
      const d = s.documents[doc.id]!;
      d.scenario = next as Draft<Scenario>;
      d.future.pop();
      d.past.push(entry as Draft<HistoryEntry>);
    });
  },
});

type Set = Parameters<StateCreator<StoreState, [['zustand/immer', never]], [], ScenarioSlice>>[0];
type Get = () => StoreState;

let lastSeq = 0;
const nextSeq = () => ++lastSeq;

function record(set: Set, get: Get, next: Scenario, entry: Omit<HistoryEntry, 'at' | 'seq'>): void {
  const now = new Date();
  const id = get().activeDocumentId;
  const doc = id === null ? undefined : get().documents[id];
  if (id === null || !doc) return;
  const last = doc.past[doc.past.length - 1];
  const joins =
    entry.coalesce !== undefined &&
    last?.coalesce === entry.coalesce &&
    now.getTime() - new Date(last.at).getTime() < COALESCE_MS;
  set((state) => {
    const s = state.documents[id]!;
    s.scenario = next as Draft<Scenario>;
    s.future = [];
    const top = s.past[s.past.length - 1];
    if (joins && top) {
      // The step now holds more than it did: if it was the saved point, it is no longer.
      top.seq = nextSeq();
      top.label = entry.label;
      top.at = now.toISOString();
      if (replacesLast(top.patches, entry.patches)) {
        // The same value again (a slider held down): its latest value replaces the step's last
        // patch, and the step's inverse patches already restore what it held before the step.
        top.patches[top.patches.length - 1] = entry.patches[0] as Patch;
      } else {
        top.patches.push(...entry.patches);
        top.inversePatches.unshift(...entry.inversePatches);
      }
    } else {
      s.past.push({ ...entry, seq: nextSeq(), at: now.toISOString() } as Draft<HistoryEntry>);
    }
  });
}

/** `next` is one replacement of the very path the last of `patches` replaced. */
function replacesLast(patches: readonly Patch[], next: readonly Patch[]): boolean {
  const last = patches[patches.length - 1];
  const only = next[0];
  if (next.length !== 1 || last === undefined || only === undefined) return false;
  if (last.op !== 'replace' || only.op !== 'replace' || last.path.length !== only.path.length) return false;
  return last.path.every((key, i) => key === only.path[i]);
}

const EMPTY: readonly HistoryEntry[] = [];

export const scenarioSelectors = {
  scenario: (s: StoreState) => activeDocument(s)?.scenario ?? null,
  title: (s: StoreState) => activeDocument(s)?.scenario.title ?? null,
  past: (s: StoreState): readonly HistoryEntry[] => activeDocument(s)?.past ?? EMPTY,
  future: (s: StoreState): readonly HistoryEntry[] => activeDocument(s)?.future ?? EMPTY,
  fileName: (s: StoreState) => activeDocument(s)?.fileName ?? null,
  fileHandle: (s: StoreState) => activeDocument(s)?.fileHandle ?? null,
  canUndo: (s: StoreState) => (activeDocument(s)?.past.length ?? 0) > 0,
  canRedo: (s: StoreState) => (activeDocument(s)?.future.length ?? 0) > 0,
  /** Unsaved changes: the active document is not at its saved point. */
  dirty: (s: StoreState) => {
    const doc = activeDocument(s);
    return doc !== null && documentDirty(doc);
  },
  /** The name shown for the document: its file name, else the scenario's title. */
  documentName: (s: StoreState) => {
    const doc = activeDocument(s);
    return doc === null ? null : (doc.fileName ?? doc.scenario.title);
  },
};
