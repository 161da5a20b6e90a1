// The bridge between the sandboxed renderer and the main process: one function per method of
// the IPC contract, one `on<Event>(callback) => unsubscribe` per push event, and nothing else
// (never ipcRenderer itself, never the IPC event object, which would reach it). `satisfies`
// makes a missing, extra or mistyped member a compile error. Bundled to one CommonJS file,
// because a sandboxed preload can only require('electron').
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { BRIDGE_KEY, MAX_DROPPED_BYTES, channelOf, eventChannelOf } from '../shared/ipc/channels';
import type { BridgeApi, IpcContract, IpcEventName, IpcEvents, IpcMethod } from '../shared/ipc/contract';

function invoker<K extends IpcMethod>(method: K): IpcContract[K] {
  return ((...args: unknown[]) => ipcRenderer.invoke(channelOf(method), ...args)) as IpcContract[K];
}

function subscriber<K extends IpcEventName>(event: K) {
  return (callback: (...args: Parameters<IpcEvents[K]>) => void): (() => void) => {
    const channel = eventChannelOf(event);
    const listener = (_event: unknown, ...args: unknown[]) => callback(...(args as Parameters<IpcEvents[K]>));
    ipcRenderer.on(channel, listener);
    return () => void ipcRenderer.removeListener(channel, listener);
  };
}

const api = {
  getAppInfo: invoker('getAppInfo'),
  printToPdf: invoker('printToPdf'),
  getInitialScenario: invoker('getInitialScenario'),
  listSamples: invoker('listSamples'),
  readSample: invoker('readSample'),
  openFileDialog: invoker('openFileDialog'),
  openRecent: invoker('openRecent'),
  listRecent: invoker('listRecent'),
  saveFile: invoker('saveFile'),
  saveFileAs: invoker('saveFileAs'),
  writeBackup: invoker('writeBackup'),
  removeBackup: invoker('removeBackup'),
  listBackups: invoker('listBackups'),
  restoreBackup: invoker('restoreBackup'),
  setDocumentState: invoker('setDocumentState'),
  saveBeforeCloseDone: invoker('saveBeforeCloseDone'),
  // Only a File from a real drop (or file input) has a path; a File the page made up has none,
  // so the page cannot name a file this way. Its bytes go along: main opens the path only when
  // the file there holds them (see openDroppedPath in the contract).
  openDroppedFile: async (file: File) => {
    const path = webUtils.getPathForFile(file);
    if (!path) return { kind: 'failed', name: file.name, reason: 'not-a-file' } as const;
    if (file.size > MAX_DROPPED_BYTES) return { kind: 'failed', name: file.name, reason: 'too-large' } as const;
    const bytes = new Uint8Array(await file.arrayBuffer());
    return (await ipcRenderer.invoke(channelOf('openDroppedPath'), path, bytes)) as Awaited<ReturnType<IpcContract['openDroppedPath']>>;
  },
  onMenuCommand: subscriber('menuCommand'),
  onFileOpened: subscriber('fileOpened'),
  onSaveBeforeClose: subscriber('saveBeforeClose'),
} satisfies BridgeApi;

contextBridge.exposeInMainWorld(BRIDGE_KEY, api);
