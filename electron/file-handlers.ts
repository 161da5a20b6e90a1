// The IPC handlers for scenario files: open (dialog, recent, drop), save, save as, backups and
// the document state. No `electron` import: main.ts passes in the dialogs and the windows, so
// the tests run these on real files in a temporary folder.
//
// Every file the renderer can reach is one the user chose; the renderer names it by a handle
// (FileHandles) and a handle main did not give out is refused. The only path main accepts is
// the one of a dropped file, sent by the preload (webUtils.getPathForFile), and that must be an
// existing scenario-like file (absolute, `.json`, a regular file) outside the app's own data,
// holding exactly the bytes the preload read from the dropped File: a renderer that names
// another file cannot read it this way, nor get a handle to write over it.
import path from 'node:path';
import { promises as fs } from 'node:fs';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { scenarioFileName, withScenarioSuffix } from '../shared/files/file-names';
import type { OpenedFile, ReadResult, RecentList, SaveResult } from '../shared/ipc/contract';
import type { BackupStore } from './files/backups';
import type { RecentFiles } from './files/recent';
import { hashOf, type ScenarioFiles } from './files/scenario-files';
import type { FileHandles } from './file-handles';
import type { IpcHandlers } from './ipc';
import type { WindowDocument } from './window-document';

export type FileHandlerMethods =
  | 'openFileDialog'
  | 'openRecent'
  | 'openDroppedPath'
  | 'listRecent'
  | 'saveFile'
  | 'saveFileAs'
  | 'writeBackup'
  | 'removeBackup'
  | 'listBackups'
  | 'restoreBackup'
  | 'setDocumentState'
  | 'saveBeforeCloseDone';

export interface FileContext {
  handles: FileHandles;
  files: ScenarioFiles;
  recent: RecentFiles;
  backups: BackupStore;
  /** The app's own data folder (backups, recent list): never a scenario file. */
  dataDir: string;
  /** The native open dialog for the window of `sender`; the chosen path or null. */
  showOpenDialog(sender: WebContents | undefined): Promise<string | null>;
  /** The native save dialog, starting at `defaultPath`; the chosen path or null. */
  showSaveDialog(sender: WebContents | undefined, defaultPath: string): Promise<string | null>;
  /** Where a Save As dialog starts when no file was opened or saved yet (Documents). */
  defaultFolder(): string;
  /** The document of the window `sender` belongs to. */
  documentOf(sender: WebContents | undefined): WindowDocument | undefined;
  /** The recent list changed (the menu shows it). */
  recentChanged(): void;
  /** The document state of a window changed (window title on macOS, menu language). */
  documentChanged?(sender: WebContents | undefined, file: string | null): void;
}

type FileHandlers = Pick<IpcHandlers, FileHandlerMethods>;

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(path.resolve(dir), path.resolve(file));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Opens files on behalf of the renderer, and remembers what it opened. */
export class FileOpener {
  /** The folder of the last file opened or saved: where the next Save As dialog starts. */
  lastFolder: string | null = null;

  constructor(private readonly ctx: FileContext) {}

  /**
   * Reads a file the user chose, gives it a handle and puts it on the recent list. `sameAs`:
   * the bytes the file must hold (a drop), else it is refused and nothing is remembered.
   */
  async open(file: string, sameAs?: Uint8Array): Promise<ReadResult> {
    const name = path.basename(file);
    const read = await this.ctx.files.read(file, sameAs === undefined ? undefined : hashOf(sameAs));
    if (read.kind === 'failed') return { kind: 'failed', name, reason: read.reason, detail: read.detail, problem: read.problem };
    const handle = this.ctx.handles.register(file);
    this.lastFolder = path.dirname(file);
    await this.noteRecent(file);
    const opened: OpenedFile = { name, text: read.text, handle };
    return { kind: 'opened', file: opened };
  }

  async noteRecent(file: string): Promise<void> {
    try {
      await this.ctx.recent.add(file);
      this.ctx.recentChanged();
    } catch (error) {
      console.warn('Could not update the recent files list:', error);
    }
  }

  /** Checks the path of a dropped file before anything is read from it, then its bytes. */
  async openDropped(file: string, bytes: Uint8Array): Promise<ReadResult> {
    const name = path.basename(file);
    const refused: ReadResult = { kind: 'failed', name, reason: 'not-a-file', detail: 'refused' };
    if (!path.isAbsolute(file) || path.normalize(file) !== file) return refused;
    if (!/\.json$/i.test(file)) return refused;
    // A link is followed to what it points at, which must not be the app's own data either.
    const real = await fs.realpath(file).catch(() => null);
    if (real === null) return { kind: 'failed', name, reason: 'not-found' };
    if (isInside(this.ctx.dataDir, file) || isInside(this.ctx.dataDir, real)) return refused;
    const stat = await fs.stat(real).catch(() => null);
    if (stat === null) return { kind: 'failed', name, reason: 'not-found' };
    if (!stat.isFile()) return refused;
    return this.open(file, bytes);
  }
}

export function createFileHandlers(ctx: FileContext, opener = new FileOpener(ctx)): FileHandlers {
  const { handles, files, backups } = ctx;

  const saveTo = async (file: string, text: string, overwrite: boolean): Promise<SaveResult> => {
    const name = path.basename(file);
    const outcome = await files.save(file, text, { overwrite });
    if (outcome.kind === 'conflict') return { kind: 'conflict', name, handle: handles.register(file) };
    if (outcome.kind === 'failed') return { kind: 'failed', name, reason: outcome.reason, detail: outcome.detail };
    opener.lastFolder = path.dirname(file);
    await opener.noteRecent(file);
    const saved: SaveResult = { kind: 'saved', handle: handles.register(file), name };
    return outcome.otherVersion === null ? saved : { ...saved, otherVersion: path.basename(outcome.otherVersion) };
  };

  return {
    openFileDialog: async (event: IpcMainInvokeEvent) => {
      const file = await ctx.showOpenDialog(event.sender);
      return file === null ? { kind: 'canceled' } : opener.open(file);
    },

    openRecent: async (_event, handle) => opener.open(handles.require(handle)),

    openDroppedPath: async (_event, file, bytes) => opener.openDropped(file, bytes),

    listRecent: async (): Promise<RecentList> => {
      const { kept, removed } = await ctx.recent.prune();
      if (removed.length > 0) ctx.recentChanged();
      return {
        files: kept.map((file) => ({
          handle: handles.register(file),
          name: path.basename(file),
          folder: path.basename(path.dirname(file)) || path.dirname(file),
        })),
        removed: removed.map((file) => path.basename(file)),
      };
    },

    saveFile: async (_event, handle, text, overwrite) => saveTo(handles.require(handle), text, overwrite),

    saveFileAs: async (event, text, suggestedName) => {
      // A name only: scenarioFileName turns separators and other forbidden characters into spaces.
      const suggested = scenarioFileName(suggestedName.replace(/\.vcscenario\.json$|\.json$/i, ''));
      const chosen = await ctx.showSaveDialog(event.sender, path.join(opener.lastFolder ?? ctx.defaultFolder(), suggested));
      if (chosen === null) return { kind: 'canceled' };
      const file = withScenarioSuffix(chosen);
      // The dialog asked before replacing `chosen`; a name we completed was not asked about,
      // so an existing file there is not replaced without asking (save reports a conflict).
      const confirmed = file === chosen;
      if (!confirmed) files.forget(file);
      return saveTo(file, text, confirmed);
    },

    writeBackup: async (event, backup) => {
      if (ctx.documentOf(event.sender)?.discarded) return; // the user chose Don't save
      const originalPath = backup.handle === null ? null : handles.require(backup.handle);
      await backups.write({
        id: backup.id,
        title: backup.title,
        name: backup.name,
        text: backup.text,
        originalPath,
        originalState: originalPath === null ? null : (files.knownState(originalPath) ?? null),
      });
    },

    removeBackup: async (_event, id) => backups.remove(id),

    listBackups: async () => backups.list(),

    restoreBackup: async (_event, id) => {
      const record = await backups.read(id);
      if (record === null) throw new Error('No such backup');
      let handle: string | null = null;
      if (record.originalPath !== null) {
        handle = handles.register(record.originalPath);
        // The work began from this content: a save compares the file on disk with it.
        if (record.originalState !== null) files.remember(record.originalPath, record.originalState);
        else files.forget(record.originalPath);
      }
      return { id: record.id, title: record.title, name: record.name, savedAt: record.savedAt, text: record.text, handle };
    },

    setDocumentState: async (event, state) => {
      const file = state.handle === null ? null : handles.require(state.handle);
      ctx.documentOf(event.sender)?.update(state);
      ctx.documentChanged?.(event.sender, file);
    },

    saveBeforeCloseDone: async (event, requestId, saved) => {
      ctx.documentOf(event.sender)?.saveDone(requestId, saved);
    },
  };
}
