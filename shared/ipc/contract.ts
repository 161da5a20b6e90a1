// The one typed IPC contract between the renderer and the main process.
// Each method of IpcContract is one invoke channel (`vcp:<method>`). Main registers a handler
// for every key (a missing one does not compile), checks the sender, and validates the
// arguments with `ipcArgs` below: the renderer is not trusted. Each member of IpcEvents is one
// push channel from main to the renderer (`vcp-event:<name>`). The preload exposes BridgeApi:
// the methods, one `on<Event>(callback) => unsubscribe` per event, and nothing else.
//
// Files: the renderer never sends or receives a path. Main hands out an opaque handle for each
// file the user chose (open dialog, save dialog, recent list, drop, command line, the OS) and
// refuses every handle it did not give out. The one exception is the dropped file: the preload
// (not the page) turns the dropped File into its path, on a channel the page cannot reach, and
// sends its bytes with it. Main cannot see the drop itself, and a renderer process that has been
// taken over can send any path; but it can only read the bytes of a file that was really dropped
// (or chosen) in it, so main opens the path only when the file there has exactly those bytes.
import { z } from 'zod';
import { BACKUP_ID } from '../files/file-names';
import { MAX_DROPPED_BYTES } from './channels';
import { LANGUAGES, type Lang } from '../i18n/languages';
import type { Problem } from '../scenario/problems';

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  locale: string;
}

export interface SampleInfo {
  id: string;
  title: string;
  /** One line on what the sample shows. */
  description: string;
}

/** A scenario file as read: its raw text (parsed and validated in the renderer by shared/). */
export interface OpenedFile {
  /** Shown to the user; a sample has its file name, not a path. */
  name: string;
  text: string;
  /** An opaque handle main gave out for a file the user chose; null for samples. */
  handle: string | null;
}

/** Why a file could not be read or written, for the renderer to explain in the user's language. */
export type FileErrorCode =
  | 'not-found'
  | 'not-a-file'
  | 'too-large'
  | 'no-permission'
  | 'read-only'
  | 'disk-full'
  | 'busy'
  | 'invalid-scenario'
  | 'failed';

/**
 * Opening a file: read (its text still to be parsed by the renderer), cancelled, or failed.
 * A file whose bytes are no UTF-8 text fails with `problem`, which says where (the byte offset).
 */
export type ReadResult =
  | { kind: 'opened'; file: OpenedFile }
  | { kind: 'canceled' }
  | { kind: 'failed'; name: string; reason: FileErrorCode; detail?: string; problem?: Problem };

/**
 * Saving. `conflict`: the file changed on disk since it was opened or last saved (another
 * program, a colleague on a shared drive), or Save As completed a name to one that exists;
 * nothing was written, the renderer asks the user and may save again to `handle` with overwrite.
 * `saved` with `otherVersion`: another program wrote the file at the very moment of saving; the
 * save went ahead and that program's version is kept beside it under this name (no data lost,
 * the user is told).
 */
export type SaveResult =
  | { kind: 'saved'; handle: string; name: string; otherVersion?: string }
  | { kind: 'conflict'; name: string; handle: string }
  | { kind: 'canceled' }
  | { kind: 'failed'; name: string; reason: FileErrorCode; detail?: string };

export interface RecentFile {
  handle: string;
  name: string;
  /** The folder's own name, for display (never the whole path). */
  folder: string;
}

export interface RecentList {
  files: RecentFile[];
  /** Names of files that were on the list but are gone now; they have been taken off it. */
  removed: string[];
}

/** Unsaved work, sent by the renderer a moment after each edit. */
export interface BackupWrite {
  id: string;
  title: string;
  /** The file name shown (for the restore offer). */
  name: string;
  /** The file the work belongs to, if any: main keeps its path, so a restore saves back there. */
  handle: string | null;
  /** The scenario, serialized. */
  text: string;
}

export interface BackupInfo {
  id: string;
  title: string;
  name: string;
  /** ISO 8601 time of the last backup. */
  savedAt: string;
}

export interface RestoredBackup extends BackupInfo {
  text: string;
  /** A handle for the original file, when the work had one. */
  handle: string | null;
}

/** What main needs to know about the window's open documents (tabs): for the close prompt and the window. */
export interface DocumentState {
  /** Some open document has unsaved changes. */
  dirty: boolean;
  /** How many open documents have unsaved changes. */
  unsavedCount: number;
  /** The name the close question uses: the one document with unsaved changes (null: untitled, or several). */
  name: string | null;
  /** The active document's file, if it has one. */
  handle: string | null;
  /** The renderer's language, for main's own dialogs. */
  lang: Lang;
  /** The backups of this window's unsaved work, removed when the user chooses "Don't save". */
  backupIds: string[];
}

export const MENU_COMMANDS = ['new', 'open', 'save', 'saveAs', 'duplicate', 'export', 'close', 'compare', 'undo', 'redo', 'next-region', 'previous-region'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** How main prints a print layout to PDF (A4, the layout's own page size and margins). */
export interface PrintOptions {
  /** Chromium's footer template (page numbers); plain HTML without scripts. */
  footerTemplate: string;
  marginsMm: { top: number; right: number; bottom: number; left: number };
}

export interface IpcContract {
  getAppInfo(): Promise<AppInfo>;
  /** A self-contained print layout (the export's HTML) printed to PDF by main; the PDF's bytes. */
  printToPdf(html: string, options: PrintOptions): Promise<Uint8Array>;
  /** The file given on the command line or by the OS, else the default sample. */
  getInitialScenario(): Promise<OpenedFile | null>;
  listSamples(): Promise<SampleInfo[]>;
  readSample(id: string): Promise<OpenedFile>;

  /** The native open dialog; the chosen file is read and gets a handle. */
  openFileDialog(): Promise<ReadResult>;
  /** A file from the recent list, by the handle listRecent gave. */
  openRecent(handle: string): Promise<ReadResult>;
  /**
   * Wire only, not on the bridge: the path of a file dropped on the window, which the preload
   * got from webUtils.getPathForFile, and the bytes the preload read from the dropped File (the
   * proof that the path is the dropped file). The page calls `openDroppedFile(file)` instead.
   */
  openDroppedPath(path: string, bytes: Uint8Array): Promise<ReadResult>;
  listRecent(): Promise<RecentList>;
  /** Saves to the file behind `handle`; `overwrite` after the user chose to replace a changed file. */
  saveFile(handle: string, text: string, overwrite: boolean): Promise<SaveResult>;
  /** The native save dialog, then saves there; the result carries the new handle. */
  saveFileAs(text: string, suggestedName: string): Promise<SaveResult>;

  writeBackup(backup: BackupWrite): Promise<void>;
  removeBackup(id: string): Promise<void>;
  /** Backups left by an earlier run that ended without saving (a crash, a kill). */
  listBackups(): Promise<BackupInfo[]>;
  restoreBackup(id: string): Promise<RestoredBackup>;

  setDocumentState(state: DocumentState): Promise<void>;
  /** The answer to a saveBeforeClose event: whether the work was saved. */
  saveBeforeCloseDone(requestId: string, saved: boolean): Promise<void>;
}

/** Pushed by main to the renderer. */
export interface IpcEvents {
  /** A menu item was chosen. */
  menuCommand(command: MenuCommand): void;
  /** Main opened a file for the renderer: the OS (file association, a second start), or Recent in the menu. */
  fileOpened(result: ReadResult): void;
  /** The window is closing and the user chose Save: save, then answer with saveBeforeCloseDone. */
  saveBeforeClose(requestId: string): void;
}

export type IpcMethod = keyof IpcContract;
export type IpcEventName = keyof IpcEvents;
export type IpcEventSubscriptions = {
  [K in IpcEventName as `on${Capitalize<K>}`]: (callback: (...args: Parameters<IpcEvents[K]>) => void) => () => void;
};

/** Methods main handles that the page itself may not call (only the preload does). */
export type PreloadOnlyMethod = 'openDroppedPath';

/** What the preload exposes on `window.vcp`. */
export type BridgeApi = Omit<IpcContract, PreloadOnlyMethod> &
  IpcEventSubscriptions & {
    /** A file dropped on the window: only real files from disk (webUtils gives no path for others). */
    openDroppedFile(file: File): Promise<ReadResult>;
  };

const handle = z.string().uuid();
/** Any language of the app (languages.ts), the pseudo-locale included. */
const lang = z.enum(Object.keys(LANGUAGES) as [Lang, ...Lang[]]);
/** Scenario files are small; a text above this is refused before it is parsed. */
export const MAX_TEXT_LENGTH = 20 * 1024 * 1024;
const text = z.string().max(MAX_TEXT_LENGTH);
const shortText = z.string().max(500);
/** A print layout is one or two pages of HTML with an inline SVG chart: generous, still bounded. */
export const MAX_PRINT_HTML_LENGTH = 8 * 1024 * 1024;
const marginMm = z.number().min(0).max(50);

/** Argument schemas per method: main validates every payload against these. */
export const ipcArgs = {
  getAppInfo: z.tuple([]),
  printToPdf: z.tuple([
    z.string().min(1).max(MAX_PRINT_HTML_LENGTH),
    z.strictObject({
      footerTemplate: z.string().max(20_000),
      marginsMm: z.strictObject({ top: marginMm, right: marginMm, bottom: marginMm, left: marginMm }),
    }),
  ]),
  getInitialScenario: z.tuple([]),
  listSamples: z.tuple([]),
  readSample: z.tuple([z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/)]),
  openFileDialog: z.tuple([]),
  openRecent: z.tuple([handle]),
  // Main checks more (absolute, a regular file, a .json name, the same bytes) before it opens it.
  openDroppedPath: z.tuple([
    z.string().min(1).max(4096),
    z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_DROPPED_BYTES, `at most ${MAX_DROPPED_BYTES} bytes`),
  ]),
  listRecent: z.tuple([]),
  saveFile: z.tuple([handle, text, z.boolean()]),
  saveFileAs: z.tuple([text, shortText]),
  writeBackup: z.tuple([
    z.strictObject({ id: z.string().regex(BACKUP_ID), title: shortText, name: shortText, handle: handle.nullable(), text }),
  ]),
  removeBackup: z.tuple([z.string().regex(BACKUP_ID)]),
  listBackups: z.tuple([]),
  restoreBackup: z.tuple([z.string().regex(BACKUP_ID)]),
  setDocumentState: z.tuple([
    z.strictObject({
      dirty: z.boolean(),
      unsavedCount: z.number().int().min(0).max(10_000),
      name: shortText.nullable(),
      handle: handle.nullable(),
      lang,
      backupIds: z.array(z.string().regex(BACKUP_ID)).max(10_000),
    }),
  ]),
  saveBeforeCloseDone: z.tuple([handle, z.boolean()]),
} as const satisfies { [K in IpcMethod]: z.ZodType<Parameters<IpcContract[K]>> };

export const IPC_METHODS = Object.keys(ipcArgs) as IpcMethod[];

// Channel names and the bridge key live in ./channels (no zod there, for the preload's bundle).
export { BRIDGE_KEY, IPC_EVENTS, MAX_DROPPED_BYTES, channelOf, eventChannelOf } from './channels';
