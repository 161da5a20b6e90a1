import fc from 'fast-check';
import { project } from '../../../shared/engine/project';
import { BAND, percentile, simulate } from '../../../shared/uncertainty/monte-carlo';
import { triangularInverse } from '../../../shared/uncertainty/random';
import { allScenarios, example, large, scenarioOf, singleCut, uncertainScenarioArb, withRanges } from './support';

/** Density of triangular(low, mode, high) at x. */
function triangularDensity(x: number, low: number, mode: number, high: number): number {
  if (x < low || x > high) return 0;
  return x <= mode ? (2 * (x - low)) / ((high - low) * (mode - low)) : (2 * (high - x)) / ((high - low) * (high - mode));
}

describe('percentile (type 7: linear interpolation between order statistics)', () => {
  it('matches R’s quantile(type = 7) and NumPy’s default', () => {
    const x = [1, 2, 3, 4, 10];
    // R: quantile(c(1,2,3,4,10), c(.1,.5,.9)) → 1.4, 3.0, 7.6
    expect(percentile(x, 0.1)).toBeCloseTo(1.4, 12);
    expect(percentile(x, 0.5)).toBe(3);
    expect(percentile(x, 0.9)).toBeCloseTo(7.6, 12);
    expect(percentile(x, 0)).toBe(1);
    expect(percentile(x, 1)).toBe(10);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([0, 0, 10, 99], 0.5, 1, 2)).toBe(5);
  });
});

describe('simulate', () => {
  it.each(allScenarios())('collapses onto the deterministic savings of %s when every range is (1, 1)', (_name, scenario) => {
    const collapsed = withRanges(scenario, { low: 1, high: 1 });
    const { savings } = project(scenario);
    const result = simulate(collapsed, { draws: 50, seed: 1 });
    for (const band of [result.savings, result.cumulative]) {
      const expected = band === result.savings ? savings.total : savings.cumulative;
      expect(band.p10).toEqual(expected);
      expect(band.p50).toEqual(expected);
      expect(band.p90).toEqual(expected);
    }
    expect(result.deterministic).toEqual({ savings: savings.total, cumulative: savings.cumulative });
  });

  it.each(allScenarios())('gives the deterministic projection (every factor 1) of %s beside the band', (_name, scenario) => {
    const { savings } = project(scenario);
    expect(simulate(scenario, { draws: 5, seed: 3 }).deterministic).toEqual({ savings: savings.total, cumulative: savings.cumulative });
  });

  it('is reproducible: the same seed gives the same result; another seed another', () => {
    const scenario = withRanges(example(), { low: 0.5, high: 1.5 });
    const a = simulate(scenario, { draws: 500, seed: 42 });
    expect(simulate(scenario, { draws: 500, seed: 42 })).toEqual(a);
    const b = simulate(scenario, { draws: 500, seed: 43 });
    expect(b.savings.p50).not.toEqual(a.savings.p50);
    expect(b.deterministic).toEqual(a.deterministic);
  });

  it('is reproducible on the large scenario', () => {
    const scenario = large();
    expect(simulate(scenario, { draws: 40, seed: 7 })).toEqual(simulate(scenario, { draws: 40, seed: 7 }));
  });

  it('orders the band every year: p10 ≤ p50 ≤ p90, and the target share is a share', () => {
    fc.assert(
      fc.property(uncertainScenarioArb, fc.integer(), fc.integer({ min: 1, max: 40 }), (scenario, seed, draws) => {
        const result = simulate(scenario, { draws, seed });
        const Y = scenario.horizon.to - scenario.horizon.from + 1;
        for (const band of [result.savings, result.cumulative]) {
          expect(band.p10).toHaveLength(Y);
          for (let yi = 0; yi < Y; yi++) {
            expect(band.p10[yi]).toBeLessThanOrEqual(band.p50[yi]!);
            expect(band.p50[yi]).toBeLessThanOrEqual(band.p90[yi]!);
            expect(Number.isInteger(band.p10[yi]) && Number.isInteger(band.p50[yi]) && Number.isInteger(band.p90[yi])).toBe(true);
          }
        }
        const target = project(scenario).target?.amount ?? new Array(Y).fill(null);
        result.savings.targetMet.forEach((share, yi) => {
          if (target[yi] === null) expect(share).toBeNull();
          else {
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(1);
          }
        });
      }),
      { numRuns: 150 },
    );
  });

  it('draws only enabled measures with a range, each with its own factor', () => {
    const scenario = scenarioOf(
      [
        { id: 'a', name: 'A', kind: 'subsidy', amount: 100_000 },
        { id: 'b', name: 'B', kind: 'subsidy', amount: 100_000 },
      ],
      [
        { id: 'vast', name: 'Zeker', type: 'cut', lines: ['a'], rate: 0.1 },
        { id: 'los', name: 'Onzeker', type: 'cut', lines: ['b'], rate: 0.1, uncertainty: { low: 0.5, high: 1.5 } },
        { id: 'uit', name: 'Uit', type: 'fixed', amounts: { '2025': 1e6 }, enabled: false, uncertainty: { low: 0, high: 3 } },
      ],
    );
    const result = simulate(scenario, { draws: 2000, seed: 9 });
    expect(result.uncertain).toEqual([{ id: 'los', low: 0.5, high: 1.5 }]);
    // 10 000 certain + 10 000 · F: the band lies within 10 000 + [5 000, 15 000].
    expect(result.savings.p10[0]).toBeGreaterThanOrEqual(15_000);
    expect(result.savings.p90[0]).toBeLessThanOrEqual(25_000);
    expect(result.savings.p50[0]).toBeGreaterThan(19_000);
    expect(result.savings.p50[0]).toBeLessThan(21_000);
    expect(result.savings.targetMet).toEqual([null]);
  });

  describe('against the known distribution: one cut of rate r on one amount line A, savings = A·r·F', () => {
    const A = 1_000_000;
    const r = 0.2;
    const N = 20_000;
    it.each([
      [0.6, 1.3],
      [0.5, 1.5],
      [1, 1.8],
      [0.3, 1],
    ])('F ~ triangular(%p, 1, %p): P10, P50 and P90 within five standard errors of A·r·F⁻¹(p)', (low, high) => {
      const scenario = singleCut(A, r, low, high, { horizon: { from: 2025, to: 2027 } });
      const result = simulate(scenario, { draws: N, seed: 2025 });
      for (const [key, p] of Object.entries(BAND) as ['p10' | 'p50' | 'p90', number][]) {
        const x = triangularInverse(p, low, 1, high);
        const expected = A * r * x;
        // Standard error of a sample quantile: √(p(1 − p)/N) / density at the quantile, in euros;
        // plus one euro for rounding the savings and the percentile.
        const se = (A * r * Math.sqrt((p * (1 - p)) / N)) / triangularDensity(x, low, 1, high);
        const tolerance = 5 * se + 1;
        for (let yi = 0; yi < 3; yi++) {
          expect(Math.abs(result.savings[key][yi]! - expected)).toBeLessThanOrEqual(tolerance);
          // No indexation: every year saves the same, so the cumulative band is (year + 1) × it.
          expect(Math.abs(result.cumulative[key][yi]! - (yi + 1) * expected)).toBeLessThanOrEqual((yi + 1) * tolerance);
        }
      }
    });
  });

  it('meets a target set exactly at the deterministic savings of a symmetric range in about half the draws', () => {
    const N = 20_000;
    const scenario = singleCut(1_000_000, 0.2, 0.5, 1.5, { target: { '2025': 200_000 } });
    const result = simulate(scenario, { draws: N, seed: 77 });
    expect(result.deterministic.savings).toEqual([200_000]);
    expect(Math.abs(result.savings.targetMet[0]! - 0.5)).toBeLessThan(5 * Math.sqrt(0.25 / N));
  });

  it('reads the target as project() does: null before its first year, a step after', () => {
    const scenario = singleCut(1_000_000, 0.2, 0.5, 1.5, { horizon: { from: 2025, to: 2028 }, target: { '2026': 0, '2027': 10_000_000 } });
    expect(simulate(scenario, { draws: 100, seed: 1 }).savings.targetMet).toEqual([null, 1, 0, 0]);
  });

  it('keeps a strengthened cut rate at most 1: savings never exceed the line’s cost', () => {
    const A = 500_000;
    // rate 0.9 × F with F up to 1.5: above F = 1/0.9 the rate is clamped to 1, so savings = A.
    const scenario = singleCut(A, 0.9, 0.5, 1.5, { horizon: { from: 2025, to: 2026 }, target: { '2025': A, '2026': A + 1 } });
    const N = 20_000;
    const result = simulate(scenario, { draws: N, seed: 5 });
    const clamped = (1.5 - 1 / 0.9) ** 2 / (1 * 0.5); // P(F ≥ 1/0.9) = 0.3025
    expect(Math.abs(result.savings.targetMet[0]! - clamped)).toBeLessThan(5 * Math.sqrt((clamped * (1 - clamped)) / N));
    expect(result.savings.targetMet[1]).toBe(0);
    expect(result.savings.p90).toEqual([A, A]);
  });

  it('refuses a number of draws that is not a positive integer, and a seed that is not an integer', () => {
    const scenario = example();
    expect(() => simulate(scenario, { draws: 0, seed: 1 })).toThrow(RangeError);
    expect(() => simulate(scenario, { draws: 2.5, seed: 1 })).toThrow(RangeError);
    expect(() => simulate(scenario, { draws: 10, seed: 0.5 })).toThrow(RangeError);
  });
});
