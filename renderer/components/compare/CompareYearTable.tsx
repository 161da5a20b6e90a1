// Rows are the shared years, columns the scenarios: savings per year (or cumulative from the
// first shared year), then the difference of each scenario to the reference, then (per year)
// the targets. The chart's table alternative. Figures from comparisonRows(), so in thousands
// they are the scenario's own year-table figures and "B − A" is the difference of the cells shown.
import { memo, type ReactNode } from 'react';
import type { ComparisonRows } from '../../../shared/compare/rows';
import { scenarioStyle } from '../../../shared/compare/palette';
import type { Comparison } from '../../../shared/compare/types';
import { formatYear } from '../../../shared/format/money';
import type { Amounts } from '../projection/use-amounts';
import { LineSample } from './LineSample';
import { ScrollBox } from './ScrollBox';
import { targetLabel, targetLines } from './target-lines';
import type { Catalogue } from '../../../shared/i18n/catalogues';

interface Props {
  kind: 'perYear' | 'cumulative';
  comparison: Comparison;
  rows: ComparisonRows;
  amounts: Amounts;
  t: Catalogue['compare'];
}

interface Column {
  key: string;
  header: ReactNode;
  values: readonly (number | null)[];
  sign?: 'always';
  className?: string;
}

export const CompareYearTable = memo(function CompareYearTable({ kind, comparison, rows, amounts, t }: Props) {
  const ref = comparison.scenarios[comparison.reference];
  const refLabel = ref?.label ?? 'A';
  const others = comparison.scenarios.filter((s) => s.index !== comparison.reference);
  const values = kind === 'perYear' ? rows.savings : rows.cumulative;
  const differences = kind === 'perYear' ? rows.difference : rows.cumulativeDifference;
  const columns: Column[] = [
    ...comparison.scenarios.map((s, k) => ({
      key: `s${s.index}`,
      header: (
        <>
          <LineSample style={scenarioStyle(s.index)} /> {kind === 'perYear' ? t.savingsOf(s.label) : t.cumulativeOf(s.label)}
        </>
      ),
      values: values[k] ?? [],
    })),
    ...others.map((s) => ({
      key: `d${s.index}`,
      header: t.differenceOf(s.label, refLabel),
      values: differences[s.index] ?? [],
      sign: 'always' as const,
      className: 'is-difference',
    })),
  ];
  if (kind === 'perYear') {
    const lines = targetLines(comparison, rows);
    for (const line of lines) {
      columns.push({
        key: line.key,
        header: (
          <>
            <LineSample style={line.style} target /> {targetLabel(line, lines, comparison, t)}
          </>
        ),
        values: line.values,
        className: 'is-target',
      });
    }
  }
  const id = `compare-${kind}-title`;
  const first = comparison.years[0];
  const { unitText } = amounts;
  return (
    <section className="compare-section" aria-labelledby={id}>
      <h3 id={id}>{kind === 'perYear' ? t.savingsTable : t.cumulativeTable}</h3>
      <ScrollBox labelledBy={`${id}-caption`}>
        <table className="compare-table" data-testid={`compare-${kind}-table`}>
          <caption id={`${id}-caption`}>
            {kind === 'perYear' ? t.savingsCaption(refLabel) : t.cumulativeCaption(refLabel, first === undefined ? '' : formatYear(first))}.{' '}
            {unitText}.{amounts.unit === 'thousand' ? ` ${t.roundingNote}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="compare-table__corner">
                {t.year}
              </th>
              {columns.map((c) => (
                <th scope="col" key={c.key} className={c.className}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.years.map((year, i) => (
              <tr key={year}>
                <th scope="row">{formatYear(year)}</th>
                {columns.map((c) => {
                  const v = c.values[i] ?? null;
                  return (
                    <td key={c.key} className={c.className}>
                      {v === null ? t.noTarget : amounts.cell(v, c.sign)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
});
