// The measures editor's part of a cut: by a rate or by an amount, on lines or groups.
import { useId, useState } from 'react';
import type { Problem } from '../../../../shared/scenario/problems';
import type { CutMeasure, Line } from '../../../../shared/scenario/schema';
import { catalogue, text } from '../../../../shared/i18n/text';
import { FieldProblems } from '../../fields/FieldProblems';
import { useText } from '../../../i18n/use-text';
import { scenarioOf } from '../../../store/documents-slice';
import { useAppStore } from '../../../store/store';
import { useFirstYearBaseline } from '../BaselineCosts';
import type { Edit, MeasureKindView } from './kind';
import { groupNames, linesOf, phaseInTable } from './lines';

/** Cut by a rate or by an amount: switching keeps about the same strength, from the first year's baseline. */
function CutMode({ measure, edit }: { measure: CutMeasure; edit: Edit }) {
  const t = useText().measureKinds.cut;
  const name = useId();
  const baseline = useFirstYearBaseline();
  const lines = useAppStore((s) => scenarioOf(s)?.lines) ?? [];
  const [problems, setProblems] = useState<Problem[]>([]);
  const byAmount = measure.amount !== undefined;
  const reference = linesOf(measure, lines).reduce((sum, l) => sum + (baseline.get(l.id) ?? 0), 0);

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

/**
 * The rates municipalities step a cut by: 5, 10 and 20 % (the partners of the Stichtse Vecht
 * coalition worked out exactly these). Offered beside the rate, not for a cut by amount.
 */
export const CUT_STEPS: readonly number[] = [0.05, 0.1, 0.2];

export const cutView: MeasureKindView<CutMeasure> = {
  words: { name: text('measureKinds.cut.name'), hint: text('measureKinds.cut.hint'), defaultName: text('measureKinds.cut.defaultName') },
  targets: 'lines',
  addability: () => 'ok',
  create({ id, name, lines }) {
    const group = groupNames(lines)[0];
    const target = group !== undefined ? { groups: [group] } : { lines: [(lines[0] as Line).id] };
    return { id, name, type: 'cut', ...target, rate: 0.1 };
  },
  strength: (m) => (m.amount !== undefined ? { kind: 'amount', unit: 'euro', value: m.amount } : { kind: 'rate', unit: 'percent', value: m.rate ?? 0 }),
  setStrength(m, strength, value) {
    if (strength.kind === 'rate') m.rate = value;
    else if (strength.kind === 'amount') m.amount = value;
  },
  strengthLabel: (lang, _m, strength) => (strength.kind === 'amount' ? catalogue(lang).measureKinds.cut.cutAmount : catalogue(lang).measureKinds.cut.cutRate),
  percentRange: () => ({ min: -100, max: 100, step: 1 }),
  reference(m, lines, baseline) {
    if (m.amount === undefined) return 0;
    let reference = 0;
    for (const line of linesOf(m, lines)) reference += baseline.get(line.id) ?? 0;
    return reference;
  },
  yearTable: phaseInTable,
  Fields: CutMode,
  steps: (_m, strength) => (strength.kind === 'rate' ? CUT_STEPS : []),
};
