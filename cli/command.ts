// One command of `vcp`: its words for --help, its own options, and what it does.
// A new command (compare, export, import) is one module under commands/ plus a line in commands/index.ts.
import type { Lang } from '../shared/i18n/languages';
import type { Text } from '../shared/i18n/text';
import type { Io } from './io';

/** Options in node:util parseArgs form. */
export type OptionSpecs = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface CommandInput {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
  lang: Lang;
  io: Io;
}

export interface Command {
  name: string;
  /** e.g. "project FILE [--json] [--unit euro|thousand]", with FILE in the reader's language. */
  usage: Text;
  /** One line for the overview. */
  summary: Text;
  /** The rest of `vcp COMMAND --help`: what it does, its options. */
  help: Text;
  options: OptionSpecs;
  /** Returns the exit code; throws UsageError for wrong usage. */
  run(input: CommandInput): Promise<number>;
}
