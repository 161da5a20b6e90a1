// Cost per year per kind of line (subsidies, individual and collective provisions, other), in the
// baseline and in the scenario, each block under its total, then the savings. The totals are the
// year table's; in thousands the kinds are apportioned over them, so every block adds up.
import { memo, useCallback, useMemo } from 'react';
import type { Projection } from '../../../shared/engine/types';
import type { Scenario } from '../../../shared/scenario/schema';
import { usePlatform } from '../../platform/context';
import { downloadCsv, type CsvCell } from './csv';
import { explainCostCell, explainYearCell, type CostCell, type TraceContext } from './explain-cell';
import { costTable, rowValues, type CostTable as CostFigures, type YearRow } from './figures';
import { cachedRow, useRowCache } from './row-cache';
import type { GridRow } from './TraceGrid';
import { YearGridSection } from './YearGridSection';
import type { Amounts } from './use-amounts';
import type { Catalogue } from '../../../shared/i18n/catalogues';

interface CostsTableProps {
  scenario: Scenario;
  projection: Projection;
  rows: readonly YearRow[];
  amounts: Amounts;
  t: Catalogue['projection'];
}

/** One row of the table: what it shows and how to explain a cell of it. */
interface CostRow {
  key: string;
  label: string;
  /** Prefix read by screen readers only (the block a part belongs to). */
  hidden?: string;
  className?: string;
  values: readonly number[];
  cell: CostCell | 'savings';
}

function costRows(table: CostFigures, rows: readonly YearRow[], t: Catalogue['projection']): CostRow[] {
  const out: CostRow[] = [];
  for (const block of ['baseline', 'scenario'] as const) {
    const figures = table[block];
    out.push({
      key: `${block}:total`,
      label: block === 'baseline' ? t.baselineBlock : t.scenarioBlock,
      className: block === 'scenario' ? 'is-total is-first-part' : 'is-total',
      values: figures.total,
      cell: { block, part: 'total' },
    });
    table.kinds.forEach((kind, k) => {
      out.push({
        key: `${block}:${kind}`,
        label: t.kinds[kind],
        hidden: `${block === 'baseline' ? t.baselineBlock : t.scenarioBlock}: `,
        className: 'is-part',
        values: figures.perKind[k] ?? [],
        cell: { block, part: 'kind', kindIndex: k },
      });
    });
  }
  if (table.hasFixed) {
    out.push({
      key: 'scenario:fixed',
      label: t.fixedRow,
      hidden: `${t.scenarioBlock}: `,
      className: 'is-part',
      values: table.scenario.fixed,
      cell: { block: 'scenario', part: 'fixed' },
    });
  }
  out.push({
    key: 'savings',
    label: t.legendNet,
    className: 'is-key is-target',
    values: rowValues(rows, 'savings') as number[],
    cell: 'savings',
  });
  return out;
}

export const CostsTable = memo(function CostsTable({ scenario, projection, rows, amounts, t }: CostsTableProps) {
  const platform = usePlatform();
  const table = useMemo(() => costTable(projection, rows, amounts.unit), [projection, rows, amounts.unit]);
  const lines = useMemo(() => costRows(table, rows, t), [table, rows, t]);
  const cache = useRowCache();
  const gridRows = useMemo<GridRow[]>(
    () =>
      lines.map((row) =>
        cachedRow(cache, row.key, `${amounts.lang}|${amounts.unit}|${row.label}|${row.className ?? ''}`, row.values, () => ({
          key: row.key,
          className: row.className,
          header: row.hidden ? (
            <>
              <span className="visually-hidden">{row.hidden}</span>
              {row.label}
            </>
          ) : (
            row.label
          ),
          cells: row.values.map((v) => amounts.cell(v)),
        })),
      ),
    [lines, amounts, cache],
  );

  const ctx = useMemo<TraceContext>(() => ({ scenario, projection, rows, amounts, t }), [scenario, projection, rows, amounts, t]);
  const explain = useCallback(
    (r: number, c: number) => {
      const row = lines[r];
      if (!row) return null;
      if (row.cell === 'savings') {
        const savings = ctx.rows.find((x) => x.kind === 'savings');
        return savings ? explainYearCell(ctx, savings, c) : null;
      }
      return explainCostCell(ctx, table, row.cell, c);
    },
    [ctx, lines, table],
  );

  const { unitText } = amounts;
  const download = () => {
    const scale = amounts.unit === 'thousand' ? 1000 : 1;
    const csv: CsvCell[][] = [
      [unitText, ...projection.years],
      ...lines.map((row) => [`${row.hidden ?? ''}${row.label}`, ...row.values.map((v) => v / scale)]),
    ];
    downloadCsv(platform, t.costsFileName, csv, amounts.lang);
  };

  return (
    <YearGridSection
      id="projection-costs-table-title"
      title={t.costsTableTitle}
      testId="costs-table"
      roundingNote={t.costsRoundingNote}
      years={projection.years}
      rows={gridRows}
      explain={explain}
      amounts={amounts}
      t={t}
      onDownload={download}
    />
  );
});
