// The savings-only fast path is project() without the rest: it must give project()'s
// savings.total and savings.cumulative to the euro, for any strength factors.
import fc from 'fast-check';
import { compileSavings, projectSavings } from '../../../shared/engine/fast-savings';
import { project } from '../../../shared/engine/project';
import { parseScenario } from '../../../shared/scenario/parse';
import type { Scenario } from '../../../shared/scenario/schema';
import { xoshiro128ss } from '../../../shared/uncertainty/random';
import { allScenarios, example, uncertainScenarioArb } from './support';

/** Random strength factors for every measure (enabled or not), 0–2.5, so that clamping is hit too. */
function randomStrengths(scenario: Scenario, uniform: () => number): Map<string, number> {
  return new Map((scenario.measures ?? []).map((m) => [m.id, 2.5 * uniform()]));
}

describe('projectSavings (the fast path)', () => {
  it.each(allScenarios())('gives project()’s savings for %s with every factor 1', (_name, scenario) => {
    const { total, cumulative } = project(scenario).savings;
    expect(projectSavings(scenario)).toEqual({ total, cumulative });
  });

  it.each(allScenarios())('gives project()’s savings for %s with random strengths', (_name, scenario) => {
    const uniform = xoshiro128ss(99);
    for (let run = 0; run < 20; run++) {
      const strength = randomStrengths(scenario, uniform);
      const { total, cumulative } = project(scenario, { strength }).savings;
      expect(projectSavings(scenario, { strength })).toEqual({ total, cumulative });
    }
  });

  it('is tried on valid scenarios (the arbitrary passes the app’s own checks)', () => {
    fc.assert(
      fc.property(uncertainScenarioArb, (scenario) => {
        const result = parseScenario(scenario);
        expect(result.ok ? [] : result.problems).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('gives project()’s savings for random valid scenarios and strengths', () => {
    fc.assert(
      fc.property(uncertainScenarioArb, fc.integer(), (scenario, seed) => {
        const strength = randomStrengths(scenario, xoshiro128ss(seed));
        const { total, cumulative } = project(scenario, { strength }).savings;
        expect(projectSavings(scenario, { strength })).toEqual({ total, cumulative });
      }),
      { numRuns: 200 },
    );
  });

  it('can be run again and again with other factors without one run leaking into the next', () => {
    const scenario = example();
    const runner = compileSavings(scenario);
    expect(runner.measureIds).toEqual(['korting', 'verschuiving', 'formatie']);
    expect(runner.years).toEqual([2020, 2021, 2022, 2023]);
    expect(runner.target).toEqual([500000, 1000000, 1500000, 2000000]);
    const savings = new Float64Array(4);
    const cumulative = new Float64Array(4);
    const uniform = xoshiro128ss(5);
    for (let run = 0; run < 10; run++) {
      const factors = [3 * uniform(), 3 * uniform(), 3 * uniform()];
      runner.run(factors, savings, cumulative);
      const strength = new Map(runner.measureIds.map((id, k) => [id, factors[k]!]));
      const expected = project(scenario, { strength }).savings;
      expect(Array.from(savings)).toEqual(expected.total);
      expect(Array.from(cumulative)).toEqual(expected.cumulative);
    }
    runner.run([1, 1, 1], savings, cumulative);
    // The worked example of scenario-format.md.
    expect(Array.from(savings)).toEqual([175000, 364701, 629861, 973949]);
    expect(Array.from(cumulative)).toEqual([175000, 539701, 1169562, 2143511]);
  });

  it('leaves disabled measures out and refuses too few factors', () => {
    const scenario = example();
    scenario.measures![1]!.enabled = false;
    const runner = compileSavings(scenario);
    expect(runner.measureIds).toEqual(['korting', 'formatie']);
    expect(() => runner.run([1], new Float64Array(4), new Float64Array(4))).toThrow(RangeError);
  });
});
