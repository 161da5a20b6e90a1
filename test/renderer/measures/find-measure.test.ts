// measureOf finds what findMeasure finds, by an index per frozen measure list.
import { produce } from 'immer';
import { findMeasure, measureOf } from '../../../renderer/components/measures/find-measure';
import { generateLargeScenario } from '../../../shared/scenario/generate-large';
import type { Scenario } from '../../../shared/scenario/schema';

it('finds every measure of a frozen scenario as findMeasure does, and the new one after an edit', () => {
  const scenario = produce(generateLargeScenario(), () => {});
  expect(Object.isFrozen(scenario.measures)).toBe(true);
  for (const m of scenario.measures!) expect(measureOf(scenario, m.id)).toBe(findMeasure(scenario, m.id));
  expect(measureOf(scenario, 'no such id')).toBeUndefined();
  // An edit makes a new (frozen) list: its own index, the edited measure in it.
  const edited = produce(scenario, (d) => void (d.measures![3]!.name = 'Nieuw'));
  expect(measureOf(edited, scenario.measures![3]!.id)?.name).toBe('Nieuw');
  expect(measureOf(scenario, scenario.measures![3]!.id)?.name).not.toBe('Nieuw');
});

it('searches a list that is not frozen (a draft may still change), and takes the first of a repeated id', () => {
  const scenario = generateLargeScenario();
  const [a, b] = scenario.measures!;
  const doubled: Scenario = { ...scenario, measures: [a!, { ...b!, id: a!.id }] };
  expect(measureOf(doubled, a!.id)).toBe(a);
  doubled.measures!.reverse();
  expect(measureOf(doubled, a!.id)?.name).toBe(b!.name);
  const frozen = produce(doubled, () => {});
  expect(measureOf(frozen, a!.id)).toBe(frozen.measures![0]);
});
