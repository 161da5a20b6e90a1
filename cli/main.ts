// `vcp [--lang nl|en] COMMAND [options] ARGS`: finds the command, parses its options, runs it,
// and turns wrong usage into exit code 2 and anything unexpected into one line and exit code 3.
import { parseArgs } from 'node:util';
import { DEFAULT_LANG, isLang, USER_LANGS, type Lang } from '../shared/i18n/languages';
import { catalogue, render, text } from '../shared/i18n/text';
import type { Command, OptionSpecs } from './command';
import { COMMANDS, findCommand } from './commands/index';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE } from './exit-codes';
import { oneLine, type Io } from './io';
import { UsageError } from './usage';

/** The languages --help and a wrong --lang name; the pseudo-locale qps is accepted too, never offered. */
const OFFERED = USER_LANGS.join('|');
const GLOBAL_OPTIONS: OptionSpecs = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

/** The --lang value, looked up before anything else so that every message is in that language. */
function langOf(argv: readonly string[]): { lang: Lang; bad?: string } {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === undefined) continue;
    return isLang(value) ? { lang: value } : { lang: DEFAULT_LANG, bad: value };
  }
  return { lang: DEFAULT_LANG };
}

/** The index of the command word: the first argument that is neither an option nor --lang's value. */
function commandIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--lang') i += 1;
    else if (arg === '--') return i + 1 < argv.length ? i + 1 : -1;
    else if (!arg.startsWith('-') || arg === '-') return i;
  }
  return -1;
}

/** node:util's parse errors name the option in quotes; keep just that. */
function usageErrorOf(error: unknown): UsageError {
  const code = (error as { code?: string }).code;
  const said = (error as Error).message ?? '';
  const option = /'(-[^'\s]*)/.exec(said)?.[1] ?? said;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return new UsageError(text('numbers.usage.missingValue', option));
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(text('numbers.usage.unknownOption', option));
  return new UsageError(text('numbers.usage.unknownOption', oneLine(said)));
}

function overview(lang: Lang): string {
  const words = catalogue(lang).commandLine.overview;
  const usages = COMMANDS.map((c) => `vcp ${render(lang, c.usage)}`);
  const width = Math.max(...usages.map((u) => u.length));
  return [
    words.title,
    '',
    words.usage,
    ...COMMANDS.map((c, i) => `  ${(usages[i] as string).padEnd(width)}   ${render(lang, c.summary)}`),
    '',
    words.options,
    words.lang(OFFERED, DEFAULT_LANG),
    words.help,
    '',
    words.exit,
  ].join('\n');
}

function commandHelp(command: Command, lang: Lang): string {
  const words = catalogue(lang).commandLine.overview;
  return [`${words.usage} vcp ${render(lang, command.usage)} [--lang ${OFFERED}]`, '', render(lang, command.help)].join('\n');
}

async function dispatch(argv: readonly string[], lang: Lang, io: Io): Promise<number> {
  const at = commandIndex(argv);
  if (at < 0) {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.out(overview(lang) + '\n');
      return EXIT_OK;
    }
    // Options before any command: report an unknown one as such, else ask for a command.
    parseArgs({ args: [...argv], options: GLOBAL_OPTIONS, strict: true, allowPositionals: true });
    throw new UsageError(text('numbers.usage.noCommand'));
  }
  const name = argv[at] as string;
  const command = findCommand(name);
  if (!command) throw new UsageError(text('numbers.usage.unknownCommand', name));

  const rest = [...argv.slice(0, at), ...argv.slice(at + 1)];
  const { values, positionals } = parseArgs({
    args: rest,
    options: { ...GLOBAL_OPTIONS, ...command.options },
    strict: true,
    allowPositionals: true,
  });
  if (values.help) {
    io.out(commandHelp(command, lang) + '\n');
    return EXIT_OK;
  }
  return command.run({ positionals, values, lang, io });
}

/** Runs `vcp` with these arguments (without node and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const { lang, bad } = langOf(argv);
  const usage = (error: UsageError) => {
    io.err(`vcp: ${render(lang, error.text)}\n${catalogue(lang).numbers.usage.seeHelp}\n`);
    return EXIT_USAGE;
  };
  if (bad !== undefined) return usage(new UsageError(text('numbers.usage.badValue', bad, '--lang', USER_LANGS.join(', '))));
  try {
    return await dispatch(argv, lang, io);
  } catch (error) {
    if (error instanceof UsageError) return usage(error);
    if (typeof (error as { code?: unknown }).code === 'string' && String((error as { code: string }).code).startsWith('ERR_PARSE_ARGS')) {
      return usage(usageErrorOf(error));
    }
    io.err(`vcp: ${catalogue(lang).numbers.internalError(oneLine(String((error as Error)?.message ?? error)))}\n`);
    return EXIT_INTERNAL;
  }
}
