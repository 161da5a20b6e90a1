// The figures per year under the chart in presentation mode: savings, and where there is a
// target the target and the gap — the numbers the room asks about, from the same year rows as
// the year table (shared/format/year-rows), so they are the table's own figures.
import { useMemo } from 'react';
import { yearRows } from '../../../shared/format/year-rows';
import { useText } from '../../i18n/use-text';
import { useAmounts } from '../projection/use-amounts';
import { yearRowLabel } from '../projection/YearTable';
import { useProjection } from '../../store/use-projection';

const SHOWN = new Set(['savings', 'target', 'gap']);

export function PresentationYears() {
  const t = useText().app;
  const amounts = useAmounts();
  const projection = useProjection();
  const rows = useMemo(
    () => (projection ? yearRows(projection, amounts.unit).filter((r) => SHOWN.has(r.kind)) : []),
    [projection, amounts.unit],
  );
  if (!projection || projection.years.length === 0) return null;
  return (
    <div className="presentation-years">
      <table data-testid="presentation-years">
        <caption className="visually-hidden">
          {t.presentationYears} ({amounts.unitText})
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="presentation-years__unit">{amounts.unitLabel}</span>
            </th>
            {projection.years.map((year) => (
              <th key={year} scope="col">
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.kind} className={`is-${row.kind}`}>
              <th scope="row">{yearRowLabel(row, amounts)}</th>
              {row.values.map((v, i) => (
                <td key={i} className={row.kind === 'gap' && v !== null ? (v > 0 ? 'is-short' : 'is-met') : undefined}>
                  {amounts.cell(v, row.kind === 'gap' ? 'always' : 'auto')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
