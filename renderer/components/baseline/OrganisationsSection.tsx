// The partners of the scenario (#21 item 1): the date of the council's decision and the list of
// partner organisations (name, subsidised since, notice period, contact, notes), with the earliest
// year a cut on each may take effect (from shared/engine/warnings). Without a list, one action
// makes it from the organisations the lines already name. Every edit is one undoable step.
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { decisionDateOf, DEFAULT_NOTICE_MONTHS, earliestYear, isLongStanding } from '../../../shared/engine/warnings';
import { text } from '../../../shared/i18n/text';
import { organisationsOnLines } from '../../../shared/partners/organisations';
import type { Problem } from '../../../shared/scenario/problems';
import type { Organisation } from '../../../shared/scenario/schema';
import { FieldProblems } from '../fields/FieldProblems';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';
import { useLang, useText } from '../../i18n/use-text';
import { scenarioOf } from '../../store/documents-slice';
import { useAppStore } from '../../store/store';
import { AddByName } from './AddByName';
import { addPartner, removePartner, renamePartner, setDecisionDate, setPartnerField, takePartnersFromLines } from './organisation-edits';

// The letter and its writers load when a letter is first asked for.
const LetterDialog = lazy(() => import('./LetterDialog').then((m) => ({ default: m.HostedLetterDialog })));

const NO_PARTNERS: readonly Organisation[] = [];
const year = (value: number) => String(value);

/** Beside the closed section: how many partners, and the decision date. */
export function OrganisationsSummary() {
  const t = useText().organisations;
  const count = useAppStore((s) => scenarioOf(s)?.organisations?.length ?? 0);
  const decision = useAppStore((s) => {
    const scenario = scenarioOf(s);
    return scenario ? decisionDateOf(scenario).iso : '';
  });
  if (decision === '') return null;
  return <>{count === 0 ? t.summaryNone(decision) : t.summary(count, decision)}</>;
}

export function OrganisationsSection() {
  const t = useText().organisations;
  const lang = useLang();
  const ids = useId();
  const list = useAppStore((s) => scenarioOf(s)?.organisations ?? NO_PARTNERS);
  const lines = useAppStore((s) => scenarioOf(s)?.lines);
  const baseYear = useAppStore((s) => scenarioOf(s)?.baseYear ?? 0);
  const decisionDate = useAppStore((s) => scenarioOf(s)?.decisionDate);
  // The date in effect and the default (decisionDateOf knows it), read again only when either field changes.
  const { decision, fallback } = useMemo(() => {
    const scenario = scenarioOf(useAppStore.getState());
    return scenario
      ? { decision: decisionDateOf(scenario), fallback: decisionDateOf({ ...scenario, decisionDate: undefined }).iso }
      : { decision: { year: baseYear, month: 7, day: 1, iso: '' }, fallback: '' };
  }, [baseYear, decisionDate]);
  const named = useMemo(() => organisationsOnLines(lines ?? []), [lines]);
  const [newName, setNewName] = useState('');
  const [addProblems, setAddProblems] = useState<Problem[]>([]);
  const [refused, setRefused] = useState<{ name: string; lines: string[] } | null>(null);
  const [letterFor, setLetterFor] = useState<string | null>(null);

  const onAdd = () => {
    const problems = addPartner(newName, lang);
    setAddProblems(problems);
    if (problems.length === 0) setNewName('');
  };
  const onRemove = (name: string) => {
    const outcome = removePartner(name, lang);
    setRefused(outcome.removed || outcome.lines.length === 0 ? null : { name, lines: outcome.lines });
  };

  return (
    <div className="baseline-partners">
      <p className="baseline-hint">{t.intro}</p>
      <DecisionDate value={decisionDate} fallback={fallback} current={decision.iso} />
      {list.length === 0 ? (
        <div className="baseline-partners__none">
          <p>{t.noList}</p>
          <button type="button" className="baseline-button" disabled={named.length === 0} aria-describedby={`${ids}-from`} onClick={() => takePartnersFromLines(lang)}>
            {t.fromLines}
          </button>
          <p id={`${ids}-from`} className="baseline-hint">
            {t.fromLinesHint(named)}
          </p>
        </div>
      ) : (
        <>
          <div className="baseline-scroll">
            <table className="baseline-table baseline-partners__table" aria-describedby={`${ids}-earliest`}>
              <caption className="visually-hidden">{t.caption}</caption>
              <thead>
                <tr>
                  {[t.colName, t.colSince, t.colNotice, t.colEarliest, t.colContact, t.colNotes].map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                  <th scope="col">
                    <span className="visually-hidden">{t.colActions}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((partner) => (
                  <PartnerRow key={partner.name} partner={partner} decision={decision} onRemove={onRemove} onLetter={setLetterFor} />
                ))}
              </tbody>
            </table>
          </div>
          <p id={`${ids}-earliest`} className="baseline-hint">
            {t.earliestHint}
          </p>
        </>
      )}
      {refused ? (
        <div className="baseline-notice baseline-notice--problem" role="alert">
          <p>{t.removeRefused(refused.name, refused.lines)}</p>
          <button type="button" onClick={() => setRefused(null)}>
            {t.dismiss}
          </button>
        </div>
      ) : null}
      <AddByName
        label={t.newName}
        placeholder={t.newPartner}
        button={t.add}
        value={newName}
        problems={addProblems}
        onChange={setNewName}
        onAdd={onAdd}
      />
      {letterFor !== null ? (
        <Suspense fallback={null}>
          <LetterDialog organisation={letterFor} onClose={() => setLetterFor(null)} />
        </Suspense>
      ) : null}
    </div>
  );
}

function PartnerRow({
  partner,
  decision,
  onRemove,
  onLetter,
}: {
  partner: Organisation;
  decision: { year: number; month: number; day: number };
  onRemove: (name: string) => void;
  onLetter: (name: string) => void;
}) {
  const t = useText().organisations;
  const { name } = partner;
  const cell = (what: string) => t.cell(what, name);
  const show = (value: string | number | undefined) => (value === undefined || value === '' ? t.empty : String(value));
  const months = partner.noticeMonths ?? DEFAULT_NOTICE_MONTHS;
  const earliest = isLongStanding(partner, decision.year) ? earliestYear(decision, months) : null;
  const textOf = (field: 'contact' | 'notes', what: string) => (value: string) =>
    setPartnerField(name, field, value, t.changed(what, name, show(partner[field]), show(value.trim())));
  const number = (field: 'subsidisedSince' | 'noticeMonths', what: string) => (value: number | undefined) =>
    setPartnerField(name, field, value, t.changed(what, name, show(partner[field]), show(value)));
  return (
    <tr data-partner={name}>
      <td className="baseline-partners__name">
        <TextField hideLabel label={cell(t.colName)} value={name} onCommit={(value) => renamePartner(name, value, useAppStore.getState().lang)} />
      </td>
      <td>
        <NumberField hideLabel optional label={cell(t.colSince)} value={partner.subsidisedSince} format={year} className="baseline-partners__year" onCommit={number('subsidisedSince', t.colSince)} />
      </td>
      <td>
        <NumberField
          hideLabel
          optional
          label={cell(t.colNotice)}
          value={partner.noticeMonths}
          digits={0}
          placeholder={String(DEFAULT_NOTICE_MONTHS)}
          className="baseline-partners__months"
          onCommit={number('noticeMonths', t.colNotice)}
        />
      </td>
      <td className="baseline-partners__earliest" data-testid={`earliest-${name}`}>
        {earliest === null ? <span className="baseline-partners__none-text">{t.notLongStanding}</span> : t.earliest(earliest)}
      </td>
      <td>
        <TextField hideLabel label={cell(t.colContact)} value={partner.contact ?? ''} onCommit={textOf('contact', t.colContact)} />
      </td>
      <td>
        <TextField hideLabel label={cell(t.colNotes)} value={partner.notes ?? ''} onCommit={textOf('notes', t.colNotes)} />
      </td>
      <td>
        <span className="baseline-partners__actions">
        <button type="button" className="baseline-button baseline-button--quiet" aria-label={t.letterFor(name)} onClick={() => onLetter(name)}>
          {t.letter}
        </button>
        <button type="button" className="baseline-lines__delete" title={t.remove(name)} onClick={() => onRemove(name)}>
          <span aria-hidden="true">✕</span>
          <span className="visually-hidden">{t.remove(name)}</span>
        </button>
        </span>
      </td>
    </tr>
  );
}

/**
 * The decision date: a date field showing the date in effect (the default while none is set),
 * committed on leaving it or Enter; emptied, the file has none and the default holds again.
 */
function DecisionDate({ value, fallback, current }: { value: string | undefined; fallback: string; current: string }) {
  const t = useText().organisations;
  const id = useId();
  const effective = value ?? fallback;
  const [typed, setTyped] = useState(effective);
  const [shown, setShown] = useState(effective);
  const [problems, setProblems] = useState<Problem[]>([]);
  if (shown !== effective) {
    // Undo, redo, another view: the field follows the scenario.
    setShown(effective);
    setTyped(effective);
    setProblems([]);
  }
  const commit = () => {
    if (typed === '') {
      setTyped(fallback);
      if (value !== undefined) setProblems(setDecisionDate(undefined, t.decisionChanged(current, fallback)));
      return;
    }
    if (typed === effective) return;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(typed)) {
      setProblems([{ path: '-', code: 'not-a-date', message: text('organisations.notADate', typed) }]);
      return;
    }
    setProblems(setDecisionDate(typed, t.decisionChanged(current, typed)));
  };
  return (
    <div className="baseline-form baseline-partners__decision">
      <span className="field">
        <label htmlFor={id}>{t.decisionDate}</label>
        <input
          id={id}
          type="date"
          value={typed}
          aria-describedby={`${id}-hint${problems.length > 0 ? ` ${id}-problems` : ''}`}
          aria-invalid={problems.length > 0}
          onChange={(e) => setTyped(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              setTyped(effective);
              setProblems([]);
            }
          }}
        />
        <FieldProblems id={`${id}-problems`} problems={problems} />
      </span>
      <p id={`${id}-hint`} className="baseline-hint baseline-form__wide">
        {value === undefined ? t.decisionHintDefault(fallback) : t.decisionHintSet(fallback)}
      </p>
    </div>
  );
}
