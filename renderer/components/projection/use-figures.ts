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

const budgetCache = new WeakMap<Projection, Partial<Record<MoneyUnit, BudgetRow[]>>>();

/** budgetRows(projection, unit) (structural, one-off costs, net…), once per projection and unit. */
export function budgetRowsOf(projection: Projection, unit: MoneyUnit): BudgetRow[] {
  let entry = budgetCache.get(projection);
  if (!entry) {
    entry = {};
    budgetCache.set(projection, entry);
  }
  return (entry[unit] ??= budgetRows(projection, unit, rowsOf(projection, unit)));
}
