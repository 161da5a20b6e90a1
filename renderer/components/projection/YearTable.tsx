// The year table: baseline, scenario, savings, cumulative, each measure (with its colour), target
// and shortfall; one column per year. A scenario with incidental measures or one-off costs (format
// version 2) adds a block under them: structural and incidental savings, the structural shortfall,
// one-off costs, net savings and net cumulative (shared/budget/rows); one without reads as before. It is the savings chart's table alternative, and every
// figure tells how it was computed. In thousands the figures are shared/format yearRows(), which
// rounds so that each column still adds up; the caption says so.
import { memo, useCallback, useMemo } from 'react';
import type { Projection } from '../../../shared/engine/types';
import { catalogue } from '../../../shared/i18n/text';
import { measureColour, measureColours } from '../../../shared/palette';
import type { Scenario } from '../../../shared/scenario/schema';
import { usePlatform } from '../../platform/context';
import { downloadCsv, type CsvCell } from './csv';
import { explainYearCell, type TraceContext } from './explain-cell';
import { explainBudgetCell } from './explain-budget';
import type { BudgetRow, BudgetRowKind } from '../../../shared/budget/rows';
import { budgetRowsOf } from './use-figures';
import type { YearRow } from './figures';
import { cachedRow, useRowCache } from './row-cache';
import type { GridRow } from './TraceGrid';
import { YearGridSection } from './YearGridSection';
import type { Amounts } from './use-amounts';
import type { Catalogue } from '../../../shared/i18n/catalogues';

export interface YearTableProps {
  scenario: Scenario;
  projection: Projection;
  rows: readonly YearRow[];
  amounts: Amounts;
  t: Catalogue['projection'];
}

/** A row of the year table: the savings' rows (yearRows) or version 2's (budgetRows). */
export type TableRow = YearRow | BudgetRow;

const BUDGET_KINDS: ReadonlySet<string> = new Set<BudgetRowKind>(['structural', 'incidental', 'oneOffCosts', 'net', 'netCumulative', 'structuralGap']);

export function isBudgetRow(row: TableRow): row is BudgetRow {
  return BUDGET_KINDS.has(row.kind);
}

/**
 * The rows in the order the table shows them: the savings' rows as before, then a block of
 * version 2's (structural, incidental, the structural shortfall, one-off costs, net, net
 * cumulative: budgetRows' order), so a table without them reads as it did.
 */
export function tableRows(rows: readonly YearRow[], budget: readonly BudgetRow[]): TableRow[] {
  return [...rows, ...budget];
}

/** The visible name of a year-table row. */
export function yearRowLabel(row: TableRow, amounts: Amounts): string {
  const lang = amounts.lang;
  if (isBudgetRow(row)) return catalogue(lang).budget.rows[row.kind];
  switch (row.kind) {
    case 'measure':
      return row.name ?? '';
    default:
      return catalogue(lang).numbers.row[row.kind];
  }
}

export const YearTable = memo(function YearTable({ scenario, projection, rows, amounts, t }: YearTableProps) {
  const platform = usePlatform();
  const measureRows = rows.filter((r) => r.kind === 'measure');
  const firstMeasure = measureRows[0];
  const shown = useMemo(() => tableRows(rows, budgetRowsOf(scenario, projection, amounts.unit)), [rows, scenario, projection, amounts.unit]);

  const cache = useRowCache();
  const measures = scenario.measures;
  const gridRows = useMemo<GridRow[]>(() => {
    const colours = measureColours((measures ?? []).map((m) => m.id));
    return shown.map((row, i): GridRow => {
      const label = yearRowLabel(row, amounts);
      const key = row.kind === 'measure' ? `measure:${row.measureId ?? i}` : row.kind;
      const colour = row.kind === 'measure' ? (colours.get(row.measureId ?? '') ?? measureColour(i)) : '';
      const first = row === firstMeasure || (row.kind === 'oneOffCosts' && !shown.some((r) => r.kind === 'structural'));
      const signature = `${amounts.lang}|${amounts.unit}|${label}|${colour}|${first}`;
      return cachedRow(cache, key, signature, row.values, () => buildRow(row, key, label, colour, first, amounts));
    });
  }, [shown, amounts, firstMeasure, cache, measures]);

  const ctx = useMemo<TraceContext>(() => ({ scenario, projection, rows, amounts, t }), [scenario, projection, rows, amounts, t]);
  const explain = useCallback((r: number, c: number) => {
    const row = shown[r];
    if (!row) return null;
    return isBudgetRow(row) ? explainBudgetCell(ctx, row, c) : explainYearCell(ctx, row, c);
  }, [ctx, shown]);

  const { unitText } = amounts;
  const download = () => {
    downloadCsv(platform, t.savingsFileName, yearTableCsv(projection, shown, amounts, unitText), amounts.lang);
  };

  return (
    <YearGridSection
      id="projection-year-table-title"
      title={t.yearTableTitle}
      testId="year-table"
      roundingNote={t.roundingNote}
      years={projection.years}
      rows={gridRows}
      explain={explain}
      amounts={amounts}
      t={t}
      onDownload={download}
    />
  );
});

function buildRow(row: TableRow, key: string, label: string, colour: string, first: boolean, amounts: Amounts): GridRow {
  const sign = row.kind === 'gap' || row.kind === 'structuralGap' ? 'always' : 'auto';
  const cells = row.values.map((v) => amounts.cell(v, sign));
  switch (row.kind) {
    case 'measure':
      return {
        key,
        className: `is-part${first ? ' is-first-part' : ''}`,
        header: (
          <>
            <span className="projection-swatch" style={{ background: colour }} aria-hidden="true" />
            <span className="visually-hidden">{catalogue(amounts.lang).numbers.row.measures}: </span>
            {label}
          </>
        ),
        cells,
      };
    case 'savings':
      return { key, className: 'is-key', header: label, cells };
    case 'target':
      return { key, className: 'is-target', header: label, cells };
    case 'gap':
    case 'structuralGap':
      return {
        key,
        header: label,
        cells,
        cellClasses: row.values.map((v) => (v === null ? undefined : v > 0 ? 'is-short' : 'is-met')),
      };
    case 'structural':
      return { key, className: 'is-target', header: label, cells };
    case 'oneOffCosts':
      // The start of the block when no row of structural savings comes before it.
      return { key, className: first ? 'is-target' : 'is-first-part', header: label, cells };
    case 'net':
      return { key, className: 'is-key', header: label, cells };
    default:
      return { key, header: label, cells };
  }
}

/** The CSV behind the chart: the year table as shown, in the ui unit (thousands as whole numbers). */
export function yearTableCsv(projection: Projection, rows: readonly TableRow[], amounts: Amounts, unitText: string): CsvCell[][] {
  const scale = amounts.unit === 'thousand' ? 1000 : 1;
  return [
    [unitText, ...projection.years],
    ...rows.map((row) => [yearRowLabel(row, amounts), ...row.values.map((v) => (v === null ? null : v / scale))]),
  ];
}
