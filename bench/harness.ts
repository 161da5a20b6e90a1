// A small benchmark harness: a case prepares its input once (untimed), then its `run` is
// warmed up and timed N times with performance.now(). Reports median and p95 (nearest rank).
// Timing is reported, never asserted: machines differ, and a busy CI box is not a regression.

export interface BenchCase {
  /** Dotted name, area first: `engine.project.large`, `ui.table.render`, `montecarlo.1000`. */
  name: string;
  /** What the product promises for the median, for the report only. */
  targetMs?: number;
  /** What the product promises for the 95th percentile, where it says. */
  p95TargetMs?: number;
  /** Prepares the input and returns the function to time; return a string to skip with that note. */
  setup?: () => (() => unknown) | string | Promise<(() => unknown) | string>;
  /**
   * For timings taken elsewhere (in a browser: input event to painted frame): returns the
   * samples in ms, or a string to skip with that note. Used instead of `setup`.
   */
  measure?: () => Promise<number[] | string>;
  /** Override the runner's defaults for slow cases (e.g. a Monte Carlo run of seconds). */
  runs?: number;
  warmup?: number;
}

export interface BenchResult {
  name: string;
  median_ms: number;
  p95_ms: number;
  runs: number;
  target_ms?: number;
  p95_target_ms?: number;
}

export interface BenchSkip {
  name: string;
  skipped: string;
}

/** The value at quantile q of sorted samples, nearest-rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] as number;
}

// Results go somewhere the optimiser cannot prove unused.
let sink: unknown;
export function lastResult(): unknown {
  return sink;
}

export async function runCase(
  bench: BenchCase,
  defaults: { runs: number; warmup: number },
): Promise<BenchResult | BenchSkip> {
  if (bench.measure) {
    const measured = await bench.measure();
    if (typeof measured === 'string') return { name: bench.name, skipped: measured };
    return summarise(bench, [...measured].sort((a, b) => a - b));
  }
  if (!bench.setup) return { name: bench.name, skipped: 'neither setup nor measure' };
  const prepared = await bench.setup();
  if (typeof prepared === 'string') return { name: bench.name, skipped: prepared };
  const runs = bench.runs ?? defaults.runs;
  const warmup = bench.warmup ?? defaults.warmup;
  for (let i = 0; i < warmup; i++) sink = prepared();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink = prepared();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return summarise(bench, samples);
}

function summarise(bench: BenchCase, sorted: number[]): BenchResult {
  return {
    name: bench.name,
    median_ms: quantile(sorted, 0.5),
    p95_ms: quantile(sorted, 0.95),
    runs: sorted.length,
    ...(bench.targetMs !== undefined && { target_ms: bench.targetMs }),
    ...(bench.p95TargetMs !== undefined && { p95_target_ms: bench.p95TargetMs }),
  };
}
