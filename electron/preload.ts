// The bridge between the sandboxed renderer and the main process: exactly one function per
// method of the IPC contract, and nothing else (never ipcRenderer itself). `satisfies` makes a
// missing, extra or mistyped method a compile error. Bundled to one CommonJS file, because a
// sandboxed preload can only require('electron').
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, channelOf } from '../shared/ipc/channels';
import type { IpcContract, IpcMethod } from '../shared/ipc/contract';

function invoke<K extends IpcMethod>(method: K, ...args: Parameters<IpcContract[K]>): ReturnType<IpcContract[K]> {
  return ipcRenderer.invoke(channelOf(method), ...args) as ReturnType<IpcContract[K]>;
}

const api = {
  getAppInfo: (...args: Parameters<IpcContract['getAppInfo']>) => invoke('getAppInfo', ...args),
  getInitialScenario: (...args: Parameters<IpcContract['getInitialScenario']>) =>
    invoke('getInitialScenario', ...args),
  listSamples: (...args: Parameters<IpcContract['listSamples']>) => invoke('listSamples', ...args),
  readSample: (...args: Parameters<IpcContract['readSample']>) => invoke('readSample', ...args),
} satisfies IpcContract;

contextBridge.exposeInMainWorld(BRIDGE_KEY, api);
