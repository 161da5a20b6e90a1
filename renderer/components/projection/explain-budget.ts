// How a figure of version 2's rows in the year table came about (shared/budget/rows): the
// projection's own figures that make it — each structural or incidental measure's effect, each
// measure's one-off costs, the savings and costs a net figure is the difference of — with the
// rule in words. Nothing is computed here: every value shown is one of the projection's.
import type { BudgetRow } from '../../../shared/budget/rows';
import { formatMoney, formatYear } from '../../../shared/format/money';
import { catalogue } from '../../../shared/i18n/text';
import type { TraceContext } from './explain-cell';
import type { Explanation } from './TraceGrid';

type Step = Explanation['steps'][number];

/** Years of a running total listed one by one up to this many; beyond, the first and last three. */
const MAX_YEARS = 8;

export function explainBudgetCell(ctx: TraceContext, row: BudgetRow, yi: number): Explanation | null {
  const { projection, amounts } = ctx;
  const year = projection.years[yi];
  const value = row.values[yi] ?? null;
  if (year === undefined) return null;
  const words = catalogue(amounts.lang);
  const b = words.budget;
  const euro = (v: number) => formatMoney(v, { lang: amounts.lang, unit: 'euro' });
  const s = projection.savings;
  const at = (series: readonly number[]) => series[yi] ?? 0;
  const steps: Step[] = [];
  let exact: number | null;
  switch (row.kind) {
    case 'structural':
    case 'incidental': {
      const nature = row.kind === 'structural' ? 'structural' : 'incidental';
      const measures = projection.measures.filter((m) => m.nature === nature && at(m.effect) !== 0);
      for (const m of measures) steps.push({ text: m.name, value: euro(at(m.effect)) });
      if (measures.length === 0) steps.push({ text: b.ex.noMeasures, value: euro(0) });
      steps.push({ text: nature === 'structural' ? b.ex.structuralIs : b.ex.incidentalIs });
      exact = at(nature === 'structural' ? s.structural : s.incidental);
      break;
    }
    case 'oneOffCosts': {
      const measures = projection.measures.filter((m) => at(m.oneOffCosts) !== 0);
      for (const m of measures) steps.push({ text: m.name, value: euro(at(m.oneOffCosts)) });
      steps.push({ text: b.ex.oneOffCostsIs });
      exact = at(s.oneOffCosts);
      break;
    }
    case 'net':
      steps.push({ text: words.numbers.row.savings, value: euro(at(s.total)) });
      steps.push({ text: b.rows.oneOffCosts, value: euro(at(s.oneOffCosts)) });
      steps.push({ text: b.ex.netIs });
      exact = at(s.net);
      break;
    case 'netCumulative': {
      const indices = Array.from({ length: yi + 1 }, (_, i) => i);
      const listed = indices.length > MAX_YEARS ? [...indices.slice(0, 3), -1, ...indices.slice(-3)] : indices;
      for (const i of listed) {
        if (i === -1) steps.push({ text: ctx.t.ex.skipped(indices.length - 6) });
        else steps.push({ text: `${b.labels.netSavings} ${formatYear(projection.years[i] as number)}`, value: euro(s.net[i] ?? 0) });
      }
      steps.push({ text: b.ex.netCumulativeIs(projection.years[0] as number) });
      exact = at(s.netCumulative);
      break;
    }
    case 'structuralGap': {
      const target = projection.target?.amount[yi] ?? null;
      if (target === null) return { title: `${b.rows.structuralGap} ${formatYear(year)}`, value: '—', steps: [{ text: ctx.t.noTargetYet }] };
      steps.push({ text: words.numbers.row.target, value: euro(target) });
      steps.push({ text: b.rows.structural, value: euro(at(s.structural)) });
      steps.push({ text: b.ex.structuralGapIs });
      exact = projection.target?.structuralGap[yi] ?? null;
      break;
    }
  }
  const sign = row.kind === 'structuralGap' ? 'always' : 'auto';
  return {
    title: `${b.rows[row.kind]} ${formatYear(year)}`,
    value: value === null ? '—' : amounts.money(value, sign),
    steps,
    note: amounts.unit === 'thousand' && exact !== null ? ctx.t.ex.thousands(euro(exact)) : undefined,
  };
}
