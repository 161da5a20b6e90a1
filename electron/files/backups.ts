// Backups of unsaved work, in the app's data folder: one JSON file per document,
// `<userData>/backups/<id>.json`, written atomically a moment after each edit. A clean save or
// close removes it; whatever is left at the next start was left by a crash or a kill, and is
// offered for restoring. The original file's path stays here, in the main process: the
// renderer only ever sees the backup's id, title, name and time. Pure Node (no `electron`).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BACKUP_ID } from '../../shared/files/file-names';
import type { BackupInfo } from '../../shared/ipc/contract';
import { isTemporaryName, writeFileAtomic } from '../../node/atomic-write';
import type { DiskState } from './scenario-files';

/** What is stored per backup. */
export interface BackupRecord extends BackupInfo {
  /** Layout of this record, for a later version of the app. */
  backupFormat: 1;
  text: string;
  /** The file the work belongs to, if any. */
  originalPath: string | null;
  /** What that file held when the work began, so a save after restoring still detects a change on disk. */
  originalState: DiskState | null;
}

function isDiskState(value: unknown): value is DiskState {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.size === 'number' && typeof v.mtimeMs === 'number' && typeof v.hash === 'string';
}

function isRecord(value: unknown, id: string): value is BackupRecord {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    v.backupFormat === 1 &&
    v.id === id &&
    typeof v.title === 'string' &&
    typeof v.name === 'string' &&
    typeof v.savedAt === 'string' &&
    typeof v.text === 'string' &&
    (v.originalPath === null || typeof v.originalPath === 'string') &&
    (v.originalState === null || isDiskState(v.originalState))
  );
}

export class BackupStore {
  constructor(
    /** `<userData>/backups`. */
    readonly dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private fileOf(id: string): string {
    if (!BACKUP_ID.test(id)) throw new Error(`Not a backup id: ${JSON.stringify(id)}`);
    return path.join(this.dir, `${id}.json`);
  }

  async write(record: Omit<BackupRecord, 'savedAt' | 'backupFormat'>): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
    const full: BackupRecord = { backupFormat: 1, ...record, savedAt: this.now().toISOString() };
    await writeFileAtomic(this.fileOf(record.id), JSON.stringify(full));
  }

  async read(id: string): Promise<BackupRecord | null> {
    try {
      const value: unknown = JSON.parse(await fs.readFile(this.fileOf(id), 'utf8'));
      return isRecord(value, id) ? value : null;
    } catch {
      return null;
    }
  }

  async remove(id: string): Promise<void> {
    await fs.rm(this.fileOf(id), { force: true });
  }

  /** The backups on disk, newest first. Unreadable ones are skipped; stale temporary files removed. */
  async list(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch {
      return [];
    }
    const found: BackupInfo[] = [];
    for (const name of names) {
      if (isTemporaryName(name)) {
        // Left by a kill in the middle of writing a backup: the previous backup is intact.
        await fs.rm(path.join(this.dir, name), { force: true }).catch(() => undefined);
        continue;
      }
      const id = name.replace(/\.json$/, '');
      if (!name.endsWith('.json') || !BACKUP_ID.test(id)) continue;
      const record = await this.read(id);
      if (record) found.push({ id, title: record.title, name: record.name, savedAt: record.savedAt });
    }
    return found.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  }
}
