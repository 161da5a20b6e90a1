// What the scenario means per partner, every year: per organisation (or group, kind, taakveld) a
// block of rows — first all the years together, then each year of the horizon — with the budget
// before and after the measures and the change in euros and per cent, the largest cut first.
// Fixed savings belong to no partner: their own block, so that the total equals the year table's.
//
// Years are rows, not columns: four figures per year do not fit a column of 500–700 pixels as
// columns for a 30-year horizon would (120 columns), while rows only make the table longer, which
// a page scrolls anyway; a partner reads its own block from top to bottom ("from when, how much").
// "Toon" narrows the table to one partner. The figures are shared/format partnerYears(), the
// formula of the exports too.
import { memo, useCallback, useId, useMemo } from 'react';
import { BREAKDOWN_DIMENSIONS, type BreakdownDimension } from '../../../shared/engine/project';
import type { Projection } from '../../../shared/engine/types';
import { formatPercent, formatYear, formatYearSpan } from '../../../shared/format/money';
import { byChange, partnerYears, type PartnerCells } from '../../../shared/format/partner-years';
import { roundHalfAway } from '../../../shared/numbers/apportion';
import type { Scenario } from '../../../shared/scenario/schema';
import { usePlatform } from '../../platform/context';
import { downloadCsv, type CsvCell } from './csv';
import { ALL_PARTNERS, partnerName, partnerOfOption, partnerOption } from './partner-name';
import { explainPartnerCell, type PartnerColumn, type PartnerRowRef, type Period, type TraceContext } from './explain-cell';
import type { YearRow } from './figures';
import { cachedRow, useRowCache } from './row-cache';
import { TraceGrid, type GridRow } from './TraceGrid';
import type { Amounts } from './use-amounts';
import { useProjectionView } from './view-store';
import type { Catalogue } from '../../../shared/i18n/catalogues';

interface PartnerTableProps {
  scenario: Scenario;
  projection: Projection;
  rows: readonly YearRow[];
  amounts: Amounts;
  t: Catalogue['projection'];
}

const COLUMNS: readonly PartnerColumn[] = ['baseline', 'scenario', 'change', 'changePct'];

/** A row of the table: a block's first row (all years together) or one of its years. */
interface TableRow {
  ref: PartnerRowRef;
  period: Period;
  /** The block's name: the partner, "fixed", "total". */
  name: string;
  cells: { baseline: number | null; scenario: number; change: number; changeFraction: number | null };
}

export const PartnerTable = memo(function PartnerTable({ scenario, projection, rows, amounts, t }: PartnerTableProps) {
  const platform = usePlatform();
  const dimension = useProjectionView((s) => s.dimension);
  const focus = useProjectionView((s) => s.partner);
  const setDimension = useProjectionView((s) => s.setDimension);
  const setPartner = useProjectionView((s) => s.setPartner);
  const dimensionId = useId();
  const partnerId = useId();
  const years = projection.years;
  const span = years.length ? formatYearSpan(years[0] as number, years[years.length - 1] as number) : '';
  const spanLabel = t.wholeHorizon(span);

  const table = useMemo(
    () => partnerYears(projection.breakdown[dimension], projection.scenario.fixed, amounts.unit),
    [projection, dimension, amounts.unit],
  );
  const partners = useMemo(() => byChange(table.rows), [table]);
  // The partner chosen, while it is one of the rows; else every partner.
  const chosen = focus && partners.some((p) => p.key === focus.key) ? focus : null;

  const tableRows = useMemo<TableRow[]>(() => {
    const out: TableRow[] = [];
    const block = (ref: PartnerRowRef, name: string, span: TableRow['cells'], perYear: readonly TableRow['cells'][]) => {
      out.push({ ref, period: { kind: 'horizon' }, name, cells: span });
      perYear.forEach((cells, index) => out.push({ ref, period: { kind: 'year', index }, name, cells }));
    };
    for (const p of partners) {
      if (chosen && p.key !== chosen.key) continue;
      block({ row: 'partner', key: p.key }, partnerName(dimension, p.key, t), p.span, p.years);
    }
    if (!chosen) {
      const fixed = table.fixed;
      if (fixed) {
        const cells = (v: number) => ({ baseline: null, scenario: v, change: v, changeFraction: null });
        block({ row: 'fixed' }, t.fixedRow, cells(fixed.span), fixed.years.map(cells));
      }
      block({ row: 'total' }, t.totalRow, table.total.span, table.total.years);
    }
    return out;
  }, [partners, chosen, table, dimension, t]);

  const cache = useRowCache();
  const lineCount = useMemo(() => new Map(table.rows.map((r) => [r.key, r.lineIds.length])), [table]);
  const gridRows = useMemo<GridRow[]>(
    () =>
      tableRows.map((row) => {
        const refKey = row.ref.row === 'partner' ? `p:${row.ref.key ?? '\u0000none'}` : row.ref.row;
        const key = row.period.kind === 'horizon' ? refKey : `${refKey}:${years[row.period.index]}`;
        const lines = row.ref.row === 'partner' ? (lineCount.get(row.ref.key) ?? 0) : 0;
        const signature = `${amounts.lang}|${amounts.unit}|${row.name}|${span}|${lines}`;
        const { baseline, scenario, change, changeFraction } = row.cells;
        return cachedRow(cache, key, signature, [baseline, scenario, change, changeFraction], () => {
          const cells = [
            baseline === null ? '—' : amounts.cell(baseline),
            amounts.cell(scenario),
            amounts.cell(change, 'always'),
            changeFraction === null ? t.notApplicable : formatPercent(changeFraction, { lang: amounts.lang, digits: 1, sign: 'always' }),
          ];
          if (row.period.kind === 'year') {
            const year = years[row.period.index] as number;
            return {
              key,
              className: 'is-part',
              header: (
                <>
                  {formatYear(year)}
                  <span className="visually-hidden"> {t.partnerYears.ofPartner(row.name)}</span>
                </>
              ),
              cells,
            };
          }
          return {
            key,
            className: row.ref.row === 'total' ? 'is-block is-key' : 'is-block',
            header: (
              <>
                {row.name}
                <span className="projection-row-sub">{lines > 0 ? t.partnerYears.rowSub(spanLabel, t.lines(lines)) : spanLabel}</span>
              </>
            ),
            cells,
          };
        });
      }),
    [tableRows, years, lineCount, amounts, t, span, spanLabel, cache],
  );

  const ctx = useMemo<TraceContext>(() => ({ scenario, projection, rows, amounts, t }), [scenario, projection, rows, amounts, t]);
  const explain = useCallback(
    (r: number, c: number) => {
      const row = tableRows[r];
      const column = COLUMNS[c];
      if (!row || !column) return null;
      const name = row.period.kind === 'year' && row.ref.row === 'partner' ? partnerName(dimension, row.ref.key, t, years[row.period.index]) : row.name;
      return explainPartnerCell(ctx, table, dimension, row.period, row.ref, column, name);
    },
    [ctx, table, dimension, tableRows, t, years],
  );

  const { unitText } = amounts;
  const columnLabel: Record<PartnerColumn, string> = {
    baseline: t.colBaseline,
    scenario: t.colScenario,
    change: t.colChange,
    changePct: t.colChangePct,
  };
  const download = () => {
    const scale = amounts.unit === 'thousand' ? 1000 : 1;
    const figures = (c: PartnerCells | TableRow['cells']): CsvCell[] => [
      c.baseline === null ? null : c.baseline / scale,
      c.scenario / scale,
      c.change / scale,
      c.changeFraction === null ? null : roundHalfAway(c.changeFraction * 10000) / 100,
    ];
    const csv: CsvCell[][] = [
      [`${t.dimensions[dimension]} (${unitText})`, t.partnerYears.year, ...COLUMNS.map((c) => columnLabel[c])],
      ...tableRows.map((row) => [row.name, row.period.kind === 'year' ? years[row.period.index] ?? null : spanLabel, ...figures(row.cells)]),
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
          <span className="projection-select projection-select--wide">
            <label htmlFor={partnerId}>{t.partnerFilter.label}</label>
            <select
              id={partnerId}
              value={chosen ? partnerOption(chosen.key) : ALL_PARTNERS}
              onChange={(e) => setPartner(partnerOfOption(e.target.value))}
            >
              <option value={ALL_PARTNERS}>{t.partnerFilter.all[dimension]}</option>
              {partners.map((p) => (
                <option key={partnerOption(p.key)} value={partnerOption(p.key)}>
                  {partnerName(dimension, p.key, t)}
                </option>
              ))}
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
        className="projection-grid--partners"
        caption={
          <>
            {t.partnerYears.caption(t.dimensions[dimension], span)}. {unitText}. {t.partnerYears.sorted}
            {amounts.unit === 'thousand' ? <> {t.partnerYears.roundingNote}</> : null}
          </>
        }
        corner={t.partnerYears.corner(t.dimensions[dimension])}
        columns={COLUMNS.map((column) =>
          column === 'changePct' ? (
            <>
              <span aria-hidden="true">{t.partnerYears.pctHead}</span>
              <span className="visually-hidden">{columnLabel[column]}</span>
            </>
          ) : (
            columnLabel[column]
          ),
        )}
        rows={gridRows}
        explain={explain}
      />
    </section>
  );
});
