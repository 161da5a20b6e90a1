// npx tsx bench/run.ts [--json] [--runs N] [--warmup N] [--filter TEXT]
// Runs every case that bench/cases/*.ts exports (default export: BenchCase[]), so a new area
// (UI rendering, Monte Carlo) adds a file there and nothing else.
// Plain output is a table with the target beside each median; --json prints one JSON object
// per line ({name, median_ms, p95_ms, runs, target_ms?}) on stdout, skip notes on stderr.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { runCase, type BenchCase, type BenchResult, type BenchSkip } from './harness';

interface Args {
  json: boolean;
  runs: number;
  warmup: number;
  filter?: string;
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
    else throw new Error(`unknown option ${arg} (use --json, --runs N, --warmup N, --filter TEXT)`);
  }
  return args;
}

async function loadCases(): Promise<BenchCase[]> {
  const dir = path.join(__dirname, 'cases');
  const files = readdirSync(dir)
    .filter((f) => /\.(ts|mts|js|mjs)$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
  const all: BenchCase[] = [];
  for (const file of files) {
    const mod = (await import(path.join(dir, file))) as { default?: BenchCase[] | { default?: BenchCase[] } };
    // tsx may wrap a CommonJS-compiled module's default export once more.
    const exported = Array.isArray(mod.default) ? mod.default : (mod.default as { default?: BenchCase[] })?.default;
    if (!Array.isArray(exported)) throw new Error(`bench/cases/${file} must export default BenchCase[]`);
    all.push(...exported);
  }
  return all;
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
  const cases = (await loadCases()).filter((c) => args.filter === undefined || c.name.includes(args.filter));
  const results: (BenchResult | BenchSkip)[] = [];
  for (const bench of cases) {
    const result = await runCase(bench, args);
    results.push(result);
    if (args.json) {
      if ('skipped' in result) process.stderr.write(`skipped ${result.name}: ${result.skipped}\n`);
      else process.stdout.write(JSON.stringify(result) + '\n');
    }
  }
  if (!args.json) {
    process.stdout.write(`node ${process.version}, ${args.warmup} warm-up runs\n${table(results)}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
