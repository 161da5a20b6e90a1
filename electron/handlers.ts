// What the main process answers over IPC. No `electron` import here: main.ts passes in what
// these need (where the samples are, which file the OS asked to open, the dialogs), so tests
// run them directly. The file handlers are in file-handlers.ts.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { AppInfo, OpenedFile, PrintOptions, SampleInfo } from '../shared/ipc/contract';
import { createFileHandlers, FileOpener, type FileContext } from './file-handlers';
import { MAX_SCENARIO_BYTES, withoutBom } from './files/scenario-files';
import type { IpcHandlers } from './ipc';

export const SAMPLE_SUFFIX = '.vcscenario.json';
/** Same shape as the id the contract accepts for readSample. */
const SAMPLE_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;
/** The sample opened when nothing else was asked for (the Stichtse Vecht case). */
const DEFAULT_SAMPLE_PREFIX = 'stichtse-vecht';
export { MAX_SCENARIO_BYTES };

export interface HandlerContext extends FileContext {
  appInfo(): AppInfo;
  /** Folder holding the sample scenarios (`scenarios/`). */
  samplesDir: string;
  /** The file given on the command line or by the OS (macOS 'open-file'), if any. */
  requestedFile(): string | null;
  /** Prints an export's print layout to PDF (electron/print-pdf.ts in the app). */
  printToPdf(html: string, options: PrintOptions): Promise<Uint8Array>;
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

/** The file from the command line or the OS (with a handle, on the recent list), else the default sample. */
export async function initialScenario(ctx: HandlerContext, opener = new FileOpener(ctx)): Promise<OpenedFile | null> {
  const requested = ctx.requestedFile();
  if (requested !== null) {
    const opened = await opener.open(requested);
    if (opened.kind === 'opened') return opened.file;
    console.warn(`Could not open ${requested} (${opened.kind === 'failed' ? opened.reason : opened.kind}), showing the default sample instead.`);
  }
  const id = await defaultSampleId(ctx.samplesDir);
  return id === null ? null : readSample(ctx.samplesDir, id);
}

export function createHandlers(ctx: HandlerContext, opener = new FileOpener(ctx)): IpcHandlers {
  return {
    getAppInfo: async () => ctx.appInfo(),
    printToPdf: (_event, html, options) => ctx.printToPdf(html, options),
    getInitialScenario: () => initialScenario(ctx, opener),
    listSamples: () => listSamples(ctx.samplesDir),
    readSample: (_event, id) => readSample(ctx.samplesDir, id),
    ...createFileHandlers(ctx, opener),
  };
}
