// The bookkeeping of `npm run test:repeat`: its arguments, and per test how many runs it took
// part in and how many it failed, from Jest's JSON results (`--json`).
import { relative } from 'node:path';

export interface RepeatArgs {
  times: number;
  jestArgs: string[];
}

export function parseRepeatArgs(argv: readonly string[]): RepeatArgs {
  const jestArgs: string[] = [];
  let times = 10;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--times') times = Number(argv[++i]);
    else if (arg.startsWith('--times=')) times = Number(arg.slice('--times='.length));
    else jestArgs.push(arg);
  }
  if (!Number.isInteger(times) || times < 1 || times > 1000) throw new Error('--times must be a whole number from 1 to 1000');
  return { times, jestArgs };
}

/** The parts of Jest's `--json` result read here. */
export interface JestJson {
  numPassedTests: number;
  numFailedTests: number;
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
}

export interface TestTally {
  runs: number;
  failed: number;
  /** The first line of the first failure seen. */
  message: string;
}

const NOT_RUN = new Set(['pending', 'skipped', 'todo', 'disabled']);

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}

/** Adds one run's result to `counts`, keyed `FILE › FULL TEST NAME`. */
export function tallyRun(counts: Map<string, TestTally>, result: JestJson, root: string): void {
  const add = (key: string, failed: boolean, message: string | undefined) => {
    const entry = counts.get(key) ?? { runs: 0, failed: 0, message: '' };
    entry.runs += 1;
    if (failed) {
      entry.failed += 1;
      if (!entry.message) entry.message = firstLine(message);
    }
    counts.set(key, entry);
  };
  for (const file of result.testResults) {
    const where = relative(root, file.name);
    // A file that failed before any of its tests ran (a syntax error, a failing beforeAll).
    if (file.assertionResults.length === 0 && file.status === 'failed') add(`${where} › (the file itself)`, true, file.message);
    for (const test of file.assertionResults) {
      if (!NOT_RUN.has(test.status)) add(`${where} › ${test.fullName}`, test.status !== 'passed', test.failureMessages?.[0]);
    }
  }
}

export function repeatReport(counts: ReadonlyMap<string, TestTally>, times: number): string {
  const failing = [...counts.entries()].filter(([, e]) => e.failed > 0).sort((a, b) => b[1].failed - a[1].failed || (a[0] < b[0] ? -1 : 1));
  const lines = [`${counts.size} tests, ${times} runs: ${failing.length} failed at least once.`];
  for (const [name, e] of failing) lines.push(`  ${e.failed}/${e.runs} failed  ${name}`, `      ${e.message.slice(0, 300)}`);
  return lines.join('\n');
}
