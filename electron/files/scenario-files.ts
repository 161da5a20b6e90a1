// Reading and saving scenario files on disk, with conflict detection. Pure Node (no `electron`):
// the IPC handlers use it, and so does the durability test's child process, so that the code
// that is killed there is the code that saves the user's work.
//
// Each file read or saved is remembered by its content hash (and size and mtime, for the
// record). A save replaces the file only when it still holds that content (compared by the
// atomic write right before its rename): if someone else changed it, the save returns
// `conflict` instead of writing. A change that lands in the last moment, after that
// comparison, is kept beside the file and reported (`otherVersion`).
import { promises as nodeFs } from 'node:fs';
import path from 'node:path';
import type { FileErrorCode } from '../../shared/ipc/contract';
import { decodeScenarioBytes } from '../../shared/scenario/decode';
import { parseScenarioText } from '../../shared/scenario/parse';
import type { Problem } from '../../shared/scenario/problems';
import { serializeScenario } from '../../shared/scenario/serialize';
import { ConflictError, removeStaleTemporaries, sha256, writeFileAtomic, type AtomicFs, type Expectation } from '../../node/atomic-write';
import { render } from '../../shared/i18n/text';

/** Scenario files are small; refuse anything that could not be one rather than read it whole. */
export const MAX_SCENARIO_BYTES = 20 * 1024 * 1024;

export interface DiskState {
  size: number;
  mtimeMs: number;
  /** sha256 of the bytes. */
  hash: string;
}

export type ReadOutcome =
  | { kind: 'read'; text: string; state: DiskState }
  | { kind: 'failed'; reason: FileErrorCode; detail: string; problem?: Problem };

export type SaveOutcome =
  /** `otherVersion`: another program's version that landed during the save, kept at this path. */
  | { kind: 'saved'; state: DiskState; otherVersion: string | null }
  | { kind: 'conflict' }
  | { kind: 'failed'; reason: FileErrorCode; detail: string };

export function hashOf(bytes: Uint8Array): string {
  return sha256(bytes);
}

/** Removes a UTF-8 byte order mark (Windows editors write one; JSON.parse rejects it). */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function errorCode(error: unknown): string | undefined {
  return error !== null && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/** The user-facing reason for a Node error. */
export function reasonOf(error: unknown): FileErrorCode {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'not-found';
    case 'EISDIR':
      return 'not-a-file';
    case 'EACCES':
    case 'EPERM':
      return 'no-permission';
    case 'EROFS':
      return 'read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'busy';
    case 'EFBIG':
      return 'too-large';
    default:
      return 'failed';
  }
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads a file's bytes, refusing folders and anything too large to be a scenario. */
async function readBytes(fs: AtomicFs, file: string): Promise<{ bytes: Buffer; state: DiskState }> {
  const stat = await fs.stat(file);
  if (!stat.isFile()) throw Object.assign(new Error(`${file} is not a file`), { code: 'EISDIR' });
  if (stat.size > MAX_SCENARIO_BYTES) throw Object.assign(new Error(`${file} is too large to be a scenario`), { code: 'EFBIG' });
  const bytes = await fs.readFile(file);
  if (bytes.length > MAX_SCENARIO_BYTES) throw Object.assign(new Error(`${file} is too large to be a scenario`), { code: 'EFBIG' });
  return { bytes, state: { size: bytes.length, mtimeMs: stat.mtimeMs, hash: hashOf(bytes) } };
}

export interface ScenarioFilesOptions {
  /** For tests: the file system calls (reading, and the atomic write). */
  fs?: AtomicFs;
  /** For tests: how long a Windows lock is waited out. */
  retryFor?: number;
  /** For tests: the platform (see AtomicWriteOptions). */
  platform?: NodeJS.Platform;
}

export class ScenarioFiles {
  private readonly known = new Map<string, DiskState>();
  private readonly fs: AtomicFs;

  constructor(private readonly options: ScenarioFilesOptions = {}) {
    this.fs = options.fs ?? nodeFs;
  }

  private key(file: string): string {
    const resolved = path.resolve(file);
    return process.platform === 'win32' || process.platform === 'darwin' ? resolved.toLowerCase() : resolved;
  }

  /** What this app last read from or wrote to `file`, if anything. */
  knownState(file: string): DiskState | undefined {
    return this.known.get(this.key(file));
  }

  /** Remember a state from elsewhere (a restored backup knows what the file held when it was opened). */
  remember(file: string, state: DiskState): void {
    this.known.set(this.key(file), state);
  }

  forget(file: string): void {
    this.known.delete(this.key(file));
  }

  /**
   * Reads a scenario file as text (strict UTF-8, one byte order mark dropped). The file is only
   * read, never touched. With `expectHash`, a file whose bytes have another sha256 is refused
   * and not remembered.
   */
  async read(file: string, expectHash?: string): Promise<ReadOutcome> {
    try {
      const { bytes, state } = await readBytes(this.fs, file);
      if (expectHash !== undefined && state.hash !== expectHash) {
        return { kind: 'failed', reason: 'failed', detail: 'refused: not the bytes of the dropped file' };
      }
      const decoded = decodeScenarioBytes(bytes);
      if (!decoded.ok) return { kind: 'failed', reason: 'invalid-scenario', detail: render('en', decoded.problem.message), problem: decoded.problem };
      this.remember(file, state);
      return { kind: 'read', text: decoded.text, state };
    } catch (error) {
      return { kind: 'failed', reason: reasonOf(error), detail: detailOf(error) };
    }
  }

  /**
   * Saves scenario text to `file`: validated (main never writes something the app could not
   * open again), written in the stable format, atomically, with the previous version kept as
   * `.bak`. Without `overwrite`, a file changed on disk since it was read is left alone: the
   * atomic write compares it right before it renames (an existing file this app never read
   * counts as changed; a file that is gone is written again).
   */
  async save(file: string, text: string, { overwrite }: { overwrite: boolean }): Promise<SaveOutcome> {
    const parsed = parseScenarioText(text);
    if (!parsed.ok) {
      const first = parsed.problems[0];
      return { kind: 'failed', reason: 'invalid-scenario', detail: first ? `${first.path}: ${render('en', first.message)}` : 'invalid' };
    }
    const bytes = Buffer.from(serializeScenario(parsed.value), 'utf8');
    const known = this.knownState(file);
    const expect: Expectation | undefined = overwrite ? undefined : known === undefined ? 'absent' : { sha256: known.hash };
    try {
      const { otherVersion } = await writeFileAtomic(file, bytes, {
        backup: true,
        expect,
        fs: this.fs,
        retryFor: this.options.retryFor,
        platform: this.options.platform,
      });
      const stat = await this.fs.stat(file);
      const state: DiskState = { size: bytes.length, mtimeMs: stat.mtimeMs, hash: hashOf(bytes) };
      this.remember(file, state);
      await removeStaleTemporaries(file, Date.now(), this.fs).catch(() => undefined);
      return { kind: 'saved', state, otherVersion };
    } catch (error) {
      if (error instanceof ConflictError) return { kind: 'conflict' };
      return { kind: 'failed', reason: reasonOf(error), detail: detailOf(error) };
    }
  }
}
