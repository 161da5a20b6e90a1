import { BRIDGE_KEY, type IpcContract } from '../../shared/ipc/contract';
import { downloadText } from './download';
import type { Platform } from './platform';

/** The preload's bridge, when running inside Electron. */
export function electronBridge(): IpcContract | null {
  const bridge = (window as unknown as Record<string, unknown>)[BRIDGE_KEY];
  return bridge ? (bridge as IpcContract) : null;
}

export function createElectronPlatform(api: IpcContract): Platform {
  return {
    kind: 'electron',
    getInitialScenario: () => api.getInitialScenario(),
    listSamples: () => api.listSamples(),
    readSample: (id) => api.readSample(id),
    downloadText,
  };
}
