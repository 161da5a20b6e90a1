// What the main process answers over IPC. No `electron` import here: main.ts passes in what
// these need (where the samples are, which file the OS asked to open), so tests run them directly.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { AppInfo, OpenedFile, SampleInfo } from '../shared/ipc/contract';
import type { FileHandles } from './file-handles';
import type { IpcHandlers } from './ipc';

export const SAMPLE_SUFFIX = '.vcscenario.json';
/** Same shape as the id the contract accepts for readSample. */
const SAMPLE_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;
/** The sample opened when nothing else was asked for (the Stichtse Vecht case). */
const DEFAULT_SAMPLE_PREFIX = 'stichtse-vecht';
/** Scenario files are small; refuse anything that could not be one rather than read it whole. */
export const MAX_SCENARIO_BYTES = 20 * 1024 * 1024;

export interface HandlerContext {
  appInfo(): AppInfo;
  /** Folder holding the sample scenarios (`scenarios/`). */
  samplesDir: string;
  /** The file given on the command line or by the OS (macOS 'open-file'), if any. */
  requestedFile(): string | null;
  handles: FileHandles;
}

/** Removes a UTF-8 byte order mark (Windows editors write one; JSON.parse rejects it). */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function readScenarioText(file: string): Promise<string> {
  const stat = await fs.stat(file);
  if (!stat.isFile()) throw new Error(`${file} is not a file`);
  if (stat.size > MAX_SCENARIO_BYTES) throw new Error(`${file} is too large to be a scenario`);
  return withoutBom(await fs.readFile(file, 'utf8'));
}

/** Ids of the samples in `dir`, sorted: file names `<id>.vcscenario.json` with a valid id. */
export async function sampleIds(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith(SAMPLE_SUFFIX))
    .map((name) => name.slice(0, -SAMPLE_SUFFIX.length))
    .filter((id) => SAMPLE_ID.test(id))
    .sort();
}

function firstLine(text: string): string {
  return text.split(/\r?\n/).map((line) => line.trim()).find((line) => line !== '') ?? '';
}

function sampleInfo(id: string, text: string): SampleInfo {
  let title = id;
  let description = '';
  try {
    const json: unknown = JSON.parse(text);
    if (json !== null && typeof json === 'object') {
      const record = json as Record<string, unknown>;
      if (typeof record.title === 'string' && record.title.trim() !== '') title = record.title.trim();
      if (typeof record.description === 'string') description = firstLine(record.description);
    }
  } catch {
    // Listed anyway: opening it shows the renderer's clear message instead of a vanished sample.
  }
  return { id, title, description };
}

export async function listSamples(dir: string): Promise<SampleInfo[]> {
  const ids = await sampleIds(dir);
  const samples: SampleInfo[] = [];
  for (const id of ids) {
    try {
      samples.push(sampleInfo(id, await readScenarioText(path.join(dir, id + SAMPLE_SUFFIX))));
    } catch {
      // Unreadable (permissions, a folder with a sample's name): not offered.
    }
  }
  return samples;
}

/** Reads a sample by id. Only ids found in `dir` are accepted, so no other file can be named. */
export async function readSample(dir: string, id: string): Promise<OpenedFile> {
  const known = (await sampleIds(dir)).find((candidate) => candidate === id);
  if (known === undefined) throw new Error(`Unknown sample: ${JSON.stringify(id)}`);
  const name = known + SAMPLE_SUFFIX;
  return { name, text: await readScenarioText(path.join(dir, name)), handle: null };
}

/** The sample opened by default: Stichtse Vecht if present, else the first, else none. */
export async function defaultSampleId(dir: string): Promise<string | null> {
  const ids = await sampleIds(dir);
  return ids.find((id) => id.startsWith(DEFAULT_SAMPLE_PREFIX)) ?? ids[0] ?? null;
}

/**
 * The scenario file named on the command line, if any: the first argument after the app's own
 * that is not a switch. `defaultApp` is true when running as `electron <appPath> [file]`.
 */
export function fileFromArgv(argv: readonly string[], defaultApp: boolean, cwd: string): string | null {
  const args = argv.slice(defaultApp ? 2 : 1);
  const file = args.find((arg) => arg !== '' && !arg.startsWith('-'));
  return file === undefined ? null : path.resolve(cwd, file);
}

export async function initialScenario(ctx: HandlerContext): Promise<OpenedFile | null> {
  const requested = ctx.requestedFile();
  if (requested !== null) {
    try {
      const text = await readScenarioText(requested);
      return { name: path.basename(requested), text, handle: ctx.handles.register(requested) };
    } catch (error) {
      console.warn(`Could not open ${requested}, showing the default sample instead:`, error);
    }
  }
  const id = await defaultSampleId(ctx.samplesDir);
  return id === null ? null : readSample(ctx.samplesDir, id);
}

export function createHandlers(ctx: HandlerContext): IpcHandlers {
  return {
    getAppInfo: async () => ctx.appInfo(),
    getInitialScenario: () => initialScenario(ctx),
    listSamples: () => listSamples(ctx.samplesDir),
    readSample: (_event, id) => readSample(ctx.samplesDir, id),
  };
}
