// One store, slices combined; middleware applied once, here.
import { create } from 'zustand';
import { immer } from 'zustand/middleware/immer';
import { createDocumentsSlice, type DocumentsSlice } from './documents-slice';
import { createFilesSlice, type FilesSlice } from './files-slice';
import { createScenarioSlice, type ScenarioSlice } from './scenario-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type StoreState = ScenarioSlice & DocumentsSlice & UiSlice & FilesSlice;

export function createAppStore() {
  return create<StoreState>()(
    immer((...a) => ({
      ...createScenarioSlice(...a),
      ...createUiSlice(...a),
      ...createFilesSlice(...a),
      ...createDocumentsSlice(...a),
    })),
  );
}

export const useAppStore = createAppStore();

export type AppStore = typeof useAppStore;
