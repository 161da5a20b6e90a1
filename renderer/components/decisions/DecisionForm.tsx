// The form under a step of the history that records it as a decision: why, and who decided.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Problem } from '../../../shared/scenario/problems';
import { useText } from '../../i18n/use-text';
import { FieldProblems } from '../fields/FieldProblems';
import { recordDecision } from './decision-edits';

export function DecisionForm({ id, change, onDone }: { id: string; change: string; onDone(recorded: boolean): void }) {
  const t = useText().decisions;
  const base = useId();
  const [reason, setReason] = useState('');
  const [by, setBy] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = recordDecision(t, { change, reason, by });
    setProblems(found);
    if (found.length === 0) onDone(true);
  };
  return (
    <form id={id} className="decision-form" aria-label={t.formLabel(change)} onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${base}-reason`}>{t.reason}</label>
        <input id={`${base}-reason`} ref={first} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${base}-by`}>{t.by}</label>
        <input id={`${base}-by`} list={`${base}-by-list`} value={by} onChange={(e) => setBy(e.target.value)} />
        <datalist id={`${base}-by-list`}>
          <option value={t.bySuggestions.college} />
          <option value={t.bySuggestions.raad} />
        </datalist>
      </div>
      <div className="decision-form__buttons">
        <button type="submit" className="tool-button is-primary">
          {t.submit}
        </button>
        <button type="button" className="tool-button" onClick={() => onDone(false)}>
          {t.cancel}
        </button>
      </div>
      <FieldProblems id={`${base}-problems`} problems={problems} />
    </form>
  );
}
