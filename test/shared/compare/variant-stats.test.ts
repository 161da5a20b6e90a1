// variantStats(): a workshop's variants of one baseline, per measure and parameter min, max and
// average; how many variants have each measure and switch it on; whether the baselines are equal.
import { variantStats } from '../../../shared/compare/variant-stats';
import type { Scenario } from '../../../shared/scenario/schema';
import { measure, variant, voorbeeld } from './support';

const items = (...scenarios: Scenario[]) => scenarios.map((scenario, i) => ({ name: `v${i}`, scenario }));

/** Three groups' variants of the worked example. */
function threeVariants() {
  const a = voorbeeld();
  const b = variant(a, (s) => {
    const korting = measure(s, 'korting');
    if (korting.type === 'cut') {
      korting.rate = 0.1;
      korting.phaseIn = { '2022': 1 };
    }
    s.measures = (s.measures ?? []).filter((m) => m.id !== 'formatie');
  });
  const c = variant(a, (s) => {
    const korting = measure(s, 'korting');
    if (korting.type === 'cut') korting.rate = 0.15;
    korting.enabled = false;
    const shift = measure(s, 'verschuiving');
    if (shift.type === 'shift') shift.ratio = 1.5;
  });
  return [a, b, c] as const;
}

describe('variantStats on three variants', () => {
  const stats = variantStats(items(...threeVariants()));
  const korting = stats.measures.find((m) => m.id === 'korting');
  const shift = stats.measures.find((m) => m.id === 'verschuiving');
  const formatie = stats.measures.find((m) => m.id === 'formatie');

  it('has every measure once, in order of first appearance, with where it occurs and is on', () => {
    expect(stats.count).toBe(3);
    expect(stats.labels).toEqual(['A', 'B', 'C']);
    expect(stats.measures.map((m) => m.id)).toEqual(['korting', 'verschuiving', 'formatie']);
    expect(korting).toMatchObject({ occurs: 3, enabled: 2, presence: ['on', 'on', 'off'], type: 'cut', name: '20% korting Vitale Coalitie' });
    expect(formatie).toMatchObject({ occurs: 2, enabled: 2, presence: ['on', null, 'on'] });
  });

  it('gives min, max and average per parameter', () => {
    const rate = korting?.parameters.find((p) => p.parameter === 'rate');
    expect(rate).toMatchObject({ values: [0.2, 0.1, 0.15], count: 3, min: 0.1, max: 0.2, unit: 'fraction', years: null });
    expect(rate?.mean).toBeCloseTo(0.15, 12);
    const ratio = shift?.parameters.find((p) => p.parameter === 'ratio');
    expect(ratio).toMatchObject({ values: [1, 1, 1.5], min: 1, max: 1.5, unit: 'number' });
    expect(ratio?.mean).toBeCloseTo(3.5 / 3, 12);
  });

  it('gives values per year as the engine reads them, a run of equal years as one row', () => {
    const phase = korting?.parameters.filter((p) => p.parameter === 'phaseIn').map((p) => [p.years, p.values]);
    expect(phase).toEqual([
      [[2020, 2021], [0, 0, 0]],
      [[2022, 2022], [0.5, 1, 0.5]],
      [[2023, 2023], [1, 1, 1]],
    ]);
    const amounts = formatie?.parameters.filter((p) => p.parameter === 'amounts');
    expect(amounts?.map((p) => [p.years, p.values, p.min, p.max, p.count])).toEqual([
      [[2020, 2021], [0, null, 0], 0, 0, 2],
      [[2022, 2022], [-38000, null, -38000], -38000, -38000, 2],
      [[2023, 2023], [0, null, 0], 0, 0, 2],
    ]);
    const share = shift?.parameters.filter((p) => p.parameter === 'share').map((p) => p.years);
    expect(share).toEqual([[2020, 2020], [2021, 2021], [2022, 2022], [2023, 2023]]);
  });

  it('says the baselines are the same', () => {
    expect(stats.sameBaseline).toBe(true);
    expect(stats.baselineDifferences).toEqual([]);
  });
});

describe('variantStats when a baseline differs', () => {
  it('says which variant and what', () => {
    const [a, b] = threeVariants();
    const c = variant(a, (s) => {
      s.lines[0]!.amount = 420000;
      s.indexation = { wage: { '2021': 0.03, '2022': 0.0113 }, price: { '2021': 0.01 } };
      s.target = { '2020': 1 }; // a target is no part of the baseline
    });
    const stats = variantStats(items(a, b, c));
    expect(stats.sameBaseline).toBe(false);
    expect(stats.baselineDifferences.map((d) => [d.scenario, d.kind, d.path])).toEqual([
      [2, 'indexation', 'indexation.wage'],
      [2, 'line', 'lines[0].amount'],
    ]);
  });

  it('counts a variant’s years only inside its own horizon', () => {
    const a = voorbeeld();
    const b = variant(a, (s) => {
      s.horizon = { from: 2020, to: 2024 };
    });
    const stats = variantStats(items(a, b));
    const last = stats.measures[0]?.parameters.filter((p) => p.parameter === 'phaseIn').at(-1);
    expect(last).toMatchObject({ years: [2024, 2024], values: [null, 1], count: 1, min: 1, max: 1, mean: 1 });
  });
});
