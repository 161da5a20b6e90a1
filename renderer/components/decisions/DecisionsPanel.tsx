// The decision log (besluitenlijst, #22 item 3) in the editor: the scenario's recorded decisions,
// oldest first — what was changed, why and by whom — to remove one (an edit, undoable) or to
// export the list as an annex to the council proposal. Recording happens in the history bar.
import { useState } from 'react';
import { formatDateTime } from '../../../shared/format/date';
import { useLang, useText } from '../../i18n/use-text';
import { scenarioOf } from '../../store/documents-slice';
import { useAppStore } from '../../store/store';
import { Disclosure } from '../baseline/Disclosure';
import { removeDecision } from './decision-edits';
import './decisions.css';

const NONE: readonly never[] = [];

export function DecisionsPanel() {
  const t = useText().decisions;
  const lang = useLang();
  const decisions = useAppStore((s) => scenarioOf(s)?.decisions) ?? NONE;
  const setExportOpen = useAppStore((s) => s.setExportOpen);
  const [open, setOpen] = useState(false);
  const missing = (s: string | undefined) => (s?.trim() ? s : t.missing);
  return (
    <Disclosure
      className="card decisions-panel"
      title={t.panel}
      level={2}
      open={open}
      onToggle={() => setOpen((o) => !o)}
      summary={t.panelSummary(decisions.length)}
      actions={
        <button type="button" className="tool-button" aria-haspopup="dialog" onClick={() => setExportOpen(true, 'decisions-pdf')}>
          {t.export}
        </button>
      }
    >
      {decisions.length === 0 ? (
        <p className="decisions-panel__empty">{t.empty}</p>
      ) : (
        <div className="decisions-panel__table">
          <table data-testid="decisions-table">
            <caption className="visually-hidden">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.number}</th>
                <th scope="col">{t.columns.at}</th>
                <th scope="col">{t.columns.change}</th>
                <th scope="col">{t.columns.reason}</th>
                <th scope="col">{t.columns.by}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              {decisions.map((d, i) => (
                <tr key={`${d.at}-${i}`}>
                  <th scope="row">{i + 1}</th>
                  <td>
                    <time dateTime={d.at}>{formatDateTime(d.at, { lang, style: 'short' })}</time>
                  </td>
                  <td>{d.change}</td>
                  <td>{missing(d.reason)}</td>
                  <td>{missing(d.by)}</td>
                  <td>
                    <button type="button" className="tool-button decisions-panel__remove" onClick={() => removeDecision(t, i)}>
                      {t.remove}
                      <span className="visually-hidden">{t.about(d.change)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Disclosure>
  );
}
