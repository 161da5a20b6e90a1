// The CLI writes its files with the app's own atomic writer (node/atomic-write.ts: flushed,
// renamed, the folder flushed), not a weaker one of its own: `import --out` creates only where
// there is no file (or replaces with --force), `export --out` replaces a file whole or not at all.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { vcpInProcess as vcp } from './support';

jest.mock('../../node/atomic-write', () => {
  const actual = jest.requireActual('../../node/atomic-write');
  return { ...actual, writeFileAtomic: jest.fn(actual.writeFileAtomic) };
});
const atomic = require('../../node/atomic-write') as typeof import('../../node/atomic-write') & { writeFileAtomic: jest.Mock };

const ROOT = resolve(__dirname, '..', '..');
const CSV = join(ROOT, 'test', 'fixtures', 'import', 'begroting-2024-nl.csv');
const SAMPLE = join(ROOT, 'test', 'fixtures', 'voorbeeld.json');

jest.setTimeout(60_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vcp-out-'));
  atomic.writeFileAtomic.mockClear();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const leftovers = () => readdirSync(dir).filter((name) => atomic.isTemporaryName(name));

it('import --out: created through the atomic writer, only where no file is; --force replaces', async () => {
  const out = join(dir, 'nieuw.vcscenario.json');
  const args = ['import', CSV, '--title', 'T', '--base-year', '2024', '--out', out];
  expect((await vcp(...args)).code).toBe(0);
  expect(atomic.writeFileAtomic).toHaveBeenCalledWith(out, expect.any(String), { expect: 'absent' });
  expect((await vcp(...args, '--force')).code).toBe(0);
  expect(atomic.writeFileAtomic).toHaveBeenLastCalledWith(out, expect.any(String), {});
  expect(leftovers()).toEqual([]);
});

it('export --out: replaces an existing file through the atomic writer, nothing left beside it', async () => {
  const out = join(dir, 'samenvatting.md');
  writeFileSync(out, 'oude samenvatting');
  const run = await vcp('export', SAMPLE, '--format', 'md', '--out', out);
  expect(run.code).toBe(0);
  expect(atomic.writeFileAtomic).toHaveBeenCalledWith(out, expect.any(Uint8Array));
  expect(readFileSync(out, 'utf8')).toMatch(/^# /);
  expect(readdirSync(dir)).toEqual(['samenvatting.md']);
});
