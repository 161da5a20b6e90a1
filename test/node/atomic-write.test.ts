// The atomic write on real files in a temporary folder: new content in place, the old one as
// .bak, nothing half-written or left behind when a step fails, Windows locks waited out.
import { type PathLike, chmodSync, utimesSync, existsSync, mkdirSync, mkdtempSync, promises as fsp, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConflictError, conflictCopyName, isTemporaryName, removeStaleTemporaries, renameWithRetry, sha256, STALE_TEMPORARY_MS, temporaryName, writeFileAtomic, type AtomicFs } from '../../node/atomic-write';

let dir: string;
let target: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vcp-atomic-'));
  target = path.join(dir, 'plan.vcscenario.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const read = (file: string) => readFileSync(file, 'utf8');
const listing = () => readdirSync(dir).sort();
const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** node:fs promises with some calls replaced. */
function fsWith(overrides: Partial<AtomicFs>): AtomicFs {
  return {
    open: fsp.open,
    rename: fsp.rename,
    link: fsp.link,
    copyFile: fsp.copyFile,
    unlink: fsp.unlink,
    stat: fsp.stat,
    lstat: fsp.lstat,
    realpath: fsp.realpath,
    chmod: fsp.chmod,
    readdir: fsp.readdir,
    readFile: fsp.readFile,
    ...overrides,
  };
}

it('writes a new file, with no .bak and nothing else beside it', async () => {
  await writeFileAtomic(target, 'A', { backup: true });
  expect(read(target)).toBe('A');
  expect(listing()).toEqual(['plan.vcscenario.json']);
});

it('replaces the content and keeps the previous version as NAME.bak', async () => {
  writeFileSync(target, 'A');
  await writeFileAtomic(target, 'B', { backup: true });
  expect(read(target)).toBe('B');
  expect(read(`${target}.bak`)).toBe('A');
  await writeFileAtomic(target, 'C', { backup: true });
  expect(read(target)).toBe('C');
  expect(read(`${target}.bak`)).toBe('B');
  expect(listing()).toEqual(['plan.vcscenario.json', 'plan.vcscenario.json.bak']);
});

it('makes no .bak unless asked', async () => {
  writeFileSync(target, 'A');
  await writeFileAtomic(target, 'B');
  expect(listing()).toEqual(['plan.vcscenario.json']);
});

it('the .bak is a file of its own: changing the new version leaves it alone', async () => {
  writeFileSync(target, 'A');
  await writeFileAtomic(target, 'B', { backup: true });
  writeFileSync(target, 'changed in place by another program');
  expect(read(`${target}.bak`)).toBe('A');
});

it('copies the previous version where hard links are not possible (FAT, some shares)', async () => {
  writeFileSync(target, 'A');
  const link = jest.fn(async () => {
    throw errno('EPERM');
  });
  await writeFileAtomic(target, 'B', { backup: true, fs: fsWith({ link }) });
  expect(link).toHaveBeenCalled();
  expect(read(target)).toBe('B');
  expect(read(`${target}.bak`)).toBe('A');
  expect(listing()).toEqual(['plan.vcscenario.json', 'plan.vcscenario.json.bak']);
});

describe('when a step fails, the original stays and no temporary file is left', () => {
  beforeEach(() => writeFileSync(target, 'ORIGINAL'));

  it('the rename fails', async () => {
    const rename = jest.fn(async (from: PathLike, to: PathLike) => {
      if (to === target) throw errno('EIO');
      return fsp.rename(from, to);
    });
    await expect(writeFileAtomic(target, 'NEW', { fs: fsWith({ rename }) })).rejects.toThrow('EIO');
    expect(read(target)).toBe('ORIGINAL');
    expect(listing()).toEqual(['plan.vcscenario.json']);
  });

  it('the disk fills up while writing', async () => {
    const open: AtomicFs['open'] = async (...args: Parameters<AtomicFs['open']>) => {
      const handle = await fsp.open(...args);
      if (args[1] === 'wx') {
        handle.writeFile = async () => {
          throw errno('ENOSPC');
        };
      }
      return handle;
    };
    await expect(writeFileAtomic(target, 'NEW', { backup: true, fs: fsWith({ open }) })).rejects.toThrow('ENOSPC');
    expect(read(target)).toBe('ORIGINAL');
    expect(listing()).toEqual(['plan.vcscenario.json']);
  });

  it('flushing to disk fails', async () => {
    const open: AtomicFs['open'] = async (...args: Parameters<AtomicFs['open']>) => {
      const handle = await fsp.open(...args);
      if (args[1] === 'wx') {
        handle.sync = async () => {
          throw errno('EIO');
        };
      }
      return handle;
    };
    await expect(writeFileAtomic(target, 'NEW', { fs: fsWith({ open }) })).rejects.toThrow('EIO');
    expect(read(target)).toBe('ORIGINAL');
    expect(listing()).toEqual(['plan.vcscenario.json']);
  });

  it('the .bak cannot be made', async () => {
    const copyFile = jest.fn(async () => {
      throw errno('ENOSPC');
    });
    const link = jest.fn(async () => {
      throw errno('EXDEV');
    });
    await expect(writeFileAtomic(target, 'NEW', { backup: true, fs: fsWith({ link, copyFile }) })).rejects.toThrow('ENOSPC');
    expect(read(target)).toBe('ORIGINAL');
    expect(listing()).toEqual(['plan.vcscenario.json']);
  });

  it('the target is a folder', async () => {
    const folder = path.join(dir, 'map.vcscenario.json');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'inside.txt'), 'kept');
    await expect(writeFileAtomic(folder, 'NEW', { backup: true })).rejects.toThrow(/not a file/);
    expect(read(path.join(folder, 'inside.txt'))).toBe('kept');
    expect(listing()).toEqual(['map.vcscenario.json', 'plan.vcscenario.json']);
  });

  it('the folder does not exist', async () => {
    await expect(writeFileAtomic(path.join(dir, 'gone', 'x.json'), 'NEW')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(listing()).toEqual(['plan.vcscenario.json']);
  });
});

describe('Windows locks (a virus scanner or sync client holding the file)', () => {
  it('retries a rename that fails with EPERM, then succeeds', async () => {
    writeFileSync(target, 'A');
    let refusals = 0;
    const rename = jest.fn(async (from: PathLike, to: PathLike) => {
      if (to === target && refusals < 2) {
        refusals += 1;
        throw errno('EPERM');
      }
      return fsp.rename(from, to);
    });
    await writeFileAtomic(target, 'B', { backup: true, fs: fsWith({ rename }) });
    expect(refusals).toBe(2);
    expect(rename.mock.calls.filter(([, to]) => to === target)).toHaveLength(3);
    expect(read(target)).toBe('B');
    expect(read(`${target}.bak`)).toBe('A');
    expect(listing()).toEqual(['plan.vcscenario.json', 'plan.vcscenario.json.bak']);
  });

  it.each(['EBUSY', 'EACCES'])('retries %s too', async (code) => {
    let refused = false;
    const rename = jest.fn(async (from: PathLike, to: PathLike) => {
      if (!refused) {
        refused = true;
        throw errno(code);
      }
      return fsp.rename(from, to);
    });
    await writeFileAtomic(target, 'B', { fs: fsWith({ rename }) });
    expect(read(target)).toBe('B');
  });

  it('gives up after the retry time, leaving the original and no temporary file', async () => {
    writeFileSync(target, 'A');
    const rename = jest.fn(async (from: PathLike, to: PathLike) => {
      if (to === target) throw errno('EPERM');
      return fsp.rename(from, to);
    });
    const started = Date.now();
    await expect(writeFileAtomic(target, 'B', { fs: fsWith({ rename }), retryFor: 150 })).rejects.toMatchObject({ code: 'EPERM' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(rename.mock.calls.length).toBeGreaterThan(2);
    expect(read(target)).toBe('A');
    expect(listing()).toEqual(['plan.vcscenario.json']);
  });

  it('does not retry other errors', async () => {
    const rename = jest.fn(async () => {
      throw errno('EXDEV');
    });
    await expect(renameWithRetry(fsWith({ rename }), 'a', 'b')).rejects.toMatchObject({ code: 'EXDEV' });
    expect(rename).toHaveBeenCalledTimes(1);
  });
});

it('keeps the file permissions', async () => {
  writeFileSync(target, 'A');
  chmodSync(target, 0o640);
  await writeFileAtomic(target, 'B', { backup: true });
  expect(statSync(target).mode & 0o777).toBe(0o640);
});

it('follows a symbolic link: the file it points to is replaced, the link stays', async () => {
  const real = path.join(dir, 'real.vcscenario.json');
  writeFileSync(real, 'A');
  const link = path.join(dir, 'link.vcscenario.json');
  symlinkSync(real, link);
  await writeFileAtomic(link, 'B', { backup: true });
  expect(read(real)).toBe('B');
  expect(read(link)).toBe('B');
  expect(read(`${real}.bak`)).toBe('A');
  expect((await fsp.lstat(link)).isSymbolicLink()).toBe(true);
});

it('never leaves a moment without a complete file: a reader running alongside sees only whole versions', async () => {
  const a = `${JSON.stringify({ version: 'A', filler: 'a'.repeat(50_000) })}\n`;
  const b = `${JSON.stringify({ version: 'B', filler: 'b'.repeat(80_000) })}\n`;
  writeFileSync(target, a);
  const seen = new Set<string>();
  let writing = true;
  const reader = (async () => {
    while (writing) {
      const text = readFileSync(target, 'utf8');
      seen.add(text === a ? 'A' : text === b ? 'B' : `broken (${text.length} bytes)`);
      if (existsSync(`${target}.bak`)) {
        const bak = readFileSync(`${target}.bak`, 'utf8');
        if (bak !== a && bak !== b) seen.add(`broken .bak (${bak.length} bytes)`);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  for (let i = 0; i < 60; i++) await writeFileAtomic(target, i % 2 === 0 ? b : a, { backup: true });
  writing = false;
  await reader;
  expect([...seen].sort()).toEqual(['A', 'B']);
});

it('names its temporary files so that they can be recognised and cleaned up', () => {
  const temp = temporaryName(target);
  expect(path.dirname(temp)).toBe(dir);
  expect(isTemporaryName(path.basename(temp))).toBe(true);
  expect(isTemporaryName(path.basename(temporaryName(target, 'bak-tmp')))).toBe(true);
  expect(isTemporaryName('plan.vcscenario.json')).toBe(false);
  expect(isTemporaryName('plan.vcscenario.json.bak')).toBe(false);
});

it('removes the temporary files a killed save left, once they are old, and nothing else', async () => {
  writeFileSync(target, 'A');
  const old = temporaryName(target);
  const oldBak = temporaryName(target, 'bak-tmp');
  const fresh = temporaryName(target);
  const otherFile = temporaryName(path.join(dir, 'ander.vcscenario.json'));
  for (const file of [old, oldBak, fresh, otherFile]) writeFileSync(file, 'half');
  writeFileSync(path.join(dir, '.plan.vcscenario.json.notes'), 'not ours');
  const longAgo = new Date(Date.now() - STALE_TEMPORARY_MS - 60_000);
  for (const file of [old, oldBak, otherFile]) utimesSync(file, longAgo, longAgo);
  const removed = await removeStaleTemporaries(target);
  expect(removed.sort()).toEqual([path.basename(old), path.basename(oldBak)].sort());
  expect(listing()).toEqual(
    ['.plan.vcscenario.json.notes', path.basename(fresh), path.basename(otherFile), 'plan.vcscenario.json'].sort(),
  );
});

it('a failed save followed by a good one leaves no temporary file (the .bak was still the current file)', async () => {
  writeFileSync(target, 'ORIGINAL');
  const failing = jest.fn(async (from: PathLike, to: PathLike) => {
    if (to === target) throw errno('EIO');
    return fsp.rename(from, to);
  });
  await expect(writeFileAtomic(target, 'NEW', { backup: true, fs: fsWith({ rename: failing }) })).rejects.toThrow('EIO');
  await writeFileAtomic(target, 'NEW', { backup: true });
  expect(read(target)).toBe('NEW');
  expect(read(`${target}.bak`)).toBe('ORIGINAL');
  expect(listing()).toEqual(['plan.vcscenario.json', 'plan.vcscenario.json.bak']);
});

describe('expect: replace only the version the caller knows', () => {
  const known = (text: string) => ({ sha256: sha256(Buffer.from(text)) });

  it('replaces the file when it holds the expected bytes', async () => {
    writeFileSync(target, 'A');
    await expect(writeFileAtomic(target, 'B', { backup: true, expect: known('A') })).resolves.toEqual({ otherVersion: null });
    expect(read(target)).toBe('B');
    expect(read(`${target}.bak`)).toBe('A');
    expect(listing()).toEqual(['plan.vcscenario.json', 'plan.vcscenario.json.bak']);
  });

  it('refuses other bytes with a ConflictError and changes nothing, not even the .bak', async () => {
    writeFileSync(target, 'OTHER');
    writeFileSync(`${target}.bak`, 'OLDER');
    const error = await writeFileAtomic(target, 'B', { backup: true, expect: known('A') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ code: 'ECONFLICT' });
    expect(read(target)).toBe('OTHER');
    expect(read(`${target}.bak`)).toBe('OLDER');
    expect(listing()).toEqual(['plan.vcscenario.json', 'plan.vcscenario.json.bak']);
  });

  it("'absent' creates a new file, and refuses to replace one that is there", async () => {
    await writeFileAtomic(target, 'A', { expect: 'absent' });
    expect(read(target)).toBe('A');
    await expect(writeFileAtomic(target, 'B', { expect: 'absent' })).rejects.toBeInstanceOf(ConflictError);
    expect(read(target)).toBe('A');
    expect(listing()).toEqual(['plan.vcscenario.json']);
  });

  it('a file that appears while the new one is written is not replaced', async () => {
    const open: AtomicFs['open'] = async (...args: Parameters<AtomicFs['open']>) => {
      if (args[1] === 'wx') writeFileSync(target, 'APPEARED');
      return fsp.open(...args);
    };
    await expect(writeFileAtomic(target, 'NEW', { backup: true, expect: known('A'), fs: fsWith({ open }) })).rejects.toBeInstanceOf(ConflictError);
    expect(read(target)).toBe('APPEARED');
    expect(listing()).toEqual(['plan.vcscenario.json']);
  });

  it('without hard links, the check and the create still hold', async () => {
    const link = jest.fn(async () => {
      throw errno('EPERM');
    });
    writeFileSync(target, 'A');
    await expect(writeFileAtomic(target, 'B', { backup: true, expect: known('X'), fs: fsWith({ link }) })).rejects.toBeInstanceOf(ConflictError);
    await writeFileAtomic(target, 'B', { backup: true, expect: known('A'), fs: fsWith({ link }) });
    expect(read(target)).toBe('B');
    expect(read(`${target}.bak`)).toBe('A');
    expect(listing()).toEqual(['plan.vcscenario.json', 'plan.vcscenario.json.bak']);
  });
});

it('names a conflict copy beside the file, with the date, keeping the compound extension', () => {
  const when = new Date(2026, 11, 5, 8, 4, 3);
  expect(conflictCopyName(target, when)).toBe(path.join(dir, 'plan (conflict 2026-12-05 08.04.03).vcscenario.json'));
  expect(conflictCopyName(path.join(dir, 'lijst.csv'), when)).toBe(path.join(dir, 'lijst (conflict 2026-12-05 08.04.03).csv'));
});

describe('after the rename', () => {
  const known = (text: string) => ({ sha256: sha256(Buffer.from(text)) });
  /** Another program writes into the file itself right before the rename that replaces it. */
  const writtenIntoAtRename = (text: string) =>
    jest.fn(async (from: PathLike, to: PathLike) => {
      if (to === target) writeFileSync(target, text);
      return fsp.rename(from, to);
    });

  it('a version written into the file at the last moment is kept as a conflict copy and named', async () => {
    writeFileSync(target, 'A');
    const when = new Date(2026, 11, 5, 18, 44, 55);
    const result = await writeFileAtomic(target, 'B', { backup: true, expect: known('A'), fs: fsWith({ rename: writtenIntoAtRename('THEIRS') }), now: () => when });
    expect(result.otherVersion).toBe(conflictCopyName(target, when));
    expect(read(result.otherVersion!)).toBe('THEIRS');
    expect(read(target)).toBe('B');
  });

  it('where no conflict copy can be made, the .bak that holds that version is named instead; the write stands', async () => {
    writeFileSync(target, 'A');
    const rename = writtenIntoAtRename('THEIRS');
    const open: AtomicFs['open'] = async (...args: Parameters<AtomicFs['open']>) => {
      if (args[1] === 'wx' && String(args[0]).includes('(conflict')) throw errno('ENOSPC');
      return fsp.open(...args);
    };
    const result = await writeFileAtomic(target, 'B', { backup: true, expect: known('A'), fs: fsWith({ rename, open }) });
    expect(result.otherVersion).toBe(`${target}.bak`);
    expect(read(`${target}.bak`)).toBe('THEIRS');
    expect(read(target)).toBe('B');
  });

  it('a file that appears after the look for one, in a write without expect, is replaced (the caller chose to overwrite)', async () => {
    const link = jest.fn(async (existing: PathLike, name: PathLike) => {
      try {
        return await fsp.link(existing, name);
      } catch (error) {
        if (existing === target) writeFileSync(target, 'APPEARED'); // just after it was found missing
        throw error;
      }
    });
    await writeFileAtomic(target, 'NEW', { backup: true, fs: fsWith({ link }) });
    expect(read(target)).toBe('NEW');
    expect(listing()).toEqual(['plan.vcscenario.json']);
  });
});
