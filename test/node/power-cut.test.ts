// The saving code on a simulated power cut (test/durability/power-cut.ts): first that the
// simulated disk forgets what a real one may forget, then that the real ScenarioFiles.save →
// writeFileAtomic keeps, at every one of its file system calls, a whole and current file and
// its .bak. `npm run test:durability` runs more cuts, with a fresh seed each time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseScenarioText } from '../../shared/scenario/parse';
import { serializeScenario } from '../../shared/scenario/serialize';
import { PowerCutFs, checkAfterCut, runPowerCuts, seeded } from '../durability/power-cut';

const DIR = path.resolve('/simulated-disk');
const file = (name: string) => path.join(DIR, name);

describe('the simulated disk', () => {
  it('keeps a file only as far as it was flushed, and a name only once its folder was', async () => {
    const disk = new PowerCutFs(DIR);
    const handle = await disk.fs.open(file('a'), 'wx');
    await handle.writeFile('flushed');
    await handle.sync();
    await handle.writeFile('not flushed');
    await handle.close();
    expect(disk.afterCut('worst', seeded(1))).toEqual(new Map());
    const folder = await disk.fs.open(DIR, 'r');
    await folder.sync();
    await disk.fs.rename(file('a'), file('b'));
    expect(disk.afterCut('worst', seeded(1))).toEqual(new Map([['a', 'flushed']]));
  });

  it('keeps, of the folder changes since its last flush, a first part in order', async () => {
    const disk = new PowerCutFs(DIR);
    disk.seed('a', 'A');
    await disk.fs.link(file('a'), file('b'));
    await disk.fs.unlink(file('a'));
    const seen = new Set<string>();
    const random = seeded(7);
    for (let i = 0; i < 50; i++) seen.add([...disk.afterCut('some', random).keys()].sort().join(','));
    expect([...seen].sort()).toEqual(['a', 'a,b', 'b']);
  });

  it('refuses every call from the cut on', async () => {
    const disk = new PowerCutFs(DIR, 1);
    disk.seed('a', 'A');
    await disk.fs.stat(file('a'));
    await expect(disk.fs.stat(file('a'))).rejects.toThrow('power cut');
    await expect(disk.fs.readdir(DIR)).rejects.toThrow('power cut');
    expect(disk.cut).toBe(true);
  });
});

describe('the check after a cut', () => {
  const versions = ['v0', 'v1', 'v2'];
  const folder = (entries: Record<string, string>) => new Map(Object.entries(entries));
  const NAME = 'werkplaats.vcscenario.json';

  it('wants the version last reported saved (or the one being saved) and a .bak before it', () => {
    expect(checkAfterCut(folder({ [NAME]: 'v1', [`${NAME}.bak`]: 'v0' }), versions, 1, 2)).toBeNull();
    expect(checkAfterCut(folder({ [NAME]: 'v2', [`${NAME}.bak`]: 'v1' }), versions, 1, 2)).toBeNull();
    expect(checkAfterCut(folder({ [NAME]: 'v0', [`${NAME}.bak`]: 'v0' }), versions, 1, 2)).toMatch(/is version 0; expected version 1 or 2/);
    expect(checkAfterCut(folder({ [NAME]: '' }), versions, 0, 1)).toMatch(/neither version/);
    expect(checkAfterCut(folder({ [NAME]: 'v1' }), versions, 1, null)).toMatch(/\.bak is missing/);
  });
});

it('the saving code keeps a whole, current file and its .bak through 200 power cuts', async () => {
  const parsed = parseScenarioText(readFileSync(path.resolve(__dirname, '../fixtures/voorbeeld.json'), 'utf8'));
  if (!parsed.ok) throw new Error('fixture invalid');
  const versions = [0, 1, 2, 3].map((i) => serializeScenario({ ...parsed.value, title: `Versie ${i}`, description: 'x'.repeat(100 * i) }));
  const tally = await runPowerCuts(versions, 200, 20261205);
  expect(tally.problems).toEqual([]);
  expect(tally.lost).toBe(0);
  expect(tally.midSave).toBeGreaterThan(150);
});
