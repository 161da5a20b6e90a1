// The projection and the year table's rows, computed once per scenario for the whole column.
// The projection itself is shared app-wide by renderer/store/use-projection.ts.
import { useMemo } from 'react';
import type { Projection } from '../../../shared/engine/types';
import type { MoneyUnit } from '../../../shared/format/money';
import { useAppStore } from '../../store/store';
import { uiSelectors } from '../../store/ui-slice';
import { projectionOf, useProjection } from '../../store/use-projection';
import { budgetRows, type BudgetRow } from '../../../shared/budget/rows';
import { savingsRows, type YearRow } from './figures';

export { projectionOf };

export function useCachedProjection(): Projection | null {
  return useProjection();
}

/** `compute(projection, unit)` kept once per projection and unit. */
function perProjectionAndUnit<T>(compute: (projection: Projection, unit: MoneyUnit) => T): (projection: Projection, unit: MoneyUnit) => T {
  const cache = new WeakMap<Projection, Partial<Record<MoneyUnit, T>>>();
  return (projection, unit) => {
    let entry = cache.get(projection);
    if (!entry) {
      entry = {};
      cache.set(projection, entry);
    }
    return (entry[unit] ??= compute(projection, unit));
  };
}

/** yearRows(projection, unit), once per projection and unit. */
export const rowsOf: (projection: Projection, unit: MoneyUnit) => YearRow[] = perProjectionAndUnit(savingsRows);

export function useYearRows(projection: Projection | null): YearRow[] | null {
  const unit = useAppStore(uiSelectors.unit);
  return useMemo(() => (projection ? rowsOf(projection, unit) : null), [projection, unit]);
}

/** budgetRows(projection, unit) (structural, one-off costs, net…), once per projection and unit. */
export const budgetRowsOf: (projection: Projection, unit: MoneyUnit) => BudgetRow[] = perProjectionAndUnit((projection, unit) =>
  budgetRows(projection, unit, rowsOf(projection, unit)),
);
