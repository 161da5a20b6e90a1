// npx tsx bench/run.ts [--json] [--runs N] [--warmup N] [--filter TEXT]
// Runs every case that bench/cases/*.ts exports (default export: BenchCase[]), so a new area
// (UI rendering, Monte Carlo) adds a file there and nothing else.
// Plain output is a table with the target beside each median; --json prints one JSON object
// per line ({name, median_ms, p95_ms, runs, target_ms?, p95_target_ms?}) on stdout, skip notes
// on stderr.
//
// Each case module runs in a process of its own: what one module loads must not change another's
// timings. (Measured: once playwright-core is loaded, V8 takes its slow path for array spread,
// and project() of the large scenario went from ~1 ms to ~8 ms in the same process.)
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { runCase, type BenchCase, type BenchResult, type BenchSkip } from './harness';

interface Args {
  json: boolean;
  runs: number;
  warmup: number;
  filter?: string;
  /** Internal: run the cases of this one module and print JSON lines (the child process). */
  module?: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { json: false, runs: 500, warmup: 100 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--json') args.json = true;
    else if (arg === '--runs') args.runs = Math.max(1, Number.parseInt(value(), 10));
    else if (arg === '--warmup') args.warmup = Math.max(0, Number.parseInt(value(), 10));
    else if (arg === '--filter') args.filter = value();
    else if (arg === '--module') args.module = value();
    else throw new Error(`unknown option ${arg} (use --json, --runs N, --warmup N, --filter TEXT)`);
  }
  return args;
}

const CASES_DIR = path.join(__dirname, 'cases');

function caseModules(): string[] {
  return readdirSync(CASES_DIR)
    .filter((f) => /\.(ts|mts|js|mjs)$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
}

async function loadCases(file: string): Promise<BenchCase[]> {
  const mod = (await import(path.join(CASES_DIR, file))) as { default?: BenchCase[] | { default?: BenchCase[] } };
  // tsx may wrap a CommonJS-compiled module's default export once more.
  const exported = Array.isArray(mod.default) ? mod.default : (mod.default as { default?: BenchCase[] })?.default;
  if (!Array.isArray(exported)) throw new Error(`bench/cases/${file} must export default BenchCase[]`);
  return exported;
}

/** The child: run one module's (filtered) cases, one JSON line per result on stdout. */
async function runModule(args: Args & { module: string }): Promise<void> {
  const cases = (await loadCases(args.module)).filter((c) => args.filter === undefined || c.name.includes(args.filter));
  for (const bench of cases) process.stdout.write(JSON.stringify(await runCase(bench, args)) + '\n');
}

/** The parent: one child process per module, with the same Node options (tsx's loader included). */
function runInChild(file: string, args: Args, onResult: (r: BenchResult | BenchSkip) => void): Promise<void> {
  const childArgs = ['--module', file, '--runs', String(args.runs), '--warmup', String(args.warmup)];
  if (args.filter !== undefined) childArgs.push('--filter', args.filter);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, __filename, ...childArgs], { stdio: ['ignore', 'pipe', 'inherit'] });
    let buffered = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline).trim();
        buffered = buffered.slice(newline + 1);
        if (line.startsWith('{')) onResult(JSON.parse(line) as BenchResult | BenchSkip);
        else if (line !== '') process.stderr.write(`${file}: ${line}\n`);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`bench/cases/${file} exited with ${code}`))));
  });
}

const ms = (x: number) => x.toFixed(3);

function table(results: readonly (BenchResult | BenchSkip)[]): string {
  const rows = [['case', 'median ms', 'p95 ms', 'runs', 'target ms', '']];
  for (const r of results) {
    if ('skipped' in r) {
      rows.push([r.name, '-', '-', '-', '-', `skipped: ${r.skipped}`]);
      continue;
    }
    const over = (r.target_ms !== undefined && r.median_ms > r.target_ms) || (r.p95_target_ms !== undefined && r.p95_ms > r.p95_target_ms);
    const verdict = r.target_ms === undefined && r.p95_target_ms === undefined ? '' : over ? 'OVER TARGET' : 'ok';
    const target = [r.target_ms === undefined ? '' : `≤ ${r.target_ms}`, r.p95_target_ms === undefined ? '' : `p95 ≤ ${r.p95_target_ms}`].filter(Boolean).join(', ');
    rows.push([r.name, ms(r.median_ms), ms(r.p95_ms), String(r.runs), target || '-', verdict]);
  }
  const widths = (rows[0] as string[]).map((_, c) => Math.max(...rows.map((row) => (row[c] as string).length)));
  return rows
    .map((row) => row.map((cell, c) => (c === 0 || c === 5 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number))).join('  ').trimEnd())
    .join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.module !== undefined) return runModule({ ...args, module: args.module });
  const results: (BenchResult | BenchSkip)[] = [];
  const failed: string[] = [];
  for (const file of caseModules()) {
    try {
      await runInChild(file, args, (result) => {
        results.push(result);
        if (!args.json) return;
        if ('skipped' in result) process.stderr.write(`skipped ${result.name}: ${result.skipped}\n`);
        else process.stdout.write(JSON.stringify(result) + '\n');
      });
    } catch (error) {
      failed.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (!args.json) {
    process.stdout.write(`node ${process.version}, ${args.warmup} warm-up runs, one process per bench/cases module\n${table(results)}\n`);
  }
  for (const message of failed) process.stderr.write(`bench: ${message}\n`);
  if (failed.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
