// The decision log (besluitenlijst, #22 item 3) in the editor: the scenario's recorded decisions,
// oldest first — what was changed, why and by whom — to remove one (an edit, undoable) or to
// export the list as an annex to the council proposal. Recording happens in the history bar.
import { useState } from 'react';
import { decisionRows } from '../../../shared/export/decisions';
import { useLang, useText } from '../../i18n/use-text';
import { scenarioOf } from '../../store/documents-slice';
import { useAppStore } from '../../store/store';
import { Disclosure } from '../baseline/Disclosure';
import { removeDecision } from './decision-edits';
import { DecisionTable } from './DecisionTable';
import './decisions.css';

const NONE: readonly never[] = [];

export function DecisionsPanel() {
  const t = useText().decisions;
  const lang = useLang();
  const decisions = useAppStore((s) => scenarioOf(s)?.decisions) ?? NONE;
  const setExportOpen = useAppStore((s) => s.setExportOpen);
  const [open, setOpen] = useState(false);
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
          <DecisionTable
            rows={decisionRows({ title: '', decisions, lang, date: '' })}
            caption={<span className="visually-hidden">{t.caption}</span>}
            testId="decisions-table"
            action={(i) => (
              <button type="button" className="tool-button decisions-panel__remove" onClick={() => removeDecision(t, i)}>
                {t.remove}
                <span className="visually-hidden">{t.about(decisions[i]?.change ?? '')}</span>
              </button>
            )}
          />
        </div>
      )}
    </Disclosure>
  );
}
