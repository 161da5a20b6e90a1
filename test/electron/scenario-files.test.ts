// Reading and saving scenario files on real files: the stable format on disk, conflict
// detection when the file changed since it was read, bad files left untouched.
import { type PathLike, mkdtempSync, promises as fsp, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ScenarioFiles, hashOf, reasonOf } from '../../electron/files/scenario-files';
import { parseScenarioText } from '../../shared/scenario/parse';
import { serializeScenario } from '../../shared/scenario/serialize';
import type { Scenario } from '../../shared/scenario/schema';
import { render } from '../../shared/i18n/text';

const fixture = readFileSync(path.resolve(__dirname, '../fixtures/voorbeeld.json'), 'utf8');
const scenario = (() => {
  const parsed = parseScenarioText(fixture);
  if (!parsed.ok) throw new Error('fixture invalid');
  return parsed.value;
})();
const text = (s: Scenario = scenario) => serializeScenario(s);
const withTitle = (title: string) => text({ ...scenario, title });

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vcp-files-'));
  file = path.join(dir, 'voorbeeld.vcscenario.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('read', () => {
  it('returns the text, without a byte order mark, and leaves the file as it was', async () => {
    const bytes = Buffer.from(`\uFEFF${fixture}`, 'utf8');
    writeFileSync(file, bytes);
    const before = statSync(file).mtimeMs;
    const read = await new ScenarioFiles().read(file);
    expect(read).toMatchObject({ kind: 'read', text: fixture });
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  // Issue #23: a wrong byte became U+FFFD without a word, and a second byte order mark was dropped too.
  it('refuses bytes that are not UTF-8, naming the byte, and a second byte order mark', async () => {
    writeFileSync(file, Buffer.concat([Buffer.from('{"title": "Caf'), Buffer.from([0xe9]), Buffer.from('"}')]));
    const read = await new ScenarioFiles().read(file);
    expect(read).toMatchObject({ kind: 'failed', reason: 'invalid-scenario', problem: { path: '-', code: 'not-utf8' } });
    if (read.kind === 'failed') expect(render('en', read.problem!.message)).toContain('byte 14 (counting from 0, on line 1), 0xE9,');
    writeFileSync(file, Buffer.from(`\uFEFF\uFEFF${fixture}`, 'utf8'));
    await expect(new ScenarioFiles().read(file)).resolves.toMatchObject({ kind: 'failed', problem: { code: 'second-byte-order-mark' } });
  });

  it('reads a bad file without touching it; its problems have locations', async () => {
    const bad = fixture.replace('"amount": 400000', '"amount": "400000"').replace('"version": 1', '"version": 1, "colour": "red"');
    writeFileSync(file, bad);
    const read = await new ScenarioFiles().read(file);
    if (read.kind !== 'read') throw new Error('not read');
    const parsed = parseScenarioText(read.text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['colour', 'lines[0].amount']));
    expect(readFileSync(file, 'utf8')).toBe(bad);
    expect(readdirSync(dir)).toEqual(['voorbeeld.vcscenario.json']);
  });

  it.each([
    ['a missing file', (d: string) => path.join(d, 'missing.json'), 'not-found'],
    ['a folder', (d: string) => d, 'not-a-file'],
  ])('says why it cannot read %s', async (_what, where, reason) => {
    await expect(new ScenarioFiles().read(where(dir))).resolves.toMatchObject({ kind: 'failed', reason });
  });

  it('refuses a file too large to be a scenario without reading it whole', async () => {
    writeFileSync(file, Buffer.alloc(21 * 1024 * 1024, 0x20));
    await expect(new ScenarioFiles().read(file)).resolves.toMatchObject({ kind: 'failed', reason: 'too-large' });
  });
});

describe('save', () => {
  it('writes the stable format: keys in the spec order, two-space indentation, a final newline', async () => {
    // The same scenario with its keys shuffled and no indentation at all.
    const shuffled = JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(fixture) as object).reverse()));
    const files = new ScenarioFiles();
    await expect(files.save(file, shuffled, { overwrite: false })).resolves.toMatchObject({ kind: 'saved' });
    const onDisk = readFileSync(file, 'utf8');
    expect(onDisk).toBe(serializeScenario(scenario));
    expect(onDisk.split('\n').slice(0, 5)).toEqual([
      '{',
      '  "format": "vitale-coalitie-scenario",',
      '  "version": 2,',
      '  "title": "Voorbeeld: korting en verschuiving",',
      '  "municipality": "Voorbeeldgemeente",',
    ]);
    expect(onDisk.endsWith('}\n')).toBe(true);
    expect(onDisk.split('\n').every((line) => /^( {2})*\S/.test(line) || line === '')).toBe(true);
    // Saving the same scenario again gives the same bytes: versions diff cleanly.
    await files.save(file, shuffled, { overwrite: false });
    expect(readFileSync(file, 'utf8')).toBe(onDisk);
  });

  it('keeps the previous version as .bak', async () => {
    const files = new ScenarioFiles();
    writeFileSync(file, withTitle('Eerst'));
    await files.read(file);
    await files.save(file, withTitle('Daarna'), { overwrite: false });
    expect(parseScenarioText(readFileSync(file, 'utf8'))).toMatchObject({ ok: true, value: { title: 'Daarna' } });
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(withTitle('Eerst'));
  });

  it('refuses to write something that is not a valid scenario, and writes nothing', async () => {
    writeFileSync(file, withTitle('Goed'));
    const files = new ScenarioFiles();
    await files.read(file);
    await expect(files.save(file, '{"format":"vitale-coalitie-scenario","version":1}', { overwrite: true })).resolves.toMatchObject({
      kind: 'failed',
      reason: 'invalid-scenario',
    });
    expect(readFileSync(file, 'utf8')).toBe(withTitle('Goed'));
    expect(readdirSync(dir)).toEqual(['voorbeeld.vcscenario.json']);
  });

  describe('a file changed on disk since it was read', () => {
    it('is never overwritten silently: the save reports a conflict and writes nothing', async () => {
      writeFileSync(file, withTitle('Mijn versie'));
      const files = new ScenarioFiles();
      await files.read(file);
      writeFileSync(file, withTitle('Versie van een collega')); // another program, a shared drive
      await expect(files.save(file, withTitle('Mijn wijziging'), { overwrite: false })).resolves.toEqual({ kind: 'conflict' });
      expect(readFileSync(file, 'utf8')).toBe(withTitle('Versie van een collega'));
      expect(readdirSync(dir)).toEqual(['voorbeeld.vcscenario.json']);
    });

    it('is replaced when the user chooses to overwrite, the other version kept as .bak', async () => {
      writeFileSync(file, withTitle('Mijn versie'));
      const files = new ScenarioFiles();
      await files.read(file);
      writeFileSync(file, withTitle('Versie van een collega'));
      await expect(files.save(file, withTitle('Mijn wijziging'), { overwrite: true })).resolves.toMatchObject({ kind: 'saved' });
      expect(readFileSync(file, 'utf8')).toBe(withTitle('Mijn wijziging'));
      expect(readFileSync(`${file}.bak`, 'utf8')).toBe(withTitle('Versie van een collega'));
      // From now on the file is what this app wrote: the next save is no conflict.
      await expect(files.save(file, withTitle('Nog een'), { overwrite: false })).resolves.toMatchObject({ kind: 'saved' });
    });

    it('is no conflict when only its time changed (touched, synced) and the content is the same', async () => {
      writeFileSync(file, withTitle('Mijn versie'));
      const files = new ScenarioFiles();
      await files.read(file);
      utimesSync(file, new Date(2030, 0, 1), new Date(2030, 0, 1));
      await expect(files.save(file, withTitle('Mijn wijziging'), { overwrite: false })).resolves.toMatchObject({ kind: 'saved' });
    });

    it("is detected after the app's own save too", async () => {
      const files = new ScenarioFiles();
      await files.save(file, withTitle('Een'), { overwrite: false });
      writeFileSync(file, withTitle('Iemand anders'));
      await expect(files.save(file, withTitle('Twee'), { overwrite: false })).resolves.toEqual({ kind: 'conflict' });
    });

    it('a file that was deleted meanwhile is simply written again', async () => {
      writeFileSync(file, withTitle('Een'));
      const files = new ScenarioFiles();
      await files.read(file);
      rmSync(file);
      await expect(files.save(file, withTitle('Twee'), { overwrite: false })).resolves.toMatchObject({ kind: 'saved' });
      expect(readFileSync(file, 'utf8')).toBe(withTitle('Twee'));
    });

    it("a colleague's save while this one is being written is a conflict, not a version only left in .bak", async () => {
      writeFileSync(file, withTitle('Mijn versie'));
      writeFileSync(`${file}.bak`, withTitle('Oudere versie'));
      const colleague = withTitle('Versie van een collega');
      // The colleague saves (in place) after the conflict check of the old code, while the new
      // version goes to its temporary file.
      const open = (async (...args: Parameters<typeof fsp.open>) => {
        if (args[1] === 'wx') writeFileSync(file, colleague);
        return fsp.open(...args);
      }) as typeof fsp.open;
      const files = new ScenarioFiles({ fs: { ...fsp, open } });
      await files.read(file);
      await expect(files.save(file, withTitle('Mijn wijziging'), { overwrite: false })).resolves.toEqual({ kind: 'conflict' });
      expect(readFileSync(file, 'utf8')).toBe(colleague);
      expect(readFileSync(`${file}.bak`, 'utf8')).toBe(withTitle('Oudere versie'));
      expect(readdirSync(dir).sort()).toEqual(['voorbeeld.vcscenario.json', 'voorbeeld.vcscenario.json.bak']);
    });

    it("a colleague's save by rename just before the rename of this one is a conflict too", async () => {
      writeFileSync(file, withTitle('Mijn versie'));
      const colleague = withTitle('Versie van een collega');
      const rename = (async (from: PathLike, to: PathLike) => {
        if (String(to).endsWith('.bak')) {
          // Another editor's atomic save lands between the check and the replacing rename.
          writeFileSync(path.join(dir, 'theirs.tmp'), colleague);
          renameSync(path.join(dir, 'theirs.tmp'), file);
        }
        return fsp.rename(from, to);
      }) as typeof fsp.rename;
      const files = new ScenarioFiles({ fs: { ...fsp, rename } });
      await files.read(file);
      await expect(files.save(file, withTitle('Mijn wijziging'), { overwrite: false })).resolves.toEqual({ kind: 'conflict' });
      expect(readFileSync(file, 'utf8')).toBe(colleague);
      expect(readdirSync(dir).sort()).toEqual(['voorbeeld.vcscenario.json', 'voorbeeld.vcscenario.json.bak']);
    });

    it("a colleague's write in the last moment, after every check, is kept visibly beside the file and reported", async () => {
      writeFileSync(file, withTitle('Mijn versie'));
      const colleague = withTitle('Versie van een collega');
      const rename = (async (from: PathLike, to: PathLike) => {
        // Written into the file itself, between the last check and the rename that replaces it.
        if (String(to) === file) writeFileSync(file, colleague);
        return fsp.rename(from, to);
      }) as typeof fsp.rename;
      const files = new ScenarioFiles({ fs: { ...fsp, rename } });
      await files.read(file);
      const saved = await files.save(file, withTitle('Mijn wijziging'), { overwrite: false });
      expect(saved).toMatchObject({ kind: 'saved', otherVersion: expect.stringMatching(/voorbeeld \(conflict \d{4}-\d\d-\d\d \d\d\.\d\d\.\d\d\)\.vcscenario\.json$/) });
      if (saved.kind !== 'saved' || saved.otherVersion === null) throw new Error('not reported');
      expect(path.dirname(saved.otherVersion)).toBe(dir);
      expect(readFileSync(saved.otherVersion, 'utf8')).toBe(colleague);
      expect(readFileSync(file, 'utf8')).toBe(withTitle('Mijn wijziging'));
      expect(readdirSync(dir).sort()).toEqual([path.basename(saved.otherVersion), 'voorbeeld.vcscenario.json', 'voorbeeld.vcscenario.json.bak'].sort());
    });

    it('an existing file this app never read is a conflict too (it cannot know what is in it)', async () => {
      writeFileSync(file, withTitle('Onbekend'));
      await expect(new ScenarioFiles().save(file, withTitle('Nieuw'), { overwrite: false })).resolves.toEqual({ kind: 'conflict' });
      expect(readFileSync(file, 'utf8')).toBe(withTitle('Onbekend'));
    });
  });

  it('says why a save failed, and leaves the file as it was', async () => {
    writeFileSync(file, withTitle('Een'));
    const files = new ScenarioFiles({
      fs: {
        ...(await import('node:fs')).promises,
        rename: async () => {
          throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        },
      },
    });
    await files.read(file);
    await expect(files.save(file, withTitle('Twee'), { overwrite: false })).resolves.toMatchObject({ kind: 'failed', reason: 'disk-full' });
    expect(readFileSync(file, 'utf8')).toBe(withTitle('Een'));
    expect(readdirSync(dir)).toEqual(['voorbeeld.vcscenario.json']);
  });
});

it('maps Node errors to reasons the user can be told', () => {
  const e = (code: string) => Object.assign(new Error(code), { code });
  expect(reasonOf(e('ENOENT'))).toBe('not-found');
  expect(reasonOf(e('EACCES'))).toBe('no-permission');
  expect(reasonOf(e('EPERM'))).toBe('no-permission');
  expect(reasonOf(e('EROFS'))).toBe('read-only');
  expect(reasonOf(e('ENOSPC'))).toBe('disk-full');
  expect(reasonOf(e('EBUSY'))).toBe('busy');
  expect(reasonOf(new Error('?'))).toBe('failed');
  expect(hashOf(Buffer.from('a'))).toMatch(/^[0-9a-f]{64}$/);
});
