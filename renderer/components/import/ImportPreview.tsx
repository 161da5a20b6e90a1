import { useId } from 'react';
import { COLUMN_FIELDS, fieldLabel, type ColumnField } from '../../../shared/import/fields';
import type { Mapping } from '../../../shared/import/mapping';
import type { ImportResult } from '../../../shared/import/read-lines';
import { openDataRole } from '../../../shared/import/open-data';
import type { ImportSource } from '../../../shared/import/source';
import { formatNumber } from '../../../shared/format/money';
import { useLang, useText } from '../../i18n/use-text';
import { render } from '../../../shared/i18n/text';

/** Rows shown in the preview; the rest are counted (every problem is listed below in any case). */
export const PREVIEW_ROWS = 100;

interface Props {
  source: ImportSource;
  mapping: Mapping;
  result: ImportResult;
  onChangeField: (column: number, field: ColumnField) => void;
}

/**
 * The sheet as read, with a field to choose above each column, and per row what it becomes:
 * a line, a row that cannot be read, or a skipped row. Empty rows are not shown.
 */
export function ImportPreview({ source, mapping, result, onChangeField }: Props) {
  const t = useText().importDialog;
  const roles = useText().openData.role;
  const lang = useLang();
  const id = useId();
  const status = new Map<number, { text: string; className: string; title?: string }>();
  for (const l of result.lines) {
    status.set(l.row, { text: `✓ ${t.statusLine}`, className: 'import-status--line', ...(l.kindGuessedFrom ? { title: t.kindGuessed } : {}) });
  }
  for (const p of result.problems) status.set(p.row, { text: `✗ ${t.statusProblem}`, className: 'import-status--problem', title: render(lang, p.message) });
  for (const p of result.skipped) status.set(p.row, { text: `– ${t.statusSkipped}`, className: 'import-status--skipped', title: render(lang, p.message) });
  const rows = source.rows.filter((r) => status.has(r.row));
  const shown = rows.slice(0, PREVIEW_ROWS);
  const name = (i: number) => {
    const c = source.columns[i];
    if (!c) return '';
    if (c.heading === '') return t.column(c.letter);
    return t.quotedHeading(c.heading);
  };
  return (
    <div className="import-preview">
      <div className="import-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
        <table className="import-table">
          <caption id={`${id}-caption`}>{t.preview}</caption>
          <thead>
            <tr>
              <th scope="col">{t.row}</th>
              <th scope="col">{t.status}</th>
              {source.columns.map((c, i) => {
                // A column of the CBS layout (municipality, category, report) is read as such, not as a field.
                const role = (mapping[i] ?? 'ignore') === 'ignore' ? openDataRole(source.detection.openData, c.index) : undefined;
                return (
                  <th scope="col" key={c.index}>
                    <span className="import-table__heading">
                      <span className="import-table__letter">{c.letter}</span> {c.heading}
                    </span>
                    {role ? (
                      <span className="import-table__role">{roles[role]}</span>
                    ) : (
                      <select
                        aria-label={t.columnField(name(i))}
                        value={mapping[i] ?? 'ignore'}
                        className={(mapping[i] ?? 'ignore') === 'ignore' ? 'import-select import-select--ignore' : 'import-select'}
                        onChange={(e) => onChangeField(i, e.target.value as ColumnField)}
                      >
                        {COLUMN_FIELDS.map((f) => (
                          <option key={f} value={f}>
                            {fieldLabel(f, lang)}
                          </option>
                        ))}
                      </select>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => {
              const s = status.get(r.row);
              return (
                <tr key={r.row} className={s?.className}>
                  <th scope="row" className="num">
                    {r.row}
                  </th>
                  <td className="import-status" title={s?.title}>
                    {s?.text}
                  </td>
                  {source.columns.map((c) => {
                    const cell = r.cells[c.index];
                    const ignored = (mapping[c.index] ?? 'ignore') === 'ignore' && !openDataRole(source.detection.openData, c.index);
                    const text = !cell || cell.spread ? '' : cell.value !== undefined ? formatNumber(cell.percentFormat ? cell.value * 100 : cell.value, { lang, maxDigits: 6 }) + (cell.percentFormat ? '%' : '') : cell.text;
                    return (
                      <td key={c.index} className={ignored ? 'import-cell--ignored' : undefined}>
                        {text}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length > shown.length ? <p className="import-hint">{t.moreRows(rows.length - shown.length)}</p> : null}
    </div>
  );
}
