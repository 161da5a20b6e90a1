// The rows of the year table (baseline, scenario, savings, cumulative, per measure, target, gap;
// one value per year), in whole euros or in whole thousands that still add up. The command line
// prints them; summaries and the app's table can use the same rows.
import type { Projection } from '../engine/types';
import { roundHalfAway } from '../numbers/apportion';
import type { MoneyUnit } from './money';
import { toThousands } from './thousands';

export type YearRowKind = 'baseline' | 'scenario' | 'savings' | 'cumulative' | 'measure' | 'target' | 'gap';

export interface YearRow {
  kind: YearRowKind;
  /** For a measure row: the measure's id and name. */
  measureId?: string;
  name?: string;
  /** Euros (in 'thousand': whole thousands, as euros); null where there is no target yet. */
  values: (number | null)[];
}

interface Figures {
  baseline: number[];
  scenario: number[];
  savings: number[];
  cumulative: number[];
  /** Per measure, per year. */
  effects: number[][];
  target?: { amount: (number | null)[]; gap: (number | null)[] };
}

/**
 * In euros: the projection's own figures, which add up already. In thousands, per year:
 * savings is rounded to whole thousands and the measure effects are apportioned over it
 * (largest remainder), so they add up to it; baseline and target are rounded, and scenario
 * and gap follow from them (baseline − savings, target − savings), so the column still adds
 * up — each within one thousand of its own rounding. Cumulative is rounded on its own, so it
 * stays within half a thousand of the exact running total however long the horizon.
 */
export function yearRows(projection: Projection, unit: MoneyUnit): YearRow[] {
  const figures = unit === 'euro' ? euroFigures(projection) : thousandFigures(projection);
  return [
    { kind: 'baseline', values: figures.baseline },
    { kind: 'scenario', values: figures.scenario },
    { kind: 'savings', values: figures.savings },
    { kind: 'cumulative', values: figures.cumulative },
    ...projection.measures.map((m, j) => ({
      kind: 'measure' as const,
      measureId: m.id,
      name: m.name,
      values: figures.effects[j] ?? [],
    })),
    ...(figures.target
      ? [
          { kind: 'target' as const, values: figures.target.amount },
          { kind: 'gap' as const, values: figures.target.gap },
        ]
      : []),
  ];
}

function euroFigures(p: Projection): Figures {
  return {
    baseline: [...p.baseline.total],
    scenario: [...p.scenario.total],
    savings: [...p.savings.total],
    cumulative: [...p.savings.cumulative],
    effects: p.measures.map((m) => [...m.effect]),
    ...(p.target && { target: { amount: [...p.target.amount], gap: [...p.target.gap] } }),
  };
}

/** Whole thousands, as euros; never −0. */
const thousands = (euros: number) => roundHalfAway(euros / 1000) * 1000 + 0;

function thousandFigures(p: Projection): Figures {
  const at = (row: readonly number[], i: number) => row[i] ?? 0;
  const columns = p.years.map((_, i) => {
    const split = toThousands(
      p.measures.map((m) => at(m.effect, i)),
      at(p.savings.total, i),
    );
    const savings = split.total * 1000 + 0;
    const baseline = thousands(at(p.baseline.total, i));
    const target = p.target?.amount[i];
    return {
      baseline,
      scenario: baseline - savings,
      savings,
      cumulative: thousands(at(p.savings.cumulative, i)),
      effects: split.parts.map((part) => part * 1000 + 0),
      target: target == null ? null : thousands(target),
      gap: target == null ? null : thousands(target) - savings,
    };
  });
  return {
    baseline: columns.map((c) => c.baseline),
    scenario: columns.map((c) => c.scenario),
    savings: columns.map((c) => c.savings),
    cumulative: columns.map((c) => c.cumulative),
    effects: p.measures.map((_, j) => columns.map((c) => c.effects[j] ?? 0)),
    ...(p.target && { target: { amount: columns.map((c) => c.target), gap: columns.map((c) => c.gap) } }),
  };
}
