// The figures of format version 2 that a year table shows beside the savings (#20 item 4):
// structural and incidental savings, one-off costs, net savings and their running total, and the
// structural shortfall against the target — in whole euros (the projection's own figures), or in
// whole thousands that agree with the year table's (shared/format/year-rows): structural is the
// sum of the structural measures' rows as that table rounds them, incidental the rest of its
// savings, net its savings minus the rounded one-off costs. A scenario without incidental
// measures or one-off costs has none of these rows, so a version-1 file reads as before.
import type { Projection } from '../engine/types';
import type { MoneyUnit } from '../format/money';
import { yearRows, type YearRow } from '../format/year-rows';
import { roundHalfAway } from '../numbers/apportion';

export type BudgetRowKind = 'structural' | 'incidental' | 'oneOffCosts' | 'net' | 'netCumulative' | 'structuralGap';

export interface BudgetRow {
  kind: BudgetRowKind;
  /** Euros (in 'thousand': whole thousands, as euros); null where there is no target yet. */
  values: (number | null)[];
}

/** What of version 2 the scenario uses: incidental measures, one-off costs. */
export interface BudgetFacts {
  /** Some measure in the projection is incidental: savings split into structural and incidental. */
  incidental: boolean;
  /** Some measure has a one-off cost in a year of the horizon: net savings differ from savings. */
  oneOffCosts: boolean;
}

export function budgetFacts(projection: Projection): BudgetFacts {
  return {
    incidental: projection.measures.some((m) => m.nature === 'incidental'),
    oneOffCosts: projection.measures.some((m) => m.oneOffCosts.some((c) => c !== 0)),
  };
}

/** Whole thousands, as euros; never −0. */
const thousands = (euros: number) => roundHalfAway(euros / 1000) * 1000 + 0;

/**
 * The rows, in the order a table shows them: structural and incidental (when some measure is
 * incidental), the structural shortfall (then, with a target), one-off costs, net and net
 * cumulative (when some measure has one-off costs). `rows`: the year table's rows in the same
 * unit, when the caller has them already.
 */
export function budgetRows(projection: Projection, unit: MoneyUnit, rows: readonly YearRow[] = yearRows(projection, unit)): BudgetRow[] {
  const facts = budgetFacts(projection);
  if (!facts.incidental && !facts.oneOffCosts) return [];
  const { savings: s, target } = projection;
  const shownSavings = (rows.find((r) => r.kind === 'savings')?.values ?? []) as number[];
  const out: BudgetRow[] = [];
  if (facts.incidental) {
    let structural: number[];
    if (unit === 'euro') structural = [...s.structural];
    else {
      // The structural measures' rows as the year table rounds them, added up.
      const isStructural = new Map(projection.measures.map((m) => [m.id, m.nature === 'structural']));
      structural = projection.years.map((_, i) =>
        rows.reduce((sum, r) => (r.kind === 'measure' && isStructural.get(r.measureId ?? '') ? sum + (r.values[i] ?? 0) : sum), 0) + 0,
      );
    }
    out.push({ kind: 'structural', values: structural });
    out.push({ kind: 'incidental', values: structural.map((v, i) => (shownSavings[i] ?? 0) - v + 0) });
    if (target) {
      const shownTarget = rows.find((r) => r.kind === 'target')?.values ?? [];
      out.push({
        kind: 'structuralGap',
        values:
          unit === 'euro'
            ? [...target.structuralGap]
            : structural.map((v, i) => {
                const t = shownTarget[i] ?? null;
                return t === null ? null : t - v + 0;
              }),
      });
    }
  }
  if (facts.oneOffCosts) {
    const costs = unit === 'euro' ? [...s.oneOffCosts] : s.oneOffCosts.map(thousands);
    out.push({ kind: 'oneOffCosts', values: costs });
    out.push({ kind: 'net', values: unit === 'euro' ? [...s.net] : costs.map((c, i) => (shownSavings[i] ?? 0) - c + 0) });
    // Like the cumulative savings: rounded on its own, so it stays within half a thousand of the exact running total.
    out.push({ kind: 'netCumulative', values: unit === 'euro' ? [...s.netCumulative] : s.netCumulative.map(thousands) });
  }
  return out;
}
