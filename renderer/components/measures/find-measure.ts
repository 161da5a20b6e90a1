import type { Measure, Scenario } from '../../../shared/scenario/schema';

/** A measure of a (draft) scenario by id: rows edit by id, so an edit never lands on the wrong row. */
export function findMeasure(scenario: Scenario, id: string): Measure | undefined {
  return scenario.measures?.find((m) => m.id === id);
}
