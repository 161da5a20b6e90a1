// UI state: not part of the scenario, not undoable.
import type { StateCreator } from 'zustand';
import type { Lang, Problem } from '../../shared/scenario/problems';
import type { StoreState } from './store';

export type AmountUnit = 'euro' | 'thousand';

export interface UiSlice {
  lang: Lang;
  unit: AmountUnit;
  /** Problems of a file that could not be opened; the open work stays as it was. */
  openProblems: { fileName: string; problems: Problem[] } | null;
  setLang(lang: Lang): void;
  setUnit(unit: AmountUnit): void;
  showOpenProblems(fileName: string, problems: Problem[]): void;
  dismissOpenProblems(): void;
}

export const createUiSlice: StateCreator<StoreState, [['zustand/immer', never]], [], UiSlice> = (set) => ({
  lang: 'nl',
  unit: 'euro',
  openProblems: null,
  setLang: (lang) => set((s) => void (s.lang = lang)),
  setUnit: (unit) => set((s) => void (s.unit = unit)),
  showOpenProblems: (fileName, problems) => set((s) => void (s.openProblems = { fileName, problems })),
  dismissOpenProblems: () => set((s) => void (s.openProblems = null)),
});

export const uiSelectors = {
  lang: (s: StoreState) => s.lang,
  unit: (s: StoreState) => s.unit,
  openProblems: (s: StoreState) => s.openProblems,
};
