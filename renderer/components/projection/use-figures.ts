// The projection and the year table's rows, computed once per scenario for the whole column.
// useProjection() memoises per component, so the chart, the tables and the headline would each
// run project() on every edit; one WeakMap keyed by the (immutable) scenario runs it once.
import { useMemo } from 'react';
import { project } from '../../../shared/engine/project';
import type { Projection } from '../../../shared/engine/types';
import type { MoneyUnit } from '../../../shared/format/money';
import type { Scenario } from '../../../shared/scenario/schema';
import { scenarioSelectors } from '../../store/scenario-slice';
import { useAppStore } from '../../store/store';
import { uiSelectors } from '../../store/ui-slice';
import { savingsRows, type YearRow } from './figures';

const projections = new WeakMap<Scenario, Projection>();

export function projectionOf(scenario: Scenario): Projection {
  let projection = projections.get(scenario);
  if (!projection) {
    projection = project(scenario);
    projections.set(scenario, projection);
  }
  return projection;
}

export function useCachedProjection(): Projection | null {
  const scenario = useAppStore(scenarioSelectors.scenario);
  return scenario ? projectionOf(scenario) : null;
}

const rowsCache = new WeakMap<Projection, Partial<Record<MoneyUnit, YearRow[]>>>();

/** yearRows(projection, unit), once per projection and unit. */
export function rowsOf(projection: Projection, unit: MoneyUnit): YearRow[] {
  let entry = rowsCache.get(projection);
  if (!entry) {
    entry = {};
    rowsCache.set(projection, entry);
  }
  return (entry[unit] ??= savingsRows(projection, unit));
}

export function useYearRows(projection: Projection | null): YearRow[] | null {
  const unit = useAppStore(uiSelectors.unit);
  return useMemo(() => (projection ? rowsOf(projection, unit) : null), [projection, unit]);
}
