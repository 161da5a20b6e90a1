import type { Measure, Scenario } from '../../../shared/scenario/schema';

/** A measure of a (draft) scenario by id: rows edit by id, so an edit never lands on the wrong row. */
export function findMeasure(scenario: Scenario, id: string): Measure | undefined {
  return scenario.measures?.find((m) => m.id === id);
}

/** The measures by id, per frozen measure list (the store's: immer freezes what it produces). */
const byId = new WeakMap<readonly Measure[], Map<string, Measure>>();

/**
 * findMeasure for the scenario in the store, where every row selects its own measure on every
 * change: sixty rows each searching sixty measures on every slider move, now one lookup each.
 * A list that is not frozen (a draft) may still change, so it is searched.
 */
export function measureOf(scenario: Scenario, id: string): Measure | undefined {
  const measures = scenario.measures;
  if (!measures || !Object.isFrozen(measures)) return findMeasure(scenario, id);
  let index = byId.get(measures);
  if (!index) {
    index = new Map();
    // The first of a repeated id, as find() has it.
    for (const m of measures) if (!index.has(m.id)) index.set(m.id, m);
    byId.set(measures, index);
  }
  return index.get(id);
}
