// UI state: not part of the scenario, not undoable.
import type { StateCreator } from 'zustand';
import type { Lang, Problem } from '../../shared/scenario/problems';
import type { StoreState } from './store';

export type AmountUnit = 'euro' | 'thousand';

/** The start screen, the active document's editor, or the open documents side by side. */
export type View = 'start' | 'editor' | 'compare';

export interface UiSlice {
  lang: Lang;
  unit: AmountUnit;
  view: View;
  /** Presentation mode for the projector: headline, chart and main sliders only. */
  presenting: boolean;
  shortcutsOpen: boolean;
  historyOpen: boolean;
  /** The import of budget lines from a spreadsheet, and the export of summaries. */
  importOpen: boolean;
  exportOpen: boolean;
  /** Problems of a file that could not be opened; the open work stays as it was. */
  openProblems: { fileName: string; problems: Problem[] } | null;
  setLang(lang: Lang): void;
  setUnit(unit: AmountUnit): void;
  setView(view: View): void;
  setPresenting(on: boolean): void;
  setShortcutsOpen(open: boolean): void;
  setHistoryOpen(open: boolean): void;
  setImportOpen(open: boolean): void;
  setExportOpen(open: boolean): void;
  showOpenProblems(fileName: string, problems: Problem[]): void;
  dismissOpenProblems(): void;
}

export const createUiSlice: StateCreator<StoreState, [['zustand/immer', never]], [], UiSlice> = (set) => ({
  lang: 'nl',
  unit: 'euro',
  openProblems: null,
  view: 'start',
  presenting: false,
  shortcutsOpen: false,
  historyOpen: false,
  importOpen: false,
  exportOpen: false,
  setLang: (lang) => set((s) => void (s.lang = lang)),
  setUnit: (unit) => set((s) => void (s.unit = unit)),
  setView: (view) =>
    set((s) => {
      s.view = view;
      // An export belongs to the screen it was asked on (the scenario's or the comparison's).
      s.exportOpen = false;
    }),
  setPresenting: (on) => set((s) => void (s.presenting = on)),
  setShortcutsOpen: (open) => set((s) => void (s.shortcutsOpen = open)),
  setHistoryOpen: (open) => set((s) => void (s.historyOpen = open)),
  setImportOpen: (open) => set((s) => void (s.importOpen = open)),
  setExportOpen: (open) => set((s) => void (s.exportOpen = open)),
  showOpenProblems: (fileName, problems) => set((s) => void (s.openProblems = { fileName, problems })),
  dismissOpenProblems: () => set((s) => void (s.openProblems = null)),
});

export const uiSelectors = {
  lang: (s: StoreState) => s.lang,
  unit: (s: StoreState) => s.unit,
  openProblems: (s: StoreState) => s.openProblems,
  view: (s: StoreState) => s.view,
  presenting: (s: StoreState) => s.presenting,
};
