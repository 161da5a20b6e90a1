// The scenarios every export test runs on: the spec's worked example and every sample file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { project } from '../../../shared/engine/project';
import type { Projection } from '../../../shared/engine/types';
import type { MoneyUnit } from '../../../shared/format/money';
import { buildSummary, type ExportSummary } from '../../../shared/export/summary';
import { parseScenarioText } from '../../../shared/scenario/parse';
import type { Lang } from '../../../shared/scenario/problems';
import type { Scenario } from '../../../shared/scenario/schema';

export const ROOT = resolve(__dirname, '..', '..', '..');

export function loadScenario(path: string): Scenario {
  const parsed = parseScenarioText(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path} is not a valid scenario`);
  return parsed.value;
}

export const SCENARIO_FILES: Record<string, string> = {
  voorbeeld: join(ROOT, 'test', 'fixtures', 'voorbeeld.json'),
  ...Object.fromEntries(
    readdirSync(join(ROOT, 'scenarios'))
      .filter((f) => f.endsWith('.vcscenario.json'))
      .sort()
      .map((f) => [f.replace(/\.vcscenario\.json$/, ''), join(ROOT, 'scenarios', f)]),
  ),
};
export const NAMES = Object.keys(SCENARIO_FILES);

const cache = new Map<string, { scenario: Scenario; projection: Projection }>();
export function sample(name: string): { scenario: Scenario; projection: Projection } {
  let hit = cache.get(name);
  if (!hit) {
    const scenario = loadScenario(SCENARIO_FILES[name] as string);
    hit = { scenario, projection: project(scenario) };
    cache.set(name, hit);
  }
  return hit;
}

export const DATE = '2024-03-05';

export function summaryOf(name: string, lang: Lang = 'nl', unit: MoneyUnit = 'euro'): ExportSummary {
  const { scenario, projection } = sample(name);
  return buildSummary(scenario, projection, { lang, unit, date: DATE });
}

export const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) + 0;

/** Intl writes a no-break space between € and the digits. */
export const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
