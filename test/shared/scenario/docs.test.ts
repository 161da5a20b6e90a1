// docs/scenario-format.md: its example is a valid file, and its sample messages are the app's own.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseScenario, parseScenarioText } from '../../../shared/scenario/parse';
import { example } from './support';
import { render } from '../../../shared/i18n/text';

const DOC = readFileSync(path.resolve(__dirname, '../../../docs/scenario-format.md'), 'utf8');

test('every JSON example in the format description is a valid scenario', () => {
  const blocks = [...DOC.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] as string);
  expect(blocks.length).toBeGreaterThan(0);
  for (const block of blocks) {
    const result = parseScenarioText(block);
    expect(result.ok ? [] : result.problems).toEqual([]);
  }
});

test('the sample messages in the description are what the app says', () => {
  const d = example();
  d.lines[2].wagshare = 0.9;
  delete d.lines[2].wageShare;
  d.lines[0].amount = '400000';
  d.measures[2] = { id: 'korting', name: 'K', type: 'cut', lines: ['bibliotheek2'], rate: 0.1 };
  d.measures[0].id = 'korting0';
  const result = parseScenario(d);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  for (const p of result.problems) expect(DOC).toContain(`- \`${p.path}\`: ${render('nl', p.message)}`);
  expect(result.problems).toHaveLength(3);
});
