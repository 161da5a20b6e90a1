// Power cuts, simulated: the app's saving code (ScenarioFiles.save → writeFileAtomic) runs on a
// file system in memory that knows what a real disk has only promised, and what it holds.
// A kill (run.ts) cannot see a missing fsync: the kernel still writes the killed process's data
// out. A power cut can: what was not flushed is gone.
//
// The model (POSIX at its most forgetful, as ext4 with delayed allocation can be):
// - a file's bytes are on disk only as far as its last fsync; bytes written since may be lost,
//   or only partly there (a file renamed into place before its fsync can come back empty);
// - a change to a folder (create, link, rename, unlink) is on disk only after an fsync of that
//   folder; of the changes since, the disk keeps some first part, in order (the journal);
// - every other call after the cut fails: the process is gone.
// Half of the cuts keep nothing unflushed ("worst"), half a random part of it ("some").
//
// After each cut, the file must hold a whole version: the last one whose save was reported done
// (or the one being saved), never an older one; and once a save was reported done, the `.bak`
// must hold a whole earlier version.
import path from 'node:path';
import type { Stats } from 'node:fs';
import type { AtomicFs } from '../../node/atomic-write';
import { ScenarioFiles } from '../../electron/files/scenario-files';
import { prng } from '../../shared/scenario/generate-large';

/** A random source in [0, 1) from a seed, so that a failing cut can be replayed. */
export const seeded = prng;

/** Thrown by every file system call from the moment of the cut. */
export class PowerCut extends Error {
  constructor() {
    super('power cut');
  }
}

function fsError(code: string, call: string, file: string): Error {
  return Object.assign(new Error(`${code}: ${call} '${file}' (simulated)`), { code });
}

interface Inode {
  ino: number;
  /** What a reader sees now. */
  data: Buffer;
  /** What is on disk: the bytes at the last fsync (null: never flushed). */
  flushed: Buffer | null;
  mode: number;
  mtimeMs: number;
}

type Entries = Map<string, number>;
/** A folder change: names set to inodes, names removed, as one step. */
interface FolderChange {
  set?: [string, number];
  remove?: string;
}

export type CutMode = 'worst' | 'some';

/**
 * One folder (`dir`) on a simulated disk, as the `AtomicFs` the saving code takes. Calls are
 * counted; call number `cutAt` and every later one throw PowerCut.
 */
export class PowerCutFs {
  readonly dir: string;
  calls = 0;
  cut = false;
  private nextIno = 1;
  private readonly inodes = new Map<number, Inode>();
  /** The folder as the running system sees it. */
  private entries: Entries = new Map();
  /** The folder as it is on disk, and the changes since, in order. */
  private flushedEntries: Entries = new Map();
  private pending: FolderChange[] = [];

  constructor(dir: string, private readonly cutAt = Infinity) {
    this.dir = dir;
  }

  /** A file that is on disk, flushed and in the flushed folder (the state before a test). */
  seed(name: string, text: string): void {
    const inode = this.newInode(Buffer.from(text), 0o644);
    inode.flushed = Buffer.from(inode.data);
    this.entries.set(name, inode.ino);
    this.flushedEntries.set(name, inode.ino);
  }

  /** The folder after the power comes back: name → content (as text). */
  afterCut(mode: CutMode, random: () => number): Map<string, string> {
    const entries = new Map(this.flushedEntries);
    const kept = mode === 'worst' ? 0 : Math.floor(random() * (this.pending.length + 1));
    for (const change of this.pending.slice(0, kept)) apply(entries, change);
    const result = new Map<string, string>();
    for (const [name, ino] of entries) {
      const inode = this.inodes.get(ino)!;
      let bytes = inode.flushed ?? Buffer.alloc(0);
      if (mode === 'some' && !(inode.flushed?.equals(inode.data) ?? false)) {
        // Written back or not by itself, or partly.
        const r = random();
        if (r < 1 / 3) bytes = inode.data;
        else if (r < 2 / 3) bytes = inode.data.subarray(0, Math.floor(random() * inode.data.length));
      }
      result.set(name, bytes.toString('utf8'));
    }
    return result;
  }

  /** Each call to the file system: counted, and refused from the cut on. */
  private step(): void {
    this.calls += 1;
    if (this.cut || this.calls > this.cutAt) {
      this.cut = true;
      throw new PowerCut();
    }
  }

  private newInode(data: Buffer, mode: number): Inode {
    const inode: Inode = { ino: this.nextIno++, data, flushed: null, mode, mtimeMs: Date.now() };
    this.inodes.set(inode.ino, inode);
    return inode;
  }

  private nameOf(file: string, call: string): string {
    const resolved = path.resolve(String(file));
    if (path.dirname(resolved) !== this.dir) throw fsError('ENOENT', call, resolved);
    return path.basename(resolved);
  }

  private change(change: FolderChange): void {
    apply(this.entries, change);
    this.pending.push(change);
  }

  private inodeAt(file: string, call: string): Inode {
    const ino = this.entries.get(this.nameOf(file, call));
    if (ino === undefined) throw fsError('ENOENT', call, String(file));
    return this.inodes.get(ino)!;
  }

  private stats(inode: Inode | 'dir'): Stats {
    const dir = inode === 'dir';
    return {
      dev: 1,
      ino: dir ? 0 : inode.ino,
      size: dir ? 0 : inode.data.length,
      mtimeMs: dir ? 0 : inode.mtimeMs,
      mode: dir ? 0o40755 : 0o100000 | inode.mode,
      isFile: () => !dir,
      isDirectory: () => dir,
      isSymbolicLink: () => false,
    } as unknown as Stats;
  }

  private handle(inode: Inode | 'dir') {
    const step = () => this.step();
    const flushFolder = () => {
      this.flushedEntries = new Map(this.entries);
      this.pending = [];
    };
    const stats = () => this.stats(inode);
    return {
      async writeFile(data: string | Uint8Array) {
        step();
        if (inode === 'dir') throw fsError('EISDIR', 'write', 'folder');
        inode.data = Buffer.from(data);
        inode.mtimeMs = Date.now();
      },
      async readFile() {
        step();
        if (inode === 'dir') throw fsError('EISDIR', 'read', 'folder');
        return Buffer.from(inode.data);
      },
      async sync() {
        step();
        if (inode === 'dir') flushFolder();
        else inode.flushed = Buffer.from(inode.data);
      },
      async stat() {
        step();
        return stats();
      },
      async close() {
        step();
      },
    };
  }

  private statOf(file: string): Stats {
    this.step();
    return this.isDir(file) ? this.stats('dir') : this.stats(this.inodeAt(file, 'stat'));
  }

  private isDir(file: string): boolean {
    return path.resolve(String(file)) === this.dir;
  }

  /** The calls of `fs.promises` that the saving code makes. */
  readonly fs: AtomicFs = {
    open: (async (file: string, flags: string, mode?: number) => {
      this.step();
      if (this.isDir(file)) return this.handle('dir');
      const name = this.nameOf(file, 'open');
      if (flags === 'wx') {
        if (this.entries.has(name)) throw fsError('EEXIST', 'open', file);
        const inode = this.newInode(Buffer.alloc(0), mode ?? 0o644);
        this.change({ set: [name, inode.ino] });
        return this.handle(inode);
      }
      if (flags !== 'r' && flags !== 'r+') throw new Error(`simulated open: flags ${flags} not modelled`);
      return this.handle(this.inodeAt(file, 'open'));
    }) as unknown as AtomicFs['open'],
    rename: (async (from: string, to: string) => {
      this.step();
      const inode = this.inodeAt(from, 'rename');
      const fromName = this.nameOf(from, 'rename');
      const toName = this.nameOf(to, 'rename');
      // Two names of one file: rename() does nothing (POSIX).
      if (this.entries.get(toName) === inode.ino) return;
      this.change({ set: [toName, inode.ino], remove: fromName });
    }) as AtomicFs['rename'],
    link: (async (existing: string, file: string) => {
      this.step();
      const inode = this.inodeAt(existing, 'link');
      const name = this.nameOf(file, 'link');
      if (this.entries.has(name)) throw fsError('EEXIST', 'link', file);
      this.change({ set: [name, inode.ino] });
    }) as AtomicFs['link'],
    copyFile: (async (from: string, to: string) => {
      this.step();
      const source = this.inodeAt(from, 'copyfile');
      const name = this.nameOf(to, 'copyfile');
      if (this.entries.has(name)) throw fsError('EEXIST', 'copyfile', to);
      const inode = this.newInode(Buffer.from(source.data), source.mode);
      this.change({ set: [name, inode.ino] });
    }) as AtomicFs['copyFile'],
    unlink: (async (file: string) => {
      this.step();
      this.inodeAt(file, 'unlink');
      this.change({ remove: this.nameOf(file, 'unlink') });
    }) as AtomicFs['unlink'],
    // No symbolic links here: lstat is stat.
    stat: (async (file: string) => this.statOf(file)) as AtomicFs['stat'],
    lstat: (async (file: string) => this.statOf(file)) as AtomicFs['lstat'],
    realpath: (async (file: string) => {
      this.step();
      if (!this.isDir(file)) this.inodeAt(file, 'realpath');
      return path.resolve(String(file));
    }) as AtomicFs['realpath'],
    chmod: (async (file: string, mode: number) => {
      this.step();
      this.inodeAt(file, 'chmod').mode = mode;
    }) as AtomicFs['chmod'],
    readdir: (async (dir: string) => {
      this.step();
      if (!this.isDir(dir)) throw fsError('ENOENT', 'scandir', dir);
      return [...this.entries.keys()].sort();
    }) as unknown as AtomicFs['readdir'],
    readFile: (async (file: string) => {
      this.step();
      return Buffer.from(this.inodeAt(file, 'open').data);
    }) as unknown as AtomicFs['readFile'],
  };
}

function apply(entries: Entries, change: FolderChange): void {
  if (change.remove !== undefined) entries.delete(change.remove);
  if (change.set) entries.set(change.set[0], change.set[1]);
}

export interface PowerCutTally {
  cuts: number;
  /** Cuts that landed between the start and the end of a save. */
  midSave: number;
  saves: number;
  lost: number;
  /** The first problems found, for the report. */
  problems: string[];
}

const DIR = path.resolve('/simulated-disk');
const NAME = 'werkplaats.vcscenario.json';

/**
 * Saves `versions[1]`, `versions[2]`, … in turn over `versions[0]` (already on disk) through
 * ScenarioFiles, cutting the power at a random call, `cuts` times; checks the folder after each.
 */
export async function runPowerCuts(versions: readonly string[], cuts: number, seed: number): Promise<PowerCutTally> {
  const random = seeded(seed);
  // How many calls a full run makes: the cuts land anywhere in it.
  const full = await saveAll(new PowerCutFs(DIR), versions);
  const tally: PowerCutTally = { cuts: 0, midSave: 0, saves: 0, lost: 0, problems: [] };
  for (let i = 0; i < cuts; i++) {
    const cutAt = Math.floor(random() * full.calls);
    const disk = new PowerCutFs(DIR, cutAt);
    const run = await saveAll(disk, versions);
    const mode: CutMode = i % 2 === 0 ? 'worst' : 'some';
    const after = disk.afterCut(mode, random);
    tally.cuts += 1;
    tally.saves += run.acknowledged;
    if (run.inFlight !== null) tally.midSave += 1;
    const problem = checkAfterCut(after, versions, run.acknowledged, run.inFlight);
    if (problem !== null) {
      tally.lost += 1;
      if (tally.problems.length < 5) tally.problems.push(`power cut at call ${cutAt} (${mode}, seed ${seed}, cut ${i + 1}): ${problem}`);
    }
  }
  return tally;
}

interface Run {
  calls: number;
  /** How many saves were reported done before the cut. */
  acknowledged: number;
  /** The index of the version being saved at the cut, if any. */
  inFlight: number | null;
}

async function saveAll(disk: PowerCutFs, versions: readonly string[]): Promise<Run> {
  disk.seed(NAME, versions[0]!);
  const file = path.join(DIR, NAME);
  // As the app: the file is opened (read) before it is saved. Windows is not the platform here.
  const files = new ScenarioFiles({ fs: disk.fs, platform: 'linux', retryFor: 0 });
  let acknowledged = 0;
  const opened = await files.read(file);
  if (opened.kind !== 'read') return { calls: disk.calls, acknowledged, inFlight: null };
  for (let v = 1; v < versions.length; v++) {
    const saved = await files.save(file, versions[v]!, { overwrite: false });
    // A save that returns after the cut was never reported: the process was gone.
    if (disk.cut) return { calls: disk.calls, acknowledged, inFlight: v };
    if (saved.kind !== 'saved') throw new Error(`save ${v} failed without a power cut: ${JSON.stringify(saved)}`);
    acknowledged = v;
  }
  return { calls: disk.calls, acknowledged, inFlight: null };
}

/** What is wrong with the folder after a cut, or null. */
export function checkAfterCut(after: Map<string, string>, versions: readonly string[], acknowledged: number, inFlight: number | null): string | null {
  const which = (text: string | undefined) => (text === undefined ? -1 : versions.indexOf(text));
  const describe = (text: string | undefined) => (text === undefined ? 'missing' : which(text) < 0 ? `neither version (${text.length} bytes)` : `version ${which(text)}`);
  const current = after.get(NAME);
  const v = which(current);
  const allowed = inFlight === null ? [acknowledged] : [acknowledged, inFlight];
  if (!allowed.includes(v)) {
    return `${NAME} is ${describe(current)}; expected version ${allowed.join(' or ')} (${acknowledged} saves reported done)`;
  }
  if (acknowledged === 0) return null;
  // The version before, or (its rename kept, the next one not yet) the same as the file.
  const bak = after.get(`${NAME}.bak`);
  const b = which(bak);
  if (b < 0 || b < v - 1 || b > v) return `${NAME}.bak is ${describe(bak)}, while ${NAME} is version ${v}`;
  return null;
}
