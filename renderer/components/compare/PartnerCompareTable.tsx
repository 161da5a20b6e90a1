// What each scenario means per partner, side by side: rows are organisations (or groups, kinds,
// taakvelden), columns per scenario what the partner receives, the change against its baseline
// in euros and per cent — for one shared year or all shared years together. When every scenario
// has the same baseline, it is one column. The figures are shared/compare's partner tables (the
// engine's breakdown rows); in thousands every column adds up to its total.
import { memo, useId, useMemo, useState } from 'react';
import { partnerImpact, partnerPeriodTable, type ComparePeriod, type PeriodCells } from '../../../shared/compare/partners';
import { scenarioStyle } from '../../../shared/compare/palette';
import type { Comparison } from '../../../shared/compare/types';
import { BREAKDOWN_DIMENSIONS, type BreakdownDimension } from '../../../shared/engine/project';
import { formatPercent, formatYear, formatYearSpan } from '../../../shared/format/money';
import type { Amounts } from '../projection/use-amounts';
import { LineSample } from './LineSample';
import { ScrollBox } from './ScrollBox';
import { partnerName } from '../projection/partner-name';
import type { Catalogue } from '../../../shared/i18n/catalogues';

interface Props {
  comparison: Comparison;
  amounts: Amounts;
  t: Catalogue['compare'];
}

export const PartnerCompareTable = memo(function PartnerCompareTable({ comparison, amounts, t }: Props) {
  const words = t;
  const dimensionId = useId();
  const periodId = useId();
  // Per organisation, unless no line names one (the worked example): then per group, or kind.
  const [dimension, setDimension] = useState<BreakdownDimension>(() => defaultDimension(comparison));
  const years = comparison.years;
  const [chosen, setChosen] = useState<ComparePeriod | null>(null);
  // The chosen period while it is one of the shared years, else the last shared year.
  const periodKey =
    chosen?.kind === 'all' ? 'all' : chosen?.kind === 'year' && years.includes(chosen.year) ? String(chosen.year) : String(years[years.length - 1]);
  const period = useMemo<ComparePeriod>(() => (periodKey === 'all' ? { kind: 'all' } : { kind: 'year', year: Number(periodKey) }), [periodKey]);
  const span = years.length ? formatYearSpan(years[0] as number, years[years.length - 1] as number) : '';
  const periodLabel = period.kind === 'year' ? formatYear(period.year) : t.allYears(span);

  const impact = useMemo(() => partnerImpact(comparison, dimension), [comparison, dimension]);
  const table = useMemo(() => partnerPeriodTable(impact, period, amounts.unit), [impact, period, amounts.unit]);
  const scenarios = comparison.scenarios;
  const oneBaseline = table.sameBaseline;
  const perScenario = oneBaseline ? 3 : 4;
  const pct = (cells: PeriodCells) =>
    cells.changeFraction === null ? words.notApplicable : formatPercent(cells.changeFraction, { lang: amounts.lang, digits: 1, sign: 'always' });
  const nameYear = period.kind === 'year' ? period.year : undefined;

  const cellsOf = (cells: PeriodCells | null, key: string) => {
    if (!cells) {
      return Array.from({ length: perScenario }, (_, i) => (
        <td key={`${key}:${i}`} className="is-missing">
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">{t.partnerMissing}</span>
        </td>
      ));
    }
    return [
      ...(oneBaseline ? [] : [<td key={`${key}:b`}>{amounts.cell(cells.baseline)}</td>]),
      <td key={`${key}:s`}>{amounts.cell(cells.scenario)}</td>,
      <td key={`${key}:c`}>{amounts.cell(cells.change, 'always')}</td>,
      <td key={`${key}:p`}>{pct(cells)}</td>,
    ];
  };
  const baselineOf = (cells: readonly (PeriodCells | null)[]) => {
    const first = cells.find((c): c is PeriodCells => c !== null);
    return first ? amounts.cell(first.baseline) : '—';
  };
  const { unitText } = amounts;
  const metric = (label: string, s: (typeof scenarios)[number]) => (
    <>
      {label}
      <span className="visually-hidden"> {s.label}</span>
    </>
  );

  return (
    <section className="compare-section" aria-labelledby="compare-partners-title">
      <div className="compare-section__head">
        <h3 id="compare-partners-title">{t.partnersTitle}</h3>
        <div className="compare-section__tools">
          <span className="compare-select">
            <label htmlFor={dimensionId}>{words.groupBy}</label>
            <select id={dimensionId} value={dimension} onChange={(e) => setDimension(e.target.value as BreakdownDimension)}>
              {BREAKDOWN_DIMENSIONS.map((d) => (
                <option key={d} value={d}>
                  {words.dimensions[d]}
                </option>
              ))}
            </select>
          </span>
          <span className="compare-select">
            <label htmlFor={periodId}>{words.period}</label>
            <select
              id={periodId}
              value={periodKey}
              onChange={(e) => setChosen(e.target.value === 'all' ? { kind: 'all' } : { kind: 'year', year: Number(e.target.value) })}
            >
              {years.map((y) => (
                <option key={y} value={String(y)}>
                  {formatYear(y)}
                </option>
              ))}
              <option value="all">{t.allYears(span)}</option>
            </select>
          </span>
        </div>
      </div>
      <ScrollBox labelledBy="compare-partners-caption">
        <table className="compare-table compare-table--partners" data-testid="compare-partners-table">
          <caption id="compare-partners-caption">
            {t.partnersCaption(words.dimensions[dimension], periodLabel)}. {unitText}. {t.partnersSorted}
            {amounts.unit === 'thousand' ? ` ${t.partnersRoundingNote}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className="compare-table__corner">
                {words.dimensions[dimension]}
              </th>
              {oneBaseline ? (
                <th scope="col" rowSpan={2}>
                  {t.baselineAll}
                </th>
              ) : null}
              {scenarios.map((s) => (
                <th scope="colgroup" colSpan={perScenario} key={s.index} className="compare-table__group">
                  <LineSample style={scenarioStyle(s.index)} /> {s.label}: {s.name}
                </th>
              ))}
            </tr>
            <tr>
              {scenarios.map((s) => [
                ...(oneBaseline ? [] : [<th scope="col" key={`${s.index}b`} className="is-group-start">{metric(t.colBaseline, s)}</th>]),
                <th scope="col" key={`${s.index}s`} className={oneBaseline ? 'is-group-start' : undefined}>
                  {metric(t.colScenario, s)}
                </th>,
                <th scope="col" key={`${s.index}c`}>
                  {metric(t.colChange, s)}
                </th>,
                <th scope="col" key={`${s.index}p`}>
                  {metric(t.colChangePct, s)}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => {
              const key = row.key ?? '\u0000none';
              return (
                <tr key={key}>
                  <th scope="row">{partnerName(dimension, row.key, words, nameYear)}</th>
                  {oneBaseline ? <td>{baselineOf(row.cells)}</td> : null}
                  {row.cells.map((cells, k) => cellsOf(cells, `${key}:${k}`))}
                </tr>
              );
            })}
            {table.fixed ? (
              <tr className="is-fixed">
                <th scope="row">{t.fixedRow}</th>
                {oneBaseline ? <td>—</td> : null}
                {table.fixed.map((f, k) => [
                  ...(oneBaseline ? [] : [<td key={`f${k}b`}>—</td>]),
                  <td key={`f${k}s`}>{amounts.cell(f, 'always')}</td>,
                  <td key={`f${k}c`}>{amounts.cell(f, 'always')}</td>,
                  <td key={`f${k}p`}>{words.notApplicable}</td>,
                ])}
              </tr>
            ) : null}
            <tr className="is-total">
              <th scope="row">{t.totalRow}</th>
              {oneBaseline ? <td>{amounts.cell(table.total[0]?.baseline ?? 0)}</td> : null}
              {table.total.map((cells, k) => cellsOf(cells, `total:${k}`))}
            </tr>
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
});

function defaultDimension(comparison: Comparison): BreakdownDimension {
  const named = (d: BreakdownDimension) => comparison.scenarios.some((s) => s.projection.breakdown[d].some((r) => r.key !== null));
  return (['organisation', 'group'] as const).find(named) ?? 'kind';
}
