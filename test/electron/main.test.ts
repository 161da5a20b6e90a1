// The app entry, started against a fake `electron`: single instance, guards before windows,
// a hardened session, the IPC contract wired to the window it created, and the built renderer.
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IPC_METHODS, channelOf } from '../../shared/ipc/contract';
import { parseScenarioText } from '../../shared/scenario/parse';
import { serializeScenario } from '../../shared/scenario/serialize';
import { FakeWebContents, navigationEvent, type FakeElectron } from './support/fake-electron';

jest.mock('electron', () => require('./support/fake-electron').createFakeElectron());

let appRoot: string;
const savedArgv = process.argv;
beforeEach(() => {
  appRoot = mkdtempSync(path.join(tmpdir(), 'vcp-main-'));
  mkdirSync(path.join(appRoot, 'dist'));
  writeFileSync(path.join(appRoot, 'dist', 'index.html'), '<!doctype html><title>VCP</title>');
  mkdirSync(path.join(appRoot, 'scenarios'));
  writeFileSync(
    path.join(appRoot, 'scenarios', 'stichtse-vecht-2022.vcscenario.json'),
    JSON.stringify({ title: 'Stichtse Vecht', description: 'Vijf procent.' }),
  );
  process.argv = ['/opt/vcp/vitale-coalitie-scenarioplanner'];
});
afterEach(() => {
  process.argv = savedArgv;
  rmSync(appRoot, { recursive: true, force: true });
});

const flush = () => new Promise((resolve) => setImmediate(resolve));

/** Waits until `ready()` holds (file work in main is asynchronous), at most a few seconds. */
async function waitFor(ready: () => boolean): Promise<void> {
  for (let waited = 0; !ready(); waited += 10) {
    if (waited > 5000) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Loads electron/main.ts afresh against a new fake, prepared by `prepare`. */
async function start(prepare: (electron: FakeElectron) => void = () => undefined): Promise<FakeElectron> {
  let electron!: FakeElectron;
  jest.isolateModules(() => {
    electron = require('electron') as FakeElectron;
    electron.app.appPath = appRoot;
    electron.app.userData = path.join(appRoot, 'user-data');
    electron.app.documents = path.join(appRoot, 'Documents');
    prepare(electron);
    require('../../electron/main');
  });
  await flush();
  return electron;
}

/** The app page: on the app's own scheme, not the file over file://. */
const indexUrl = () => 'vcp://app/index.html';

function invoke(electron: FakeElectron, method: string, sender: unknown, url: string, ...args: unknown[]) {
  const listener = electron.ipcMain.handlers.get(channelOf(method as never));
  if (!listener) throw new Error(`no handler for ${method}`);
  return listener({ sender, senderFrame: { url, parent: null } }, ...args) as Promise<unknown>;
}

it('quits when another instance already runs, before doing anything else', async () => {
  const electron = await start((e) => {
    e.app.lock = false;
  });
  expect(electron.app.quit).toHaveBeenCalled();
  expect(electron.app.whenReady).not.toHaveBeenCalled();
  expect(electron.windows).toHaveLength(0);
});

it('enables the sandbox for all renderers and guards every webContents', async () => {
  const electron = await start();
  expect(electron.app.enableSandbox).toHaveBeenCalled();
  expect(electron.app.has('web-contents-created')).toBe(true);
  const contents = new FakeWebContents();
  electron.app.emit('web-contents-created', {}, contents);
  const nav = navigationEvent('https://example.org/');
  contents.emit('will-navigate', nav);
  expect(nav.preventDefault).toHaveBeenCalled();
});

it('hardens the default session: only full screen and clipboard writes, no network, the CSP header', async () => {
  const session = (await start()).session.defaultSession;
  const page = Object.assign(new FakeWebContents(), { url: indexUrl() });
  const callback = jest.fn();
  session.permissionRequestHandler!(page, 'geolocation', callback, { requestingUrl: indexUrl() });
  session.permissionRequestHandler!(page, 'fullscreen', callback, { requestingUrl: indexUrl() });
  expect(callback.mock.calls).toEqual([[false], [true]]);
  const request = jest.fn();
  session.webRequest.beforeRequest!({ url: 'https://example.org/' }, request);
  expect(request).toHaveBeenCalledWith({ cancel: true });
  const headers = jest.fn();
  session.webRequest.headersReceived!({ responseHeaders: {} }, headers);
  expect(headers.mock.calls[0][0].responseHeaders['Content-Security-Policy'][0]).toContain("default-src 'none'");
});

it('opens one window on the built renderer, with the bundled preload', async () => {
  const electron = await start();
  expect(electron.windows).toHaveLength(1);
  const window = electron.windows[0]!;
  expect(window.loadURL).toHaveBeenCalledWith('vcp://app/index.html');
  expect(window.loadFile).not.toHaveBeenCalled();
  expect(path.basename(String(window.options.webPreferences?.preload))).toBe('preload.js');
  expect(window.options.webPreferences?.devTools).toBe(true); // not packaged: development
  expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
});

it("serves the built renderer on its own scheme, registered as privileged before the app is ready", async () => {
  writeFileSync(path.join(appRoot, 'secret.txt'), 'not for the page');
  const electron = await start();
  expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
    { scheme: 'vcp', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
  const serve = electron.protocol.handlers.get('vcp');
  if (!serve) throw new Error('the vcp scheme is not handled');
  const page = await serve(new Request('vcp://app/index.html'));
  expect([page.status, page.headers.get('content-type'), await page.text()]).toEqual([200, 'text/html; charset=utf-8', '<!doctype html><title>VCP</title>']);
  expect((await serve(new Request('vcp://app/..%2fsecret.txt'))).status).toBe(403);
  expect((await serve(new Request('vcp://other/index.html'))).status).toBe(403);
  // The page it loads is the one it serves, and the only one IPC answers.
  expect(electron.windows[0]!.webContents.url).toBe('vcp://app/index.html');
  await expect(invoke(electron, 'getAppInfo', electron.windows[0]!.webContents, pathToFileURL(path.join(appRoot, 'dist', 'index.html')).href)).rejects.toThrow(
    /not the app page/,
  );
});

it('answers IPC from its own window, and refuses the same call from elsewhere', async () => {
  const electron = await start();
  expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(IPC_METHODS.map(channelOf).sort());
  const own = electron.windows[0]!.webContents;
  await expect(invoke(electron, 'getAppInfo', own, indexUrl())).resolves.toMatchObject({
    name: 'Vitale Coalitie Scenarioplanner',
    locale: 'nl-NL',
  });
  await expect(invoke(electron, 'listSamples', own, indexUrl())).resolves.toEqual([
    { id: 'stichtse-vecht-2022', title: 'Stichtse Vecht', description: 'Vijf procent.' },
  ]);
  await expect(invoke(electron, 'getAppInfo', new FakeWebContents(), indexUrl())).rejects.toThrow(/not one of the app windows/);
  await expect(invoke(electron, 'getAppInfo', own, 'https://example.org/')).rejects.toThrow(/not the app page/);
  await expect(invoke(electron, 'readSample', own, indexUrl(), '../../etc/passwd')).rejects.toThrow(/invalid/);
});

it('opens the scenario file given on the command line', async () => {
  const file = path.join(appRoot, 'eigen.vcscenario.json');
  writeFileSync(file, '{"title":"Eigen"}');
  process.argv = ['/opt/vcp/vitale-coalitie-scenarioplanner', file];
  const electron = await start();
  const opened = await invoke(electron, 'getInitialScenario', electron.windows[0]!.webContents, indexUrl());
  expect(opened).toMatchObject({ name: 'eigen.vcscenario.json', text: '{"title":"Eigen"}' });
  expect(JSON.stringify(opened)).not.toContain(appRoot);
  // It is on the recent list (written in the background).
  await waitFor(() => existsSync(path.join(appRoot, 'user-data', 'recent.json')));
});

it('takes over a file from a second start or from macOS (before the renderer listens), and focuses its window', async () => {
  const electron = await start();
  const window = electron.windows[0]!;
  const file = path.join(appRoot, 'tweede.vcscenario.json');
  writeFileSync(file, '{}');
  electron.app.emit('second-instance', {}, ['/opt/vcp/vitale-coalitie-scenarioplanner', file], appRoot);
  expect(window.focus).toHaveBeenCalled();
  await expect(invoke(electron, 'getInitialScenario', window.webContents, indexUrl())).resolves.toMatchObject({ name: 'tweede.vcscenario.json' });
  const openFile = navigationEvent('');
  electron.app.emit('open-file', openFile, path.join(appRoot, 'derde.vcscenario.json'));
  expect(openFile.preventDefault).toHaveBeenCalled();
});

it('explains and quits when the renderer has not been built', async () => {
  rmSync(path.join(appRoot, 'dist'), { recursive: true });
  const electron = await start();
  expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Vitale Coalitie Scenarioplanner', expect.stringContaining('npm run build'));
  expect(electron.app.quit).toHaveBeenCalled();
  expect(electron.windows).toHaveLength(0);
});

it('takes its samples from the resources folder when packaged', async () => {
  const resources = path.join(appRoot, 'resources');
  mkdirSync(path.join(resources, 'scenarios'), { recursive: true });
  writeFileSync(path.join(resources, 'scenarios', 'zwolle.vcscenario.json'), '{"title":"Zwolle"}');
  const saved = process.resourcesPath;
  Object.defineProperty(process, 'resourcesPath', { value: resources, configurable: true });
  try {
    const electron = await start((e) => {
      e.app.isPackaged = true;
    });
    const window = electron.windows[0]!;
    expect(window.options.webPreferences?.devTools).toBe(false);
    await expect(invoke(electron, 'listSamples', window.webContents, indexUrl())).resolves.toEqual([
      { id: 'zwolle', title: 'Zwolle', description: '' },
    ]);
  } finally {
    Object.defineProperty(process, 'resourcesPath', { value: saved, configurable: true });
  }
});

describe('files through the main process', () => {
  const BACKUP = '3f2b8c1a-9d4e-4f6a-8b7c-1d2e3f4a5b6c';
  const fixture = readFileSync(path.resolve(__dirname, '../fixtures/voorbeeld.json'), 'utf8');
  const withTitle = (title: string) => {
    const parsed = parseScenarioText(fixture);
    if (!parsed.ok) throw new Error('fixture invalid');
    return serializeScenario({ ...parsed.value, title });
  };

  async function running() {
    const electron = await start();
    const window = electron.windows[0]!;
    const contents = window.webContents;
    const call = (method: string, ...args: unknown[]) => invoke(electron, method, contents, indexUrl(), ...args);
    return { electron, window, contents, call };
  }

  /** The template of the menu last set. */
  const lastMenu = (electron: FakeElectron) =>
    (electron.Menu.buildFromTemplate.mock.calls.at(-1)![0] as { label?: string; id?: string; submenu?: { label?: string; id?: string; click?: () => void; submenu?: unknown[] }[] }[]);

  it('opens through the native dialog, saves through the handle, and keeps a .bak', async () => {
    const { electron, call } = await running();
    const file = path.join(appRoot, 'plan.vcscenario.json');
    writeFileSync(file, withTitle('Een'));
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    const opened = (await call('openFileDialog')) as { kind: string; file: { handle: string; text: string } };
    expect(opened).toMatchObject({ kind: 'opened', file: { name: 'plan.vcscenario.json', text: withTitle('Een') } });
    expect(JSON.stringify(opened)).not.toContain(appRoot);
    await expect(call('saveFile', opened.file.handle, withTitle('Twee'), false)).resolves.toMatchObject({ kind: 'saved' });
    expect(readFileSync(file, 'utf8')).toBe(withTitle('Twee'));
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(withTitle('Een'));
    // The recent list in the menu shows it.
    const recentItems = () => (lastMenu(electron)[0]!.submenu!.find((item) => item.id === 'recent')!.submenu as { label: string }[]);
    await waitFor(() => recentItems()[0]?.label !== 'Geen recente bestanden');
    const recent = lastMenu(electron)[0]!.submenu!.find((item) => item.id === 'recent')!;
    expect((recent.submenu as { label: string }[]).map((item) => item.label)).toEqual([`plan.vcscenario.json — ${path.basename(appRoot)}`]);
  });

  it('starts the open dialog in Documents, then in the folder of the last file opened', async () => {
    // Electron 43 and later start a dialog without defaultPath in Downloads, every time.
    const { electron, call } = await running();
    const folder = path.join(appRoot, 'plannen');
    mkdirSync(folder);
    const file = path.join(folder, 'plan.vcscenario.json');
    writeFileSync(file, withTitle('Een'));
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    await call('openFileDialog');
    await call('openFileDialog');
    const defaultPaths = electron.dialog.showOpenDialog.mock.calls.map((args) => (args.at(-1) as { defaultPath?: string }).defaultPath);
    expect(defaultPaths).toEqual([path.join(appRoot, 'Documents'), folder]);
  });

  it('refuses a raw path and an unknown handle on every file channel', async () => {
    const { call } = await running();
    const file = path.join(appRoot, 'plan.vcscenario.json');
    writeFileSync(file, withTitle('Een'));
    await expect(call('saveFile', file, withTitle('X'), true)).rejects.toThrow(/refused: invalid/);
    await expect(call('openRecent', file)).rejects.toThrow(/refused: invalid/);
    await expect(call('saveFile', '00000000-0000-4000-8000-000000000000', withTitle('X'), true)).rejects.toThrow(/Unknown file handle/);
    expect(readFileSync(file, 'utf8')).toBe(withTitle('Een'));
  });

  it('keeps backups in the data folder and offers them at the next start', async () => {
    const first = await running();
    await first.call('writeBackup', { id: BACKUP, title: 'Workshop', name: 'Nieuw scenario', handle: null, text: withTitle('Workshop') });
    expect(existsSync(path.join(appRoot, 'user-data', 'backups', `${BACKUP}.json`))).toBe(true);
    const second = await running();
    await expect(second.call('listBackups')).resolves.toEqual([{ id: BACKUP, title: 'Workshop', name: 'Nieuw scenario', savedAt: expect.any(String) }]);
  });

  it('pushes menu commands to the renderer', async () => {
    const { electron, contents } = await running();
    const file = lastMenu(electron)[0]!.submenu!;
    file.find((item) => item.id === 'save')!.click!();
    file.find((item) => item.id === 'saveAs')!.click!();
    lastMenu(electron)[1]!.submenu!.find((item) => item.id === 'undo')!.click!();
    expect(contents.sent).toEqual([
      ['vcp-event:menuCommand', 'save'],
      ['vcp-event:menuCommand', 'saveAs'],
      ['vcp-event:menuCommand', 'undo'],
    ]);
  });

  it('pushes a file the OS opens while the renderer is listening', async () => {
    const { electron, contents, call } = await running();
    await call('getInitialScenario');
    const file = path.join(appRoot, 'van-de-verkenner.vcscenario.json');
    writeFileSync(file, withTitle('Verkenner'));
    electron.app.emit('second-instance', {}, ['/opt/vcp/vitale-coalitie-scenarioplanner', file], appRoot);
    await waitFor(() => contents.sent.length === 1);
    expect(contents.sent).toEqual([
      ['vcp-event:fileOpened', { kind: 'opened', file: { name: 'van-de-verkenner.vcscenario.json', text: withTitle('Verkenner'), handle: expect.any(String) } }],
    ]);
    const openFile = navigationEvent('');
    electron.app.emit('open-file', openFile, path.join(appRoot, 'weg.vcscenario.json'));
    await waitFor(() => contents.sent.length === 2);
    expect(contents.sent[1]).toEqual(['vcp-event:fileOpened', expect.objectContaining({ kind: 'failed', reason: 'not-found' })]);
  });

  it('the menu follows the language the renderer reports', async () => {
    const { electron, call } = await running();
    expect(lastMenu(electron)[0]!.label).toBe('Bestand');
    await call('setDocumentState', { dirty: false, unsavedCount: 0, name: null, handle: null, lang: 'en', backupIds: [] });
    expect(lastMenu(electron)[0]!.label).toBe('File');
  });

  it('loads a crashed renderer again (it then offers the backup), but not in a loop', async () => {
    const { window, contents, call } = await running();
    await call('setDocumentState', { dirty: true, unsavedCount: 1, name: 'x', handle: null, lang: 'nl', backupIds: [] });
    for (let i = 0; i < 5; i++) contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(contents.reload).toHaveBeenCalledTimes(3);
    // The dead page cannot answer: the window may close without a question.
    window.close();
    expect(window.destroyed).toBe(true);
  });

  describe('closing the window with unsaved changes', () => {
    async function dirtyWindow(lang: 'nl' | 'en' = 'nl') {
      const r = await running();
      await r.call('writeBackup', { id: BACKUP, title: 'Werk', name: 'plan.vcscenario.json', handle: null, text: withTitle('Werk') });
      await r.call('setDocumentState', { dirty: true, unsavedCount: 1, name: 'plan.vcscenario.json', handle: null, lang, backupIds: [BACKUP] });
      return r;
    }
    const backupFile = () => path.join(appRoot, 'user-data', 'backups', `${BACKUP}.json`);

    it('closes without asking when everything is saved', async () => {
      const { electron, window, call } = await running();
      await call('setDocumentState', { dirty: false, unsavedCount: 0, name: 'plan.vcscenario.json', handle: null, lang: 'nl', backupIds: [] });
      window.close();
      expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
      expect(window.destroyed).toBe(true);
    });

    it('asks Save / Don\'t save / Cancel in the renderer\'s language; Cancel keeps it open', async () => {
      const { electron, window } = await dirtyWindow('en');
      electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 2, checkboxChecked: false });
      window.close();
      await flush();
      expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
        window,
        expect.objectContaining({ buttons: ['Save', "Don't save", 'Cancel'], defaultId: 0, cancelId: 2, message: expect.stringContaining('plan.vcscenario.json') }),
      );
      expect(window.destroyed).toBe(false);
      expect(existsSync(backupFile())).toBe(true);
    });

    it("Don't save closes and removes the backup, so nothing is offered next time", async () => {
      const { electron, window } = await dirtyWindow();
      electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
      window.close();
      await waitFor(() => window.destroyed);
      expect(window.destroyed).toBe(true);
      expect(existsSync(backupFile())).toBe(false);
    });

    it('Save asks the renderer to save, and closes after it did', async () => {
      const { electron, window, contents, call } = await dirtyWindow();
      electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
      window.close();
      await flush();
      await flush();
      const [channel, requestId] = contents.sent.at(-1) as [string, string];
      expect(channel).toBe('vcp-event:saveBeforeClose');
      expect(window.destroyed).toBe(false);
      await call('saveBeforeCloseDone', requestId, true);
      await flush();
      expect(window.destroyed).toBe(true);
    });

    it('Save that the renderer could not do keeps the window open', async () => {
      const { electron, window, contents, call } = await dirtyWindow();
      electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
      window.close();
      await flush();
      await flush();
      const [, requestId] = contents.sent.at(-1) as [string, string];
      await call('saveBeforeCloseDone', requestId, false);
      await flush();
      expect(window.destroyed).toBe(false);
    });

    it('quitting goes through the same question', async () => {
      const { electron, window } = await dirtyWindow();
      electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 2, checkboxChecked: false });
      electron.app.emit('before-quit', navigationEvent(''));
      window.close(); // what Electron does to each window when quitting
      await flush();
      expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1);
      expect(window.destroyed).toBe(false);
    });
  });
});
