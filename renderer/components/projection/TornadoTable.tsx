// The tornado as a table, every row: what it is, how low and high are set (in words), the savings
// at low and at high, and the swing between them; ranked as the chart is, by the swing.
import { memo, useCallback, useId, useMemo } from 'react';
import { formatYear } from '../../../shared/format/money';
import type { SensitivityResult } from '../../../shared/uncertainty/sensitivity';
import { tornadoKind, tornadoLabel, tornadoSetting } from './tornado';
import { TraceGrid, type Explanation, type GridRow } from './TraceGrid';
import type { Amounts } from './use-amounts';
import type { Catalogue } from '../../../shared/i18n/catalogues';

export interface TornadoTableProps {
  tornado: SensitivityResult;
  amounts: Amounts;
  t: Catalogue['projection'];
}

export const TornadoTable = memo(function TornadoTable({ tornado, amounts, t }: TornadoTableProps) {
  const titleId = useId();
  const lang = amounts.lang;
  const rows = useMemo<GridRow[]>(
    () =>
      tornado.rows.map((row) => ({
        key: `${row.kind}:${row.id}`,
        header: (
          <>
            {tornadoLabel(row, lang)}
            <span className="projection-row-sub">{tornadoKind(row, t)}</span>
          </>
        ),
        cells: [
          tornadoSetting(row, t, lang),
          amounts.cell(row.savingsAtLow),
          amounts.cell(row.savingsAtHigh),
          amounts.cell(row.swing),
        ],
        cellClasses: ['projection-table__text', undefined, undefined, undefined],
      })),
    [tornado, amounts, t, lang],
  );

  const explain = useCallback(
    (r: number, c: number): Explanation | null => {
      const row = tornado.rows[r];
      if (!row) return null;
      const name = `${tornadoLabel(row, lang)} (${tornadoKind(row, t)})`;
      const setting = tornadoSetting(row, t, lang);
      const asSet = { text: t.uex.asSet, value: amounts.money(tornado.savings) };
      const at = (end: 'low' | 'high') => {
        const value = end === 'low' ? row.savingsAtLow : row.savingsAtHigh;
        const endLabel = end === 'low' ? t.tornadoLow : t.tornadoHigh;
        return {
          title: `${name} · ${endLabel} · ${formatYear(tornado.year)}`,
          value: amounts.money(value),
          steps: [{ text: t.uex.tornadoAt(t.colSetting, setting) }, asSet, { text: t.uex.difference, value: amounts.money(value - tornado.savings, 'always') }],
        };
      };
      switch (c) {
        case 0:
          return { title: name, value: setting, steps: [asSet] };
        case 1:
          return at('low');
        case 2:
          return at('high');
        default:
          return {
            title: `${name} · ${t.colSwing}`,
            value: amounts.money(row.swing),
            steps: [
              { text: t.tornadoLow, value: amounts.money(row.savingsAtLow) },
              { text: t.tornadoHigh, value: amounts.money(row.savingsAtHigh) },
              { text: t.uex.swingIs },
            ],
          };
      }
    },
    [tornado, amounts, t, lang],
  );

  const { unitText } = amounts;
  return (
    <section className="projection-section" aria-labelledby={titleId}>
      <div className="projection-section__head">
        <h3 id={titleId}>{t.tornadoTableTitle}</h3>
      </div>
      <TraceGrid
        testId="tornado-table"
        className="projection-tornado-grid"
        caption={
          <>
            {unitText}. {t.tornadoRanked}
          </>
        }
        corner={t.colWhat}
        columns={[t.colSetting, t.colAtLow, t.colAtHigh, t.colSwing]}
        rows={rows}
        explain={explain}
      />
    </section>
  );
});
