// UI state of file handling: the question being asked (unsaved changes, a file changed on disk,
// backups to restore) and the notice shown after an open or a save. Not part of the scenario,
// not undoable. Each document's backup id is in its entry (documents-slice).
import type { StateCreator } from 'zustand';
import type { BackupInfo } from '../../shared/ipc/contract';
import type { Text } from '../../shared/i18n/text';
import type { StoreState } from './store';

export type UnsavedAnswer = 'save' | 'discard' | 'cancel';
export type ConflictAnswer = 'overwrite' | 'saveAs' | 'cancel';

/** One question at a time; the dialogs in renderer/components/files show it. */
export type FilePrompt =
  | { kind: 'unsaved'; name: string; answer(choice: UnsavedAnswer): void }
  | { kind: 'conflict'; name: string; answer(choice: ConflictAnswer): void };

export interface FileNotice {
  tone: 'info' | 'error';
  text: Text;
}

export interface FilesSlice {
  prompt: FilePrompt | null;
  notice: FileNotice | null;
  /** Backups left by an earlier session, offered for restoring; empty when none or dealt with. */
  offeredBackups: BackupInfo[];
  ask(prompt: FilePrompt | null): void;
  setNotice(notice: FileNotice | null): void;
  setOfferedBackups(backups: BackupInfo[]): void;
}

export const createFilesSlice: StateCreator<StoreState, [['zustand/immer', never]], [], FilesSlice> = (set) => ({
  prompt: null,
  notice: null,
  offeredBackups: [],
  ask: (prompt) => set((s) => void (s.prompt = prompt)),
  setNotice: (notice) => set((s) => void (s.notice = notice)),
  setOfferedBackups: (backups) => set((s) => void (s.offeredBackups = backups)),
});

export const filesSelectors = {
  prompt: (s: StoreState) => s.prompt,
  notice: (s: StoreState) => s.notice,
  offeredBackups: (s: StoreState) => s.offeredBackups,
};
