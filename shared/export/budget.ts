// Version 2 in the exports (#20): what a council's budget shows beside the savings. The overview
// of incidental income and expenditure (BBV: *overzicht incidentele baten en lasten*) per
// measure — incidental savings as income, one-off costs per kind as expenditure — and the
// structural balance per year: structural savings against the target (ja/nee), one-off costs,
// net savings and the payback year. Every figure is the projection's own (docs/scenario-format.md,
// "Version 2, exactly"); in thousands every table is apportioned so it still adds up, as the
// year table is (shared/format/year-rows.ts).
import type { Projection } from '../engine/types';
import { listedValue } from '../engine/year-table';
import type { MoneyUnit } from '../format/money';
import { toThousands } from '../format/thousands';
import type { YearRow } from '../format/year-rows';
import { apportion, roundHalfAway } from '../numbers/apportion';
import { ONE_OFF_COST_KINDS, type Nature, type OneOffCostKind, type Scenario } from '../scenario/schema';

/** One measure's one-off costs of one kind, whole euros per year. */
export interface OneOffCostsOfKind {
  measureId: string;
  name: string;
  nature: Nature;
  kind: OneOffCostKind;
  /** The notes of its entries, distinct, in file order. */
  notes: string[];
  values: number[];
}

/**
 * Each counted measure's one-off costs per kind (in ONE_OFF_COST_KINDS order), whole euros that
 * add up per year to the measure's own rounded one-off costs (Projection.measures[].oneOffCosts:
 * its entries summed, then rounded once). A measure with one kind in a year shows exactly its
 * figure; with several, the rounding is apportioned over them by largest remainder. Kinds whose
 * costs are 0 in every year of the horizon are left out.
 */
export function oneOffCostsByKind(scenario: Scenario, projection: Projection): OneOffCostsOfKind[] {
  const byId = new Map((scenario.measures ?? []).map((m) => [m.id, m]));
  const out: OneOffCostsOfKind[] = [];
  for (const m of projection.measures) {
    const costs = byId.get(m.id)?.oneOffCosts ?? [];
    if (costs.length === 0) continue;
    const kinds = ONE_OFF_COST_KINDS.filter((kind) => costs.some((c) => c.kind === kind));
    const exact = kinds.map((kind) =>
      projection.years.map((year) => costs.filter((c) => c.kind === kind).reduce((sum, c) => sum + listedValue(c.amounts, year), 0)),
    );
    const values = kinds.map(() => new Array<number>(projection.years.length).fill(0));
    projection.years.forEach((_, yi) => {
      const split = apportion(
        exact.map((row) => row[yi] as number),
        m.oneOffCosts[yi] ?? 0,
      );
      split.forEach((v, k) => ((values[k] as number[])[yi] = v + 0));
    });
    kinds.forEach((kind, k) => {
      const row = values[k] as number[];
      if (row.every((v) => v === 0)) return;
      const notes = [...new Set(costs.filter((c) => c.kind === kind).map((c) => c.notes?.trim() ?? '').filter((n) => n !== ''))];
      out.push({ measureId: m.id, name: m.name, nature: m.nature, kind, notes, values: row });
    });
  }
  return out;
}

/** Per year: whether the structural savings meet the target (structuralGap ≤ 0); null where there is no target. */
export function structurallyMet(projection: Projection): (boolean | null)[] | null {
  return projection.target ? projection.target.structuralGap.map((gap) => (gap === null ? null : gap <= 0)) : null;
}

/** Whether a scenario's exports show the budget's tables: it has an incidental measure or one-off costs in the horizon. */
export function hasBudgetContent(projection: Projection): { incidental: boolean; oneOff: boolean } {
  return {
    incidental: projection.measures.some((m) => m.nature === 'incidental'),
    oneOff: projection.savings.oneOffCosts.some((c) => c !== 0),
  };
}

/** The figures of the budget's tables in a unit (euros; in 'thousand' whole thousands, as euros). */
export interface BudgetFigures {
  /** The incidental measures' effects, per measure in file order; they add up to `incidental`. */
  incidentalRows: { measureId: string; name: string; values: number[] }[];
  /** The one-off costs per measure and kind; they add up to `oneOffCosts`. */
  oneOffRows: OneOffCostsOfKind[];
  savings: number[];
  incidental: number[];
  structural: number[];
  oneOffCosts: number[];
  net: number[];
  netCumulative: number[];
  target: (number | null)[] | null;
  structuralGap: (number | null)[] | null;
}

const at = (row: readonly number[] | undefined, i: number) => row?.[i] ?? 0;
/** Whole thousands, as euros; never −0. */
const thousands = (euros: number) => roundHalfAway(euros / 1000) * 1000 + 0;

/**
 * The budget's figures. In euros the projection's own. In thousands, per year: the incidental
 * measures' rows are the year table's (`rows`, yearRows in thousands), `incidental` their sum
 * and `structural` = savings − incidental, so both add up to the year table's savings;
 * structuralGap = target − structural as the year table's gap is; the one-off costs are rounded
 * and their rows apportioned over them; net = savings − one-off costs; net cumulative is rounded
 * on its own, as cumulative is.
 */
export function budgetFigures(scenario: Scenario, projection: Projection, rows: readonly YearRow[], unit: MoneyUnit): BudgetFigures {
  const incidentalIds = projection.measures.filter((m) => m.nature === 'incidental');
  const oneOff = oneOffCostsByKind(scenario, projection);
  const p = projection;
  if (unit === 'euro') {
    return {
      incidentalRows: incidentalIds.map((m) => ({ measureId: m.id, name: m.name, values: [...m.effect] })),
      oneOffRows: oneOff,
      savings: [...p.savings.total],
      incidental: [...p.savings.incidental],
      structural: [...p.savings.structural],
      oneOffCosts: [...p.savings.oneOffCosts],
      net: [...p.savings.net],
      netCumulative: [...p.savings.netCumulative],
      target: p.target ? [...p.target.amount] : null,
      structuralGap: p.target ? [...p.target.structuralGap] : null,
    };
  }
  const series = (kind: YearRow['kind']) => rows.find((r) => r.kind === kind)?.values ?? [];
  const effectOf = new Map(rows.filter((r) => r.kind === 'measure').map((r) => [r.measureId, r.values as number[]]));
  const savings = series('savings') as number[];
  const incidentalRows = incidentalIds.map((m) => ({ measureId: m.id, name: m.name, values: [...(effectOf.get(m.id) ?? [])] }));
  const incidental = p.years.map((_, yi) => incidentalRows.reduce((sum, r) => sum + at(r.values, yi), 0) + 0);
  const structural = savings.map((s, yi) => s - at(incidental, yi) + 0);
  const oneOffRows = oneOff.map((r) => ({ ...r, values: new Array<number>(p.years.length).fill(0) }));
  const oneOffCosts = p.years.map((_, yi) => {
    const split = toThousands(
      oneOff.map((r) => at(r.values, yi)),
      at(p.savings.oneOffCosts, yi),
    );
    split.parts.forEach((v, k) => ((oneOffRows[k] as OneOffCostsOfKind).values[yi] = v * 1000 + 0));
    return split.total * 1000 + 0;
  });
  const target = p.target ? (series('target') as (number | null)[]) : null;
  return {
    incidentalRows,
    oneOffRows,
    savings: [...savings],
    incidental,
    structural,
    oneOffCosts,
    net: savings.map((s, yi) => s - at(oneOffCosts, yi) + 0),
    netCumulative: p.savings.netCumulative.map(thousands),
    target: target ? [...target] : null,
    structuralGap: target ? target.map((t, yi) => (t === null ? null : t - at(structural, yi) + 0)) : null,
  };
}
