// Version 2 in the comparison (#20 item 6): per scenario and shared year its structural savings,
// one-off costs and net savings, in the display unit as its own year table shows them
// (shared/budget/rows), and the year it pays back. A scenario without incidental measures saves
// structurally what it saves; one without one-off costs saves net what it saves.
import { budgetRows, hasBudgetContent } from '../budget/rows';
import type { MoneyUnit } from '../format/money';
import { yearRows } from '../format/year-rows';
import type { Comparison } from './types';

export interface ComparisonBudget {
  /** Some compared scenario has incidental measures or one-off costs: only then is this shown. */
  shown: boolean;
  /** Per scenario (in the comparison's order), per shared year. */
  structural: number[][];
  oneOffCosts: number[][];
  net: number[][];
  /** Per scenario: projection.paybackYear, and whether its net cumulative ends below zero (not paid back). */
  payback: { year: number | null; stillShort: boolean }[];
}

export function comparisonBudget(comparison: Comparison, unit: MoneyUnit): ComparisonBudget {
  const perScenario = comparison.scenarios.map((s) => {
    const rows = yearRows(s.projection, unit);
    const budget = budgetRows(s.scenario, s.projection, unit, rows);
    const series = (values: readonly (number | null)[] | undefined) => (values ? s.yearIndex.map((i) => (values[i] ?? 0) as number) : null);
    const savings = series(rows.find((r) => r.kind === 'savings')?.values) ?? [];
    const of = (kind: string) => series(budget.find((r) => r.kind === kind)?.values);
    const net = s.projection.savings.netCumulative;
    return {
      facts: hasBudgetContent(s.projection),
      structural: of('structural') ?? savings,
      oneOffCosts: of('oneOffCosts') ?? savings.map(() => 0),
      net: of('net') ?? savings,
      payback: { year: s.projection.paybackYear, stillShort: s.projection.paybackYear === null && (net[net.length - 1] ?? 0) < 0 },
    };
  });
  return {
    shown: perScenario.some((s) => s.facts.incidental || s.facts.oneOff),
    structural: perScenario.map((s) => s.structural),
    oneOffCosts: perScenario.map((s) => s.oneOffCosts),
    net: perScenario.map((s) => s.net),
    payback: perScenario.map((s) => s.payback),
  };
}
