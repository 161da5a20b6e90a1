// The preload exposes exactly the contract's methods, each a plain invoke on its own channel,
// and its bundle needs nothing but `electron` (a sandboxed preload can require nothing else).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BRIDGE_KEY, IPC_METHODS, channelOf } from '../../shared/ipc/contract';
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

it("has exactly the contract's methods, all functions, and nothing else", () => {
  const { api } = exposed();
  expect(Object.keys(api).sort()).toEqual([...IPC_METHODS].sort());
  for (const method of IPC_METHODS) expect(typeof api[method]).toBe('function');
  expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  expect(Object.values(api)).not.toContain(electron.ipcRenderer.invoke);
});

it('each method invokes its own channel with the arguments given', async () => {
  const { api } = exposed();
  for (const method of IPC_METHODS) {
    electron.ipcRenderer.invoke.mockClear();
    const args = method === 'readSample' ? ['stichtse-vecht-2022'] : [];
    await expect((api[method] as (...a: unknown[]) => Promise<unknown>)(...args)).resolves.toBe('answer');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(channelOf(method), ...args);
  }
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
