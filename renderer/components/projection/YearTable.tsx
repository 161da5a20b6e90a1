// The year table: baseline, scenario, savings, cumulative, each measure (with its colour), target
// and shortfall; one column per year. It is the savings chart's table alternative, and every
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

/** The visible name of a year-table row. */
export function yearRowLabel(row: YearRow, amounts: Amounts): string {
  const lang = amounts.lang;
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

  const cache = useRowCache();
  const measures = scenario.measures;
  const gridRows = useMemo<GridRow[]>(() => {
    const colours = measureColours((measures ?? []).map((m) => m.id));
    return rows.map((row, i): GridRow => {
      const label = yearRowLabel(row, amounts);
      const key = row.kind === 'measure' ? `measure:${row.measureId ?? i}` : row.kind;
      const colour = row.kind === 'measure' ? (colours.get(row.measureId ?? '') ?? measureColour(i)) : '';
      const first = row === firstMeasure;
      const signature = `${amounts.lang}|${amounts.unit}|${label}|${colour}|${first}`;
      return cachedRow(cache, key, signature, row.values, () => buildRow(row, key, label, colour, first, amounts));
    });
  }, [rows, amounts, firstMeasure, cache, measures]);

  const ctx = useMemo<TraceContext>(() => ({ scenario, projection, rows, amounts, t }), [scenario, projection, rows, amounts, t]);
  const explain = useCallback((r: number, c: number) => {
    const row = ctx.rows[r];
    return row ? explainYearCell(ctx, row, c) : null;
  }, [ctx]);

  const { unitText } = amounts;
  const download = () => {
    downloadCsv(platform, t.savingsFileName, yearTableCsv(projection, rows, amounts, unitText), amounts.lang);
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

function buildRow(row: YearRow, key: string, label: string, colour: string, first: boolean, amounts: Amounts): GridRow {
  const sign = row.kind === 'gap' ? 'always' : 'auto';
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
      return {
        key,
        header: label,
        cells,
        cellClasses: row.values.map((v) => (v === null ? undefined : v > 0 ? 'is-short' : 'is-met')),
      };
    default:
      return { key, header: label, cells };
  }
}

/** The CSV behind the chart: the year table as shown, in the ui unit (thousands as whole numbers). */
export function yearTableCsv(projection: Projection, rows: readonly YearRow[], amounts: Amounts, unitText: string): CsvCell[][] {
  const scale = amounts.unit === 'thousand' ? 1000 : 1;
  return [
    [unitText, ...projection.years],
    ...rows.map((row) => [yearRowLabel(row, amounts), ...row.values.map((v) => (v === null ? null : v / scale))]),
  ];
}
