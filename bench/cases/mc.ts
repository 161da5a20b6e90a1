// The uncertainty feature's speed targets: a Monte Carlo band for a real sample fast enough to
// redraw while a slider moves (5,000 draws ≤ 50 ms), and for the large generated scenario
// within a second (1,000 draws ≤ 1 s). Plus the tornado of the large scenario, and what one edit
// costs the app's worker (band and tornado with the app's own draw plan), for the report.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseScenarioText } from '../../shared/scenario/parse';
import { generateLargeScenario } from '../../shared/scenario/generate-large';
import type { Scenario } from '../../shared/scenario/schema';
import { simulate } from '../../shared/uncertainty/monte-carlo';
import { sensitivity } from '../../shared/uncertainty/sensitivity';
import { computeUncertainty, drawPlan } from '../../renderer/workers/uncertainty-protocol';
import type { BenchCase } from '../harness';

const root = path.resolve(__dirname, '../..');

/** The largest sample scenario file (by size, as bench/cases/engine.ts picks it), or a note why there is none. */
function largestSample(): Scenario | string {
  const dir = path.join(root, 'scenarios');
  const files = readdirSync(dir).filter((f) => f.endsWith('.vcscenario.json'));
  if (files.length === 0) return 'no scenarios/*.vcscenario.json yet';
  const largest = files
    .map((f) => ({ f, size: statSync(path.join(dir, f)).size }))
    .sort((a, b) => b.size - a.size || a.f.localeCompare(b.f))[0] as { f: string };
  const parsed = parseScenarioText(readFileSync(path.join(dir, largest.f), 'utf8'));
  return parsed.ok ? parsed.value : `scenarios/${largest.f} does not parse`;
}

const cases: BenchCase[] = [
  {
    name: 'mc.sample.5000',
    targetMs: 50,
    runs: 100,
    warmup: 10,
    setup: () => {
      const scenario = largestSample();
      if (typeof scenario === 'string') return scenario;
      return () => simulate(scenario, { draws: 5000, seed: 1 });
    },
  },
  {
    name: 'mc.large.1000',
    targetMs: 1000,
    runs: 15,
    warmup: 3,
    setup: () => {
      const scenario = generateLargeScenario();
      return () => simulate(scenario, { draws: 1000, seed: 1 });
    },
  },
  {
    name: 'mc.sensitivity.large',
    runs: 30,
    warmup: 5,
    setup: () => {
      const scenario = generateLargeScenario();
      return () => sensitivity(scenario);
    },
  },
  {
    // One edit in the app: the worker's whole job for the largest sample with a range (50%–150%)
    // on every measure: 5,000 draws and the tornado.
    name: 'mc.worker.sample',
    runs: 60,
    warmup: 5,
    setup: () => {
      const sample = largestSample();
      if (typeof sample === 'string') return sample;
      const scenario: Scenario = { ...sample, measures: (sample.measures ?? []).map((m) => ({ ...m, uncertainty: { low: 0.5, high: 1.5 } })) };
      const { draws, seed } = drawPlan(scenario);
      return () => computeUncertainty({ seq: 1, scenario, draws, seed });
    },
  },
  {
    // The same for the large scenario (its plan takes 1,000 draws).
    name: 'mc.worker.large',
    runs: 10,
    warmup: 2,
    setup: () => {
      const scenario = generateLargeScenario();
      const { draws, seed } = drawPlan(scenario);
      return () => computeUncertainty({ seq: 1, scenario, draws, seed });
    },
  },
];

export default cases;
