// How a figure in the projection column's tables was computed: shared/engine/explain.ts does the
// explaining (every step traced from the same simulation project() runs); this file maps a table
// cell to the engine's CellRef, shortens long lists of lines for a tooltip, and adds the words of
// this view (the thousands rounding, a change, a per cent, a sum over the horizon). Called for one
// cell at a time, when it is hovered or focused; the explainer is built once per scenario.
import { createExplainer, type CellRef, type Explainer, type ExplainStep, type Side } from '../../../shared/engine/explain';
import type { BreakdownDimension } from '../../../shared/engine/project';
import type { Projection } from '../../../shared/engine/types';
import { formatMoney, formatPercent, formatYear, formatYearSpan } from '../../../shared/format/money';
import type { Scenario } from '../../../shared/scenario/schema';
import type { PartnerYears } from '../../../shared/format/partner-years';
import type { CostTable, YearRow } from './figures';
import type { Explanation } from './TraceGrid';
import type { Amounts } from './use-amounts';
import type { Catalogue } from '../../../shared/i18n/catalogues';
import { render } from '../../../shared/i18n/text';

export interface TraceContext {
  scenario: Scenario;
  projection: Projection;
  /** The year table's rows in the ui unit. */
  rows: readonly YearRow[];
  amounts: Amounts;
  t: Catalogue['projection'];
}

type Step = Explanation['steps'][number];

const explainers = new WeakMap<Scenario, Explainer>();

/** One explainer per scenario (it compiles the scenario and caches a trace per year). */
export function explainerOf(scenario: Scenario): Explainer {
  let explainer = explainers.get(scenario);
  if (!explainer) {
    explainer = createExplainer(scenario);
    explainers.set(scenario, explainer);
  }
  return explainer;
}

/** A run of more line steps than this is shortened to the largest ones plus "N other lines". */
const MAX_LINE_STEPS = 6;
/** A run of more steps of another kind (years of a cumulative) keeps its first and last few. */
const MAX_RUN = 8;

const wholeEuro = (ctx: TraceContext, value: number) => formatMoney(value, { lang: ctx.amounts.lang, unit: 'euro' });

function thousandsNote(ctx: TraceContext, exact: number | null): string | undefined {
  return ctx.amounts.unit === 'thousand' && exact !== null ? ctx.t.ex.thousands(wholeEuro(ctx, exact)) : undefined;
}

/**
 * The engine's steps in the current language. A total lists every line, which for 300 lines is
 * no tooltip: long runs of line steps keep the largest lines and add up the rest in one step.
 */
export function tooltipSteps(steps: readonly ExplainStep[], ctx: TraceContext): Step[] {
  const lang = ctx.amounts.lang;
  const out: Step[] = [];
  let i = 0;
  while (i < steps.length) {
    const figure = steps[i]?.ref?.figure;
    let j = i;
    while (j < steps.length && figure !== undefined && steps[j]?.ref?.figure === figure) j++;
    const run = figure === undefined ? [] : steps.slice(i, j);
    if (figure === 'line' && run.length > MAX_LINE_STEPS) {
      const keep = MAX_LINE_STEPS - 1;
      const largest = new Set(
        [...run].sort((a, b) => Math.abs(b.result ?? 0) - Math.abs(a.result ?? 0)).slice(0, keep),
      );
      let rest = 0;
      for (const step of run) {
        if (largest.has(step)) out.push({ text: render(lang, step.label) });
        else rest += step.result ?? 0;
      }
      out.push({ text: ctx.t.ex.otherLines(run.length - keep), value: wholeEuro(ctx, rest) });
      i = j;
    } else if (run.length > MAX_RUN) {
      const head = 3;
      const tail = 3;
      for (const step of run.slice(0, head)) out.push({ text: render(lang, step.label) });
      out.push({ text: ctx.t.ex.skipped(run.length - head - tail) });
      for (const step of run.slice(run.length - tail)) out.push({ text: render(lang, step.label) });
      i = j;
    } else {
      out.push({ text: render(lang, (steps[i] as ExplainStep).label) });
      i++;
    }
  }
  return out;
}

/** The engine's explanation of `ref`, with the figure as the table shows it. */
function fromEngine(ctx: TraceContext, ref: CellRef, shown: string, extra: Step[] = []): Explanation | null {
  let e;
  try {
    e = explainerOf(ctx.scenario).explain(ref);
  } catch {
    return null; // not a figure of this projection (the scenario changed under the cell)
  }
  const lang = ctx.amounts.lang;
  return {
    title: render(lang, e.title),
    value: shown,
    steps: [...tooltipSteps(e.steps, ctx), ...extra],
    note: thousandsNote(ctx, e.value),
  };
}

// ---------------------------------------------------------------------------------------------
// The year table

/** The engine's reference for a year-table row in a year. */
export function yearRowRef(row: YearRow, year: number): CellRef | null {
  switch (row.kind) {
    case 'baseline':
    case 'scenario':
      return { figure: 'total', side: row.kind, year };
    case 'savings':
    case 'cumulative':
    case 'target':
    case 'gap':
      return { figure: row.kind, year };
    case 'measure':
      return row.measureId === undefined ? null : { figure: 'measure', measureId: row.measureId, year };
  }
}

/** The figure in row `row` (a yearRows row) and year index `yi`. */
export function explainYearCell(ctx: TraceContext, row: YearRow, yi: number): Explanation | null {
  const year = ctx.projection.years[yi];
  if (year === undefined) return null;
  const ref = yearRowRef(row, year);
  if (!ref) return null;
  const value = row.values[yi] ?? null;
  const shown = value === null ? '—' : ctx.amounts.money(value, row.kind === 'gap' ? 'always' : 'auto');
  return fromEngine(ctx, ref, shown);
}

// ---------------------------------------------------------------------------------------------
// Costs per kind

export type CostCell =
  | { block: Side; part: 'total' }
  | { block: Side; part: 'kind'; kindIndex: number }
  | { block: 'scenario'; part: 'fixed' };

export function explainCostCell(ctx: TraceContext, table: CostTable, cell: CostCell, yi: number): Explanation | null {
  const year = ctx.projection.years[yi];
  if (year === undefined) return null;
  if (cell.part === 'total') {
    return fromEngine(ctx, { figure: 'total', side: cell.block, year }, ctx.amounts.money(table[cell.block].total[yi] ?? 0));
  }
  if (cell.part === 'fixed') {
    // The engine explains fixed savings (positive saves); this row adds them to the scenario
    // block, so it shows them with the opposite sign, as a cost.
    const shown = table.scenario.fixed[yi] ?? 0;
    return fromEngine(ctx, { figure: 'fixed', year }, ctx.amounts.money(shown, 'always'), [
      { text: ctx.t.ex.fixedInScenario, value: ctx.amounts.money(shown, 'always') },
    ]);
  }
  const kind = table.kinds[cell.kindIndex];
  if (!kind) return null;
  const shown = table[cell.block].perKind[cell.kindIndex]?.[yi] ?? 0;
  return fromEngine(ctx, { figure: 'breakdown', dimension: 'kind', key: kind, side: cell.block, year }, ctx.amounts.money(shown));
}

// ---------------------------------------------------------------------------------------------
// Per partner

export type PartnerColumn = 'baseline' | 'scenario' | 'change' | 'changePct';
export type PartnerRowRef = { row: 'partner'; key: string | null } | { row: 'fixed' } | { row: 'total' };
/** One year (its index in projection.years) or all the years together. */
export type Period = { kind: 'year'; index: number } | { kind: 'horizon' };

/** A figure of the "Per partner" table (shared/format partnerYears()) in a row, a year or all years, and a column. */
export function explainPartnerCell(
  ctx: TraceContext,
  table: PartnerYears,
  dimension: BreakdownDimension,
  period: Period,
  ref: PartnerRowRef,
  column: PartnerColumn,
  rowName: string,
): Explanation | null {
  const { projection, t, amounts } = ctx;
  const years = projection.years;
  const lang = amounts.lang;
  const span = formatYearSpan(years[0] as number, years[years.length - 1] as number);
  const periodLabel = period.kind === 'year' ? formatYear(years[period.index] as number) : t.wholeHorizon(span);
  const at = <T,>(block: { years: readonly T[]; span: T }): T | undefined => (period.kind === 'year' ? block.years[period.index] : block.span);

  // The figures of the cell's row as the table shows them, and the engine's series behind them.
  let shown: { baseline: number | null; scenario: number; change: number; fraction: number | null };
  let series: { baseline: readonly number[]; scenario: readonly number[] };
  let cellRef: (side: Side, year: number) => CellRef;
  if (ref.row === 'partner') {
    const row = table.rows.find((r) => r.key === ref.key);
    const source = projection.breakdown[dimension].find((r) => r.key === ref.key);
    const cells = row && at(row);
    if (!cells || !source) return null;
    shown = { ...cells, fraction: cells.changeFraction };
    series = source;
    cellRef = (side, year) => ({ figure: 'breakdown', dimension, key: ref.key, side, year });
  } else if (ref.row === 'total') {
    const cells = at(table.total);
    if (!cells) return null;
    shown = { ...cells, fraction: cells.changeFraction };
    series = { baseline: projection.baseline.total, scenario: projection.scenario.total };
    cellRef = (side, year) => ({ figure: 'total', side, year });
  } else {
    const value = table.fixed && at(table.fixed);
    if (value === null || value === undefined) return null;
    const fixed = projection.scenario.fixed.map((f) => -f + 0);
    shown = { baseline: null, scenario: value, change: value, fraction: null };
    series = { baseline: fixed.map(() => 0), scenario: fixed };
    cellRef = (_side, year) => ({ figure: 'fixed', year });
  }

  const columnLabel = { baseline: t.colBaseline, scenario: t.colScenario, change: t.colChange, changePct: t.colChangePct }[column];
  const title = `${rowName} · ${columnLabel} ${periodLabel}`;
  const yearIndices = period.kind === 'year' ? [period.index] : years.map((_, i) => i);
  const sumOf = (values: readonly number[]) => yearIndices.reduce((a, i) => a + (values[i] ?? 0), 0);

  // One year, baseline or scenario: the engine's explanation of that very cell.
  if (period.kind === 'year' && (column === 'baseline' || column === 'scenario') && ref.row !== 'fixed') {
    const value = column === 'baseline' ? shown.baseline : shown.scenario;
    const e = fromEngine(ctx, cellRef(column, years[period.index] as number), amounts.money(value ?? 0));
    return e && { ...e, title };
  }

  const value =
    column === 'changePct'
      ? shown.fraction === null
        ? t.notApplicable
        : formatPercent(shown.fraction, { lang, digits: 1, sign: 'always' })
      : column === 'baseline'
        ? shown.baseline === null
          ? '—'
          : amounts.money(shown.baseline)
        : amounts.money(column === 'change' ? shown.change : shown.scenario, column === 'change' ? 'always' : 'auto');
  const baseSum = sumOf(series.baseline);
  const scenSum = sumOf(series.scenario);
  const steps: Step[] = [];
  const perYear = (side: Side, values: readonly number[]) => {
    // All years together: the figure of each year (each explained in its own row), then the sum.
    const shownYears = yearIndices.length > MAX_RUN ? [...yearIndices.slice(0, 3), -1, ...yearIndices.slice(-3)] : yearIndices;
    for (const i of shownYears) {
      if (i === -1) steps.push({ text: t.ex.skipped(yearIndices.length - 6) });
      else steps.push({ text: `${side === 'baseline' ? t.colBaseline : t.colScenario} ${formatYear(years[i] as number)}`, value: wholeEuro(ctx, values[i] ?? 0) });
    }
    steps.push({ text: t.ex.horizonSum(span), value: wholeEuro(ctx, sumOf(values)) });
  };
  let exact: number | null;
  switch (column) {
    case 'baseline':
    case 'scenario':
      perYear(column, column === 'baseline' ? series.baseline : series.scenario);
      exact = column === 'baseline' ? baseSum : scenSum;
      break;
    case 'change':
      steps.push({ text: t.ex.changeIs });
      steps.push({ text: `${t.colScenario} ${periodLabel}`, value: wholeEuro(ctx, scenSum) });
      steps.push({ text: `${t.colBaseline} ${periodLabel}`, value: wholeEuro(ctx, baseSum) });
      steps.push({ text: t.colChange, value: formatMoney(scenSum - baseSum, { lang, sign: 'always' }) });
      exact = scenSum - baseSum;
      break;
    case 'changePct':
      steps.push({ text: t.ex.changePctIs });
      steps.push({ text: `${t.colChange} ${periodLabel}`, value: formatMoney(scenSum - baseSum, { lang, sign: 'always' }) });
      steps.push({ text: `${t.colBaseline} ${periodLabel}`, value: wholeEuro(ctx, baseSum) });
      if (baseSum === 0) steps.push({ text: t.ex.noBaseline });
      exact = null;
      break;
  }
  if (ref.row === 'total' && column !== 'changePct') steps.push({ text: t.ex.totalOf });
  return { title, value, steps, note: thousandsNote(ctx, exact) };
}
