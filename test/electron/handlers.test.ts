// The IPC handlers against real files in a temporary folder.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { IPC_METHODS } from '../../shared/ipc/contract';
import { FileHandles } from '../../electron/file-handles';
import {
  createHandlers,
  defaultSampleId,
  fileFromArgv,
  initialScenario,
  listSamples,
  readSample,
  type HandlerContext,
} from '../../electron/handlers';
import { testContext } from './support/file-context';

const scenario = (title: string, description?: string) =>
  JSON.stringify({ format: 'vitale-coalitie-scenario', version: 1, title, ...(description ? { description } : {}) });

let root: string;
let samples: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'vcp-handlers-'));
  samples = path.join(root, 'scenarios');
  mkdirSync(samples);
  writeFileSync(
    path.join(samples, 'stichtse-vecht-2022.vcscenario.json'),
    scenario('Stichtse Vecht: 5%, 10% of 20%', '\nDe Vitale Coalitie rekent drie varianten door.\n\nMeer tekst.'),
  );
  writeFileSync(path.join(samples, 'zwolle-samenspel.vcscenario.json'), scenario('Zwolle: Samenspel', 'Van individueel naar collectief.'));
  writeFileSync(path.join(samples, 'kampen.vcscenario.json'), `\uFEFF${scenario('Kampen')}`);
  writeFileSync(path.join(samples, 'kapot.vcscenario.json'), '{ not json');
  writeFileSync(path.join(samples, 'README.md'), '# not a sample');
  writeFileSync(path.join(samples, 'Hoofdletters.vcscenario.json'), scenario('Not a valid id'));
  writeFileSync(path.join(root, 'secret.vcscenario.json'), scenario('Outside the samples folder'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const noEvent = {} as IpcMainInvokeEvent;

function context(requested: string | null = null, handles = new FileHandles()): HandlerContext {
  return testContext(root, { requested, samplesDir: samples, handles });
}

describe('listSamples', () => {
  it('lists the sample files with their title and the first line of their description', async () => {
    await expect(listSamples(samples)).resolves.toEqual([
      { id: 'kampen', title: 'Kampen', description: '' },
      { id: 'kapot', title: 'kapot', description: '' },
      { id: 'stichtse-vecht-2022', title: 'Stichtse Vecht: 5%, 10% of 20%', description: 'De Vitale Coalitie rekent drie varianten door.' },
      { id: 'zwolle-samenspel', title: 'Zwolle: Samenspel', description: 'Van individueel naar collectief.' },
    ]);
  });

  it('is empty when the folder is missing', async () => {
    await expect(listSamples(path.join(root, 'missing'))).resolves.toEqual([]);
  });
});

describe('readSample', () => {
  it('reads a listed sample by id, as text, without a handle', async () => {
    const opened = await readSample(samples, 'zwolle-samenspel');
    expect(opened).toEqual({ name: 'zwolle-samenspel.vcscenario.json', text: scenario('Zwolle: Samenspel', 'Van individueel naar collectief.'), handle: null });
  });

  it('drops a byte order mark', async () => {
    expect((await readSample(samples, 'kampen')).text.startsWith('{')).toBe(true);
  });

  it.each(['../secret', '../../etc/passwd', 'missing', 'Hoofdletters', 'zwolle-samenspel.vcscenario.json', ''])(
    'refuses %j, which is not in the list',
    async (id) => {
      await expect(readSample(samples, id)).rejects.toThrow(/Unknown sample/);
    },
  );
});

describe('the default sample', () => {
  it('is Stichtse Vecht when present', async () => {
    await expect(defaultSampleId(samples)).resolves.toBe('stichtse-vecht-2022');
  });

  it('is the first sample otherwise, and none without samples', async () => {
    rmSync(path.join(samples, 'stichtse-vecht-2022.vcscenario.json'));
    await expect(defaultSampleId(samples)).resolves.toBe('kampen');
    await expect(defaultSampleId(path.join(root, 'missing'))).resolves.toBeNull();
  });
});

describe('getInitialScenario', () => {
  it('returns the file given on the command line, behind an opaque handle', async () => {
    const file = path.join(root, 'mijn scenario.vcscenario.json');
    writeFileSync(file, scenario('Mijn scenario'));
    const handles = new FileHandles();
    const opened = await initialScenario(context(file, handles));
    expect(opened).toMatchObject({ name: 'mijn scenario.vcscenario.json', text: scenario('Mijn scenario') });
    expect(opened?.handle).toMatch(/^[0-9a-f-]{36}$/);
    expect(opened?.handle).not.toContain(root);
    expect(handles.pathOf(opened!.handle!)).toBe(file);
  });

  it('returns the default sample when no file was given', async () => {
    await expect(initialScenario(context())).resolves.toMatchObject({ name: 'stichtse-vecht-2022.vcscenario.json', handle: null });
  });

  it('falls back to the default sample when the given file cannot be read', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(initialScenario(context(path.join(root, 'missing.vcscenario.json')))).resolves.toMatchObject({
      name: 'stichtse-vecht-2022.vcscenario.json',
    });
    await expect(initialScenario(context(samples))).resolves.toMatchObject({ name: 'stichtse-vecht-2022.vcscenario.json' });
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('is null when there is nothing to open at all', async () => {
    await expect(initialScenario({ ...context(), samplesDir: path.join(root, 'missing') })).resolves.toBeNull();
  });
});

describe('the file named on the command line', () => {
  it('is the first argument after the app (packaged: after the executable)', () => {
    expect(fileFromArgv(['/opt/vcp/vcp', 'a.vcscenario.json'], false, '/home/user')).toBe(path.resolve('/home/user/a.vcscenario.json'));
  });

  it('skips the app path when run as `electron <app> [file]`', () => {
    expect(fileFromArgv(['/x/electron', '/repo', 'b.json'], true, '/home/user')).toBe(path.resolve('/home/user/b.json'));
    expect(fileFromArgv(['/x/electron', '/repo'], true, '/home/user')).toBeNull();
  });

  it('ignores switches (Chromium adds some on a second start)', () => {
    expect(fileFromArgv(['/opt/vcp/vcp', '--no-sandbox', '-psn_0_123', '--', '/data/c.json'], false, '/')).toBe(path.resolve('/data/c.json'));
    expect(fileFromArgv(['/opt/vcp/vcp', '--inspect'], false, '/')).toBeNull();
  });
});

describe('createHandlers', () => {
  it('implements every contract method', () => {
    expect(Object.keys(createHandlers(context())).sort()).toEqual([...IPC_METHODS].sort());
  });

  it('answers through the context', async () => {
    const handlers = createHandlers(context());
    await expect(handlers.getAppInfo(noEvent)).resolves.toMatchObject({ name: 'Vitale Coalitie Scenarioplanner', locale: 'nl-NL' });
    await expect(handlers.listSamples(noEvent)).resolves.toHaveLength(4);
    await expect(handlers.readSample(noEvent, 'kampen')).resolves.toMatchObject({ name: 'kampen.vcscenario.json' });
    await expect(handlers.getInitialScenario(noEvent)).resolves.toMatchObject({ name: 'stichtse-vecht-2022.vcscenario.json' });
  });
});
