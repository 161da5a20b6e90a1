// Registers the main-process side of the IPC contract. Every call is checked before its
// handler runs: it must come from the main frame of one of our windows showing the app's own
// page, and its arguments must pass the contract's schema. The renderer is not trusted.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  IPC_METHODS,
  channelOf,
  ipcArgs,
  type IpcContract,
  type IpcMethod,
} from '../shared/ipc/contract';

/** One implementation per contract method; a missing or mistyped one does not compile. */
export type IpcHandlers = {
  [K in IpcMethod]: (
    event: IpcMainInvokeEvent,
    ...args: Parameters<IpcContract[K]>
  ) => ReturnType<IpcContract[K]>;
};

export interface SenderPolicy {
  /** True for the app's own page (vcp://app/index.html, see app-protocol.ts). */
  isAppUrl(url: string): boolean;
  /** True for the webContents of a window this app created. */
  isOwnWebContents(contents: WebContents): boolean;
}

/** Why a sender is refused, or null when it is trusted. */
export function senderProblem(event: IpcMainInvokeEvent, policy: SenderPolicy): string | null {
  const frame = event.senderFrame;
  if (!frame) return 'the sending frame is gone';
  if (!policy.isOwnWebContents(event.sender)) return 'the sender is not one of the app windows';
  if (frame.parent !== null) return 'the sender is not the main frame';
  if (!policy.isAppUrl(frame.url)) return `the sender is not the app page (${frame.url})`;
  return null;
}

function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .map((issue) => {
      const where = issue.path.length > 0 ? `argument ${issue.path.map(String).join('.')}` : 'arguments';
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}

function registerOne<K extends IpcMethod>(method: K, handler: IpcHandlers[K], policy: SenderPolicy): void {
  const schema = ipcArgs[method];
  ipcMain.handle(channelOf(method), async (event, ...args: unknown[]) => {
    const refused = senderProblem(event, policy);
    if (refused !== null) throw new Error(`${channelOf(method)} refused: ${refused}`);
    const parsed = schema.safeParse(args);
    if (!parsed.success) {
      throw new Error(`${channelOf(method)} refused: invalid ${describeIssues(parsed.error.issues)}`);
    }
    const call = handler as (event: IpcMainInvokeEvent, ...a: unknown[]) => ReturnType<IpcContract[K]>;
    return call(event, ...(parsed.data as unknown[]));
  });
}

/**
 * Registers one `ipcMain.handle` per contract method. Returns a function that removes them again.
 * The runtime check for missing handlers is for callers that bypass the types.
 */
export function registerIpcHandlers(handlers: IpcHandlers, policy: SenderPolicy): () => void {
  for (const method of IPC_METHODS) {
    if (typeof handlers[method] !== 'function') throw new Error(`No IPC handler for ${method}`);
  }
  for (const method of IPC_METHODS) registerOne(method, handlers[method], policy);
  return () => {
    for (const method of IPC_METHODS) ipcMain.removeHandler(channelOf(method));
  };
}
