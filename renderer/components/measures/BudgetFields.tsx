// The part "Begroting en besluit" of a measure's form (format version 2, #20 and #22): whether the
// saving is structural or incidental (the default said as such: natureOf), its status, its chance
// of realisation, whether it is PM (amount not yet known), its one-off costs (a kind, amounts per
// year, notes; added and removed here) and what it actually saved per year. Every field goes
// through the form's edit (tryCommit, so undo and the history bar follow), with the engine's
// problems next to it. The words are the glossary's (glossary.budget; as labels, budget.labels).
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { formatNumber, formatPercent } from '../../../shared/format/money';
import type { Lang, Problem } from '../../../shared/scenario/problems';
import { natureOf, probabilityOf, statusOf } from '../../../shared/scenario/measure-facts';
import { MEASURE_STATUSES, NATURES, ONE_OFF_COST_KINDS, type Measure, type MeasureStatus, type Nature, type OneOffCostKind } from '../../../shared/scenario/schema';
import { FieldProblems } from '../fields/FieldProblems';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';
import { useLang, useText } from '../../i18n/use-text';
import type { Edit } from './kinds/kind';
import {
  addOneOffCost,
  removeOneOffCost,
  setNature,
  setOneOffCostKind,
  setOneOffCostNotes,
  setOneOffCostYear,
  setPm,
  setProbability,
  setRealisedYear,
  setStatus,
} from './measure-edits';
import { TableCells } from './TableCells';

export interface BudgetFieldsProps {
  measure: Measure;
  edit: Edit;
  /** The id of the measure's name (completes the year cells' accessible names). */
  nameId: string;
  horizon: { from: number; to: number };
}

const euros = (v: number, lang: Lang) => formatNumber(v, { lang, maxDigits: 2 });

export function BudgetFields({ measure, edit, nameId, horizon }: BudgetFieldsProps) {
  const t = useText().budget.editor;
  const headingId = useId();
  const natureHintId = useId();
  const years = Array.from({ length: horizon.to - horizon.from + 1 }, (_, i) => horizon.from + i);
  return (
    <section className="measures-budget" aria-labelledby={headingId}>
      <h4 id={headingId} className="measures-budget__heading">
        {t.heading}
      </h4>
      <div className="measures-budget__facts">
        <NatureField measure={measure} edit={edit} hintId={natureHintId} />
        <StatusField measure={measure} edit={edit} />
        <ProbabilityField measure={measure} edit={edit} />
      </div>
      <p id={natureHintId} className="measures-hint">
        {t.natureHint}
      </p>
      <PmField measure={measure} edit={edit} />
      <OneOffCosts measure={measure} edit={edit} nameId={nameId} years={years} />
      <RealisedCells measure={measure} edit={edit} nameId={nameId} years={years} />
    </section>
  );
}

/** A select with its label and the engine's problems under it. */
function SelectField(props: { label: string; value: string; onChange(value: string): Problem[]; describedBy?: string; children: ReactNode }) {
  const { label, value, onChange, describedBy, children } = props;
  const id = useId();
  const [problems, setProblems] = useState<Problem[]>([]);
  const described = [describedBy, problems.length > 0 ? `${id}-problems` : undefined].filter(Boolean).join(' ');
  return (
    <span className="field measures-budget__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} aria-describedby={described || undefined} onChange={(e) => setProblems(onChange(e.target.value))}>
        {children}
      </select>
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </span>
  );
}

/** Structural or incidental; not set: the default, said as "Incidenteel (standaard)". */
function NatureField({ measure, edit, hintId }: { measure: Measure; edit: Edit; hintId: string }) {
  const words = useText().glossary.budget;
  const labels = useText().budget.labels;
  const t = useText().budget.editor;
  const m = useText().measures;
  const shown = (n: Nature | undefined) => (n === undefined ? t.natureDefault(words.nature[natureOf({ ...measure, nature: undefined })]) : words.nature[n]);
  return (
    <SelectField
      label={t.nature}
      value={measure.nature ?? ''}
      describedBy={hintId}
      onChange={(value) => {
        const next = value === '' ? undefined : (value as Nature);
        return edit(m.changeOf(measure.name, t.natureWord, shown(measure.nature), shown(next)), (d) => setNature(d, next));
      }}
    >
      <option value="">{t.natureDefault(labels.nature[natureOf({ ...measure, nature: undefined })])}</option>
      {NATURES.map((n) => (
        <option key={n} value={n}>
          {labels.nature[n]}
        </option>
      ))}
    </SelectField>
  );
}

function StatusField({ measure, edit }: { measure: Measure; edit: Edit }) {
  const words = useText().glossary.budget;
  const labels = useText().budget.labels;
  const t = useText().budget.editor;
  const m = useText().measures;
  const now = statusOf(measure);
  return (
    <SelectField
      label={t.status}
      value={now}
      onChange={(value) => {
        const next = value as MeasureStatus;
        return edit(m.changeOf(measure.name, t.statusWord, words.status[now], words.status[next]), (d) => setStatus(d, next));
      }}
    >
      {MEASURE_STATUSES.map((s) => (
        <option key={s} value={s}>
          {labels.status[s]}
        </option>
      ))}
    </SelectField>
  );
}

/** 0–100 %; empty is the default, 100 %. */
function ProbabilityField({ measure, edit }: { measure: Measure; edit: Edit }) {
  const t = useText().budget.editor;
  const m = useText().measures;
  const lang = useLang();
  const hintId = useId();
  const show = (p: number) => formatPercent(p, { lang, maxDigits: 2 });
  return (
    <span className="measures-budget__field measures-budget__chance">
      <NumberField
        label={t.probability}
        value={measure.probability}
        display="percent"
        optional
        placeholder={formatNumber(probabilityOf({ ...measure, probability: undefined }) * 100, { lang })}
        describedBy={hintId}
        onCommit={(value) =>
          edit(m.changeOf(measure.name, t.probabilityWord, show(probabilityOf(measure)), show(value ?? 1)), (d) => setProbability(d, value))
        }
      />
      <span id={hintId} className="measures-hint">
        {t.probabilityHint}
      </span>
    </span>
  );
}

function PmField({ measure, edit }: { measure: Measure; edit: Edit }) {
  const t = useText().budget.editor;
  const id = useId();
  const [problems, setProblems] = useState<Problem[]>([]);
  const on = measure.pm === true;
  return (
    <div className="measures-check measures-budget__pm">
      <input
        type="checkbox"
        id={id}
        checked={on}
        aria-describedby={`${id}-hint${problems.length > 0 ? ` ${id}-problems` : ''}`}
        onChange={(e) => {
          const next = e.target.checked;
          setProblems(edit(next ? t.pmOn(measure.name) : t.pmOff(measure.name), (d) => setPm(d, next)));
        }}
      />
      <label htmlFor={id}>{t.pm}</label>
      <span id={`${id}-hint`} className="measures-hint">
        {t.pmHint}
      </span>
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </div>
  );
}

interface ListProps {
  measure: Measure;
  edit: Edit;
  nameId: string;
  years: readonly number[];
}

/**
 * The one-off costs: each a kind, its amounts per year (only listed years count, so an empty cell
 * is 0) and notes, with a button that removes it; a button under the list adds one. After adding,
 * focus goes to the new entry's kind; after removing, to the add button, with a note that says
 * what went (undo brings it back).
 */
function OneOffCosts({ measure, edit, nameId, years }: ListProps) {
  const t = useText().budget.editor;
  const words = useText().glossary.budget;
  const headingId = useId();
  const costs = measure.oneOffCosts ?? [];
  const [focusKind, setFocusKind] = useState<number | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const addRef = useRef<HTMLButtonElement>(null);
  const kindRefs = useRef<(HTMLSelectElement | null)[]>([]);
  useEffect(() => {
    if (focusKind === null) return;
    kindRefs.current[focusKind]?.focus();
    setFocusKind(null);
  }, [focusKind, costs.length]);

  const add = () => {
    const kind: OneOffCostKind = 'frictie';
    const found = edit(t.costAdded(measure.name, words.oneOffCostKind[kind]), (d) => void addOneOffCost(d, kind));
    setProblems(found);
    if (found.length === 0) {
      setRemoved(null);
      setFocusKind(costs.length);
    }
  };
  const remove = (index: number) => {
    const cost = costs[index];
    if (!cost) return;
    const kind = words.oneOffCostKind[cost.kind];
    const found = edit(t.costRemoved(measure.name, kind), (d) => removeOneOffCost(d, index));
    setProblems(found);
    if (found.length === 0) {
      setRemoved(kind);
      addRef.current?.focus();
    }
  };

  return (
    <section className="measures-budget__costs" aria-labelledby={headingId}>
      <h5 id={headingId} className="measures-budget__subheading">
        {t.oneOffCosts}
      </h5>
      <p className="measures-hint">{t.oneOffCostsHint}</p>
      {costs.length === 0 ? <p className="measures-budget__none">{t.noOneOffCosts}</p> : null}
      {costs.length > 0 ? (
        <ol className="measures-budget__list">
          {costs.map((cost, index) => (
            <li key={index}>
              <CostEntry
                measure={measure}
                edit={edit}
                nameId={nameId}
                years={years}
                index={index}
                kindRef={(el) => {
                  kindRefs.current[index] = el;
                }}
                onRemove={() => remove(index)}
              />
            </li>
          ))}
        </ol>
      ) : null}
      <button ref={addRef} type="button" className="measures-budget__add" aria-describedby={nameId} onClick={add}>
        {t.addCost}
      </button>
      <p role="status" className="measures-budget__done">
        {removed !== null ? t.costRemovedAnnounce(removed) : ''}
      </p>
      <FieldProblems id={`${headingId}-problems`} problems={problems} />
    </section>
  );
}

function CostEntry(props: ListProps & { index: number; kindRef(el: HTMLSelectElement | null): void; onRemove(): void }) {
  const { measure, edit, nameId, years, index, kindRef, onRemove } = props;
  const t = useText().budget.editor;
  const m = useText().measures;
  const words = useText().glossary.budget;
  const labels = useText().budget.labels;
  const lang = useLang();
  const kindId = useId();
  const [problems, setProblems] = useState<Problem[]>([]);
  const cost = measure.oneOffCosts?.[index];
  if (!cost) return null;
  const n = index + 1;
  const show = (v: number | undefined) => (v === undefined ? m.notSet : euros(v, lang));
  return (
    <fieldset className="measures-budget__cost">
      <legend>{t.cost(n, labels.oneOffCostKind[cost.kind])}</legend>
      <div className="measures-budget__cost-head">
        <span className="field measures-budget__field">
          <label htmlFor={kindId}>{t.costKind}</label>
          <select
            ref={kindRef}
            id={kindId}
            value={cost.kind}
            aria-describedby={problems.length > 0 ? `${kindId}-problems` : undefined}
            onChange={(e) => {
              const next = e.target.value as OneOffCostKind;
              setProblems(
                edit(m.changeOf(measure.name, t.costKindWord(n), words.oneOffCostKind[cost.kind], words.oneOffCostKind[next]), (d) =>
                  setOneOffCostKind(d, index, next),
                ),
              );
            }}
          >
            {ONE_OFF_COST_KINDS.map((k) => (
              <option key={k} value={k}>
                {labels.oneOffCostKind[k]}
              </option>
            ))}
          </select>
          <FieldProblems id={`${kindId}-problems`} problems={problems} />
        </span>
        <button type="button" className="measures-icon measures-icon--danger" aria-label={t.removeCost(n, measure.name)} title={t.removeCost(n, measure.name)} onClick={onRemove}>
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <TableCells
        legend={t.costAmounts}
        hint={t.oneOffCostsHint}
        showHint={false}
        years={years}
        table={cost.amounts}
        placeholder={(_, l) => euros(0, l)}
        format={euros}
        display="plain"
        word={t.costWord(n)}
        labelledBy={nameId}
        className="measures-years--amounts"
        onCommitYear={(year, value) =>
          edit(m.changeOf(measure.name, `${t.costWord(n)} ${year}`, show(cost.amounts[String(year)]), show(value)), (d) =>
            setOneOffCostYear(d, index, year, value),
          )
        }
      />
      <TextField
        label={t.costNotes}
        value={cost.notes ?? ''}
        className="measures-budget__notes"
        onCommit={(notes) => edit(t.costNotesChanged(measure.name, n), (d) => setOneOffCostNotes(d, index, notes))}
      />
    </fieldset>
  );
}

/** What the measure actually saved per year (signed euros; only listed years count). */
function RealisedCells({ measure, edit, nameId, years }: ListProps) {
  const t = useText().budget.editor;
  const m = useText().measures;
  const lang = useLang();
  const show = (v: number | undefined) => (v === undefined ? m.notSet : euros(v, lang));
  return (
    <TableCells
      legend={t.realised}
      hint={t.realisedHint}
      showHint
      years={years}
      table={measure.realised}
      format={euros}
      display="plain"
      word={t.realisedWord}
      labelledBy={nameId}
      className="measures-years--amounts measures-budget__realised"
      onCommitYear={(year, value) =>
        edit(m.changeOf(measure.name, `${t.realisedWord} ${year}`, show(measure.realised?.[String(year)]), show(value)), (d) => setRealisedYear(d, year, value))
      }
    />
  );
}
