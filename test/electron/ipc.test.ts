// Every contract method has a handler; every call is checked for its sender and its arguments.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { IPC_METHODS, channelOf } from '../../shared/ipc/contract';
import { registerIpcHandlers, type IpcHandlers, type SenderPolicy } from '../../electron/ipc';
import type { FakeElectron } from './support/fake-electron';

jest.mock('electron', () => require('./support/fake-electron').createFakeElectron());
const electron = require('electron') as FakeElectron;

const indexFile = path.resolve('/opt/vcp/dist/index.html');
const appUrl = pathToFileURL(indexFile).href;
const ownContents = { id: 1 } as unknown as WebContents;
const policy: SenderPolicy = {
  isAppUrl: (url) => url === appUrl || url.startsWith(`${appUrl}#`),
  isOwnWebContents: (contents) => contents === ownContents,
};

const HANDLE = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
const BACKUP = '6f1c2a9e-1d2b-4c3d-8e4f-5a6b7c8d9e0f';

function fakeHandlers(): IpcHandlers {
  return {
    getAppInfo: jest.fn(async () => ({ name: 'VCP', version: '0.1.0', platform: 'linux', locale: 'nl-NL' })),
    printToPdf: jest.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46])),
    getInitialScenario: jest.fn(async () => null),
    listSamples: jest.fn(async () => []),
    readSample: jest.fn(async (_event: IpcMainInvokeEvent, id: string) => ({ name: `${id}.vcscenario.json`, text: '{}', handle: null })),
    openFileDialog: jest.fn(async () => ({ kind: 'canceled' as const })),
    openRecent: jest.fn(async () => ({ kind: 'canceled' as const })),
    openDroppedPath: jest.fn(async () => ({ kind: 'canceled' as const })),
    listRecent: jest.fn(async () => ({ files: [], removed: [] })),
    saveFile: jest.fn(async () => ({ kind: 'saved' as const, handle: HANDLE, name: 'x.vcscenario.json' })),
    saveFileAs: jest.fn(async () => ({ kind: 'canceled' as const })),
    writeBackup: jest.fn(async () => undefined),
    removeBackup: jest.fn(async () => undefined),
    listBackups: jest.fn(async () => []),
    restoreBackup: jest.fn(async () => ({ id: BACKUP, title: 't', name: 'n', savedAt: '', text: '', handle: null })),
    setDocumentState: jest.fn(async () => undefined),
    saveBeforeCloseDone: jest.fn(async () => undefined),
  };
}

/** Valid arguments per method, for the checks that run on every channel. */
const VALID_ARGS: Record<string, unknown[]> = {
  printToPdf: ['<p>Samenvatting</p>', { footerTemplate: '<span></span>', marginsMm: { top: 10, right: 12, bottom: 13, left: 12 } }],
  readSample: ['stichtse-vecht-2022'],
  openRecent: [HANDLE],
  openDroppedPath: ['/home/user/scenario.vcscenario.json', new Uint8Array([0x7b, 0x7d])],
  saveFile: [HANDLE, '{}', false],
  saveFileAs: ['{}', 'Scenario'],
  writeBackup: [{ id: BACKUP, title: 'T', name: 'n.vcscenario.json', handle: null, text: '{}' }],
  removeBackup: [BACKUP],
  restoreBackup: [BACKUP],
  setDocumentState: [{ dirty: true, unsavedCount: 1, name: null, handle: null, lang: 'nl', backupIds: [] }],
  saveBeforeCloseDone: [HANDLE, true],
};

function event(overrides: { url?: string; sender?: WebContents; parent?: unknown; noFrame?: boolean } = {}) {
  return {
    sender: overrides.sender ?? ownContents,
    senderFrame: overrides.noFrame ? null : { url: overrides.url ?? appUrl, parent: overrides.parent ?? null },
  } as unknown as IpcMainInvokeEvent;
}

function call(channel: string, ev: IpcMainInvokeEvent, ...args: unknown[]) {
  const listener = electron.ipcMain.handlers.get(channel);
  if (!listener) throw new Error(`no handler on ${channel}`);
  return listener(ev, ...args) as Promise<unknown>;
}

let handlers: IpcHandlers;
let unregister: () => void;
beforeEach(() => {
  handlers = fakeHandlers();
  unregister = registerIpcHandlers(handlers, policy);
});
afterEach(() => unregister());

it('registers exactly one handler per contract method', () => {
  expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(IPC_METHODS.map(channelOf).sort());
  expect(IPC_METHODS.length).toBeGreaterThan(0);
});

it('passes a valid call from the app page to its handler', async () => {
  await expect(call(channelOf('readSample'), event(), 'stichtse-vecht-2022')).resolves.toEqual({
    name: 'stichtse-vecht-2022.vcscenario.json',
    text: '{}',
    handle: null,
  });
  expect(handlers.readSample).toHaveBeenCalledWith(expect.anything(), 'stichtse-vecht-2022');
  await expect(call(channelOf('getAppInfo'), event({ url: `${appUrl}#/compare` }))).resolves.toMatchObject({ name: 'VCP' });
});

describe('the sender check', () => {
  it.each([
    ['a foreign page', { url: 'https://evil.example/' }, /not the app page/],
    ['another local file', { url: pathToFileURL('/tmp/evil.html').href }, /not the app page/],
    ['a sub-frame of the app page', { parent: { url: appUrl } }, /not the main frame/],
    ['a window that is not ours', { sender: { id: 2 } as unknown as WebContents }, /not one of the app windows/],
    ['a frame that is gone', { noFrame: true }, /frame is gone/],
  ])('rejects a call from %s', async (_name, overrides, message) => {
    for (const method of IPC_METHODS) {
      const args = VALID_ARGS[method] ?? [];
      await expect(call(channelOf(method), event(overrides), ...args)).rejects.toThrow(message);
      expect(handlers[method]).not.toHaveBeenCalled();
    }
  });
});

describe('payload validation', () => {
  it.each([
    ['a path', ['../../etc/passwd']],
    ['an absolute path', ['/etc/passwd']],
    ['a number', [42]],
    ['nothing', []],
    ['an object', [{ id: 'stichtse-vecht' }]],
    ['a second argument', ['stichtse-vecht', 'extra']],
    ['upper case', ['Stichtse-Vecht']],
  ])('rejects readSample with %s', async (_name, args) => {
    await expect(call(channelOf('readSample'), event(), ...args)).rejects.toThrow(/vcp:readSample refused: invalid/);
    expect(handlers.readSample).not.toHaveBeenCalled();
  });

  it('every valid call reaches its handler', async () => {
    for (const method of IPC_METHODS) {
      await call(channelOf(method), event(), ...(VALID_ARGS[method] ?? []));
      expect([method, (handlers[method] as jest.Mock).mock.calls.length]).toEqual([method, 1]);
    }
  });

  // The renderer names files by the handles main gave out; a path in their place is refused
  // before any handler runs (and handlers refuse a well-formed handle they did not give out:
  // see file-handlers.test.ts).
  it.each([
    ['openRecent', (p: string) => [p]],
    ['saveFile', (p: string) => [p, '{}', false]],
    ['writeBackup', (p: string) => [{ id: BACKUP, title: 'T', name: 'n', handle: p, text: '{}' }]],
    ['setDocumentState', (p: string) => [{ dirty: true, unsavedCount: 1, name: null, handle: p, lang: 'nl', backupIds: [] }]],
    ['removeBackup', (p: string) => [p]],
    ['restoreBackup', (p: string) => [p]],
  ] as const)('%s refuses a path where a handle or id belongs', async (method, args) => {
    for (const raw of ['/etc/passwd', 'C:\\Users\\x\\a.vcscenario.json', '../../secret.json', `${HANDLE}/../x`, '']) {
      await expect(call(channelOf(method), event(), ...args(raw))).rejects.toThrow(/refused: invalid/);
    }
    expect(handlers[method]).not.toHaveBeenCalled();
  });

  it('refuses extra fields, wrong types and oversized texts', async () => {
    await expect(call(channelOf('writeBackup'), event(), { ...(VALID_ARGS.writeBackup![0] as object), path: '/etc/passwd' })).rejects.toThrow(/invalid/);
    await expect(call(channelOf('saveFile'), event(), HANDLE, '{}', 'yes')).rejects.toThrow(/invalid/);
    await expect(call(channelOf('saveFile'), event(), HANDLE, 'x'.repeat(20 * 1024 * 1024 + 1), false)).rejects.toThrow(/invalid/);
    // A dropped path comes with the dropped file's bytes, bounded.
    await expect(call(channelOf('openDroppedPath'), event(), '/home/user/a.json')).rejects.toThrow(/invalid/);
    await expect(call(channelOf('openDroppedPath'), event(), '/home/user/a.json', '{}')).rejects.toThrow(/invalid/);
    await expect(call(channelOf('openDroppedPath'), event(), '/home/user/a.json', new Uint8Array(20 * 1024 * 1024 + 1))).rejects.toThrow(/invalid/);
    await expect(call(channelOf('setDocumentState'), event(), { dirty: true, unsavedCount: 1, name: null, handle: null, lang: 'de', backupIds: [] })).rejects.toThrow(/invalid/);
    // The window's tabs: a count that is a count, backup ids that are ids (never paths).
    const state = { dirty: true, unsavedCount: 1, name: null, handle: null, lang: 'nl', backupIds: [BACKUP] };
    await expect(call(channelOf('setDocumentState'), event(), { ...state, unsavedCount: -1 })).rejects.toThrow(/invalid/);
    await expect(call(channelOf('setDocumentState'), event(), { ...state, unsavedCount: 1.5 })).rejects.toThrow(/invalid/);
    await expect(call(channelOf('setDocumentState'), event(), { ...state, backupIds: [BACKUP, '../../x'] })).rejects.toThrow(/invalid/);
    expect(handlers.writeBackup).not.toHaveBeenCalled();
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });

  it('rejects arguments to methods that take none', async () => {
    await expect(call(channelOf('listSamples'), event(), '/etc')).rejects.toThrow(/vcp:listSamples refused: invalid/);
    expect(handlers.listSamples).not.toHaveBeenCalled();
  });
});

it('refuses a handler map with a method missing (callers that bypass the types)', () => {
  unregister();
  const incomplete = { ...fakeHandlers(), readSample: undefined } as unknown as IpcHandlers;
  expect(() => registerIpcHandlers(incomplete, policy)).toThrow('No IPC handler for readSample');
  unregister = registerIpcHandlers(fakeHandlers(), policy);
});

it('removes its handlers again', () => {
  unregister();
  expect(electron.ipcMain.handlers.size).toBe(0);
  unregister = registerIpcHandlers(fakeHandlers(), policy);
});
