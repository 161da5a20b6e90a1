// The scenario being edited. Every edit goes through commit(label, recipe): immer records
// patches, so undo/redo and the change log come from patches, not snapshots.
import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import type { StateCreator } from 'zustand';
import type { Scenario } from '../../shared/scenario/schema';
import type { StoreState } from './store';

enablePatches();

export interface HistoryEntry {
  label: string;
  at: string;
  patches: Patch[];
  inversePatches: Patch[];
}

export interface ScenarioSlice {
  scenario: Scenario | null;
  fileName: string | null;
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** Replace the open scenario (a file was opened): history starts afresh. */
  loadScenario(scenario: Scenario, fileName: string | null): void;
  commit(label: string, recipe: (draft: Scenario) => void): void;
  undo(): void;
  redo(): void;
}

export const createScenarioSlice: StateCreator<StoreState, [['zustand/immer', never]], [], ScenarioSlice> = (
  set,
  get,
) => ({
  scenario: null,
  fileName: null,
  past: [],
  future: [],
  loadScenario: (scenario, fileName) =>
    set((s) => {
      s.scenario = scenario;
      s.fileName = fileName;
      s.past = [];
      s.future = [];
    }),
  commit: (label, recipe) => {
    const current = get().scenario;
    if (!current) return;
    const [next, patches, inversePatches] = produceWithPatches(current, recipe);
    if (patches.length === 0) return;
    set((s) => {
      s.scenario = next;
      s.past.push({ label, at: new Date().toISOString(), patches, inversePatches });
      s.future = [];
    });
  },
  undo: () => {
    const { scenario, past } = get();
    const entry = past[past.length - 1];
    if (!scenario || !entry) return;
    const previous = applyPatches(scenario, entry.inversePatches);
    set((s) => {
      s.scenario = previous;
      s.past.pop();
      s.future.push(entry);
    });
  },
  redo: () => {
    const { scenario, future } = get();
    const entry = future[future.length - 1];
    if (!scenario || !entry) return;
    const next = applyPatches(scenario, entry.patches);
    set((s) => {
      s.scenario = next;
      s.future.pop();
      s.past.push(entry);
    });
  },
});

export const scenarioSelectors = {
  scenario: (s: StoreState) => s.scenario,
  title: (s: StoreState) => s.scenario?.title ?? null,
  canUndo: (s: StoreState) => s.past.length > 0,
  canRedo: (s: StoreState) => s.future.length > 0,
};
