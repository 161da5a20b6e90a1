import type { ImportProblem, ImportResult } from '../../../shared/import/read-lines';
import { useLang, useText } from '../../i18n/use-text';
import { render } from '../../../shared/i18n/text';
import { defaultGroupText, otherMunicipalitiesText } from '../../../shared/import/describe';

interface Props {
  result: ImportResult;
  keepRows: readonly number[];
  onKeepRow: (row: number, keep: boolean) => void;
}

/** Every row that was not imported, with its number and why; the skipped ones can be taken in after all. */
export function ImportReport({ result, keepRows, onKeepRow }: Props) {
  const t = useText().importDialog;
  const lang = useLang();
  const others = otherMunicipalitiesText(result.openData, lang);
  const groupGiven = defaultGroupText(result, lang);
  const where = (p: ImportProblem) => t.rowLabel(p.row);
  const kept = result.lines.filter((l) => keepRows.includes(l.row));
  return (
    <div className="import-report">
      {result.wageShareAsFraction ? <p className="import-hint">{t.wageFraction}</p> : null}
      {result.problems.length > 0 ? (
        <section aria-labelledby="import-problems" className="import-report__problems">
          <h3 id="import-problems">{t.problems(result.problems.length)}</h3>
          <ul data-testid="import-problems">
            {result.problems.map((p) => (
              <li key={`${p.row}-${p.column ?? ''}`}>
                <strong>{where(p)}</strong>: {render(lang, p.message)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {result.skipped.length > 0 || kept.length > 0 ? (
        <section aria-labelledby="import-skipped">
          <h3 id="import-skipped">{t.skipped(result.skipped.length)}</h3>
          <ul data-testid="import-skipped">
            {result.skipped.map((p) => (
              <li key={p.row}>
                <strong>{where(p)}</strong>: {render(lang, p.message)}
                {p.final ? null : (
                  <>
                    {' '}
                    <button type="button" className="import-link" onClick={() => onKeepRow(p.row, true)}>
                      {t.keepRow}
                      <span className="visually-hidden"> ({where(p)})</span>
                    </button>
                  </>
                )}
              </li>
            ))}
            {kept.map((l) => (
              <li key={`kept-${l.row}`}>
                <strong>{t.rowLabel(l.row)}</strong>: {l.line.name}{' '}
                <button type="button" className="import-link" onClick={() => onKeepRow(l.row, false)}>
                  {t.undoKeep}
                  <span className="visually-hidden"> ({t.rowLabel(l.row)})</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {result.notes.length > 0 ? (
        <section aria-labelledby="import-notes">
          <h3 id="import-notes">{t.notes(result.notes.length)}</h3>
          <ul>
            {result.notes.map((p, i) => (
              <li key={`${p.row}-${i}`}>
                <strong>{where(p)}</strong>: {render(lang, p.message)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {result.emptyRows > 0 ? <p className="import-hint">{t.emptyRows(result.emptyRows)}</p> : null}
      {others !== undefined ? (
        <p className="import-hint" data-testid="import-other-municipalities">
          {others}
        </p>
      ) : null}
      {groupGiven !== undefined ? (
        <p className="import-hint" data-testid="import-default-group">
          {groupGiven}
        </p>
      ) : null}
    </div>
  );
}
