// File-name rules (shared/files): safe names from titles, the window title, backup ids.
import { BACKUP_ID, scenarioFileName, windowTitle, withScenarioSuffix } from '../../../shared/files/file-names';
import { newId } from '../../../shared/files/new-id';

it('makes a file name from a title that every system accepts', () => {
  expect(scenarioFileName('Stichtse Vecht: 5% / 10%')).toBe('Stichtse Vecht 5% 10%.vcscenario.json');
  expect(scenarioFileName('  ..verborgen?  ')).toBe('verborgen.vcscenario.json');
  expect(scenarioFileName('a\\b<c>d|e*f"g')).toBe('a b c d e f g.vcscenario.json');
  expect(scenarioFileName('')).toBe('scenario.vcscenario.json');
  expect(scenarioFileName('...')).toBe('scenario.vcscenario.json');
  expect(scenarioFileName('CON')).toBe('CON scenario.vcscenario.json');
  expect(scenarioFileName('x'.repeat(300))).toHaveLength(120 + '.vcscenario.json'.length);
  expect(scenarioFileName('../../etc/passwd')).toBe('etc passwd.vcscenario.json');
});

it('adds the suffix only where there is no .json', () => {
  expect(withScenarioSuffix('plan')).toBe('plan.vcscenario.json');
  expect(withScenarioSuffix('plan.JSON')).toBe('plan.JSON');
  expect(withScenarioSuffix('plan.vcscenario.json')).toBe('plan.vcscenario.json');
});

it('writes the window title with the unsaved mark', () => {
  expect(windowTitle('plan.vcscenario.json', false)).toBe('plan.vcscenario.json — Vitale Coalitie Scenarioplanner');
  expect(windowTitle('plan.vcscenario.json', true)).toBe('plan.vcscenario.json ● — Vitale Coalitie Scenarioplanner');
  expect(windowTitle(null, true)).toBe('Vitale Coalitie Scenarioplanner');
});

it('makes ids that main accepts as backup ids', () => {
  const ids = new Set(Array.from({ length: 50 }, () => newId()));
  expect(ids.size).toBe(50);
  for (const id of ids) expect(id).toMatch(BACKUP_ID);
  expect(BACKUP_ID.test('../x')).toBe(false);
});
