// The measures editor's part of the two types that change volume lines by a rate
// (volumeChange, unitCostChange): the same editor, with each type's words.
import type { Line, UnitCostChangeMeasure, VolumeChangeMeasure } from '../../../../shared/scenario/schema';
import { render, type Text } from '../../../../shared/i18n/text';
import type { MeasureKindView } from './kind';
import { phaseInTable, volumeGroupNames } from './lines';

export function rateChangeView<M extends VolumeChangeMeasure | UnitCostChangeMeasure>(
  type: M['type'],
  words: MeasureKindView<M>['words'],
  rateLabel: Text,
): MeasureKindView<M> {
  return {
    words,
    targets: 'volumeLines',
    addability: (volumeLines) => (volumeLines >= 1 ? 'ok' : 'needsVolumeLine'),
    create({ id, name, lines, volumeLines }) {
      const group = volumeGroupNames(lines)[0];
      const target = group !== undefined ? { groups: [group] } : { lines: [(volumeLines[0] as Line).id] };
      return { id, name, type, ...target, rate: -0.05 } as M;
    },
    strength: (m) => ({ kind: 'rate', unit: 'percent', value: m.rate }),
    setStrength(m, strength, value) {
      if (strength.kind === 'rate') m.rate = value;
    },
    strengthLabel: (lang) => render(lang, rateLabel),
    percentRange: (pct) => ({ min: -100, max: Math.max(100, pct), step: 1 }),
    reference: () => 0,
    yearTable: phaseInTable,
    Fields: null,
  };
}
