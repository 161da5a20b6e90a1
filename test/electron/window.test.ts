// The application window is created sandboxed, isolated and without Node, and shows the built
// renderer from the app's own scheme.
import { APP_INDEX_URL } from '../../electron/app-protocol';
import { createMainWindow } from '../../electron/window';
import type { FakeElectron } from './support/fake-electron';

jest.mock('electron', () => require('./support/fake-electron').createFakeElectron());
const electron = require('electron') as FakeElectron;

function create(isDev = false) {
  createMainWindow({
    preload: '/app/dist-electron/preload.js',
    url: APP_INDEX_URL,
    title: 'Vitale Coalitie Scenarioplanner',
    isDev,
  });
  const window = electron.windows.at(-1);
  if (!window) throw new Error('no window was created');
  return window;
}

it('creates the BrowserWindow with contextIsolation and sandbox on, nodeIntegration off', () => {
  const prefs = create().options.webPreferences;
  expect(prefs).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    preload: '/app/dist-electron/preload.js',
  });
  expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  expect(prefs).not.toHaveProperty('additionalArguments');
});

it('has DevTools only in development', () => {
  expect(create(false).options.webPreferences?.devTools).toBe(false);
  expect(create(true).options.webPreferences?.devTools).toBe(true);
});

it("loads the built renderer from the app's scheme, never over file://, and only shows when ready", () => {
  const window = create();
  expect(window.loadURL).toHaveBeenCalledWith('vcp://app/index.html');
  expect(window.loadFile).not.toHaveBeenCalled();
  expect(window.options.show).toBe(false);
  window.emit('ready-to-show');
  expect(window.show).toHaveBeenCalled();
});
