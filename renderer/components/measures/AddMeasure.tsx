import { render } from '../../../shared/i18n/text';
// "+ Maatregel": a measure of the chosen type, with defaults that validate, added at the end.
// A type the lines cannot carry (a shift needs two volume lines) is offered disabled, with why.
import { useId, useRef, useState } from 'react';
import type { Problem } from '../../../shared/scenario/problems';
import type { MeasureType } from '../../../shared/scenario/schema';
import { FieldProblems } from '../fields/FieldProblems';
import { useLang, useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { addability, defaultMeasure, MEASURE_TYPES, uniqueName } from './measure-edits';
import { viewOfType } from './kinds/registry';
import { scenarioOf } from '../../store/documents-slice';
import { useFocusRequest } from '../../focus/focus-request';

export function AddMeasure({ onAdded }: { onAdded(id: string, name: string): void }) {
  const t = useText().measures;
  const lang = useLang();
  const words = (k: MeasureType) => { const w = viewOfType(k).words; return { name: render(lang, w.name), hint: render(lang, w.hint), defaultName: render(lang, w.defaultName) }; };
  const id = useId();
  const lines = useAppStore((s) => scenarioOf(s)?.lines) ?? [];
  const [type, setType] = useState<MeasureType>('cut');
  const [problems, setProblems] = useState<Problem[]>([]);
  const available = (k: MeasureType) => addability(k, lines);
  const chosen = available(type) === 'ok' ? type : 'cut';
  // Asked for (the guide's second step): the kind of measure to add, then + Maatregel.
  const typeSelect = useRef<HTMLSelectElement>(null);
  useFocusRequest('measure', () => typeSelect.current);

  const add = () => {
    const { tryCommit } = useAppStore.getState();
    const scenario = scenarioOf(useAppStore.getState());
    if (!scenario) return;
    const name = uniqueName(words(chosen).defaultName, (scenario.measures ?? []).map((m) => m.name));
    const measure = defaultMeasure(chosen, scenario, name);
    if (!measure) return;
    const found = tryCommit(t.addedLabel(name), (draft) => {
      (draft.measures ??= []).push(measure);
    });
    setProblems(found);
    if (found.length === 0) onAdded(measure.id, name);
  };

  return (
    <div className="measures-add">
      <span className="field">
        <label htmlFor={`${id}-type`}>{t.addType}</label>
        <select
          ref={typeSelect}
          id={`${id}-type`}
          value={chosen}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setType(e.target.value as MeasureType)}
        >
          {MEASURE_TYPES.map((k) => {
            const why = available(k);
            return (
              <option key={k} value={k} disabled={why !== 'ok'}>
                {why === 'ok' ? words(k).name : `${words(k).name} (${t[why]})`}
              </option>
            );
          })}
        </select>
      </span>
      <button type="button" className="measures-add__button" onClick={add}>
        {t.add}
      </button>
      <p id={`${id}-hint`} className="measures-hint">
        {words(chosen).name}: {words(chosen).hint}.
      </p>
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </div>
  );
}
