import { BRIDGE_KEY, type BridgeApi } from '../../shared/ipc/contract';
import { downloadText } from './download';
import type { AppPlatform } from './platform';

/** The preload's bridge, when running inside Electron. */
export function electronBridge(): BridgeApi | null {
  const bridge = (window as unknown as Record<string, unknown>)[BRIDGE_KEY];
  return bridge ? (bridge as BridgeApi) : null;
}

/** Everything goes through the main process: native dialogs, files on disk, backups in the app's data. */
export function createElectronPlatform(api: BridgeApi): AppPlatform {
  return {
    kind: 'electron',
    getInitialScenario: () => api.getInitialScenario(),
    listSamples: () => api.listSamples(),
    readSample: (id) => api.readSample(id),
    printToPdf: (html, options) => api.printToPdf(html, options),
    downloadText,
    files: { saveInPlace: true, keepsPrevious: true, recent: true, nativeMenu: true },
    openFile: () => api.openFileDialog(),
    openDropped: ({ file }) => api.openDroppedFile(file),
    listRecent: () => api.listRecent(),
    openRecent: (handle) => api.openRecent(handle),
    saveFile: (handle, text, overwrite) => api.saveFile(handle, text, overwrite),
    saveFileAs: (text, suggestedName) => api.saveFileAs(text, suggestedName),
    writeBackup: (backup) => api.writeBackup(backup),
    removeBackup: (id) => api.removeBackup(id),
    listBackups: () => api.listBackups(),
    restoreBackup: (id) => api.restoreBackup(id),
    setDocumentState: (state) => void api.setDocumentState(state).catch(() => undefined),
    onMenuCommand: (callback) => api.onMenuCommand(callback),
    onFileOpened: (callback) => api.onFileOpened(callback),
    onSaveBeforeClose: (callback) => api.onSaveBeforeClose(callback),
    saveBeforeCloseDone: (requestId, saved) => void api.saveBeforeCloseDone(requestId, saved).catch(() => undefined),
  };
}
