// Real files for the comparison tests: the samples and the spec's worked example, parsed as the
// app parses them, and variants made from them by changing a copy.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseScenarioText } from '../../../shared/scenario/parse';
import type { Measure, Scenario } from '../../../shared/scenario/schema';

export const REPO = resolve(__dirname, '../../..');

export function load(path: string): Scenario {
  const result = parseScenarioText(readFileSync(resolve(REPO, path), 'utf8'));
  if (!result.ok) throw new Error(`${path} is invalid: ${JSON.stringify(result.problems)}`);
  return result.value;
}

export const voorbeeld = () => load('test/fixtures/voorbeeld.json');
export const stichtseVecht = () => load('scenarios/stichtse-vecht-vitale-coalitie.vcscenario.json');
/** The same coalition with one equal cut of 20 % on every partner instead of the 5% decision. */
export const stichtseVechtEqualCut = () => load('scenarios/stichtse-vecht-vitale-coalitie-gelijke-korting.vcscenario.json');
export const zwolleBegroting = () => load('scenarios/zwolle-begrotingswijziging.vcscenario.json');

/** A copy of `scenario` changed by `edit`; the result is checked to be a valid scenario. */
export function variant(scenario: Scenario, edit: (copy: Scenario) => void): Scenario {
  const copy = JSON.parse(JSON.stringify(scenario)) as Scenario; // jsdom has no structuredClone
  edit(copy);
  const parsed = parseScenarioText(JSON.stringify(copy));
  if (!parsed.ok) throw new Error(`variant is invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

export function measure(scenario: Scenario, id: string): Measure {
  const found = scenario.measures?.find((m) => m.id === id);
  if (!found) throw new Error(`no measure ${id}`);
  return found;
}
