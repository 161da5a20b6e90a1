// Per shared year and scenario: the structural savings, the one-off costs and the net savings
// (format version 2, #20 item 6), and under them the year each scenario pays back its one-off
// costs. Only when some compared scenario has incidental measures or one-off costs. Figures from
// comparisonBudget() (shared/compare), each scenario's own year-table figures.
import { memo, useMemo } from 'react';
import { comparisonBudget } from '../../../shared/compare/budget-rows';
import { scenarioStyle } from '../../../shared/compare/palette';
import type { Comparison } from '../../../shared/compare/types';
import { formatYear } from '../../../shared/format/money';
import type { Catalogue } from '../../../shared/i18n/catalogues';
import { useText } from '../../i18n/use-text';
import type { Amounts } from '../projection/use-amounts';
import { LineSample } from './LineSample';
import { ScrollBox } from './ScrollBox';

interface Props {
  comparison: Comparison;
  amounts: Amounts;
}

export const CompareBudgetTable = memo(function CompareBudgetTable({ comparison, amounts }: Props) {
  const t = useText().budget.compare;
  const words = useText().compare;
  const budget = useMemo(() => comparisonBudget(comparison, amounts.unit), [comparison, amounts.unit]);
  if (!budget.shown) return null;
  const id = 'compare-budget-title';
  const columns = comparison.scenarios.flatMap((s, k) => [
    { key: `s${s.index}`, header: t.structuralOf(s.label), values: budget.structural[k] ?? [], start: true, scenario: s.index },
    { key: `c${s.index}`, header: t.costsOf(s.label), values: budget.oneOffCosts[k] ?? [], start: false, scenario: s.index },
    { key: `n${s.index}`, header: t.netOf(s.label), values: budget.net[k] ?? [], start: false, scenario: s.index },
  ]);
  return (
    <section className="compare-section" aria-labelledby={id}>
      <h3 id={id}>{t.title}</h3>
      <ScrollBox labelledBy={`${id}-caption`}>
        <table className="compare-table" data-testid="compare-budget-table">
          <caption id={`${id}-caption`}>
            {t.caption}. {amounts.unitText}.{amounts.unit === 'thousand' ? ` ${words.roundingNote}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="compare-table__corner">
                {words.year}
              </th>
              {columns.map((c) => (
                <th scope="col" key={c.key} className={c.start ? 'is-group-start' : undefined}>
                  {c.start ? (
                    <>
                      <LineSample style={scenarioStyle(c.scenario)} />{' '}
                    </>
                  ) : null}
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.years.map((year, i) => (
              <tr key={year}>
                <th scope="row">{formatYear(year)}</th>
                {columns.map((c) => (
                  <td key={c.key} className={c.start ? 'is-group-start' : undefined}>
                    {amounts.cell(c.values[i] ?? 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="is-total">
              <th scope="row">{t.payback}</th>
              {comparison.scenarios.map((s, k) => (
                <td key={s.index} colSpan={3} className="is-group-start" data-testid={`compare-payback-${s.label}`}>
                  {paybackText(budget.payback[k], t)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </ScrollBox>
    </section>
  );
});

function paybackText(payback: { year: number | null; stillShort: boolean } | undefined, t: Catalogue['budget']['compare']): string {
  if (!payback) return '';
  if (payback.year !== null) return formatYear(payback.year);
  return payback.stillShort ? t.notPaidBack : t.paybackNotNeeded;
}
