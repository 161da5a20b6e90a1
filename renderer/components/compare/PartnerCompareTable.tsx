// What each scenario means per partner, side by side and every year: rows are organisations (or
// groups, kinds, taakvelden), each a block — all shared years together, then each year — and
// per scenario what the partner receives and the change against its baseline in euros and per
// cent. When every scenario has the same baseline, it is one column. Years are rows, as in the
// editor's "Per partner" tab, so that the scenarios' columns fit the screen whatever the number
// of years; the scenarios' names head their columns and wrap rather than widen the table.
// The figures are shared/compare partnerComparison() (shared/format partnerYears() per
// scenario); in thousands every column adds up to its total.
import { memo, useId, useMemo, useState } from 'react';
import { distinctTitles } from '../../../shared/compare/names';
import { partnerComparison, breakdownSources } from '../../../shared/compare/partners';
import { scenarioStyle } from '../../../shared/compare/palette';
import type { Comparison } from '../../../shared/compare/types';
import { BREAKDOWN_DIMENSIONS, type BreakdownDimension } from '../../../shared/engine/project';
import { formatPercent, formatYear, formatYearSpan } from '../../../shared/format/money';
import type { PartnerCells } from '../../../shared/format/partner-years';
import type { Amounts } from '../projection/use-amounts';
import { LineSample } from './LineSample';
import { ScrollBox } from './ScrollBox';
import { ALL_PARTNERS, partnerName, partnerOption } from '../projection/partner-name';
import type { Catalogue } from '../../../shared/i18n/catalogues';

interface Props {
  comparison: Comparison;
  amounts: Amounts;
  t: Catalogue['compare'];
}


/** The figures of one cell group: a scenario's partner in a year or all years; null where it has no such partner. */
type Cells = PartnerCells | null;

/** A block of rows: a partner, the fixed amounts or the total, per scenario all years together and each year. */
interface Block {
  key: string;
  name: string;
  kind: 'partner' | 'fixed' | 'total';
  /** Per scenario. */
  span: Cells[];
  years: Cells[][];
}

export const PartnerCompareTable = memo(function PartnerCompareTable({ comparison, amounts, t }: Props) {
  const dimensionId = useId();
  const partnerId = useId();
  // Per organisation, unless no line names one (the worked example): then per group, or kind.
  const [dimension, setDimension] = useState<BreakdownDimension>(() => defaultDimension(comparison));
  const [focus, setFocus] = useState<string>(ALL_PARTNERS);
  const years = comparison.years;
  const span = years.length ? formatYearSpan(years[0] as number, years[years.length - 1] as number) : '';
  const spanLabel = t.allYears(span);

  const table = useMemo(() => partnerComparison(comparison, amounts.unit, breakdownSources(dimension)), [comparison, dimension, amounts.unit]);
  const scenarios = comparison.scenarios;
  // Two tabs with one title are told apart by their file names.
  const names = useMemo(() => distinctTitles(scenarios.map((s) => ({ title: s.name, file: s.file }))), [scenarios]);
  const oneBaseline = table.sameBaseline;
  const perScenario = oneBaseline ? 3 : 4;
  const chosen = table.rows.some((r) => partnerOption(r.key) === focus) ? focus : ALL_PARTNERS;

  const blocks = useMemo<Block[]>(() => {
    const out: Block[] = [];
    for (const row of table.rows) {
      if (chosen !== ALL_PARTNERS && partnerOption(row.key) !== chosen) continue;
      out.push({
        key: partnerOption(row.key),
        name: partnerName(dimension, row.key, t),
        kind: 'partner',
        span: row.cells.map((c) => c?.span ?? null),
        years: years.map((_, y) => row.cells.map((c) => c?.years[y] ?? null)),
      });
    }
    if (chosen === ALL_PARTNERS) {
      if (table.hasFixed) {
        const fixed = (v: number): PartnerCells => ({ baseline: 0, scenario: v, change: v, changeFraction: null });
        out.push({
          key: 'fixed',
          name: t.fixedRow,
          kind: 'fixed',
          span: table.scenarios.map((s) => fixed(s.fixed?.span ?? 0)),
          years: years.map((_, y) => table.scenarios.map((s) => fixed(s.fixed?.years[y] ?? 0))),
        });
      }
      out.push({
        key: 'total',
        name: t.totalRow,
        kind: 'total',
        span: table.scenarios.map((s) => s.total.span),
        years: years.map((_, y) => table.scenarios.map((s) => s.total.years[y] ?? null)),
      });
    }
    return out;
  }, [table, chosen, dimension, t, years]);

  const pct = (cells: PartnerCells) =>
    cells.changeFraction === null ? t.notApplicable : formatPercent(cells.changeFraction, { lang: amounts.lang, digits: 1, sign: 'always' });
  const cellsOf = (cells: Cells, key: string, fixed: boolean) => {
    if (!cells) {
      return Array.from({ length: perScenario }, (_, i) => (
        <td key={`${key}:${i}`} className={`is-missing${i === 0 ? ' is-group-start' : ''}`}>
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">{t.partnerMissing}</span>
        </td>
      ));
    }
    return [
      ...(oneBaseline ? [] : [<td key={`${key}:b`} className="is-group-start">{fixed ? '—' : amounts.cell(cells.baseline)}</td>]),
      <td key={`${key}:s`} className={oneBaseline ? 'is-group-start' : undefined}>
        {amounts.cell(cells.scenario, fixed ? 'always' : 'auto')}
      </td>,
      <td key={`${key}:c`}>{amounts.cell(cells.change, 'always')}</td>,
      <td key={`${key}:p`}>{pct(cells)}</td>,
    ];
  };
  const baselineOf = (cells: readonly Cells[], fixed: boolean) => {
    const first = cells.find((c): c is PartnerCells => c !== null);
    return fixed || !first ? '—' : amounts.cell(first.baseline);
  };
  const metric = (label: string, s: (typeof scenarios)[number]) => (
    <>
      {label}
      <span className="visually-hidden"> {s.label}</span>
    </>
  );
  const { unitText } = amounts;

  return (
    <section className="compare-section" aria-labelledby="compare-partners-title">
      <div className="compare-section__head">
        <h3 id="compare-partners-title">{t.partnersTitle}</h3>
        <div className="compare-section__tools">
          <span className="compare-select">
            <label htmlFor={dimensionId}>{t.groupBy}</label>
            <select id={dimensionId} value={dimension} onChange={(e) => setDimension(e.target.value as BreakdownDimension)}>
              {BREAKDOWN_DIMENSIONS.map((d) => (
                <option key={d} value={d}>
                  {t.dimensions[d]}
                </option>
              ))}
            </select>
          </span>
          <span className="compare-select">
            <label htmlFor={partnerId}>{t.partnerFilter.label}</label>
            <select id={partnerId} value={chosen} onChange={(e) => setFocus(e.target.value)}>
              <option value={ALL_PARTNERS}>{t.partnerFilter.all[dimension]}</option>
              {table.rows.map((r) => (
                <option key={partnerOption(r.key)} value={partnerOption(r.key)}>
                  {partnerName(dimension, r.key, t)}
                </option>
              ))}
            </select>
          </span>
        </div>
      </div>
      <ScrollBox labelledBy="compare-partners-caption">
        <table className="compare-table compare-table--partners" data-testid="compare-partners-table">
          <caption id="compare-partners-caption">
            {t.partnerYears.caption(t.dimensions[dimension], span)}. {unitText}. {t.partnerYears.sorted}
            {amounts.unit === 'thousand' ? ` ${t.partnerYears.roundingNote}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className="compare-table__corner">
                {t.partnerYears.corner(t.dimensions[dimension])}
              </th>
              {oneBaseline ? (
                <th scope="col" rowSpan={2}>
                  {t.baselineAll}
                </th>
              ) : null}
              {scenarios.map((s) => (
                <th scope="colgroup" colSpan={perScenario} key={s.index} className="compare-table__group">
                  <LineSample style={scenarioStyle(s.index)} /> {s.label}: {names[s.index]}
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
            {blocks.flatMap((block) => {
              const fixed = block.kind === 'fixed';
              const className = `is-block${block.kind === 'total' ? ' is-total' : ''}`;
              return [
                <tr key={block.key} className={className}>
                  <th scope="row">
                    {block.name}
                    <span className="compare-table__sub compare-table__span">{spanLabel}</span>
                  </th>
                  {oneBaseline ? <td>{baselineOf(block.span, fixed)}</td> : null}
                  {block.span.map((cells, k) => cellsOf(cells, `${block.key}:${k}`, fixed))}
                </tr>,
                ...block.years.map((perScenario, y) => (
                  <tr key={`${block.key}:${years[y]}`} className="is-year">
                    <th scope="row">
                      {formatYear(years[y] as number)}
                      <span className="visually-hidden"> {t.partnerYears.ofPartner(block.name)}</span>
                    </th>
                    {oneBaseline ? <td>{baselineOf(perScenario, fixed)}</td> : null}
                    {perScenario.map((cells, k) => cellsOf(cells, `${block.key}:${years[y]}:${k}`, fixed))}
                  </tr>
                )),
              ];
            })}
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
