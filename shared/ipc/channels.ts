// The names on the wire, without the argument schemas: the sandboxed preload imports these
// without bundling zod (contract.ts re-exports them for everyone else).
import type { IpcMethod } from './contract';

export function channelOf(method: IpcMethod): string {
  return `vcp:${method}`;
}

/** The name under which the preload exposes the API on `window`. */
export const BRIDGE_KEY = 'vcp';
