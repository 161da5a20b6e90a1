// The renderer's only door to the outside world. Two implementations: Electron (over the
// preload's typed bridge: native dialogs, files on disk through the main process) and the plain
// browser (the File System Access API where there is one, upload and download otherwise,
// backups in IndexedDB). Files are named by opaque handles in both: the renderer never holds a path.
import type {
  BackupInfo,
  BackupWrite,
  DocumentState,
  MenuCommand,
  OpenedFile,
  ReadResult,
  RecentList,
  RestoredBackup,
  SampleInfo,
  SaveResult, PrintOptions } from '../../shared/ipc/contract';
import type { PrintRequest } from './browser-print';

/** A file dropped on the window: the File, and (in Chromium) the promise of its file-system handle. */
export interface DroppedFile {
  file: File;
  /** From DataTransferItem.getAsFileSystemHandle(), which must be called during the drop event. */
  handle?: Promise<unknown> | null;
}

/** What every part of the UI may use (usePlatform): samples and downloads. */
export interface Platform {
  kind: 'electron' | 'browser';
  /** The scenario to show at start: a file given to the app, else the default sample. */
  getInitialScenario(): Promise<OpenedFile | null>;
  listSamples(): Promise<SampleInfo[]>;
  readSample(id: string): Promise<OpenedFile>;
  /** Offer text as a file to save (a change log, a CSV). */
  downloadText(fileName: string, text: string, mime: string): void;
  /** Chromium's printer for an export's print layout; only the desktop app has one. */
  printToPdf?(html: string, options: PrintOptions): Promise<Uint8Array>;
  /** The browser's own print dialog for an export's print layout, where the user saves it as PDF: the browser version's PDF. */
  printInBrowser?(request: PrintRequest): Promise<void>;
}

/**
 * Scenario files, backups and the window: used by the file actions only
 * (renderer/components/files), which the rest of the UI calls through useFileActions().
 */
export interface FilePlatform {
  /**
   * What the platform can do with files. `saveInPlace`: Save writes back to the file that was
   * opened (false: every save is a download). `keepsPrevious`: a save keeps the replaced version
   * as NAME.bak. `nativeMenu`: the File menu and its keys are the application menu's (Electron).
   */
  files: { saveInPlace: boolean; keepsPrevious: boolean; recent: boolean; nativeMenu: boolean };
  /** Asks the user for a scenario file to open. */
  openFile(): Promise<ReadResult>;
  openDropped(dropped: DroppedFile): Promise<ReadResult>;
  listRecent(): Promise<RecentList>;
  openRecent(handle: string): Promise<ReadResult>;
  /** Saves to the file behind `handle`; `conflict` when it changed since it was opened, unless `overwrite`. */
  saveFile(handle: string, text: string, overwrite: boolean): Promise<SaveResult>;
  /** Asks where (or downloads), then saves. */
  saveFileAs(text: string, suggestedName: string): Promise<SaveResult>;

  writeBackup(backup: BackupWrite): Promise<void>;
  removeBackup(id: string): Promise<void>;
  /** Backups of unsaved work left by an earlier session (not by another open tab). */
  listBackups(): Promise<BackupInfo[]>;
  restoreBackup(id: string): Promise<RestoredBackup>;

  /** Tells the platform about the open document (close prompt, window state). */
  setDocumentState(state: DocumentState): void;
  /** Menu items (Electron's application menu). Returns the unsubscribe function. */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
  /** A file opened from outside the page: the OS, the recent menu, a file input. */
  onFileOpened(callback: (result: ReadResult) => void): () => void;
  /** The window is closing and the user chose Save; answer with saveBeforeCloseDone. */
  onSaveBeforeClose(callback: (requestId: string) => void): () => void;
  saveBeforeCloseDone(requestId: string, saved: boolean): void;
}

/** The whole platform, as App receives it. */
export type AppPlatform = Platform & FilePlatform;
