// The recently opened files: at most ten paths, newest first, kept in `<userData>/recent.json`.
// The paths never leave the main process; the renderer gets handles, names and folder names.
// Pure Node (no `electron`).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../node/atomic-write';

export const MAX_RECENT = 10;

function same(a: string, b: string): boolean {
  const norm = (p: string) => (process.platform === 'win32' || process.platform === 'darwin' ? path.resolve(p).toLowerCase() : path.resolve(p));
  return norm(a) === norm(b);
}

export class RecentFiles {
  private paths: string[] | null = null;
  /** Changes one at a time, so that two opens in quick succession both end up on the list. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    /** `<userData>/recent.json`. */
    readonly file: string,
  ) {}

  private async load(): Promise<string[]> {
    if (this.paths) return this.paths;
    try {
      const value: unknown = JSON.parse(await fs.readFile(this.file, 'utf8'));
      const list = Array.isArray(value) ? value : [];
      this.paths = list.filter((p): p is string => typeof p === 'string' && path.isAbsolute(p)).slice(0, MAX_RECENT);
    } catch {
      this.paths = [];
    }
    return this.paths;
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async store(paths: string[]): Promise<void> {
    this.paths = paths;
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, `${JSON.stringify(paths, null, 2)}\n`);
  }

  list(): Promise<string[]> {
    return this.serial(async () => [...(await this.load())]);
  }

  /** Puts `file` at the top. */
  add(file: string): Promise<void> {
    return this.serial(async () => {
      const current = await this.load();
      await this.store([path.resolve(file), ...current.filter((p) => !same(p, file))].slice(0, MAX_RECENT));
    });
  }

  remove(files: readonly string[]): Promise<void> {
    return this.serial(async () => {
      if (files.length === 0) return;
      const current = await this.load();
      await this.store(current.filter((p) => !files.some((f) => same(p, f))));
    });
  }

  /** The list with files that no longer exist taken off it; returns both. */
  prune(): Promise<{ kept: string[]; removed: string[] }> {
    return this.serial(async () => {
      const kept: string[] = [];
      const removed: string[] = [];
      for (const file of await this.load()) {
        const isFile = await fs.stat(file).then((s) => s.isFile(), () => false);
        (isFile ? kept : removed).push(file);
      }
      if (removed.length > 0) await this.store(kept);
      return { kept, removed };
    });
  }
}
