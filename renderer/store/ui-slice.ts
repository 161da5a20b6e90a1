// UI state: not part of the scenario, not undoable.
import type { StateCreator } from 'zustand';
import type { Lang, Problem } from '../../shared/scenario/problems';
import type { AnnexFormat } from '../../shared/export/annex-formats';
import type { ExportFormat } from '../../shared/export/formats';
import type { StoreState } from './store';

export type AmountUnit = 'euro' | 'thousand';

/** The start screen, the active document's editor, or the open documents side by side. */
export type View = 'start' | 'editor' | 'compare';

/**
 * Where the keyboard focus is to go: the first field of the budget lines (a new scenario), of
 * adding a measure, or of the target (the guide's steps). The component that holds the field
 * serves the request once it is on screen (renderer/focus/focus-request.ts).
 */
export type FocusTarget = 'lines' | 'measure' | 'target';

export interface UiSlice {
  lang: Lang;
  unit: AmountUnit;
  view: View;
  /** Presentation mode for the projector: headline, chart and main sliders only. */
  presenting: boolean;
  /** The choice menu (keuzemenu) for the council meeting, in place of the editor. */
  choosing: boolean;
  shortcutsOpen: boolean;
  historyOpen: boolean;
  /** The import of budget lines from a spreadsheet, and the export of summaries. */
  importOpen: boolean;
  exportOpen: boolean;
  /** The format the export dialog opens with, when it was opened for one (the monitor, the decision log). */
  exportFormat: ExportFormat | AnnexFormat | null;
  /** Problems of a file that could not be opened; the open work stays as it was. */
  openProblems: { fileName: string; problems: Problem[] } | null;
  /** A focus request not yet served; `seq` tells two requests for the same place apart. */
  focusRequest: { target: FocusTarget; seq: number } | null;
  setLang(lang: Lang): void;
  setUnit(unit: AmountUnit): void;
  setView(view: View): void;
  setPresenting(on: boolean): void;
  setChoosing(on: boolean): void;
  setShortcutsOpen(open: boolean): void;
  setHistoryOpen(open: boolean): void;
  setImportOpen(open: boolean): void;
  setExportOpen(open: boolean, format?: ExportFormat | AnnexFormat): void;
  showOpenProblems(fileName: string, problems: Problem[]): void;
  dismissOpenProblems(): void;
  requestFocus(target: FocusTarget): void;
  /** The request `seq` was served (a later one stays). */
  focusServed(seq: number): void;
}

export const createUiSlice: StateCreator<StoreState, [['zustand/immer', never]], [], UiSlice> = (set) => ({
  lang: 'nl',
  unit: 'euro',
  openProblems: null,
  view: 'start',
  presenting: false,
  choosing: false,
  shortcutsOpen: false,
  historyOpen: false,
  importOpen: false,
  exportOpen: false,
  exportFormat: null,
  focusRequest: null,
  setLang: (lang) => set((s) => void (s.lang = lang)),
  setUnit: (unit) => set((s) => void (s.unit = unit)),
  setView: (view) =>
    set((s) => {
      s.view = view;
      // An export belongs to the screen it was asked on (the scenario's or the comparison's).
      s.exportOpen = false;
    }),
  setPresenting: (on) =>
    set((s) => {
      s.presenting = on;
      if (on) s.choosing = false;
    }),
  setChoosing: (on) =>
    set((s) => {
      s.choosing = on;
      if (on) s.presenting = false;
    }),
  setShortcutsOpen: (open) => set((s) => void (s.shortcutsOpen = open)),
  setHistoryOpen: (open) => set((s) => void (s.historyOpen = open)),
  setImportOpen: (open) => set((s) => void (s.importOpen = open)),
  setExportOpen: (open, format) =>
    set((s) => {
      s.exportOpen = open;
      s.exportFormat = open ? (format ?? null) : null;
    }),
  showOpenProblems: (fileName, problems) => set((s) => void (s.openProblems = { fileName, problems })),
  dismissOpenProblems: () => set((s) => void (s.openProblems = null)),
  requestFocus: (target) => set((s) => void (s.focusRequest = { target, seq: (s.focusRequest?.seq ?? 0) + 1 })),
  focusServed: (seq) =>
    set((s) => {
      if (s.focusRequest?.seq === seq) s.focusRequest = null;
    }),
});

export const uiSelectors = {
  lang: (s: StoreState) => s.lang,
  unit: (s: StoreState) => s.unit,
  openProblems: (s: StoreState) => s.openProblems,
  view: (s: StoreState) => s.view,
  presenting: (s: StoreState) => s.presenting,
};
