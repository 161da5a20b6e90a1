// The measures editor's part of a shift: from which volume line to which, the share per year
// (its year cells and slider) and the ratio.
import { useEffect, useId, useState } from 'react';
import { formatNumber } from '../../../../shared/format/money';
import { catalogue, text } from '../../../../shared/i18n/text';
import type { Problem } from '../../../../shared/scenario/problems';
import type { Line, ShiftMeasure } from '../../../../shared/scenario/schema';
import { FieldProblems } from '../../fields/FieldProblems';
import { NumberField } from '../../fields/NumberField';
import { useLang, useText } from '../../../i18n/use-text';
import { scenarioOf } from '../../../store/documents-slice';
import { useAppStore } from '../../../store/store';
import type { Edit, MeasureKindView } from './kind';
import { isVolumeLine, lastListedYear } from './lines';

function ShiftFields({ measure, edit }: { measure: ShiftMeasure; edit: Edit }) {
  const { measures: t, measureKinds } = useText();
  const w = measureKinds.shift;
  const lang = useLang();
  const baseId = useId();
  const lines = useAppStore((s) => scenarioOf(s)?.lines) ?? [];
  const volumeLines = lines.filter(isVolumeLine);
  const [problems, setProblems] = useState<Problem[]>([]);
  const lineName = (id: string) => lines.find((l) => l.id === id)?.name ?? id;
  useEffect(() => setProblems([]), [measure.from, measure.to]);

  const select = (end: 'from' | 'to') => (
    <span className="field measures-select">
      <label htmlFor={`${baseId}-${end}`}>{end === 'from' ? w.from : w.to}</label>
      <select
        id={`${baseId}-${end}`}
        value={measure[end]}
        aria-invalid={problems.length > 0}
        aria-describedby={problems.length ? `${baseId}-problems` : undefined}
        onChange={(e) => {
          const value = e.target.value;
          setProblems(edit(w.shiftEndChanged(measure.name, end, lineName(value)), (m) => void (m.type === 'shift' && (m[end] = value))));
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
        label={w.ratio}
        value={measure.ratio}
        optional
        digits={3}
        onCommit={(value) =>
          edit(
            t.changeOf(measure.name, w.ratioWord, formatNumber(ratio, { lang, maxDigits: 3 }), formatNumber(value ?? 1, { lang, maxDigits: 3 })),
            (m) => {
              if (m.type !== 'shift') return;
              if (value === undefined) delete m.ratio;
              else m.ratio = value;
            },
          )
        }
      />
      <p className="measures-hint">{w.ratioHint}</p>
    </div>
  );
}

export const shiftView: MeasureKindView<ShiftMeasure> = {
  words: { name: text('measureKinds.shift.name'), hint: text('measureKinds.shift.hint'), defaultName: text('measureKinds.shift.defaultName') },
  targets: null,
  addability: (volumeLines) => (volumeLines >= 2 ? 'ok' : 'needsTwoVolumeLines'),
  create({ id, name, first, volumeLines }) {
    const from = volumeLines.find((l) => l.kind === 'individual') ?? (volumeLines[0] as Line);
    const others = volumeLines.filter((l) => l.id !== from.id);
    const to = others.find((l) => l.kind === 'collective') ?? (others[0] as Line);
    return { id, name, type: 'shift', from: from.id, to: to.id, share: { [first]: 0.1 } };
  },
  strength(m, horizonFrom) {
    const year = lastListedYear(m.share) ?? horizonFrom;
    return { kind: 'share', unit: 'percent', value: m.share[String(year)] ?? 0, year };
  },
  setStrength(m, strength, value) {
    if (strength.kind === 'share' && strength.year !== undefined) m.share[String(strength.year)] = value;
  },
  strengthLabel: (lang, _m, strength) => catalogue(lang).measureKinds.shift.shareIn(strength.year ?? 0),
  percentRange: () => ({ min: 0, max: 100, step: 1 }),
  reference: () => 0,
  yearTable: {
    field: 'share',
    of: (m) => m.share,
    set(m, table) {
      m.share = table;
    },
    listedOnly: () => false,
  },
  Fields: ShiftFields,
};
