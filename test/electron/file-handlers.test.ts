// The file handlers of the IPC contract, on real files in a temporary folder, with the native
// dialogs answered by the test: open (dialog, recent, drop, command line), save, save as,
// conflicts, backups, and the refusal of every file the user did not choose.
import { type PathLike, existsSync, mkdirSync, mkdtempSync, promises as fsp, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { createHandlers, initialScenario } from '../../electron/handlers';
import type { IpcHandlers } from '../../electron/ipc';
import type { OpenedFile, ReadResult, SaveResult } from '../../shared/ipc/contract';
import { parseScenarioText } from '../../shared/scenario/parse';
import { serializeScenario } from '../../shared/scenario/serialize';
import type { Scenario } from '../../shared/scenario/schema';
import { testContext, type TestContext } from './support/file-context';

const fixture = readFileSync(path.resolve(__dirname, '../fixtures/voorbeeld.json'), 'utf8');
const scenario = (() => {
  const parsed = parseScenarioText(fixture);
  if (!parsed.ok) throw new Error('fixture invalid');
  return parsed.value;
})();
const text = (title: string, s: Scenario = scenario) => serializeScenario({ ...s, title });

const BACKUP_ID = '3f2b8c1a-9d4e-4f6a-8b7c-1d2e3f4a5b6c';
const event = { sender: { id: 1 } as unknown as WebContents } as IpcMainInvokeEvent;

let root: string;
let work: string;
let ctx: TestContext;
let handlers: IpcHandlers;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'vcp-file-handlers-'));
  work = path.join(root, 'Werk');
  mkdirSync(work);
  ctx = testContext(root);
  handlers = createHandlers(ctx);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function put(name: string, content: string): string {
  const file = path.join(work, name);
  writeFileSync(file, content);
  return file;
}

function opened(result: ReadResult): OpenedFile {
  if (result.kind !== 'opened') throw new Error(`not opened: ${JSON.stringify(result)}`);
  return result.file;
}

function saved(result: SaveResult): { handle: string; name: string } {
  if (result.kind !== 'saved') throw new Error(`not saved: ${JSON.stringify(result)}`);
  return result;
}

async function openViaDialog(file: string): Promise<OpenedFile> {
  ctx.openAnswer = file;
  return opened(await handlers.openFileDialog(event));
}

describe('open through the dialog', () => {
  it('reads the chosen file and hands out an opaque handle, never the path', async () => {
    const file = put('plan.vcscenario.json', text('Plan'));
    const result = await openViaDialog(file);
    expect(result).toEqual({ name: 'plan.vcscenario.json', text: text('Plan'), handle: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(JSON.stringify(result)).not.toContain(work);
  });

  it('gives the same handle for the same file', async () => {
    const file = put('plan.vcscenario.json', text('Plan'));
    expect((await openViaDialog(file)).handle).toBe((await openViaDialog(file)).handle);
  });

  it('reports a cancelled dialog', async () => {
    ctx.openAnswer = null;
    await expect(handlers.openFileDialog(event)).resolves.toEqual({ kind: 'canceled' });
  });

  it('says why a file cannot be read', async () => {
    ctx.openAnswer = path.join(work, 'weg.vcscenario.json');
    await expect(handlers.openFileDialog(event)).resolves.toMatchObject({ kind: 'failed', name: 'weg.vcscenario.json', reason: 'not-found' });
  });

  it('a bad file comes back as its text: the renderer shows its problems with locations, and the file is untouched', async () => {
    const bad = '{\n  "format": "vitale-coalitie-scenario",\n  "version": 1,\n  "title": "",\n  "baseYear": "2020"\n}\n';
    const file = put('kapot.vcscenario.json', bad);
    const result = await openViaDialog(file);
    const parsed = parseScenarioText(result.text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['title', 'baseYear', 'horizon', 'lines']));
    for (const broken of ['{ "format": ', '{"format":"vitale-coalitie-scenario","version":7,"title":"Nieuw"}']) {
      const other = put('ander.vcscenario.json', broken);
      const again = parseScenarioText((await openViaDialog(other)).text);
      expect(again.ok).toBe(false);
      if (!again.ok) expect(again.problems[0]!.path).toBe(broken.includes('version') ? 'version' : '-');
      expect(readFileSync(other, 'utf8')).toBe(broken);
    }
    expect(readFileSync(file, 'utf8')).toBe(bad);
    expect(readdirSync(work).sort()).toEqual(['ander.vcscenario.json', 'kapot.vcscenario.json']);
  });

  it('an older version is returned as it is on disk; migrating happens in memory, in the renderer', async () => {
    const file = put('oud.vcscenario.json', fixture);
    expect((await openViaDialog(file)).text).toBe(fixture);
    expect(readFileSync(file, 'utf8')).toBe(fixture);
  });
});

describe('the recent list', () => {
  it('holds the files opened and saved, newest first, with names and folder names only', async () => {
    const a = put('a.vcscenario.json', text('A'));
    const b = put('b.vcscenario.json', text('B'));
    await openViaDialog(a);
    await openViaDialog(b);
    const list = await handlers.listRecent(event);
    expect(list).toEqual({
      files: [
        { handle: expect.any(String), name: 'b.vcscenario.json', folder: 'Werk' },
        { handle: expect.any(String), name: 'a.vcscenario.json', folder: 'Werk' },
      ],
      removed: [],
    });
    expect(JSON.stringify(list)).not.toContain(root);
    expect(ctx.recentChanges).toBeGreaterThan(0);
    await expect(handlers.openRecent(event, list.files[1]!.handle)).resolves.toMatchObject({ kind: 'opened', file: { text: text('A') } });
  });

  it('takes a file that is gone off the list, and names it once', async () => {
    const a = put('a.vcscenario.json', text('A'));
    const gone = put('weg.vcscenario.json', text('Weg'));
    await openViaDialog(gone);
    await openViaDialog(a);
    rmSync(gone);
    const list = await handlers.listRecent(event);
    expect(list.files.map((f) => f.name)).toEqual(['a.vcscenario.json']);
    expect(list.removed).toEqual(['weg.vcscenario.json']);
    expect((await handlers.listRecent(event)).removed).toEqual([]);
  });

  it('survives a restart (a new main process over the same data folder)', async () => {
    await openViaDialog(put('a.vcscenario.json', text('A')));
    const next = createHandlers(testContext(root));
    const list = await next.listRecent(event);
    expect(list.files.map((f) => f.name)).toEqual(['a.vcscenario.json']);
    await expect(next.openRecent(event, list.files[0]!.handle)).resolves.toMatchObject({ kind: 'opened' });
  });
});

describe('the command line and the OS', () => {
  it('open the given file with a handle, and put it on the recent list', async () => {
    const file = put('gegeven.vcscenario.json', text('Gegeven'));
    const c = testContext(root, { requested: file });
    const result = await initialScenario(c);
    expect(result).toMatchObject({ name: 'gegeven.vcscenario.json', text: text('Gegeven') });
    expect(c.handles.pathOf(result!.handle!)).toBe(file);
    expect((await createHandlers(c).listRecent(event)).files.map((f) => f.name)).toEqual(['gegeven.vcscenario.json']);
  });
});

describe('save', () => {
  it('writes the stable format to the file behind the handle, keeping the previous version as .bak', async () => {
    const file = put('plan.vcscenario.json', text('Een'));
    const { handle } = await openViaDialog(file);
    const messy = JSON.stringify(JSON.parse(text('Twee')));
    expect(saved(await handlers.saveFile(event, handle!, messy, false))).toEqual({ kind: 'saved', handle, name: 'plan.vcscenario.json' });
    expect(readFileSync(file, 'utf8')).toBe(text('Twee'));
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(text('Een'));
  });

  it('reports a file changed on disk as a conflict and writes nothing; overwrite replaces it', async () => {
    const file = put('plan.vcscenario.json', text('Een'));
    const { handle } = await openViaDialog(file);
    writeFileSync(file, text('Van een collega'));
    await expect(handlers.saveFile(event, handle!, text('Mijn versie'), false)).resolves.toEqual({ kind: 'conflict', name: 'plan.vcscenario.json', handle });
    expect(readFileSync(file, 'utf8')).toBe(text('Van een collega'));
    saved(await handlers.saveFile(event, handle!, text('Mijn versie'), true));
    expect(readFileSync(file, 'utf8')).toBe(text('Mijn versie'));
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(text('Van een collega'));
  });

  it("a colleague's write landing during the save: saved, and the renderer gets the name (not the path) their version is kept under", async () => {
    const file = put('plan.vcscenario.json', text('Een'));
    const rename = (async (from: PathLike, to: PathLike) => {
      if (String(to) === file) writeFileSync(file, text('Van een collega'));
      return fsp.rename(from, to);
    }) as typeof fsp.rename;
    ctx = testContext(root, { files: { fs: { ...fsp, rename } } });
    handlers = createHandlers(ctx);
    const { handle } = await openViaDialog(file);
    const result = saved(await handlers.saveFile(event, handle!, text('Mijn versie'), false));
    expect(result).toEqual({ kind: 'saved', handle, name: 'plan.vcscenario.json', otherVersion: expect.stringMatching(/^plan \(conflict .+\)\.vcscenario\.json$/) });
    expect(JSON.stringify(result)).not.toContain(work);
    const other = (result as SaveResult & { otherVersion: string }).otherVersion;
    expect(readFileSync(path.join(work, other), 'utf8')).toBe(text('Van een collega'));
    expect(readFileSync(file, 'utf8')).toBe(text('Mijn versie'));
  });

  it('says why a save failed', async () => {
    const file = put('plan.vcscenario.json', text('Een'));
    const { handle } = await openViaDialog(file);
    rmSync(work, { recursive: true });
    await expect(handlers.saveFile(event, handle!, text('Twee'), false)).resolves.toMatchObject({ kind: 'failed', reason: 'not-found' });
  });
});

describe('save as', () => {
  it('asks where, writes there, and hands out the new handle', async () => {
    const target = path.join(work, 'nieuw.vcscenario.json');
    ctx.saveAnswer = target;
    const result = saved(await handlers.saveFileAs(event, text('Nieuw'), 'Nieuw: 5% / 10%'));
    expect(result.name).toBe('nieuw.vcscenario.json');
    expect(ctx.handles.pathOf(result.handle)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe(text('Nieuw'));
    // The dialog started in Documents with a safe name made from the title.
    expect(ctx.saveDialogDefaults).toEqual([path.join(root, 'Documents', 'Nieuw 5% 10%.vcscenario.json')]);
    // Then in the folder of the last file.
    await handlers.saveFileAs(event, text('Nieuw'), 'x');
    expect(ctx.saveDialogDefaults[1]).toBe(path.join(work, 'x.vcscenario.json'));
  });

  it('takes only a name from the renderer, never a folder', async () => {
    ctx.saveAnswer = null;
    await expect(handlers.saveFileAs(event, text('A'), '../../../etc/passwd')).resolves.toEqual({ kind: 'canceled' }); // climbs out on purpose
    expect(ctx.saveDialogDefaults).toEqual([path.join(root, 'Documents', 'etc passwd.vcscenario.json')]);
  });

  it('adds the scenario suffix to a bare name, and does not replace a file the dialog did not ask about', async () => {
    ctx.saveAnswer = path.join(work, 'kaal');
    const first = saved(await handlers.saveFileAs(event, text('A'), 'kaal'));
    expect(first.name).toBe('kaal.vcscenario.json');
    expect(existsSync(path.join(work, 'kaal'))).toBe(false);
    // Again to the same bare name: the completed name exists, and nobody was asked about it.
    const conflict = await handlers.saveFileAs(event, text('B'), 'kaal');
    expect(conflict).toEqual({ kind: 'conflict', name: 'kaal.vcscenario.json', handle: first.handle });
    expect(readFileSync(path.join(work, 'kaal.vcscenario.json'), 'utf8')).toBe(text('A'));
    // The user chose to overwrite: the save goes to that handle.
    saved(await handlers.saveFile(event, first.handle, text('B'), true));
    expect(readFileSync(path.join(work, 'kaal.vcscenario.json'), 'utf8')).toBe(text('B'));
  });

  it('replaces a file the dialog asked about', async () => {
    const existing = put('bestaat.vcscenario.json', text('Oud'));
    ctx.saveAnswer = existing;
    saved(await handlers.saveFileAs(event, text('Nieuw'), 'x'));
    expect(readFileSync(existing, 'utf8')).toBe(text('Nieuw'));
    expect(readFileSync(`${existing}.bak`, 'utf8')).toBe(text('Oud'));
  });
});

describe('only files the user chose', () => {
  const UNKNOWN = '00000000-0000-4000-8000-000000000000';

  it('every handle-taking method refuses a handle main did not give out', async () => {
    const file = put('plan.vcscenario.json', text('Een'));
    await expect(handlers.openRecent(event, UNKNOWN)).rejects.toThrow(/Unknown file handle/);
    await expect(handlers.saveFile(event, UNKNOWN, text('X'), true)).rejects.toThrow(/Unknown file handle/);
    await expect(handlers.writeBackup(event, { id: BACKUP_ID, title: 't', name: 'n', handle: UNKNOWN, text: '' })).rejects.toThrow(/Unknown file handle/);
    await expect(handlers.setDocumentState(event, { dirty: true, unsavedCount: 1, name: 'x', handle: UNKNOWN, lang: 'nl', backupIds: [] })).rejects.toThrow(/Unknown file handle/);
    expect(readFileSync(file, 'utf8')).toBe(text('Een'));
  });

  it('a path in place of a handle is refused by the handlers too (the IPC schema refuses it first)', async () => {
    const file = put('plan.vcscenario.json', text('Een'));
    await openViaDialog(file);
    await expect(handlers.saveFile(event, file, text('X'), true)).rejects.toThrow(/Unknown file handle/);
    await expect(handlers.openRecent(event, file)).rejects.toThrow(/Unknown file handle/);
    expect(readFileSync(file, 'utf8')).toBe(text('Een'));
  });

  describe('a dropped file', () => {
    /** As the preload sends it: the path and the bytes it read from the dropped File. */
    const drop = (file: string, bytes: Uint8Array = existsSync(file) && !statSync(file).isDirectory() ? new Uint8Array(readFileSync(file)) : new Uint8Array()) =>
      handlers.openDroppedPath(event, file, bytes);

    it('is opened when it is an existing .json file', async () => {
      const file = put('gesleept.vcscenario.json', text('Gesleept'));
      expect(opened(await drop(file))).toMatchObject({ name: 'gesleept.vcscenario.json', text: text('Gesleept') });
    });

    it('is refused, and gets no handle, when the file at the path does not hold the dropped bytes (a renderer naming another file)', async () => {
      const other = put('geheim.vcscenario.json', text('Nooit gekozen'));
      const result = await drop(other, new Uint8Array(Buffer.from(text('Gesleept'))));
      expect(result).toMatchObject({ kind: 'failed', name: 'geheim.vcscenario.json', reason: 'failed' });
      expect(JSON.stringify(result)).not.toContain('Nooit gekozen');
      expect(ctx.files.knownState(other)).toBeUndefined();
      expect(ctx.recentChanges).toBe(0);
      // No handle was given out for it: the save dialog's file is the only one a save can reach.
      expect((await handlers.listRecent(event)).files).toEqual([]);
    });

    it.each([
      ['a relative path', () => 'Werk/plan.vcscenario.json'],
      ['a path with ..', () => `${work}/../Werk/plan.vcscenario.json`],
      ['a file that is not .json', () => put('notities.txt', 'x')],
      ['a folder', () => {
        mkdirSync(path.join(work, 'map.json'));
        return path.join(work, 'map.json');
      }],
      ["a link to the app's own data", () => {
        mkdirSync(path.join(ctx.dataDir, 'backups'), { recursive: true });
        writeFileSync(path.join(ctx.dataDir, 'backups', 'x.json'), '{}');
        const link = path.join(work, 'link.json');
        symlinkSync(path.join(ctx.dataDir, 'backups', 'x.json'), link);
        return link;
      }],
      ["the app's own data (backups, recent list)", () => {
        mkdirSync(ctx.dataDir, { recursive: true });
        writeFileSync(path.join(ctx.dataDir, 'recent.json'), '[]');
        return path.join(ctx.dataDir, 'recent.json');
      }],
    ])('is refused when it is %s', async (_what, where) => {
      put('plan.vcscenario.json', text('Een'));
      const result = await drop(where());
      expect(result).toMatchObject({ kind: 'failed', reason: 'not-a-file' });
    });

    it('that is a symbolic link opens what it points at', async () => {
      const link = path.join(work, 'link.vcscenario.json');
      symlinkSync(put('echt.vcscenario.json', text('Echt')), link);
      expect(opened(await drop(link))).toMatchObject({ name: 'link.vcscenario.json', text: text('Echt') });
    });

    it('that is gone says so', async () => {
      await expect(drop(path.join(work, 'weg.json'))).resolves.toMatchObject({ kind: 'failed', reason: 'not-found' });
    });
  });
});

describe('backups of unsaved work', () => {
  it('are written, listed at the next start, restored with the original file, and removed', async () => {
    const file = put('plan.vcscenario.json', text('Op schijf'));
    const { handle } = await openViaDialog(file);
    await handlers.writeBackup(event, { id: BACKUP_ID, title: 'Niet opgeslagen', name: 'plan.vcscenario.json', handle, text: text('Niet opgeslagen') });
    const backupFile = path.join(ctx.dataDir, 'backups', `${BACKUP_ID}.json`);
    expect(existsSync(backupFile)).toBe(true);
    // The path stays in main's own data; the renderer never sees it.
    expect(readFileSync(backupFile, 'utf8')).toContain(JSON.stringify(file).slice(1, -1));

    // The app was killed. The next start:
    const next = testContext(root);
    const nextHandlers = createHandlers(next);
    await expect(nextHandlers.listBackups(event)).resolves.toEqual([
      { id: BACKUP_ID, title: 'Niet opgeslagen', name: 'plan.vcscenario.json', savedAt: expect.any(String) },
    ]);
    const restored = await nextHandlers.restoreBackup(event, BACKUP_ID);
    expect(restored).toMatchObject({ id: BACKUP_ID, text: text('Niet opgeslagen'), name: 'plan.vcscenario.json' });
    expect(JSON.stringify(restored)).not.toContain(work);
    expect(next.handles.pathOf(restored.handle!)).toBe(file);
    // Saving the restored work goes to the original file: no conflict, it is unchanged on disk.
    saved(await nextHandlers.saveFile(event, restored.handle!, restored.text, false));
    expect(readFileSync(file, 'utf8')).toBe(text('Niet opgeslagen'));
    await nextHandlers.removeBackup(event, BACKUP_ID);
    await expect(nextHandlers.listBackups(event)).resolves.toEqual([]);
  });

  it('after restoring, a file changed on disk meanwhile is still a conflict', async () => {
    const file = put('plan.vcscenario.json', text('Op schijf'));
    const { handle } = await openViaDialog(file);
    await handlers.writeBackup(event, { id: BACKUP_ID, title: 'Werk', name: 'plan.vcscenario.json', handle, text: text('Werk') });
    writeFileSync(file, text('Een collega was sneller'));
    const next = createHandlers(testContext(root));
    const restored = await next.restoreBackup(event, BACKUP_ID);
    await expect(next.saveFile(event, restored.handle!, restored.text, false)).resolves.toMatchObject({ kind: 'conflict' });
    expect(readFileSync(file, 'utf8')).toBe(text('Een collega was sneller'));
  });

  it('of work without a file are restored without a handle', async () => {
    await handlers.writeBackup(event, { id: BACKUP_ID, title: 'Nieuw', name: 'Nieuw scenario', handle: null, text: text('Nieuw') });
    await expect(createHandlers(testContext(root)).restoreBackup(event, BACKUP_ID)).resolves.toMatchObject({ handle: null, text: text('Nieuw') });
  });

  it('are no longer written once the user chose "Don\'t save" while closing', async () => {
    ctx.document.discarded = true;
    await handlers.writeBackup(event, { id: BACKUP_ID, title: 'Laat', name: 'n', handle: null, text: '{}' });
    await expect(handlers.listBackups(event)).resolves.toEqual([]);
  });

  it('a backup that is not there cannot be restored', async () => {
    await expect(handlers.restoreBackup(event, BACKUP_ID)).rejects.toThrow(/No such backup/);
  });
});

describe('the document state', () => {
  it('is handed to the window document (for the close prompt) with the file behind its handle', async () => {
    const file = put('plan.vcscenario.json', text('Een'));
    const { handle } = await openViaDialog(file);
    const changed = jest.fn();
    const c = { ...ctx, documentChanged: changed };
    const h = createHandlers(c);
    const state = { dirty: true, unsavedCount: 1, name: 'plan.vcscenario.json', handle, lang: 'en' as const, backupIds: [BACKUP_ID] };
    await h.setDocumentState(event, state);
    expect(ctx.document.state).toEqual(state);
    expect(changed).toHaveBeenCalledWith(event.sender, file);
  });
});
