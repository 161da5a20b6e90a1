import { useLang, useLocalized } from '../../i18n/use-messages';
import type { PasteOutcome } from './line-edits';
import { baselineMessages } from './messages';
import { NoticeProblems } from './NoticeProblems';

/** What a paste did: how many lines were added, and each row that could not be read, and why. */
export function PasteReport({ outcome, onDismiss }: { outcome: PasteOutcome; onDismiss: () => void }) {
  const t = useLocalized(baselineMessages);
  const lang = useLang();
  const bad = outcome.problems;
  const hasProblem = bad.length > 0 || outcome.refused.length > 0;
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
      {bad.length > 0 ? (
        <>
          <p>{t.pasteBadRows(bad.length)}</p>
          <ul className="baseline-notice__rows">
            {bad.map((p) => (
              <li key={p.row}>
                <strong>{t.pasteRow(p.row)}</strong> ({p.text}): {p.reason[lang]}
              </li>
            ))}
          </ul>
        </>
      ) : null}
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
