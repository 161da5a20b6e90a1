// The engine's speed targets: a projection of the large scenario in ≤ 1 ms (median), so the
// workshop sees every edit at once; reading and validating a large file in ≤ 10 ms.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { project } from '../../shared/engine/project';
import { generateLargeScenario } from '../../shared/scenario/generate-large';
import { parseScenarioText } from '../../shared/scenario/parse';
import type { Scenario } from '../../shared/scenario/schema';
import type { BenchCase } from '../harness';

const root = path.resolve(__dirname, '../..');

/** The largest sample scenario file, or a note why there is none. */
function largestSample(): { file: string; scenario: Scenario } | string {
  const dir = path.join(root, 'scenarios');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.vcscenario.json')) : [];
  if (files.length === 0) return 'no scenarios/*.vcscenario.json yet';
  const largest = files
    .map((f) => ({ f, size: statSync(path.join(dir, f)).size }))
    .sort((a, b) => b.size - a.size || a.f.localeCompare(b.f))[0] as { f: string };
  const parsed = parseScenarioText(readFileSync(path.join(dir, largest.f), 'utf8'));
  if (!parsed.ok) return `scenarios/${largest.f} does not parse`;
  return { file: largest.f, scenario: parsed.value };
}

const cases: BenchCase[] = [
  {
    name: 'engine.project.large',
    targetMs: 1,
    setup: () => {
      const scenario = generateLargeScenario();
      return () => project(scenario);
    },
  },
  {
    // The worst case for the baseline: 300 different growth rates and wage shares, each
    // multiplied out over the horizon (Math.pow per line and year).
    name: 'engine.project.large-distinct-rates',
    setup: () => {
      const scenario = generateLargeScenario({ distinctRates: true });
      return () => project(scenario);
    },
  },
  {
    name: 'engine.project.sample',
    targetMs: 1,
    setup: () => {
      const sample = largestSample();
      if (typeof sample === 'string') return sample;
      return () => project(sample.scenario);
    },
  },
  {
    name: 'engine.parse.large',
    targetMs: 10,
    runs: 100,
    warmup: 20,
    setup: () => {
      // What opening a file costs: JSON.parse, migrations, schema and semantic checks.
      const text = JSON.stringify(generateLargeScenario());
      if (!parseScenarioText(text).ok) return 'the large scenario does not parse; fix generate-large.ts';
      return () => parseScenarioText(text);
    },
  },
];

export default cases;
