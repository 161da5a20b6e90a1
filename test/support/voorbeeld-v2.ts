// The worked example of format version 2 (docs/scenario-format.md), as text and as a scenario.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseScenarioText } from '../../shared/scenario/parse';
import type { Scenario } from '../../shared/scenario/schema';

export const VOORBEELD_V2_TEXT = readFileSync(resolve(__dirname, '../fixtures/voorbeeld-v2.json'), 'utf8');

/** A fresh copy each call, to change as a test likes. */
export function voorbeeldV2(): Scenario {
  const r = parseScenarioText(VOORBEELD_V2_TEXT);
  if (!r.ok) throw new Error('test/fixtures/voorbeeld-v2.json does not parse');
  return r.value;
}
