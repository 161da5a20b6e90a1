// The projection and the year table's rows, computed once per scenario for the whole column.
// The projection itself is shared app-wide by renderer/store/use-projection.ts.
import { useMemo } from 'react';
import type { Projection } from '../../../shared/engine/types';
import type { MoneyUnit } from '../../../shared/format/money';
import { useAppStore } from '../../store/store';
import { uiSelectors } from '../../store/ui-slice';
import { projectionOf, useProjection } from '../../store/use-projection';
import { budgetRows, type BudgetRow } from '../../../shared/budget/rows';
import type { Scenario } from '../../../shared/scenario/schema';
import { savingsRows, type YearRow } from './figures';

export { projectionOf };

export function useCachedProjection(): Projection | null {
  return useProjection();
}

/** `compute(projection, unit, …)` kept once per projection and unit (what else it takes follows from the projection). */
function perProjectionAndUnit<T, A extends unknown[]>(
  compute: (projection: Projection, unit: MoneyUnit, ...rest: A) => T,
): (projection: Projection, unit: MoneyUnit, ...rest: A) => T {
  const cache = new WeakMap<Projection, Partial<Record<MoneyUnit, T>>>();
  return (projection, unit, ...rest) => {
    let entry = cache.get(projection);
    if (!entry) {
      entry = {};
      cache.set(projection, entry);
    }
    return (entry[unit] ??= compute(projection, unit, ...rest));
  };
}

/** yearRows(projection, unit), once per projection and unit. */
export const rowsOf: (projection: Projection, unit: MoneyUnit) => YearRow[] = perProjectionAndUnit(savingsRows);

export function useYearRows(projection: Projection | null): YearRow[] | null {
  const unit = useAppStore(uiSelectors.unit);
  return useMemo(() => (projection ? rowsOf(projection, unit) : null), [projection, unit]);
}

const budgetRowsCached = perProjectionAndUnit((projection, unit, scenario: Scenario) => budgetRows(scenario, projection, unit, rowsOf(projection, unit)));

/** budgetRows (structural, one-off costs, net…) of `projection`, the projection of `scenario`, once per projection and unit. */
export function budgetRowsOf(scenario: Scenario, projection: Projection, unit: MoneyUnit): BudgetRow[] {
  return budgetRowsCached(projection, unit, scenario);
}
