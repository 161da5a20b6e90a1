// The measures editor's part of a fixed amount: the amounts per year (its year cells and
// slider) and whether the last one continues.
import { useId, useState } from 'react';
import type { Problem } from '../../../../shared/scenario/problems';
import type { FixedMeasure } from '../../../../shared/scenario/schema';
import { catalogue, text } from '../../../../shared/i18n/text';
import { FieldProblems } from '../../fields/FieldProblems';
import { useText } from '../../../i18n/use-text';
import type { Edit, MeasureKindView } from './kind';
import { lastListedYear } from './lines';

function ContinuesField({ measure, edit }: { measure: FixedMeasure; edit: Edit }) {
  const t = useText().measureKinds.fixed;
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

export const fixedView: MeasureKindView<FixedMeasure> = {
  words: { name: text('measureKinds.fixed.name'), hint: text('measureKinds.fixed.hint'), defaultName: text('measureKinds.fixed.defaultName') },
  targets: null,
  addability: () => 'ok',
  create: ({ id, name, first }) => ({ id, name, type: 'fixed', amounts: { [first]: 10000 }, continues: true }),
  strength(m, horizonFrom) {
    const year = lastListedYear(m.amounts) ?? horizonFrom;
    return { kind: 'fixed', unit: 'euro', value: m.amounts[String(year)] ?? 0, year };
  },
  setStrength(m, strength, value) {
    if (strength.kind === 'fixed' && strength.year !== undefined) m.amounts[String(strength.year)] = value;
  },
  strengthLabel: (lang, _m, strength) => catalogue(lang).measureKinds.fixed.amountIn(strength.year ?? 0),
  percentRange: (pct) => ({ min: -100, max: Math.max(100, pct), step: 1 }),
  /** The largest amount listed: the slider offers ± twice that. */
  reference(m) {
    let reference = 0;
    for (const v of Object.values(m.amounts)) reference = Math.max(reference, Math.abs(v));
    return reference;
  },
  yearTable: {
    field: 'amounts',
    of: (m) => m.amounts,
    set(m, table) {
      m.amounts = table;
    },
    listedOnly: (m) => m.continues !== true,
  },
  Fields: ContinuesField,
};
