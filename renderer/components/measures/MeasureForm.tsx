// The full form of one measure, shown when its row is expanded: name and notes, what it applies
// to, its type's own fields, the uncertainty range, and what a budget and a decision say of it
// (BudgetFields). Every field goes through tryCommit, and the engine's problems appear next to
// the field that caused them.
import { useId, type ComponentType } from 'react';
import { formatPercent } from '../../../shared/format/money';
import type { Measure } from '../../../shared/scenario/schema';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';
import { useLang, useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { findMeasure } from './find-measure';
import type { Edit } from './kinds/kind';
import { viewOf } from './kinds/registry';
import { TargetsPicker } from './TargetsPicker';
import { BudgetFields } from './BudgetFields';
import { scenarioOf } from '../../store/documents-slice';

export function MeasureForm({ measure, id, nameId }: { measure: Measure; id: string; nameId: string }) {
  const t = useText().measures;
  const horizon = useAppStore((s) => scenarioOf(s)?.horizon);
  const view = viewOf(measure);
  // The type's own fields (kinds/<type>.tsx), typed for any measure: `view` is this measure's.
  const Fields = view.Fields as ComponentType<{ measure: Measure; edit: Edit }> | null;
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
      {Fields ? <Fields measure={measure} edit={edit} /> : null}
      {view.targets !== null ? <TargetsPicker measure={measure} /> : null}
      <UncertaintyFields measure={measure} edit={edit} />
      {horizon ? <BudgetFields measure={measure} edit={edit} nameId={nameId} horizon={horizon} /> : null}
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

/** The range on the measure's strength (low 0–1, high ≥ 1), as per cents: "70% – 120%". */
function UncertaintyFields({ measure, edit }: { measure: Measure; edit: Edit }) {
  const t = useText().measures;
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
