import { useMemo } from 'react';
import { project } from '../../shared/engine/project';
import type { Projection } from '../../shared/engine/types';
import { useAppStore } from './store';
import { scenarioSelectors } from './scenario-slice';

/** The projection is derived from the scenario, never stored. */
export function useProjection(): Projection | null {
  const scenario = useAppStore(scenarioSelectors.scenario);
  return useMemo(() => (scenario ? project(scenario) : null), [scenario]);
}
