// The measures editor's pure helpers: ids, defaults, slider ranges, year tables, colours.
import { parseScenario } from '../../../shared/scenario/parse';
import { ID_PATTERN, type Scenario } from '../../../shared/scenario/schema';
import {
  colourIndices,
  keyStep,
  defaultMeasure,
  MEASURE_TYPES,
  niceCeil,
  sliderRange,
  strengthOf,
  uniqueId,
  uniqueName,
  withYear,
} from '../../../renderer/components/measures/measure-edits';
import { measuresFixture } from './fixture';

describe('ids and names', () => {
  it('makes ids that match the file format from any name, unique among the taken ones', () => {
    expect(uniqueId('Korting Vitale Coalitie', [])).toBe('korting-vitale-coalitie');
    expect(uniqueId('Cliënten naar één huiskamer!', [])).toBe('clienten-naar-een-huiskamer');
    expect(uniqueId('Korting', ['korting', 'korting-2'])).toBe('korting-3');
    expect(uniqueId('€ 30.000', [])).toBe('30-000');
    expect(uniqueId('***', [])).toBe('maatregel');
    const long = uniqueId('x'.repeat(300), ['x'.repeat(56)]);
    expect(long).toMatch(ID_PATTERN);
    expect(long).toBe(`${'x'.repeat(56)}-2`);
  });

  it('numbers names that are taken', () => {
    expect(uniqueName('Korting', ['Korting', 'Korting 2'])).toBe('Korting 3');
    expect(uniqueName('Korting', [])).toBe('Korting');
  });
});

describe('defaults', () => {
  it.each(MEASURE_TYPES)('a new %s validates', (type) => {
    const s = measuresFixture();
    const m = defaultMeasure(type, s, 'Nieuw')!;
    expect(parseScenario({ ...s, measures: [...s.measures!, m] }).ok).toBe(true);
  });

  it('a cut without any group targets the first line; volume types need volume lines', () => {
    const s: Scenario = { ...measuresFixture(), lines: [{ id: 'a', name: 'A', kind: 'other', amount: 1000 }], measures: [] };
    expect(defaultMeasure('cut', s, 'Korting')).toMatchObject({ lines: ['a'], rate: 0.1 });
    expect(defaultMeasure('volumeChange', s, 'x')).toBeNull();
    expect(defaultMeasure('shift', s, 'x')).toBeNull();
    expect(parseScenario({ ...s, measures: [defaultMeasure('cut', s, 'Korting')!, defaultMeasure('fixed', s, 'Vast')!] }).ok).toBe(true);
  });

  it('a shift goes from an individual to a collective provision', () => {
    expect(defaultMeasure('shift', measuresFixture(), 'x')).toMatchObject({ from: 'begeleiding', to: 'huiskamers', share: { '2020': 0.1 } });
  });
});

describe('slider ranges', () => {
  it('rounds up to 1, 2 or 5 × 10ⁿ', () => {
    expect([1, 3, 7, 10, 120, 350000, 700000, 1_000_001].map(niceCeil)).toEqual([1, 5, 10, 10, 200, 500000, 1000000, 2000000]);
  });

  it('percent sliders run −100…100 (wider for a change rate beyond it); shares 0…100', () => {
    const [cut, shift, fixed, volume] = measuresFixture().measures!;
    expect(sliderRange(cut!, strengthOf(cut!, 2020), 0)).toEqual({ min: -100, max: 100, step: 1 });
    expect(sliderRange(shift!, strengthOf(shift!, 2020), 0)).toEqual({ min: 0, max: 100, step: 1 });
    const big = { ...volume!, rate: 2.5 } as typeof volume & { rate: number };
    expect(sliderRange(big!, strengthOf(big!, 2020), 0)).toEqual({ min: -100, max: 250, step: 1 });
    expect(sliderRange(fixed!, strengthOf(fixed!, 2020), 38000)).toEqual({ min: -100000, max: 100000, step: 1000 });
  });

  it('a cut by amount runs up to the lines’ cost, and never hides the current value', () => {
    const m = measuresFixture().measures![5]!;
    expect(sliderRange(m, strengthOf(m, 2020), 600000)).toEqual({ min: 0, max: 1000000, step: 10000 });
    expect(sliderRange(m, { kind: 'amount', unit: 'euro', value: 3_000_000 }, 600000).max).toBe(5000000);
  });
});

describe('year tables', () => {
  it('sets and removes a year, keeping years in order', () => {
    expect(withYear({ '2023': 1, '2021': 0 }, 2022, 0.5)).toEqual({ '2021': 0, '2022': 0.5, '2023': 1 });
    expect(Object.keys(withYear({ '2023': 1, '2021': 0 }, 2022, 0.5))).toEqual(['2021', '2022', '2023']);
    expect(withYear({ '2021': 0 }, 2021, undefined)).toEqual({});
    expect(withYear(undefined, 2024, 1)).toEqual({ '2024': 1 });
  });
});

it('colours follow the place among all measures: switching one off recolours no other', () => {
  expect(colourIndices([true, false, true, true])).toEqual([0, null, 2, 3]);
  expect(colourIndices([false, true, true])).toEqual([null, 1, 2]);
});

it('a key steps a euro slider from the exact value, so the way back restores it (#24 item 10k)', () => {
  const range = { min: 0, max: 1_000_000, step: 10_000 };
  expect(keyStep(47_850, 'ArrowRight', range)).toBe(57_850);
  expect(keyStep(57_850, 'ArrowLeft', range)).toBe(47_850);
  expect(keyStep(47_850, 'ArrowUp', range)).toBe(57_850);
  expect(keyStep(47_850, 'ArrowDown', range)).toBe(37_850);
  // Page Up / Page Down: a tenth of the range.
  expect(keyStep(47_850, 'PageUp', range)).toBe(147_850);
  expect(keyStep(147_850, 'PageDown', range)).toBe(47_850);
  // Within the range; Home, End and other keys are the browser's.
  expect(keyStep(5_000, 'ArrowLeft', range)).toBe(0);
  expect(keyStep(995_000, 'PageUp', range)).toBe(1_000_000);
  expect(keyStep(47_850, 'Home', range)).toBeNull();
  expect(keyStep(47_850, 'Tab', range)).toBeNull();
});
