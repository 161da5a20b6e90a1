// Writing a file so that a crash, a kill or a full disk at any moment leaves either the old
// version or the new one on disk, never a mix or nothing. Pure Node (no `electron`), so that the
// durability test's child process runs exactly this code.
//
// The steps, after VS Code and write-file-atomic:
//   1. write the new content to a temporary file in the same folder (same file system, so the
//      rename below is atomic) and fsync it: its bytes are on disk before it gets the real name;
//   2. keep the previous version as NAME.bak: a hard link to the current file (instant; falls
//      back to a copy where links are not possible), made under a temporary name and renamed
//      into place, so NAME.bak too is always a complete file;
//   3. rename the temporary file over the target. The target name always points at a complete
//      file: the old one until the rename, the new one after. Windows refuses a rename while
//      another program (a virus scanner, a sync client) has the file open: retry briefly;
//   4. fsync the folder, so that the rename itself survives a power cut (POSIX only);
//   5. on any failure, remove the temporary file and leave the target as it was.
import { randomBytes } from 'node:crypto';
import { constants, promises as nodeFs } from 'node:fs';
import path from 'node:path';

/** The parts of `fs.promises` used here, so that tests can make a step fail. */
export interface AtomicFs {
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  link: typeof nodeFs.link;
  copyFile: typeof nodeFs.copyFile;
  unlink: typeof nodeFs.unlink;
  stat: typeof nodeFs.stat;
  realpath: typeof nodeFs.realpath;
  chmod: typeof nodeFs.chmod;
}

export interface AtomicWriteOptions {
  /** Keep the version being replaced as `<target>.bak`. Default false. */
  backup?: boolean;
  /** For tests: the file system calls (default: node:fs promises). */
  fs?: AtomicFs;
  /** How long to keep retrying a rename that a Windows lock refuses (ms). Default 2000. */
  retryFor?: number;
  /** For tests: the platform (folders cannot be fsynced on Windows). */
  platform?: NodeJS.Platform;
}

/** Errors a Windows lock (scanner, indexer, sync client holding the file) shows up as. */
const LOCK_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** Errors where a hard link is not possible and a copy is made instead. */
const NO_LINK_CODES = new Set(['EPERM', 'EXDEV', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK', 'EACCES', 'EINVAL']);

export const BACKUP_SUFFIX = '.bak';

function code(error: unknown): string | undefined {
  return error !== null && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A name in the target's folder that no other writer picks: `.NAME.tmp-<random>`. */
export function temporaryName(target: string, kind = 'tmp'): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${kind}-${randomBytes(6).toString('hex')}`);
}

/** True for the temporary files this module makes (to clean up leftovers after a crash). */
export function isTemporaryName(name: string): boolean {
  return /^\..+\.(tmp|bak-tmp)-[0-9a-f]{12}$/.test(name);
}

/** Leftovers older than this are from a save that was killed, not one in progress (another computer on a share). */
export const STALE_TEMPORARY_MS = 10 * 60 * 1000;

/**
 * Removes the temporary files a killed save of `target` left beside it: only this module's
 * names for this file, and only when they are old enough not to belong to a save still running.
 */
export async function removeStaleTemporaries(target: string, now: number = Date.now()): Promise<string[]> {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = await nodeFs.readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !isTemporaryName(name)) continue;
    const file = path.join(dir, name);
    try {
      const stat = await nodeFs.lstat(file);
      if (!stat.isFile() || now - stat.mtimeMs < STALE_TEMPORARY_MS) continue;
      await nodeFs.unlink(file);
      removed.push(name);
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed;
}

/** rename, retried with a growing pause while Windows reports the file locked. */
export async function renameWithRetry(fs: AtomicFs, from: string, to: string, retryFor = 2000): Promise<void> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const c = code(error);
      if (c === undefined || !LOCK_CODES.has(c) || Date.now() - started >= retryFor) throw error;
      await delay(Math.min(10 * 2 ** attempt, 200));
    }
  }
}

async function writeAndSync(fs: AtomicFs, file: string, data: string | Uint8Array, mode: number | undefined): Promise<void> {
  // 'wx': the name is fresh; never follow or truncate something that appeared there.
  const handle = await fs.open(file, 'wx', mode ?? 0o666);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes `bak` a complete copy of `target` (which exists), atomically replacing an older `bak`. */
async function keepBackup(fs: AtomicFs, target: string, bak: string, retryFor: number): Promise<void> {
  const staging = temporaryName(target, 'bak-tmp');
  try {
    try {
      await fs.link(target, staging);
    } catch (error) {
      const c = code(error);
      if (c === undefined || !NO_LINK_CODES.has(c)) throw error;
      // No hard links here (FAT, some network shares): a copy, flushed before it gets its name.
      await fs.copyFile(target, staging, constants.COPYFILE_EXCL);
      const handle = await fs.open(staging, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    await renameWithRetry(fs, staging, bak, retryFor);
  } catch (error) {
    await fs.unlink(staging).catch(() => undefined);
    throw error;
  }
}

async function syncFolder(fs: AtomicFs, dir: string, platform: NodeJS.Platform): Promise<void> {
  if (platform === 'win32') return; // folders cannot be opened for fsync on Windows
  let handle: Awaited<ReturnType<AtomicFs['open']>> | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Some file systems (network shares) refuse to fsync a folder; the rename has happened.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Writes `data` to `target` atomically (see the top of this file). A symbolic link is followed:
 * the file it points to is replaced, the link stays. The file keeps its permissions.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const retryFor = options.retryFor ?? 2000;
  const platform = options.platform ?? process.platform;

  let real = path.resolve(target);
  let mode: number | undefined;
  let exists = false;
  try {
    real = await fs.realpath(real);
    const stat = await fs.stat(real);
    if (!stat.isFile()) throw Object.assign(new Error(`${real} is not a file`), { code: 'EISDIR' });
    exists = true;
    mode = stat.mode & 0o7777;
  } catch (error) {
    if (code(error) !== 'ENOENT') throw error;
  }

  const temp = temporaryName(real);
  try {
    await writeAndSync(fs, temp, data, mode);
    if (mode !== undefined) await fs.chmod(temp, mode).catch(() => undefined); // umask may have narrowed it
    if (options.backup && exists) await keepBackup(fs, real, real + BACKUP_SUFFIX, retryFor);
    await renameWithRetry(fs, temp, real, retryFor);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(fs, path.dirname(real), platform);
}
