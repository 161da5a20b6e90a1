// The app entry, started against a fake `electron`: single instance, guards before windows,
// a hardened session, the IPC contract wired to the window it created, and the built renderer.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IPC_METHODS, channelOf } from '../../shared/ipc/contract';
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

/** Loads electron/main.ts afresh against a new fake, prepared by `prepare`. */
async function start(prepare: (electron: FakeElectron) => void = () => undefined): Promise<FakeElectron> {
  let electron!: FakeElectron;
  jest.isolateModules(() => {
    electron = require('electron') as FakeElectron;
    electron.app.appPath = appRoot;
    prepare(electron);
    require('../../electron/main');
  });
  await flush();
  return electron;
}

const indexUrl = () => pathToFileURL(path.join(appRoot, 'dist', 'index.html')).href;

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

it('hardens the default session: no permissions, no network, the CSP header', async () => {
  const session = (await start()).session.defaultSession;
  const callback = jest.fn();
  session.permissionRequestHandler!({}, 'geolocation', callback, {});
  expect(callback).toHaveBeenCalledWith(false);
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
  expect(window.loadFile).toHaveBeenCalledWith(path.join(appRoot, 'dist', 'index.html'));
  expect(path.basename(String(window.options.webPreferences?.preload))).toBe('preload.js');
  expect(window.options.webPreferences?.devTools).toBe(true); // not packaged: development
  expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
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
});

it('takes over a file from a second start or from macOS, and focuses its window', async () => {
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
