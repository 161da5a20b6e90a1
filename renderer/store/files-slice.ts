// UI state of file handling: the question being asked (unsaved changes, a file changed on disk,
// backups to restore), the notice shown after an open or a save, and the id under which the
// open work is backed up. Not part of the scenario, not undoable.
import type { StateCreator } from 'zustand';
import type { BackupInfo } from '../../shared/ipc/contract';
import type { LocalizedText } from '../../shared/scenario/problems';
import { newId } from '../../shared/files/new-id';
import type { StoreState } from './store';

export type UnsavedAnswer = 'save' | 'discard' | 'cancel';
export type ConflictAnswer = 'overwrite' | 'saveAs' | 'cancel';

/** One question at a time; the dialogs in renderer/components/files show it. */
export type FilePrompt =
  | { kind: 'unsaved'; name: string; answer(choice: UnsavedAnswer): void }
  | { kind: 'conflict'; name: string; answer(choice: ConflictAnswer): void };

export interface FileNotice {
  tone: 'info' | 'error';
  text: LocalizedText;
}

export interface FilesSlice {
  prompt: FilePrompt | null;
  notice: FileNotice | null;
  /** Backups left by an earlier session, offered for restoring; empty when none or dealt with. */
  offeredBackups: BackupInfo[];
  /** The id under which the open work is backed up (a new one for every document opened). */
  backupId: string;
  /** Whether a backup of the open work has been written (and must be removed once it is saved). */
  backupWritten: boolean;
  ask(prompt: FilePrompt | null): void;
  setNotice(notice: FileNotice | null): void;
  setOfferedBackups(backups: BackupInfo[]): void;
}

export const createFilesSlice: StateCreator<StoreState, [['zustand/immer', never]], [], FilesSlice> = (set) => ({
  prompt: null,
  notice: null,
  offeredBackups: [],
  backupId: newId(),
  backupWritten: false,
  ask: (prompt) => set((s) => void (s.prompt = prompt)),
  setNotice: (notice) => set((s) => void (s.notice = notice)),
  setOfferedBackups: (backups) => set((s) => void (s.offeredBackups = backups)),
});

export const filesSelectors = {
  prompt: (s: StoreState) => s.prompt,
  notice: (s: StoreState) => s.notice,
  offeredBackups: (s: StoreState) => s.offeredBackups,
};
