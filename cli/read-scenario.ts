// Reading a scenario file from disk, with one clear line for each way it can fail.
// Node does the reading; shared/ does the rest (UTF-8, empty, JSON, format, schema).
// The parser (and the schema library under it) loads on first use, so --help and wrong usage
// answer without it.
import { readFile } from 'node:fs/promises';
import { decodeScenarioBytes } from '../shared/scenario/decode';
import { visible } from '../shared/scenario/problem-text';
import type { Lang } from '../shared/scenario/problems';
import type { Scenario } from '../shared/scenario/schema';
import { oneLine } from './io';
import { catalogue, render } from '../shared/i18n/text';

export type LoadResult =
  | { ok: true; scenario: Scenario }
  /** Each problem as its `FILE: PATH: message` line. */
  | { ok: false; lines: string[] };

const READ_ERRORS: Record<string, 'notFound' | 'isDirectory' | 'noAccess'> = {
  ENOENT: 'notFound',
  ENOTDIR: 'notFound',
  EISDIR: 'isDirectory',
  EACCES: 'noAccess',
  EPERM: 'noAccess',
};

/** Why a file could not be read, in the reader's language. */
export function readErrorText(error: unknown, lang: Lang): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const key = READ_ERRORS[code];
  const words = catalogue(lang).numbers.file;
  return key ? words[key] : words.unreadable(code || (error as Error).message);
}

export function problemLine(file: string, path: string, text: string): string {
  // The file name is the user's too: a name with a line break must not start a line of its own.
  return `${visible(file)}: ${visible(path)}: ${oneLine(text)}`;
}

async function readText(file: string, lang: Lang): Promise<{ ok: true; text: string } | { ok: false; line: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { ok: false, line: problemLine(file, '-', readErrorText(error, lang)) };
  }
  const decoded = decodeScenarioBytes(bytes);
  return decoded.ok ? decoded : { ok: false, line: problemLine(file, decoded.problem.path, render(lang, decoded.problem.message)) };
}

/** Reads and checks one scenario file; never throws for anything wrong with the file. */
export async function loadScenario(file: string, lang: Lang): Promise<LoadResult> {
  const read = await readText(file, lang);
  if (!read.ok) return { ok: false, lines: [read.line] };
  const { parseScenarioText } = await import('../shared/scenario/parse');
  const parsed = parseScenarioText(read.text);
  if (parsed.ok) return { ok: true, scenario: parsed.value };
  return { ok: false, lines: parsed.problems.map((p) => problemLine(file, p.path, render(lang, p.message))) };
}
