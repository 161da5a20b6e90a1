// Backups of unsaved work in a plain browser: IndexedDB, offered again on the next load.
// A tab holds a Web Lock named after each backup it writes for as long as it is open, so that
// another open tab is not offered (and cannot discard) work that is still being edited: only
// backups whose tab is gone (closed, crashed, reloaded) count as left over.
import type { BackupInfo, BackupWrite, RestoredBackup } from '../../shared/ipc/contract';
import type { BrowserFiles, FsaFileHandle } from './browser-files';
import type { Idb } from './idb';

interface BackupRecord extends BackupInfo {
  text: string;
  fileHandle?: FsaFileHandle;
  lastModified?: number | null;
  downloadName?: string;
}

interface LockManagerLike {
  request(name: string, callback: () => Promise<unknown>): Promise<unknown>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

const lockName = (id: string) => `vcp-backup:${id}`;

export class BrowserBackups {
  private readonly held = new Set<string>();

  constructor(
    private readonly idb: Idb | null,
    private readonly files: BrowserFiles,
    private readonly locks: LockManagerLike | null,
  ) {}

  /** Holds the backup's lock until the page goes away. */
  private hold(id: string): void {
    if (!this.locks || this.held.has(id)) return;
    this.held.add(id);
    void this.locks.request(lockName(id), () => new Promise(() => undefined)).catch(() => this.held.delete(id));
  }

  async write(backup: BackupWrite): Promise<void> {
    if (!this.idb) return;
    this.hold(backup.id);
    const record: BackupRecord = {
      id: backup.id,
      title: backup.title,
      name: backup.name,
      savedAt: new Date().toISOString(),
      text: backup.text,
      ...this.files.describe(backup.handle),
    };
    await this.idb.put('backups', record);
  }

  async remove(id: string): Promise<void> {
    await this.idb?.delete('backups', id);
  }

  /** Backups of tabs that are gone, newest first. */
  async list(): Promise<BackupInfo[]> {
    if (!this.idb) return [];
    const records = await this.idb.all<BackupRecord>('backups').catch(() => [] as BackupRecord[]);
    const live = new Set<string>();
    if (this.locks) {
      const state = await this.locks.query().catch(() => ({ held: [] }));
      for (const lock of state.held ?? []) if (lock.name) live.add(lock.name);
    }
    return records
      .filter((record) => !live.has(lockName(record.id)))
      .map(({ id, title, name, savedAt }) => ({ id, title, name, savedAt }))
      .sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  }

  async restore(id: string): Promise<RestoredBackup> {
    const record = this.idb ? await this.idb.get<BackupRecord>('backups', id) : undefined;
    if (!record) throw new Error('No such backup');
    // This tab carries the work on now.
    this.hold(id);
    const { text, title, name, savedAt } = record;
    return { id, title, name, savedAt, text, handle: this.files.restore(record) };
  }
}
