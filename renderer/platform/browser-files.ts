// Scenario files in a plain browser. Where the File System Access API is there (Chromium), open
// and save work on the real file, like the desktop app: the FileSystemFileHandle is kept for
// Save, and a file changed on disk since it was opened (its lastModified moved) is a conflict.
// Elsewhere, Open is a file input (upload) and every Save is a download of NAME.vcscenario.json.
// Either way the rest of the renderer only sees opaque handle ids.
import type { FileErrorCode, OpenedFile, ReadResult, RecentFile, RecentList, SaveResult } from '../../shared/ipc/contract';
import { withScenarioSuffix } from '../../shared/files/file-names';
import { newId } from '../../shared/files/new-id';
import { decodeScenarioBytes } from '../../shared/scenario/decode';
import type { Idb } from './idb';
import type { DroppedFile } from './platform';

// The parts of the File System Access API used here (not all of it is in TypeScript's DOM types).
export interface FsaWritable {
  write(data: string): Promise<void>;
  close(): Promise<void>;
}
export interface FsaFileHandle {
  kind: 'file';
  name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<FsaWritable>;
  queryPermission?(options: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
  requestPermission?(options: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
  isSameEntry?(other: FsaFileHandle): Promise<boolean>;
}
interface PickerType {
  description: string;
  accept: Record<string, string[]>;
}
export interface FsaWindow {
  showOpenFilePicker(options: { types: PickerType[]; multiple?: boolean }): Promise<FsaFileHandle[]>;
  showSaveFilePicker(options: { types: PickerType[]; suggestedName: string }): Promise<FsaFileHandle>;
}

const PICKER_TYPES: PickerType[] = [
  { description: 'Scenario (.vcscenario.json)', accept: { 'application/json': ['.json'] } },
];
const MAX_RECENT = 10;

type Entry =
  | { kind: 'fsa'; name: string; handle: FsaFileHandle; lastModified: number | null }
  | { kind: 'download'; name: string };

/** What IndexedDB keeps per recent file. */
interface RecentRecord {
  id: string;
  name: string;
  handle: FsaFileHandle;
  openedAt: string;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export function reasonOf(error: unknown): FileErrorCode {
  if (error instanceof DOMException) {
    switch (error.name) {
      case 'NotFoundError':
        return 'not-found';
      case 'NotAllowedError':
      case 'SecurityError':
        return 'no-permission';
      case 'QuotaExceededError':
        return 'disk-full';
      case 'NoModificationAllowedError':
      case 'InvalidModificationError':
        return 'busy';
      case 'TypeMismatchError':
        return 'not-a-file';
    }
  }
  return 'failed';
}

function detailOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function ensurePermission(handle: FsaFileHandle, mode: 'read' | 'readwrite'): Promise<boolean> {
  if (!handle.queryPermission || !handle.requestPermission) return true;
  if ((await handle.queryPermission({ mode })) === 'granted') return true;
  return (await handle.requestPermission({ mode })) === 'granted';
}

export interface BrowserFilesOptions {
  /** The window, when it has showOpenFilePicker/showSaveFilePicker; null: upload and download. */
  fsa: FsaWindow | null;
  idb: Idb | null;
  document: Document | null;
  download(fileName: string, text: string, mime: string): void;
  /** A file chosen in the file input without an open request waiting for it. */
  unrequested(result: ReadResult): void;
}

export class BrowserFiles {
  private readonly entries = new Map<string, Entry>();
  private input: HTMLInputElement | null = null;
  private pendingInput: ((result: ReadResult) => void) | null = null;

  constructor(private readonly options: BrowserFilesOptions) {}

  get saveInPlace(): boolean {
    return this.options.fsa !== null;
  }

  private register(entry: Entry): string {
    const id = newId();
    this.entries.set(id, entry);
    return id;
  }

  /** The entry behind an id this page gave out; throws for any other. */
  private entry(id: string): Entry {
    const entry = this.entries.get(id);
    if (!entry) throw new Error('Unknown file handle: refused');
    return entry;
  }

  /** For backups: what a handle refers to, to keep with the backup. */
  describe(id: string | null): { fileHandle?: FsaFileHandle; lastModified?: number | null; downloadName?: string } {
    if (id === null) return {};
    const entry = this.entry(id);
    return entry.kind === 'fsa' ? { fileHandle: entry.handle, lastModified: entry.lastModified } : { downloadName: entry.name };
  }

  /** For a restored backup: a handle for the file it came from. */
  restore(saved: { fileHandle?: FsaFileHandle; lastModified?: number | null; downloadName?: string }): string | null {
    if (saved.fileHandle) return this.register({ kind: 'fsa', name: saved.fileHandle.name, handle: saved.fileHandle, lastModified: saved.lastModified ?? null });
    if (saved.downloadName) return this.register({ kind: 'download', name: saved.downloadName });
    return null;
  }

  private async readHandle(handle: FsaFileHandle): Promise<ReadResult> {
    try {
      if (!(await ensurePermission(handle, 'read'))) return { kind: 'failed', name: handle.name, reason: 'no-permission' };
      const file = await handle.getFile();
      const decoded = decodeScenarioBytes(new Uint8Array(await file.arrayBuffer()));
      if (!decoded.ok) return { kind: 'failed', name: handle.name, reason: 'invalid-scenario', problem: decoded.problem };
      const text = decoded.text;
      const id = this.register({ kind: 'fsa', name: handle.name, handle, lastModified: file.lastModified });
      await this.noteRecent(handle).catch(() => undefined);
      const opened: OpenedFile = { name: handle.name, text, handle: id };
      return { kind: 'opened', file: opened };
    } catch (error) {
      return { kind: 'failed', name: handle.name, reason: reasonOf(error), detail: detailOf(error) };
    }
  }

  private async readUpload(file: File): Promise<ReadResult> {
    try {
      const decoded = decodeScenarioBytes(new Uint8Array(await file.arrayBuffer()));
      if (!decoded.ok) return { kind: 'failed', name: file.name, reason: 'invalid-scenario', problem: decoded.problem };
      const text = decoded.text;
      // Saving it again can only be a download, under the same name.
      const id = this.register({ kind: 'download', name: withScenarioSuffix(file.name) });
      return { kind: 'opened', file: { name: file.name, text, handle: id } };
    } catch (error) {
      return { kind: 'failed', name: file.name, reason: reasonOf(error), detail: detailOf(error) };
    }
  }

  /** The hidden file input of the upload fallback, made once. */
  private fileInput(doc: Document): HTMLInputElement {
    if (this.input) return this.input;
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.hidden = true;
    input.tabIndex = -1;
    input.setAttribute('aria-hidden', 'true');
    input.dataset.testid = 'file-input';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.value = ''; // choosing the same file again fires change again
      if (!file) return;
      const resolve = this.pendingInput;
      this.pendingInput = null;
      void this.readUpload(file).then((result) => (resolve ? resolve(result) : this.options.unrequested(result)));
    });
    input.addEventListener('cancel', () => {
      const resolve = this.pendingInput;
      this.pendingInput = null;
      resolve?.({ kind: 'canceled' });
    });
    doc.body.appendChild(input);
    this.input = input;
    return input;
  }

  /** Makes sure the fallback's file input is in the page (tests and assistive tools can find it). */
  prepare(): void {
    if (!this.options.fsa && this.options.document) this.fileInput(this.options.document);
  }

  async open(): Promise<ReadResult> {
    const { fsa, document: doc } = this.options;
    if (fsa) {
      let handles: FsaFileHandle[];
      try {
        handles = await fsa.showOpenFilePicker({ types: PICKER_TYPES, multiple: false });
      } catch (error) {
        return isAbort(error) ? { kind: 'canceled' } : { kind: 'failed', name: '', reason: reasonOf(error), detail: detailOf(error) };
      }
      const handle = handles[0];
      return handle ? this.readHandle(handle) : { kind: 'canceled' };
    }
    if (!doc) return { kind: 'canceled' };
    const input = this.fileInput(doc);
    this.pendingInput?.({ kind: 'canceled' });
    return new Promise((resolve) => {
      this.pendingInput = resolve;
      input.click();
    });
  }

  async openDropped({ file, handle }: DroppedFile): Promise<ReadResult> {
    const fsHandle = await Promise.resolve(handle ?? null).catch(() => null);
    if (fsHandle && typeof fsHandle === 'object' && (fsHandle as FsaFileHandle).kind === 'file') {
      return this.readHandle(fsHandle as FsaFileHandle);
    }
    return this.readUpload(file);
  }

  async save(id: string, text: string, overwrite: boolean): Promise<SaveResult> {
    const entry = this.entry(id);
    if (entry.kind === 'download') {
      this.options.download(entry.name, text, 'application/json');
      return { kind: 'saved', handle: id, name: entry.name };
    }
    try {
      if (!overwrite && entry.lastModified !== null) {
        const current = await entry.handle.getFile().catch((error: unknown) => {
          if (reasonOf(error) === 'not-found') return null; // deleted meanwhile: written anew
          throw error;
        });
        if (current && current.lastModified !== entry.lastModified) return { kind: 'conflict', name: entry.name, handle: id };
      }
      await this.write(entry.handle, text);
      entry.lastModified = (await entry.handle.getFile()).lastModified;
      return { kind: 'saved', handle: id, name: entry.name };
    } catch (error) {
      return { kind: 'failed', name: entry.name, reason: reasonOf(error), detail: detailOf(error) };
    }
  }

  private async write(handle: FsaFileHandle, text: string): Promise<void> {
    if (!(await ensurePermission(handle, 'readwrite'))) throw new DOMException('Permission to write was not given', 'NotAllowedError');
    // Chromium writes into a swap file and moves it over the file on close(): the file on disk
    // is the old or the new version, never half of one.
    const writable = await handle.createWritable();
    await writable.write(text);
    await writable.close();
  }

  async saveAs(text: string, suggestedName: string): Promise<SaveResult> {
    const name = withScenarioSuffix(suggestedName);
    const { fsa } = this.options;
    if (!fsa) {
      this.options.download(name, text, 'application/json');
      return { kind: 'saved', handle: this.register({ kind: 'download', name }), name };
    }
    let handle: FsaFileHandle;
    try {
      handle = await fsa.showSaveFilePicker({ types: PICKER_TYPES, suggestedName: name });
    } catch (error) {
      return isAbort(error) ? { kind: 'canceled' } : { kind: 'failed', name, reason: reasonOf(error), detail: detailOf(error) };
    }
    try {
      await this.write(handle, text);
      const file = await handle.getFile();
      const id = this.register({ kind: 'fsa', name: handle.name, handle, lastModified: file.lastModified });
      await this.noteRecent(handle).catch(() => undefined);
      return { kind: 'saved', handle: id, name: handle.name };
    } catch (error) {
      return { kind: 'failed', name: handle.name, reason: reasonOf(error), detail: detailOf(error) };
    }
  }

  /** Puts a file-system handle at the top of the recent list in IndexedDB. */
  private async noteRecent(handle: FsaFileHandle): Promise<void> {
    const { idb } = this.options;
    if (!idb) return;
    const records = await idb.all<RecentRecord>('recent');
    for (const record of records) {
      const same = record.handle.isSameEntry ? await record.handle.isSameEntry(handle) : record.name === handle.name;
      if (same) await idb.delete('recent', record.id);
    }
    await idb.put<RecentRecord>('recent', { id: newId(), name: handle.name, handle, openedAt: new Date().toISOString() });
    const kept = (await idb.all<RecentRecord>('recent')).sort((a, b) => (a.openedAt < b.openedAt ? 1 : -1));
    for (const extra of kept.slice(MAX_RECENT)) await idb.delete('recent', extra.id);
  }

  async listRecent(): Promise<RecentList> {
    const { idb, fsa } = this.options;
    if (!idb || !fsa) return { files: [], removed: [] };
    const records = (await idb.all<RecentRecord>('recent').catch(() => [] as RecentRecord[])).sort((a, b) => (a.openedAt < b.openedAt ? 1 : -1));
    const files: RecentFile[] = records.map((record) => ({
      // Its own id, so that opening it can also take it off the list when it is gone.
      handle: this.registerRecent(record),
      name: record.name,
      folder: '',
    }));
    return { files, removed: [] };
  }

  private readonly recentIds = new Map<string, RecentRecord>();

  private registerRecent(record: RecentRecord): string {
    const id = newId();
    this.recentIds.set(id, record);
    return id;
  }

  async openRecent(id: string): Promise<ReadResult> {
    const record = this.recentIds.get(id);
    if (!record) throw new Error('Unknown file handle: refused');
    const result = await this.readHandle(record.handle);
    if (result.kind === 'failed' && result.reason === 'not-found') await this.options.idb?.delete('recent', record.id).catch(() => undefined);
    return result;
  }
}
