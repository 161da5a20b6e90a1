// What the scenario means per partner: one row per organisation (or group, kind, taakveld), its
// budget in the baseline and in the scenario for a chosen year or the whole horizon, and the
// change in euros and per cent, the largest cut first. Fixed savings belong to no partner: their
// own row, so that the total equals the year table's.
import { memo, useCallback, useId, useMemo } from 'react';
import { BREAKDOWN_DIMENSIONS, type BreakdownDimension } from '../../../shared/engine/project';
import type { Projection } from '../../../shared/engine/types';
import { formatPercent, formatYear, formatYearSpan } from '../../../shared/format/money';
import { roundHalfAway } from '../../../shared/numbers/apportion';
import type { Scenario } from '../../../shared/scenario/schema';
import { usePlatform } from '../../platform/context';
import { downloadCsv, type CsvCell } from './csv';
import { partnerName } from './partner-name';
import { explainPartnerCell, type PartnerColumn, type PartnerRowRef, type TraceContext } from './explain-cell';
import { partnerTable, type Period, type PartnerTable as PartnerFigures, type YearRow } from './figures';
import { TraceGrid, type GridRow } from './TraceGrid';
import type { Amounts } from './use-amounts';
import { useProjectionView, type PartnerPeriod } from './view-store';
import type { Catalogue } from '../../../shared/i18n/catalogues';

interface PartnerTableProps {
  scenario: Scenario;
  projection: Projection;
  rows: readonly YearRow[];
  amounts: Amounts;
  t: Catalogue['projection'];
}

/** For one year, the change over the whole horizon as well: what the variant costs a partner in all. */
const YEAR_COLUMNS: readonly PartnerColumn[] = ['baseline', 'scenario', 'change', 'changePct', 'horizonChange'];
const HORIZON_COLUMNS: readonly PartnerColumn[] = ['baseline', 'scenario', 'change', 'changePct'];

/** The period the user chose, kept inside the horizon: a year, else the last year. */
export function resolvePeriod(chosen: PartnerPeriod | null, years: readonly number[]): Period {
  if (chosen?.kind === 'horizon') return { kind: 'horizon' };
  const index = chosen ? years.indexOf(chosen.year) : -1;
  return { kind: 'year', index: index >= 0 ? index : years.length - 1 };
}

export const PartnerTable = memo(function PartnerTable({ scenario, projection, rows, amounts, t }: PartnerTableProps) {
  const platform = usePlatform();
  const dimension = useProjectionView((s) => s.dimension);
  const chosen = useProjectionView((s) => s.period);
  const setDimension = useProjectionView((s) => s.setDimension);
  const setPeriod = useProjectionView((s) => s.setPeriod);
  const dimensionId = useId();
  const periodId = useId();
  const years = projection.years;
  const period = useMemo(() => resolvePeriod(chosen, years), [chosen, years]);
  const periodKey = period.kind === 'year' ? String(years[period.index]) : 'horizon';
  const span = years.length ? formatYearSpan(years[0] as number, years[years.length - 1] as number) : '';
  const periodLabel = period.kind === 'year' ? formatYear(years[period.index] as number) : t.wholeHorizon(span);
  const nameYear = period.kind === 'year' ? years[period.index] : undefined;
  const columns = period.kind === 'year' ? YEAR_COLUMNS : HORIZON_COLUMNS;

  const figures = useMemo(
    () => partnerTable(projection, rows, dimension, period, amounts.unit),
    [projection, rows, dimension, period, amounts.unit],
  );
  const refs = useMemo(() => partnerRefs(figures), [figures]);
  const names = useMemo(
    () => refs.map((ref) => rowName(ref, figures, dimension, t, nameYear)),
    [refs, figures, dimension, t, nameYear],
  );

  const gridRows = useMemo<GridRow[]>(
    () =>
      refs.map((ref, i) => {
        const values = rowFigures(ref, figures);
        const lineCount = ref.row === 'partner' ? (figures.rows[ref.index]?.lineIds.length ?? 0) : 0;
        return {
          key: ref.row === 'partner' ? `p:${figures.rows[ref.index]?.key ?? '\u0000none'}` : ref.row,
          className: ref.row === 'total' ? 'is-key is-target' : ref.row === 'fixed' ? 'is-first-part' : undefined,
          header: (
            <>
              {names[i]}
              {lineCount > 0 ? <span className="projection-row-sub">{t.lines(lineCount)}</span> : null}
            </>
          ),
          cells: columns.map((column) => {
            switch (column) {
              case 'baseline':
                return values.baseline === null ? '—' : amounts.cell(values.baseline);
              case 'scenario':
                return amounts.cell(values.scenario);
              case 'change':
                return amounts.cell(values.change, 'always');
              case 'changePct':
                return values.fraction === null ? t.notApplicable : formatPercent(values.fraction, { lang: amounts.lang, digits: 1, sign: 'always' });
              case 'horizonChange':
                return amounts.cell(values.horizonChange, 'always');
            }
          }),
        };
      }),
    [refs, figures, names, amounts, t, columns],
  );

  const ctx = useMemo<TraceContext>(() => ({ scenario, projection, rows, amounts, t }), [scenario, projection, rows, amounts, t]);
  const explain = useCallback(
    (r: number, c: number) => {
      const ref = refs[r];
      const column = columns[c];
      return ref && column ? explainPartnerCell(ctx, figures, dimension, period, ref, column, names[r] ?? '') : null;
    },
    [ctx, figures, dimension, period, refs, names, columns],
  );

  const { unitText } = amounts;
  const columnLabel: Record<PartnerColumn, string> = {
    baseline: t.colBaseline,
    scenario: t.colScenario,
    change: t.colChange,
    changePct: t.colChangePct,
    horizonChange: t.colChange,
  };
  const columnPeriod = (column: PartnerColumn) => (column === 'horizonChange' ? t.wholeHorizon(span) : periodLabel);
  const download = () => {
    const scale = amounts.unit === 'thousand' ? 1000 : 1;
    const csv: CsvCell[][] = [
      [`${t.dimensions[dimension]} (${unitText})`, ...columns.map((c) => `${columnLabel[c]} ${columnPeriod(c)}`)],
      ...refs.map((ref, i) => {
        const v = rowFigures(ref, figures);
        return [
          names[i] ?? '',
          ...columns.map((c): CsvCell => {
            switch (c) {
              case 'baseline':
                return v.baseline === null ? null : v.baseline / scale;
              case 'scenario':
                return v.scenario / scale;
              case 'change':
                return v.change / scale;
              case 'changePct':
                return v.fraction === null ? null : roundHalfAway(v.fraction * 10000) / 100;
              case 'horizonChange':
                return v.horizonChange / scale;
            }
          }),
        ];
      }),
    ];
    downloadCsv(platform, t.partnersFileName, csv, amounts.lang);
  };

  return (
    <section className="projection-section" aria-labelledby="projection-partners-title">
      <div className="projection-section__head">
        <h3 id="projection-partners-title">{t.partnersTitle}</h3>
        <div className="projection-section__tools">
          <span className="projection-select">
            <label htmlFor={dimensionId}>{t.groupBy}</label>
            <select id={dimensionId} value={dimension} onChange={(e) => setDimension(e.target.value as BreakdownDimension)}>
              {BREAKDOWN_DIMENSIONS.map((d) => (
                <option key={d} value={d}>
                  {t.dimensions[d]}
                </option>
              ))}
            </select>
          </span>
          <span className="projection-select">
            <label htmlFor={periodId}>{t.period}</label>
            <select
              id={periodId}
              value={periodKey}
              onChange={(e) =>
                setPeriod(e.target.value === 'horizon' ? { kind: 'horizon' } : { kind: 'year', year: Number(e.target.value) })
              }
            >
              {years.map((y) => (
                <option key={y} value={String(y)}>
                  {formatYear(y)}
                </option>
              ))}
              <option value="horizon">{t.wholeHorizon(span)}</option>
            </select>
          </span>
          <button type="button" className="tool-button" onClick={download}>
            {t.downloadCsv}
            <span className="visually-hidden">: {t.partnersTitle}</span>
          </button>
        </div>
      </div>
      <TraceGrid
        testId="partner-table"
        caption={
          <>
            {t.partnersCaption(t.dimensions[dimension], periodLabel)}. {unitText}. {t.partnersSorted}
            {amounts.unit === 'thousand' ? <> {t.partnersRoundingNote}</> : null}
          </>
        }
        corner={t.dimensions[dimension]}
        columns={columns.map((column) => (
          <>
            {columnLabel[column]}
            <span className="projection-row-sub">{columnPeriod(column)}</span>
          </>
        ))}
        rows={gridRows}
        explain={explain}
      />
    </section>
  );
});

function partnerRefs(figures: PartnerFigures): PartnerRowRef[] {
  return [
    ...figures.rows.map((_, index): PartnerRowRef => ({ row: 'partner', index })),
    ...(figures.fixed ? [{ row: 'fixed' } as const] : []),
    { row: 'total' } as const,
  ];
}

function rowFigures(ref: PartnerRowRef, figures: PartnerFigures) {
  if (ref.row === 'partner') {
    const row = figures.rows[ref.index];
    return {
      baseline: row?.baseline ?? 0,
      scenario: row?.scenario ?? 0,
      change: row?.change ?? 0,
      fraction: row?.changeFraction ?? null,
      horizonChange: row?.horizonChange ?? 0,
    };
  }
  if (ref.row === 'fixed') {
    const fixed = figures.fixed ?? { scenario: 0, change: 0, horizonChange: 0 };
    return { baseline: null, scenario: fixed.scenario, change: fixed.change, fraction: null, horizonChange: fixed.horizonChange };
  }
  return { ...figures.total, fraction: figures.total.changeFraction };
}

function rowName(ref: PartnerRowRef, figures: PartnerFigures, dimension: BreakdownDimension, t: Catalogue['projection'], year?: number): string {
  if (ref.row === 'fixed') return t.fixedRow;
  if (ref.row === 'total') return t.totalRow;
  return partnerName(dimension, figures.rows[ref.index]?.key ?? null, t, year);
}
