// Writing a file so that a crash, a kill, a power cut or a full disk at any moment leaves either
// the old version or the new one on disk, never a mix or nothing. Pure Node (no `electron`):
// the desktop app and the `vcp` CLI both write through it, and the durability test runs exactly
// this code, killed and on a simulated power cut.
//
// The steps, after VS Code and write-file-atomic:
//   1. write the new content to a temporary file in the same folder (same file system, so the
//      rename below is atomic) and fsync it: its bytes are on disk before it gets the real name;
//   2. take hold of the version being replaced: a hard link to the current file under a
//      temporary name (instant; falls back to a flushed copy where links are not possible).
//      With `expect`, that version is compared here, after the slow writing, with what the
//      caller last saw; a difference is a conflict and nothing changes;
//   3. with `backup`, that link becomes NAME.bak (a rename, so NAME.bak too is always complete);
//   4. rename the temporary file over the target, once the target is still the file taken in
//      step 2. The target name always points at a complete file: the old one until the rename,
//      the new one after. Windows refuses a rename while another program (a virus scanner, a
//      sync client) has the file open: retry briefly. A file that is not there is created
//      with link(), which fails rather than replace one that appeared meanwhile;
//   5. fsync the folder, so that the renames themselves survive a power cut (POSIX only);
//   6. with `expect`, read the replaced version once more: another program that wrote into the
//      file between step 2 and step 4 wrote into that version, and would be lost with it. Its
//      content is then kept visibly beside the target (`NAME (conflict DATE).EXT`) and reported;
//   7. on any failure, remove the temporary files and leave the target as it was.
import { createHash, randomBytes } from 'node:crypto';
import { constants, promises as nodeFs } from 'node:fs';
import path from 'node:path';
import { SCENARIO_SUFFIX } from '../shared/files/file-names';

/** The parts of `fs.promises` used here, so that tests can make a step fail or cut the power. */
export interface AtomicFs {
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  link: typeof nodeFs.link;
  copyFile: typeof nodeFs.copyFile;
  unlink: typeof nodeFs.unlink;
  stat: typeof nodeFs.stat;
  lstat: typeof nodeFs.lstat;
  realpath: typeof nodeFs.realpath;
  chmod: typeof nodeFs.chmod;
  readdir: typeof nodeFs.readdir;
  readFile: typeof nodeFs.readFile;
}

/**
 * What the file being replaced must hold for the write to go ahead: these bytes (a file that is
 * gone is written again), or `'absent'`: no file at all (create only). Anything else throws a
 * ConflictError and leaves everything as it was.
 */
export type Expectation = { sha256: string } | 'absent';

export interface AtomicWriteOptions {
  /** Keep the version being replaced as `<target>.bak`. Default false. */
  backup?: boolean;
  /** Replace only the version the caller knows (see Expectation). Default: replace whatever is there. */
  expect?: Expectation;
  /** For tests: the file system calls (default: node:fs promises). */
  fs?: AtomicFs;
  /** How long to keep retrying a rename that a Windows lock refuses (ms). Default 2000. */
  retryFor?: number;
  /** For tests: the platform (folders cannot be fsynced on Windows). */
  platform?: NodeJS.Platform;
  /** For tests: the clock that dates a conflict copy. */
  now?: () => Date;
}

export interface AtomicWriteResult {
  /**
   * Another program wrote into the file while this write replaced it (after the check, before
   * the rename): the path where its version is kept (`NAME (conflict DATE).EXT`), else null.
   */
  otherVersion: string | null;
}

/** The file is not what `expect` said: nothing was written. `code` is 'ECONFLICT'. */
export class ConflictError extends Error {
  readonly code = 'ECONFLICT';
  constructor(readonly file: string) {
    super(`${file} changed on disk: not replaced`);
  }
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
export async function removeStaleTemporaries(target: string, now: number = Date.now(), fs: AtomicFs = nodeFs): Promise<string[]> {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !isTemporaryName(name)) continue;
    const file = path.join(dir, name);
    try {
      const stat = await fs.lstat(file);
      if (!stat.isFile() || now - stat.mtimeMs < STALE_TEMPORARY_MS) continue;
      await fs.unlink(file);
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

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

type Handle = Awaited<ReturnType<AtomicFs['open']>>;

async function closing<T>(handle: Handle, work: (handle: Handle) => Promise<T>): Promise<T> {
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

async function writeAndSync(fs: AtomicFs, file: string, data: string | Uint8Array, mode: number | undefined): Promise<void> {
  // 'wx': the name is fresh; never follow or truncate something that appeared there.
  await closing(await fs.open(file, 'wx', mode ?? 0o666), async (handle) => {
    await handle.writeFile(data);
    await handle.sync();
  });
}

/** Removes a name that may or may not still be there. */
async function discard(fs: AtomicFs, file: string): Promise<void> {
  await fs.unlink(file).catch(() => undefined);
}

/**
 * rename, and then make sure `from` is gone: rename() does nothing when both names are links
 * to the same file (POSIX), which happens when the .bak is still the current file after a
 * save that failed late; the staged link would otherwise stay behind in the user's folder.
 */
async function renameAway(fs: AtomicFs, from: string, to: string, retryFor: number): Promise<void> {
  await renameWithRetry(fs, from, to, retryFor);
  await discard(fs, from);
}

/** Who a file is, to tell whether the name still points at the one that was taken. */
interface Identity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
}

function identity(stat: Identity): Identity {
  return { dev: stat.dev, ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs };
}

function sameFile(a: Identity, b: Identity): boolean {
  // Some network file systems report no inode numbers (0): size and time must do there.
  const inodes = a.ino !== 0 && b.ino !== 0 ? a.dev === b.dev && a.ino === b.ino : true;
  return inodes && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/**
 * Takes hold of the current version of `target` under the temporary name `staged`: a hard link
 * (the very file, whatever happens to the name afterwards), or where links are not possible a
 * flushed copy. Returns what the target was when taken, or null when there is no target.
 */
async function takeCurrent(fs: AtomicFs, target: string, staged: string): Promise<{ taken: Identity; linked: boolean } | null> {
  try {
    await fs.link(target, staged);
    return { taken: identity(await fs.stat(staged)), linked: true };
  } catch (error) {
    const c = code(error);
    if (c === 'ENOENT') return null;
    if (c === undefined || !NO_LINK_CODES.has(c)) throw error;
  }
  // No hard links here (FAT, some network shares): a copy, flushed before it is used.
  let before: Identity;
  try {
    before = identity(await fs.stat(target));
  } catch (error) {
    if (code(error) === 'ENOENT') return null;
    throw error;
  }
  await fs.copyFile(target, staged, constants.COPYFILE_EXCL);
  await closing(await fs.open(staged, 'r+'), (handle) => handle.sync());
  return { taken: before, linked: false };
}

async function syncFolder(fs: AtomicFs, dir: string, platform: NodeJS.Platform): Promise<void> {
  if (platform === 'win32') return; // folders cannot be opened for fsync on Windows
  let handle: Handle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Some file systems (network shares) refuse to fsync a folder; the rename has happened.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** `plan.vcscenario.json` → `plan (conflict 2026-12-05 18.44.55).vcscenario.json`, beside it. */
export function conflictCopyName(target: string, when: Date): string {
  const name = path.basename(target);
  const suffix = name.toLowerCase().endsWith(SCENARIO_SUFFIX) ? SCENARIO_SUFFIX : path.extname(name);
  const stem = name.slice(0, name.length - suffix.length);
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())} ${pad(when.getHours())}.${pad(when.getMinutes())}.${pad(when.getSeconds())}`;
  return path.join(path.dirname(target), `${stem} (conflict ${stamp})${name.slice(name.length - suffix.length)}`);
}

/** Keeps `bytes` in a new file beside `target` that no other file has the name of. */
async function keepConflictCopy(fs: AtomicFs, target: string, bytes: Uint8Array, options: AtomicWriteOptions): Promise<string> {
  const base = conflictCopyName(target, (options.now ?? (() => new Date()))());
  for (let n = 1; ; n++) {
    const file = n === 1 ? base : base.replace(/\)(?=[^)]*$)/, ` ${n})`);
    try {
      await writeFileAtomic(file, bytes, { fs, expect: 'absent', retryFor: options.retryFor, platform: options.platform });
      return file;
    } catch (error) {
      if (!(error instanceof ConflictError) || n >= 20) throw error;
    }
  }
}

/** Gives the temporary file the target's name where no file has it, failing if one appeared. */
async function createAt(fs: AtomicFs, temp: string, target: string, retryFor: number): Promise<void> {
  try {
    await fs.link(temp, target);
  } catch (error) {
    const c = code(error);
    if (c === 'EEXIST') throw new ConflictError(target);
    if (c === undefined || !NO_LINK_CODES.has(c)) throw error;
    // No hard links: check, then rename (a file appearing in between is replaced).
    const there = await fs.stat(target).then(
      () => true,
      (e: unknown) => (code(e) === 'ENOENT' ? false : Promise.reject(e)),
    );
    if (there) throw new ConflictError(target);
    await renameWithRetry(fs, temp, target, retryFor);
    return;
  }
  await discard(fs, temp);
}

/**
 * Writes `data` to `target` atomically (see the top of this file). A symbolic link is followed:
 * the file it points to is replaced, the link stays. The file keeps its permissions.
 * Throws ConflictError when `expect` is not met.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<AtomicWriteResult> {
  const fs = options.fs ?? nodeFs;
  const retryFor = options.retryFor ?? 2000;
  const platform = options.platform ?? process.platform;
  const expect = options.expect;

  let real = path.resolve(target);
  let mode: number | undefined;
  try {
    real = await fs.realpath(real);
    const stat = await fs.stat(real);
    if (!stat.isFile()) throw Object.assign(new Error(`${real} is not a file`), { code: 'EISDIR' });
    mode = stat.mode & 0o7777;
  } catch (error) {
    if (code(error) !== 'ENOENT') throw error;
  }

  const temp = temporaryName(real);
  const staged = temporaryName(real, 'bak-tmp');
  const bak = real + BACKUP_SUFFIX;
  let kept: string | null = null; // the name the replaced version has after the rename
  try {
    await writeAndSync(fs, temp, data, mode);
    if (mode !== undefined) await fs.chmod(temp, mode).catch(() => undefined); // umask may have narrowed it
    const current = options.backup || expect !== undefined ? await takeCurrent(fs, real, staged) : null;
    if (current === null && expect !== undefined) {
      // Nothing to replace: create the file, refusing one that appeared meanwhile.
      await createAt(fs, temp, real, retryFor);
    } else {
      if (current !== null && expect !== undefined) {
        if (expect === 'absent' || sha256(await fs.readFile(staged)) !== expect.sha256) throw new ConflictError(real);
      }
      if (current !== null && options.backup) {
        await renameAway(fs, staged, bak, retryFor);
        kept = bak;
      } else if (current !== null) {
        kept = staged;
      }
      // The name must still point at the version taken (and checked) above.
      if (current !== null && !sameFile(current.taken, identity(await fs.stat(real)))) throw new ConflictError(real);
      await renameWithRetry(fs, temp, real, retryFor);
    }
  } catch (error) {
    await discard(fs, temp);
    await discard(fs, staged);
    throw error;
  }
  await syncFolder(fs, path.dirname(real), platform);

  let otherVersion: string | null = null;
  if (kept !== null && expect !== undefined && expect !== 'absent') {
    // Written into after the check (step 6): that version is not lost, and not silently. The new
    // version is in place by now: what fails here cannot make the write a failure.
    const replaced = await fs.readFile(kept).catch(() => null);
    if (replaced !== null && sha256(replaced) !== expect.sha256) {
      // Where no copy can be made, the version stays where it is (the .bak), and is named.
      otherVersion = await keepConflictCopy(fs, real, replaced, options).catch(() => kept);
    }
  }
  if (kept === staged && otherVersion !== staged) await discard(fs, staged);
  return { otherVersion };
}
