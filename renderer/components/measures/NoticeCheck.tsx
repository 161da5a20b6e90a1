// The notice-period check beside a measure (#21 item 2, Awb 4:51): the warning of
// scenarioWarnings (a warning, not an error: the scenario is valid and projects), and two fixes,
// each one undoable step with its own history label — start the measure on 1 January of the
// earliest year, or add a phase-out payment (afbouw) for the years before
// (shared/partners/notice-fixes.ts; docs/scenario-format.md, "Fixing a notice-period warning").
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { render } from '../../../shared/i18n/text';
import { afbouwFor, startingIn, withAfbouw } from '../../../shared/partners/notice-fixes';
import { useLang, useText } from '../../i18n/use-text';
import { scenarioOf } from '../../store/documents-slice';
import { useAppStore } from '../../store/store';
import { projectionOf } from '../../store/use-projection';
import { findMeasure } from './find-measure';
import { noticeViewKey, type NoticeView } from './notice-view';
import './notice-check.css';

export function NoticeCheck({ measureId, nameId }: { measureId: string; nameId: string }) {
  const t = useText().organisations.notice;
  const lang = useLang();
  const baseId = useId();
  const key = useAppStore((s) => {
    const scenario = scenarioOf(s);
    return scenario ? noticeViewKey(scenario, measureId) : '';
  });
  const view = useMemo(() => (key === '' ? null : (JSON.parse(key) as NoticeView)), [key]);
  // After a fix: its note, while the view is the one the fix left (an undo brings the warning back).
  const [done, setDone] = useState<{ key: string; text: string } | null>(null);
  const noteRef = useRef<HTMLParagraphElement>(null);
  const showNote = done !== null && done.key === key;
  useEffect(() => {
    // The button is gone: focus goes to what it did.
    if (showNote) noteRef.current?.focus();
  }, [showNote]);

  const amounts = (items: { year: number; amount: number }[]) => t.amounts(items.map((i) => t.amountIn(i.amount, i.year)));
  const keyNow = () => {
    const scenario = scenarioOf(useAppStore.getState());
    return scenario ? noticeViewKey(scenario, measureId) : '';
  };

  const name = () => {
    const scenario = scenarioOf(useAppStore.getState());
    return (scenario && findMeasure(scenario, measureId)?.name) ?? measureId;
  };

  const startIn = (year: number) => {
    const problems = useAppStore.getState().tryCommit(t.startedLabel(name(), year), (draft) => {
      const m = findMeasure(draft, measureId);
      if (m && (m.type === 'cut' || m.type === 'volumeChange' || m.type === 'unitCostChange')) m.phaseIn = startingIn(m, year).phaseIn;
    });
    if (problems.length === 0) setDone({ key: keyNow(), text: t.started(year) });
  };

  const addAfbouw = () => {
    const scenario = scenarioOf(useAppStore.getState());
    if (!scenario || !view) return;
    const proposal = afbouwFor(scenario, projectionOf(scenario), measureId);
    if (!proposal) return;
    const items = Object.entries(proposal.amounts).map(([year, amount]) => ({ year: Number(year), amount }));
    const notes = t.afbouwNote(proposal.partners, view.startYear);
    const problems = useAppStore.getState().tryCommit(t.afbouwLabel(name(), amounts(items)), (draft) => {
      const m = findMeasure(draft, measureId);
      if (m) m.oneOffCosts = withAfbouw(m, proposal.amounts, notes).oneOffCosts;
    });
    if (problems.length === 0) setDone({ key: keyNow(), text: t.afbouwAdded(amounts(items)) });
  };

  const warningId = `${baseId}-warning`;
  const whatId = `${baseId}-what`;
  // Always there, so that a warning appearing (a partner's year, the decision date) is read out.
  return (
    <div className="measures-notice" aria-live="polite" data-testid={`notice-${measureId}`}>
      {view !== null ? (
        <div className="measures-notice__warning" role="group" aria-labelledby={`${warningId}-label ${nameId}`}>
          <p id={warningId}>
            <strong id={`${warningId}-label`} className="measures-notice__label">
              {t.warning}:
            </strong>{' '}
            {view.messages.map((m) => render(lang, m)).join(' ')}
          </p>
          {view.listed.length > 0 ? <p className="measures-notice__listed">{t.afbouwListed(amounts(view.listed))}</p> : null}
          <div className="measures-notice__fixes">
            <button type="button" aria-describedby={warningId} onClick={() => startIn(view.startYear)}>
              {t.startIn(view.startYear)}
            </button>
            {view.proposal.length > 0 ? (
              <button type="button" aria-describedby={whatId} onClick={addAfbouw}>
                {t.addAfbouw}
              </button>
            ) : null}
          </div>
          {view.proposal.length > 0 ? (
            <p id={whatId} className="measures-notice__what">
              {t.afbouwWhat(amounts(view.proposal))}
            </p>
          ) : null}
          {showNote ? (
            <p ref={noteRef} tabIndex={-1} className="measures-notice__done">
              {done.text}
            </p>
          ) : null}
        </div>
      ) : showNote ? (
        <p ref={noteRef} tabIndex={-1} className="measures-notice__done">
          {done.text}
        </p>
      ) : null}
    </div>
  );
}
