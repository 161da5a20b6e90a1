// For variants of one baseline (the groups of a workshop each made one): per measure and per
// setting the value in each variant, the minimum, maximum and average (variantStats()). A
// measure's heading row says in how many variants it occurs and is switched on; a value of a
// switched-off measure is marked "uit". Percentages as set; amounts in the ui unit.
import { memo } from 'react';
import { scenarioStyle } from '../../../shared/compare/palette';
import type { MeasureStats, ParameterStats, VariantStats } from '../../../shared/compare/types';
import { formatNumber, formatPercent, formatYearSpan } from '../../../shared/format/money';
import { useLang } from '../../i18n/use-text';
import { viewOfType } from '../measures/kinds/registry';
import type { Amounts } from '../projection/use-amounts';
import { LineSample } from './LineSample';
import { ScrollBox } from './ScrollBox';
import type { Catalogue } from '../../../shared/i18n/catalogues';
import { render } from '../../../shared/i18n/text';

interface Props {
  stats: VariantStats;
  amounts: Amounts;
  t: Catalogue['compare'];
}

export const VariantStatsTable = memo(function VariantStatsTable({ stats, amounts, t }: Props) {
  const lang = useLang();
  const value = (p: ParameterStats, v: number) =>
    p.unit === 'fraction'
      ? formatPercent(v, { lang: amounts.lang, maxDigits: 2 })
      : p.unit === 'euro'
        ? amounts.cell(v)
        : formatNumber(v, { lang: amounts.lang, maxDigits: 2 });
  const parameterLabel = (p: ParameterStats) => {
    const name = t.parameters[p.parameter];
    const years = p.years ? ` ${formatYearSpan(p.years[0], p.years[1])}` : '';
    return `${name}${years}`;
  };
  // The setting, one column per variant, then minimum, maximum and average.
  const columns = stats.labels.length + 4;
  const differing = [...new Set(stats.baselineDifferences.map((d) => stats.labels[d.scenario] ?? ''))];
  return (
    <section className="compare-section" aria-labelledby="compare-stats-title" data-testid="compare-stats">
      <h3 id="compare-stats-title">{t.statsTitle}</h3>
      <p className="compare-note">
        {t.statsIntro} {stats.sameBaseline ? t.statsSameBaseline : t.statsOtherBaseline(differing.join(', '))}
      </p>
      {stats.measures.length === 0 ? (
        <p>{t.noMeasures}</p>
      ) : (
        <ScrollBox labelledBy="compare-stats-caption">
          <table className="compare-table compare-table--stats" data-testid="compare-stats-table">
            <caption id="compare-stats-caption">
              {t.statsCaption}. {amounts.unitText}.
            </caption>
            <thead>
              <tr>
                <th scope="col" className="compare-table__corner">
                  {t.statsMeasure}
                </th>
                {stats.labels.map((label, i) => (
                  <th scope="col" key={label}>
                    <LineSample style={scenarioStyle(i)} /> {label}
                  </th>
                ))}
                <th scope="col" className="is-stat">
                  {t.min}
                </th>
                <th scope="col" className="is-stat">
                  {t.max}
                </th>
                <th scope="col" className="is-stat">
                  {t.mean}
                </th>
              </tr>
            </thead>
            {stats.measures.map((m) => (
              <tbody key={m.id}>
                <tr className="is-measure">
                  <th scope="colgroup" colSpan={columns}>
                    {m.name} <span className="compare-table__sub">({render(lang, viewOfType(m.type).words.name)}, {t.occurs(m.occurs, stats.count, m.enabled)})</span>
                  </th>
                </tr>
                {m.parameters.map((p, i) => (
                  <tr key={`${p.parameter}:${p.years?.[0] ?? ''}:${i}`} className={p.min !== p.max ? 'is-varied' : undefined}>
                    <th scope="row" className="is-parameter">
                      {parameterLabel(p)}
                    </th>
                    {p.values.map((v, k) => (
                      <td key={k}>{cell(m, p, v, k, value, t)}</td>
                    ))}
                    <td className="is-stat">{value(p, p.min)}</td>
                    <td className="is-stat">{value(p, p.max)}</td>
                    <td className="is-stat">{value(p, p.mean)}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </ScrollBox>
      )}
    </section>
  );
});

function cell(
  m: MeasureStats,
  p: ParameterStats,
  v: number | null,
  k: number,
  value: (p: ParameterStats, v: number) => string,
  t: Catalogue['compare'],
) {
  if (v === null) {
    return (
      <>
        <span aria-hidden="true">{t.missing}</span>
        <span className="visually-hidden">{t.missingText}</span>
      </>
    );
  }
  return (
    <>
      {value(p, v)}
      {m.presence[k] === 'off' ? <span className="compare-table__off"> ({t.off})</span> : null}
    </>
  );
}
