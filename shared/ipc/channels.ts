// The names on the wire, without the argument schemas: the sandboxed preload imports these
// without bundling zod (contract.ts re-exports them for everyone else).
import type { IpcEventName, IpcMethod } from './contract';

export function channelOf(method: IpcMethod): string {
  return `vcp:${method}`;
}

export function eventChannelOf(event: IpcEventName): string {
  return `vcp-event:${event}`;
}

/** Every push event of the contract (the `satisfies` keeps the list and IpcEvents in step). */
export const IPC_EVENTS = ['menuCommand', 'fileOpened', 'saveBeforeClose'] as const satisfies readonly IpcEventName[];
type Missing = Exclude<IpcEventName, (typeof IPC_EVENTS)[number]>;
// A compile error here names an event of IpcEvents that the list above lacks.
export const IPC_EVENTS_COMPLETE: Missing extends never ? true : Missing = true;

/** The name under which the preload exposes the API on `window`. */
export const BRIDGE_KEY = 'vcp';

/** A dropped file larger than this is no scenario: refused before its bytes are read or sent. */
export const MAX_DROPPED_BYTES = 20 * 1024 * 1024;
