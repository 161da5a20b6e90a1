// Properties of project() over generated valid scenarios (fast-check, seeded so a failure
// reproduces; the seed is printed by fast-check on failure).
import fc from 'fast-check';
import { allCellRefs, createExplainer } from '../../../shared/engine/explain';
import { project, roundEuro } from '../../../shared/engine/project';
import { parseScenario } from '../../../shared/scenario/parse';
import { amountLine, figureOf, scenario, scenarioArb } from './support';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const params = { numRuns: 200, seed: 20240601 };

describe('generated scenarios', () => {
  test('are valid: schema and semantics (parseScenario)', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const result = parseScenario(JSON.parse(JSON.stringify(s)));
        if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
      }),
      { ...params, numRuns: 200 },
    );
  });
});

describe('project() properties', () => {
  test('savings = baseline total − scenario total, per year', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const p = project(s);
        p.years.forEach((_, yi) => expect(p.savings.total[yi]).toBe((p.baseline.total[yi] as number) - (p.scenario.total[yi] as number)));
      }),
      params,
    );
  });

  test('totals are sums of rounded line cells; scenario total subtracts the rounded fixed savings', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const p = project(s);
        p.years.forEach((_, yi) => {
          expect(p.baseline.total[yi]).toBe(sum(p.lines.map((l) => l.baseline[yi] as number)));
          expect(p.scenario.total[yi]).toBe(sum(p.lines.map((l) => l.scenario[yi] as number)) - (p.scenario.fixed[yi] as number));
          for (const l of p.lines) {
            expect(Number.isInteger(l.baseline[yi])).toBe(true);
            expect(Number.isInteger(l.scenario[yi])).toBe(true);
          }
        });
      }),
      params,
    );
  });

  test('measure effects add up exactly to the savings (when some exact effect is not 0)', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const p = project(s);
        p.years.forEach((_, yi) => {
          const effects = p.measures.map((m) => m.effect[yi] as number);
          const exact = p.measures.map((m) => m.exact[yi] as number);
          for (const e of effects) expect(Number.isInteger(e)).toBe(true);
          if (exact.some((e) => e !== 0)) expect(sum(effects)).toBe(p.savings.total[yi]);
          else expect(effects.every((e) => e === 0)).toBe(true);
          // Each apportioned effect is its exact effect rounded down or up (or moved further
          // only when the remainder exceeds the number of measures).
          exact.forEach((x, k) => {
            if (x === 0) expect(effects[k]).toBe(0);
            else expect(Math.abs((effects[k] as number) - x)).toBeLessThan(1 + Math.abs(sum(exact) - (p.savings.total[yi] as number)));
          });
        });
      }),
      params,
    );
  });

  test('no enabled measures ⇒ zero savings and zero effects', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const off = { ...s, measures: (s.measures ?? []).map((m) => ({ ...m, enabled: false })) };
        const p = project(off);
        expect(p.measures).toEqual([]);
        expect(p.savings.total.every((x) => x === 0)).toBe(true);
        expect(p.savings.cumulative.every((x) => x === 0)).toBe(true);
        expect(p.scenario.total).toEqual(p.baseline.total);
        expect(p.lines.every((l) => l.scenario.every((x, yi) => x === l.baseline[yi]))).toBe(true);
      }),
      params,
    );
  });

  test('a cut of rate r on one amount line, no indexation or growth, saves round(r·amount) (±1 at a .5 tie)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.double({ min: -1, max: 1, noNaN: true }), (amount, r) => {
        const p = project(scenario([amountLine('a', amount)], [{ id: 'k', name: 'k', type: 'cut', lines: ['a'], rate: r }]));
        const expected = roundEuro(r * amount);
        const saved = p.savings.total[0] as number;
        const frac = Math.abs(r * amount) % 1;
        if (Math.abs(frac - 0.5) < 1e-6) expect(Math.abs(saved - expected)).toBeLessThanOrEqual(1);
        else expect(saved).toBe(expected);
        expect(p.measures[0]?.effect[0]).toBe(saved);
      }),
      { ...params, numRuns: 1000 },
    );
  });

  test('cumulative is the running sum of savings from the first year', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const p = project(s);
        let running = 0;
        p.years.forEach((_, yi) => {
          running += p.savings.total[yi] as number;
          expect(p.savings.cumulative[yi]).toBe(running);
        });
      }),
      params,
    );
  });

  test('breakdown rows add up to the totals (scenario: + fixed savings, which belong to no line); every line in one row', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const p = project(s);
        for (const rows of Object.values(p.breakdown)) {
          expect(rows.flatMap((r) => r.lineIds).sort()).toEqual(p.lines.map((l) => l.id).sort());
          p.years.forEach((_, yi) => {
            expect(sum(rows.map((r) => r.baseline[yi] as number))).toBe(p.baseline.total[yi]);
            expect(sum(rows.map((r) => r.scenario[yi] as number))).toBe((p.scenario.total[yi] as number) + (p.scenario.fixed[yi] as number));
          });
        }
      }),
      params,
    );
  });

  test('target: gap = target − savings, both null before the first target year', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const p = project(s);
        if (s.target === undefined) return expect(p.target).toBeUndefined();
        p.years.forEach((_, yi) => {
          const amount = p.target?.amount[yi];
          if (amount === null) expect(p.target?.gap[yi]).toBeNull();
          else expect(p.target?.gap[yi]).toBe((amount as number) - (p.savings.total[yi] as number));
        });
      }),
      params,
    );
  });

  test('strength factor 1 for every measure equals no options', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const ones = new Map((s.measures ?? []).map((m) => [m.id, 1]));
        expect(project(s, { strength: ones })).toEqual(project(s));
      }),
      params,
    );
  });

  test('the projection is deterministic and does not change the scenario', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const before = JSON.stringify(s);
        expect(project(s)).toEqual(project(s));
        expect(JSON.stringify(s)).toBe(before);
      }),
      { ...params, numRuns: 100 },
    );
  });

  test('explain() gives the projection’s figure for every cell', () => {
    fc.assert(
      fc.property(scenarioArb({ maxLines: 4, maxMeasures: 4, maxYears: 3 }), (s) => {
        const explainer = createExplainer(s);
        for (const ref of allCellRefs(explainer.projection)) {
          const explanation = explainer.explain(ref);
          expect(explanation.value).toBe(figureOf(explainer.projection, ref));
          expect(explanation.steps.at(-1)?.result).toBe(explanation.value);
        }
      }),
      { ...params, numRuns: 100 },
    );
  });
});
