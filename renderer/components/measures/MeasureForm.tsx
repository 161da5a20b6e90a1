// The full form of one measure, shown when its row is expanded: name and notes, what it applies
// to, its type's own fields, and the uncertainty range. Every field goes through tryCommit, and the
// engine's problems appear next to the field that caused them.
import { useEffect, useId, useState } from 'react';
import { formatNumber, formatPercent } from '../../../shared/format/money';
import type { Problem } from '../../../shared/scenario/problems';
import type { Measure, Scenario } from '../../../shared/scenario/schema';
import { FieldProblems } from '../fields/FieldProblems';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';
import { useLang, useLocalized } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store';
import { useFirstYearBaseline } from './BaselineCosts';
import { findMeasure } from './find-measure';
import { isVolumeLine, targetedLines } from './measure-edits';
import { measureMessages } from './messages';
import { TargetsPicker } from './TargetsPicker';
import { scenarioOf } from '../../store/documents-slice';

type Edit = (label: string, recipe: (m: Measure, draft: Scenario) => void) => Problem[];

export function MeasureForm({ measure, id }: { measure: Measure; id: string }) {
  const t = useLocalized(measureMessages);
  const edit: Edit = (label, recipe) =>
    useAppStore.getState().tryCommit(label, (draft) => {
      const m = findMeasure(draft, measure.id);
      if (m) recipe(m, draft);
    });

  return (
    <div id={id} className="measures-form">
      <div className="measures-form__row">
        <TextField
          label={t.name}
          value={measure.name}
          onCommit={(name) => edit(t.renamed(measure.name, name), (m) => void (m.name = name))}
        />
      </div>
      {measure.type === 'cut' ? <CutMode measure={measure} edit={edit} /> : null}
      {measure.type === 'shift' ? <ShiftFields measure={measure} edit={edit} /> : null}
      {measure.type === 'fixed' ? <ContinuesField measure={measure} edit={edit} /> : null}
      {measure.type === 'cut' || measure.type === 'volumeChange' || measure.type === 'unitCostChange' ? (
        <TargetsPicker measure={measure} />
      ) : null}
      <UncertaintyFields measure={measure} edit={edit} />
      <div className="measures-form__row measures-form__notes">
        <TextField
          label={t.notes}
          value={measure.notes ?? ''}
          multiline
          onCommit={(notes) =>
            edit(t.notesChanged(measure.name), (m) => {
              if (notes.trim() === '') delete m.notes;
              else m.notes = notes;
            })
          }
        />
      </div>
    </div>
  );
}

/** Cut by a rate or by an amount: switching keeps about the same strength, from the first year's baseline. */
function CutMode({ measure, edit }: { measure: Extract<Measure, { type: 'cut' }>; edit: Edit }) {
  const t = useLocalized(measureMessages);
  const name = useId();
  const baseline = useFirstYearBaseline();
  const lines = useAppStore((s) => scenarioOf(s)?.lines) ?? [];
  const [problems, setProblems] = useState<Problem[]>([]);
  const byAmount = measure.amount !== undefined;
  const reference = targetedLines(measure, lines).reduce((sum, l) => sum + (baseline.get(l.id) ?? 0), 0);

  const choose = (amount: boolean) => {
    if (amount === byAmount) return;
    setProblems(
      edit(t.cutModeChanged(measure.name, amount), (m) => {
        if (m.type !== 'cut') return;
        if (amount) {
          m.amount = reference > 0 ? Math.round(Math.abs(m.rate ?? 0) * reference) : 10000;
          delete m.rate;
        } else {
          m.rate = reference > 0 ? Math.min(1, Math.round(((m.amount ?? 0) / reference) * 100) / 100) : 0.1;
          delete m.amount;
        }
      }),
    );
  };
  return (
    <fieldset className="measures-form__row measures-choice">
      <legend>{t.cutBy}</legend>
      <span>
        <input type="radio" id={`${name}-rate`} name={name} checked={!byAmount} onChange={() => choose(false)} />
        <label htmlFor={`${name}-rate`}>{t.cutByRate}</label>
      </span>
      <span>
        <input type="radio" id={`${name}-amount`} name={name} checked={byAmount} onChange={() => choose(true)} />
        <label htmlFor={`${name}-amount`}>{t.cutByAmount}</label>
      </span>
      <FieldProblems id={`${name}-problems`} problems={problems} />
    </fieldset>
  );
}

function ShiftFields({ measure, edit }: { measure: Extract<Measure, { type: 'shift' }>; edit: Edit }) {
  const t = useLocalized(measureMessages);
  const lang = useLang();
  const baseId = useId();
  const lines = useAppStore((s) => scenarioOf(s)?.lines) ?? [];
  const volumeLines = lines.filter(isVolumeLine);
  const [problems, setProblems] = useState<Problem[]>([]);
  const lineName = (id: string) => lines.find((l) => l.id === id)?.name ?? id;
  useEffect(() => setProblems([]), [measure.from, measure.to]);

  const select = (end: 'from' | 'to') => (
    <span className="field measures-select">
      <label htmlFor={`${baseId}-${end}`}>{end === 'from' ? t.from : t.to}</label>
      <select
        id={`${baseId}-${end}`}
        value={measure[end]}
        aria-invalid={problems.length > 0}
        aria-describedby={problems.length ? `${baseId}-problems` : undefined}
        onChange={(e) => {
          const value = e.target.value;
          setProblems(edit(t.shiftEndChanged(measure.name, end, lineName(value)), (m) => void (m.type === 'shift' && (m[end] = value))));
        }}
      >
        {volumeLines.map((l) => (
          <option key={l.id} value={l.id}>
            {l.name}
          </option>
        ))}
      </select>
    </span>
  );
  const ratio = measure.ratio ?? 1;
  return (
    <div className="measures-form__row">
      {select('from')}
      {select('to')}
      <FieldProblems id={`${baseId}-problems`} problems={problems} />
      <NumberField
        label={t.ratio}
        value={measure.ratio}
        optional
        digits={3}
        onCommit={(value) =>
          edit(
            t.changeOf(measure.name, t.ratioWord, formatNumber(ratio, { lang, maxDigits: 3 }), formatNumber(value ?? 1, { lang, maxDigits: 3 })),
            (m) => {
              if (m.type !== 'shift') return;
              if (value === undefined) delete m.ratio;
              else m.ratio = value;
            },
          )
        }
      />
      <p className="measures-hint">{t.ratioHint}</p>
    </div>
  );
}

function ContinuesField({ measure, edit }: { measure: Extract<Measure, { type: 'fixed' }>; edit: Edit }) {
  const t = useLocalized(measureMessages);
  const id = useId();
  const [problems, setProblems] = useState<Problem[]>([]);
  return (
    <div className="measures-form__row measures-check">
      <input
        type="checkbox"
        id={id}
        checked={measure.continues === true}
        onChange={(e) => {
          const on = e.target.checked;
          setProblems(
            edit(t.continuesChanged(measure.name, on), (m) => {
              if (m.type !== 'fixed') return;
              if (on) m.continues = true;
              else delete m.continues;
            }),
          );
        }}
      />
      <label htmlFor={id}>{t.continues}</label>
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </div>
  );
}

/** The range on the measure's strength (low 0–1, high ≥ 1), as per cents: "70% – 120%". */
function UncertaintyFields({ measure, edit }: { measure: Measure; edit: Edit }) {
  const t = useLocalized(measureMessages);
  const lang = useLang();
  const hintId = useId();
  const range = measure.uncertainty;
  const show = (r: { low: number; high: number } | undefined) =>
    r ? `${formatPercent(r.low, { lang })} – ${formatPercent(r.high, { lang })}` : t.noRange;

  const set = (end: 'low' | 'high', value: number | undefined) => {
    const current = range ?? { low: 1, high: 1 };
    const next = { ...current, [end]: value ?? 1 };
    const none = next.low === 1 && next.high === 1;
    return edit(t.rangeChanged(measure.name, show(none ? undefined : next)), (m) => {
      if (none) delete m.uncertainty;
      else m.uncertainty = next;
    });
  };
  return (
    <fieldset className="measures-form__row measures-uncertainty" aria-describedby={hintId}>
      <legend>
        {t.uncertainty}: <span className="measures-uncertainty__range">{show(range)}</span>
      </legend>
      <p id={hintId} className="measures-hint">
        {t.uncertaintyHint}
      </p>
      <NumberField label={t.low} value={range?.low} display="percent" optional onCommit={(v) => set('low', v)} />
      <NumberField label={t.high} value={range?.high} display="percent" optional onCommit={(v) => set('high', v)} />
    </fieldset>
  );
}
