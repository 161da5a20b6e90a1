// Push events from main to a renderer, typed by the contract's IpcEvents.
import type { WebContents } from 'electron';
import { eventChannelOf } from '../shared/ipc/channels';
import type { IpcEventName, IpcEvents } from '../shared/ipc/contract';

export function sendEvent<K extends IpcEventName>(contents: WebContents, event: K, ...args: Parameters<IpcEvents[K]>): void {
  if (!contents.isDestroyed()) contents.send(eventChannelOf(event), ...args);
}
