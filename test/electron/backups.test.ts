// Backups of unsaved work and the recent-files list, on real files in a temporary folder.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BackupStore } from '../../electron/files/backups';
import { MAX_RECENT, RecentFiles } from '../../electron/files/recent';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'vcp-backups-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const ID_A = '0b7e6f2c-4a1d-4c3e-9f2a-1b2c3d4e5f60';
const ID_B = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

describe('BackupStore', () => {
  let clock = 0;
  const store = () => new BackupStore(path.join(root, 'backups'), () => new Date(Date.UTC(2025, 0, 1, 9, 0, clock++)));

  it('writes a backup, lists it at the next start, restores it and removes it', async () => {
    await store().write({ id: ID_A, title: 'Variant B', name: 'plan.vcscenario.json', text: '{"a":1}', originalPath: '/werk/plan.vcscenario.json', originalState: null });
    // "The next start": a new store over the same folder.
    const next = store();
    await expect(next.list()).resolves.toEqual([{ id: ID_A, title: 'Variant B', name: 'plan.vcscenario.json', savedAt: expect.stringMatching(/^2025-01-01T09:00:/) }]);
    await expect(next.read(ID_A)).resolves.toMatchObject({ text: '{"a":1}', originalPath: '/werk/plan.vcscenario.json' });
    await next.remove(ID_A);
    await expect(next.list()).resolves.toEqual([]);
    await next.remove(ID_A); // gone already: fine
  });

  it('a newer backup of the same work replaces the older one; the list is newest first', async () => {
    const s = store();
    await s.write({ id: ID_A, title: 'Een', name: 'a', text: '1', originalPath: null, originalState: null });
    await s.write({ id: ID_B, title: 'Twee', name: 'b', text: '2', originalPath: null, originalState: null });
    await s.write({ id: ID_A, title: 'Een, later', name: 'a', text: '3', originalPath: null, originalState: null });
    expect((await s.list()).map((b) => b.title)).toEqual(['Een, later', 'Twee']);
    expect(readdirSync(path.join(root, 'backups')).sort()).toEqual([`${ID_A}.json`, `${ID_B}.json`]);
  });

  it('skips files that are not its backups, and removes temporary files left by a kill', async () => {
    const dir = path.join(root, 'backups');
    mkdirSync(dir, { recursive: true });
    await store().write({ id: ID_A, title: 'Goed', name: 'a', text: '1', originalPath: null, originalState: null });
    writeFileSync(path.join(dir, `${ID_B}.json`), '{ half writ');
    writeFileSync(path.join(dir, 'notes.txt'), 'x');
    writeFileSync(path.join(dir, `.${ID_B}.json.tmp-0123456789ab`), '{ half');
    expect((await store().list()).map((b) => b.id)).toEqual([ID_A]);
    expect(existsSync(path.join(dir, `.${ID_B}.json.tmp-0123456789ab`))).toBe(false);
  });

  it('refuses ids that are not backup ids (no paths)', async () => {
    await expect(store().write({ id: '../../x', title: '', name: '', text: '', originalPath: null, originalState: null })).rejects.toThrow(/Not a backup id/);
    await expect(store().remove('/etc/passwd')).rejects.toThrow(/Not a backup id/);
  });

  it('is empty when there is no backups folder yet', async () => {
    await expect(store().list()).resolves.toEqual([]);
  });
});

describe('RecentFiles', () => {
  const listFile = () => path.join(root, 'user-data', 'recent.json');
  const file = (name: string) => {
    const p = path.join(root, name);
    writeFileSync(p, '{}');
    return p;
  };

  it('keeps the newest first, once each, at most ten, across restarts', async () => {
    const recent = new RecentFiles(listFile());
    const files = Array.from({ length: 12 }, (_, i) => file(`s${i}.vcscenario.json`));
    for (const f of files) await recent.add(f);
    await recent.add(files[5]!);
    const again = await new RecentFiles(listFile()).list();
    expect(again).toHaveLength(MAX_RECENT);
    expect(again[0]).toBe(files[5]);
    expect(again.filter((f) => f === files[5])).toHaveLength(1);
    expect(again).not.toContain(files[0]);
    expect(JSON.parse(readFileSync(listFile(), 'utf8'))).toEqual(again);
  });

  it('takes files that are gone off the list, and says which', async () => {
    const recent = new RecentFiles(listFile());
    const kept = file('blijft.vcscenario.json');
    const gone = file('weg.vcscenario.json');
    await recent.add(gone);
    await recent.add(kept);
    rmSync(gone);
    await expect(recent.prune()).resolves.toEqual({ kept: [kept], removed: [gone] });
    await expect(new RecentFiles(listFile()).list()).resolves.toEqual([kept]);
  });

  it('starts empty from a missing or damaged list', async () => {
    await expect(new RecentFiles(listFile()).list()).resolves.toEqual([]);
    mkdirSync(path.dirname(listFile()), { recursive: true });
    writeFileSync(listFile(), '{ kapot');
    await expect(new RecentFiles(listFile()).list()).resolves.toEqual([]);
    writeFileSync(listFile(), JSON.stringify(['relative/path.json', 42, path.join(root, 'a.json')]));
    await expect(new RecentFiles(listFile()).list()).resolves.toEqual([path.join(root, 'a.json')]);
  });
});
