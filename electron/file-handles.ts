// Opaque handles for files the user chose (command line, file association, later the open
// dialog). The renderer only ever sees the handle; the path stays in the main process, so a
// compromised renderer cannot name a file to read or overwrite.
import { randomUUID } from 'node:crypto';

export class FileHandles {
  private readonly paths = new Map<string, string>();

  /** A new handle for `filePath`. */
  register(filePath: string): string {
    const handle = randomUUID();
    this.paths.set(handle, filePath);
    return handle;
  }

  /** The path behind a handle this process gave out, else undefined. */
  pathOf(handle: string): string | undefined {
    return this.paths.get(handle);
  }

  release(handle: string): void {
    this.paths.delete(handle);
  }
}
