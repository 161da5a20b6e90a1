import { useLang, useText } from '../../i18n/use-text';
import type { PasteOutcome } from './line-edits';
import type { PasteRowProblem } from './paste-rows';
import { NoticeProblems } from './NoticeProblems';
import { render } from '../../../shared/i18n/text';

/** What a paste did: how many lines were added, each row that could not be read and why, and remarks on added rows. */
export function PasteReport({ outcome, onDismiss }: { outcome: PasteOutcome; onDismiss: () => void }) {
  const t = useText().baseline;
  const bad = outcome.problems;
  const lang = useLang();
  const hasProblem = bad.length > 0 || outcome.refused.length > 0 || outcome.refusal !== undefined;
  return (
    <div
      className={`baseline-notice ${hasProblem ? 'baseline-notice--problem' : 'baseline-notice--ok'}`}
      role={hasProblem ? 'alert' : 'status'}
      data-testid="paste-report"
    >
      <p>
        <strong>{outcome.added.length > 0 ? t.pasted(outcome.added.length) : t.pastedNone}</strong>
        {outcome.headerSkipped ? ` ${t.pasteHeaderSkipped}` : null}
      </p>
      {outcome.refusal ? <p>{render(lang, outcome.refusal)}</p> : null}
      <PasteRows intro={t.pasteBadRows(bad.length)} rows={bad} />
      <PasteRows intro={t.pasteNotes} rows={outcome.notes} />
      {outcome.refused.length > 0 ? (
        <>
          <p>{t.pasteRefused}</p>
          <NoticeProblems problems={outcome.refused} />
        </>
      ) : null}
      <button type="button" onClick={onDismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}

/** Rows of the paste with what is to be said about each: "Rij 4 (Kapot | Subsidie | veel): …". */
function PasteRows({ intro, rows }: { intro: string; rows: readonly PasteRowProblem[] }) {
  const t = useText().baseline;
  const lang = useLang();
  if (rows.length === 0) return null;
  return (
    <>
      <p>{intro}</p>
      <ul className="baseline-notice__rows">
        {rows.map((p, i) => (
          <li key={i}>
            <strong>{t.pasteRow(p.row)}</strong> ({p.text}): {render(lang, p.reason)}
          </li>
        ))}
      </ul>
    </>
  );
}
