import { project } from '../../shared/engine/project';
import type { Projection } from '../../shared/engine/types';
import type { Scenario } from '../../shared/scenario/schema';
import { useAppStore } from './store';
import { scenarioSelectors } from './scenario-slice';

// The projection is derived from the scenario, never stored. Scenarios are immutable (immer), so
// one WeakMap keyed by the scenario object lets the headline, the charts and the tables share a
// single project() per edit instead of one per component.
const projections = new WeakMap<Scenario, Projection>();

export function projectionOf(scenario: Scenario): Projection {
  let projection = projections.get(scenario);
  if (!projection) {
    projection = project(scenario);
    projections.set(scenario, projection);
  }
  return projection;
}

export function useProjection(): Projection | null {
  const scenario = useAppStore(scenarioSelectors.scenario);
  return scenario ? projectionOf(scenario) : null;
}
