// Opaque handles for files the user chose (open and save dialogs, the recent list, a dropped
// file, the command line, the OS). The renderer only ever sees the handle; the path stays in
// the main process, so a compromised renderer cannot name a file to read or overwrite.
import { randomUUID } from 'node:crypto';
import path from 'node:path';

function comparable(file: string): string {
  const resolved = path.resolve(file);
  return process.platform === 'win32' || process.platform === 'darwin' ? resolved.toLowerCase() : resolved;
}

export class FileHandles {
  private readonly paths = new Map<string, string>();
  private readonly byPath = new Map<string, string>();

  /** The handle for `filePath`: the one given out before for the same file, else a new one. */
  register(filePath: string): string {
    const key = comparable(filePath);
    const known = this.byPath.get(key);
    if (known !== undefined) return known;
    const handle = randomUUID();
    this.paths.set(handle, path.resolve(filePath));
    this.byPath.set(key, handle);
    return handle;
  }

  /** The path behind a handle this process gave out, else undefined. */
  pathOf(handle: string): string | undefined {
    return this.paths.get(handle);
  }

  /** The path behind a handle; throws for a handle this process did not give out. */
  require(handle: string): string {
    const file = this.paths.get(handle);
    if (file === undefined) throw new Error('Unknown file handle: refused');
    return file;
  }

  release(handle: string): void {
    const file = this.paths.get(handle);
    if (file !== undefined) this.byPath.delete(comparable(file));
    this.paths.delete(handle);
  }
}
