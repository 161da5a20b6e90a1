// The figures of format version 2 that a year table shows beside the savings (#20 item 4), as
// rows: structural and incidental savings, the structural shortfall against the target, one-off
// costs, net savings and their running total. The figures are the exports' (budgetFigures,
// shared/export/budget.ts) — the projection's own in euros, and in whole thousands figures that
// agree with the year table's — so the screen, the council's documents and compare say the same.
// A scenario without incidental measures or one-off costs has none of these rows, so a version-1
// file reads as before.
import type { Projection } from '../engine/types';
import { budgetFigures, hasBudgetContent } from '../export/budget';
import type { MoneyUnit } from '../format/money';
import { yearRows, type YearRow } from '../format/year-rows';
import type { Scenario } from '../scenario/schema';

export { hasBudgetContent };

export type BudgetRowKind = 'structural' | 'incidental' | 'oneOffCosts' | 'net' | 'netCumulative' | 'structuralGap';

export interface BudgetRow {
  kind: BudgetRowKind;
  /** Euros (in 'thousand': whole thousands, as euros); null where there is no target yet. */
  values: (number | null)[];
}

/**
 * The rows, in the order a table shows them: structural and incidental (when some measure is
 * incidental), the structural shortfall (then, with a target), one-off costs, net and net
 * cumulative (when there are one-off costs). `rows`: the year table's rows in the same unit, when
 * the caller has them already.
 */
export function budgetRows(scenario: Scenario, projection: Projection, unit: MoneyUnit, rows: readonly YearRow[] = yearRows(projection, unit)): BudgetRow[] {
  const has = hasBudgetContent(projection);
  if (!has.incidental && !has.oneOff) return [];
  const f = budgetFigures(scenario, projection, rows, unit);
  return [
    ...(has.incidental
      ? [
          { kind: 'structural' as const, values: f.structural },
          { kind: 'incidental' as const, values: f.incidental },
          ...(f.structuralGap ? [{ kind: 'structuralGap' as const, values: f.structuralGap }] : []),
        ]
      : []),
    ...(has.oneOff
      ? [
          { kind: 'oneOffCosts' as const, values: f.oneOffCosts },
          { kind: 'net' as const, values: f.net },
          { kind: 'netCumulative' as const, values: f.netCumulative },
        ]
      : []),
  ];
}
