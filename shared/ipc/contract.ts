// The one typed IPC contract between the renderer and the main process.
// Each method is one invoke channel (`vcp:<method>`). Main registers a handler for every key
// (a missing one does not compile), checks the sender, and validates the arguments with
// `ipcArgs` below: the renderer is not trusted. The preload exposes exactly these methods.
import { z } from 'zod';

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  locale: string;
}

export interface SampleInfo {
  id: string;
  title: string;
  /** One line on what the sample shows. */
  description: string;
}

/** A scenario file as read: its raw text (parsed and validated in the renderer by shared/). */
export interface OpenedFile {
  /** Shown to the user; a sample has its file name, not a path. */
  name: string;
  text: string;
  /** An opaque handle main gave out for a file the user chose; null for samples. */
  handle: string | null;
}

export interface IpcContract {
  getAppInfo(): Promise<AppInfo>;
  /** The file given on the command line or by the OS, else the default sample. */
  getInitialScenario(): Promise<OpenedFile | null>;
  listSamples(): Promise<SampleInfo[]>;
  readSample(id: string): Promise<OpenedFile>;
}

export type IpcMethod = keyof IpcContract;

/** Argument schemas per method: main validates every payload against these. */
export const ipcArgs = {
  getAppInfo: z.tuple([]),
  getInitialScenario: z.tuple([]),
  listSamples: z.tuple([]),
  readSample: z.tuple([z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/)]),
} as const satisfies { [K in IpcMethod]: z.ZodType<Parameters<IpcContract[K]>> };

export const IPC_METHODS = Object.keys(ipcArgs) as IpcMethod[];

// Channel names and the bridge key live in ./channels (no zod there, for the preload's bundle).
export { BRIDGE_KEY, channelOf } from './channels';
