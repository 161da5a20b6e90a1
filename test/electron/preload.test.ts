// The preload exposes exactly the contract's methods, each a plain invoke on its own channel,
// and its bundle needs nothing but `electron` (a sandboxed preload can require nothing else).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BRIDGE_KEY, IPC_EVENTS, IPC_METHODS, MAX_DROPPED_BYTES, channelOf, eventChannelOf } from '../../shared/ipc/contract';
import type { FakeElectron } from './support/fake-electron';

jest.mock('electron', () => require('./support/fake-electron').createFakeElectron());
const electron = require('electron') as FakeElectron;

function exposed(): { key: string; api: Record<string, unknown> } {
  electron.contextBridge.exposeInMainWorld.mockClear();
  jest.isolateModules(() => {
    require('../../electron/preload');
  });
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
  return { key, api };
}

it(`exposes one object under window.${BRIDGE_KEY}`, () => {
  expect(exposed().key).toBe(BRIDGE_KEY);
});

/** Methods the page may call: all of the contract but the one only the preload uses. */
const PAGE_METHODS = IPC_METHODS.filter((method) => method !== 'openDroppedPath');
const SUBSCRIPTIONS = IPC_EVENTS.map((event) => `on${event[0]!.toUpperCase()}${event.slice(1)}`);

it("has exactly the contract's methods, one subscription per event and the drop, and nothing else", () => {
  const { api } = exposed();
  expect(Object.keys(api).sort()).toEqual([...PAGE_METHODS, ...SUBSCRIPTIONS, 'openDroppedFile'].sort());
  for (const value of Object.values(api)) expect(typeof value).toBe('function');
  expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  expect(Object.values(api)).not.toContain(electron.ipcRenderer.invoke);
  expect(Object.values(api)).not.toContain(electron.ipcRenderer.on);
});

it('the page cannot send a path: there is no openDroppedPath on the bridge', () => {
  expect(exposed().api.openDroppedPath).toBeUndefined();
});

it('each method invokes its own channel with the arguments given', async () => {
  const { api } = exposed();
  for (const method of PAGE_METHODS) {
    electron.ipcRenderer.invoke.mockClear();
    const args = method === 'readSample' ? ['stichtse-vecht-2022'] : method === 'saveFile' ? ['h', '{}', false] : [];
    await expect((api[method] as (...a: unknown[]) => Promise<unknown>)(...args)).resolves.toBe('answer');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(channelOf(method), ...args);
  }
});

it('each subscription listens on its own channel, without handing out the IPC event, and unsubscribes', () => {
  const { api } = exposed();
  for (const event of IPC_EVENTS) {
    const callback = jest.fn();
    const subscribe = api[`on${event[0]!.toUpperCase()}${event.slice(1)}`] as (cb: (...a: unknown[]) => void) => () => void;
    const unsubscribe = subscribe(callback);
    const listeners = electron.ipcRenderer.listeners.get(eventChannelOf(event)) ?? [];
    expect(listeners).toHaveLength(1);
    const ipcEvent = { sender: electron.ipcRenderer, ports: [] };
    listeners[0]!(ipcEvent, 'payload', 2);
    expect(callback).toHaveBeenCalledWith('payload', 2);
    expect(callback.mock.calls[0]).not.toContain(ipcEvent);
    unsubscribe();
    expect(electron.ipcRenderer.listeners.get(eventChannelOf(event))).toEqual([]);
  }
});

describe('a dropped file', () => {
  it('is sent to main by its path on disk, which only the preload sees, with the bytes read from the File', async () => {
    const { api } = exposed();
    electron.webUtils.getPathForFile.mockReturnValueOnce('/home/user/Werk/plan.vcscenario.json');
    electron.ipcRenderer.invoke.mockClear();
    const file = new File(['{"format":"vitale-coalitie-scenario"}'], 'plan.vcscenario.json');
    await expect((api.openDroppedFile as (f: unknown) => Promise<unknown>)(file)).resolves.toBe('answer');
    expect(electron.webUtils.getPathForFile).toHaveBeenCalledWith(file);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(channelOf('openDroppedPath'), '/home/user/Werk/plan.vcscenario.json', expect.any(Uint8Array));
    const bytes = electron.ipcRenderer.invoke.mock.calls[0]![2] as Uint8Array;
    expect(Buffer.from(bytes).toString('utf8')).toBe('{"format":"vitale-coalitie-scenario"}');
  });

  it('is refused without reading it when it is too large to be a scenario', async () => {
    const { api } = exposed();
    electron.webUtils.getPathForFile.mockReturnValueOnce('/home/user/Werk/film.json');
    electron.ipcRenderer.invoke.mockClear();
    const file = { name: 'film.json', size: MAX_DROPPED_BYTES + 1, arrayBuffer: jest.fn() };
    await expect((api.openDroppedFile as (f: unknown) => Promise<unknown>)(file)).resolves.toEqual({ kind: 'failed', name: 'film.json', reason: 'too-large' });
    expect(file.arrayBuffer).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('is refused without asking main when it is not a file on disk (a File the page made itself)', async () => {
    const { api } = exposed();
    electron.webUtils.getPathForFile.mockReturnValueOnce('');
    electron.ipcRenderer.invoke.mockClear();
    await expect((api.openDroppedFile as (f: unknown) => Promise<unknown>)({ name: 'made-up.json' })).resolves.toEqual({
      kind: 'failed',
      name: 'made-up.json',
      reason: 'not-a-file',
    });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });
});

it('bundles to one CommonJS file that requires only electron', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'vcp-preload-'));
  try {
    const root = path.resolve(__dirname, '../..');
    const run = spawnSync(process.execPath, [path.join(root, 'scripts/build-electron.mjs'), '--out', out], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const bundle = readFileSync(path.join(out, 'preload.js'), 'utf8');
    const required = [...bundle.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect([...new Set(required)]).toEqual(['electron']);
    // Small: the argument schemas (zod) stay in the main process.
    expect(bundle.length).toBeLessThan(5_000);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
