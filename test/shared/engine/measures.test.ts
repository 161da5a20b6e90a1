// Each measure type on small cases computed by hand, and the readings of the spec that a
// reader could take another way (each pinned here, and listed in the engine's report).
import { projectSavings } from '../../../shared/engine/fast-savings';
import { project, ProjectionInputError } from '../../../shared/engine/project';
import type { Measure } from '../../../shared/scenario/schema';
import { amountLine, scenario, volumeLine } from './support';

const lineOf = (p: ReturnType<typeof project>, id: string) => p.lines.find((l) => l.id === id);
const effects = (p: ReturnType<typeof project>) => Object.fromEntries(p.measures.map((m) => [m.id, m.effect]));

describe('cut', () => {
  test('by amount: shared across the targeted lines in proportion to their cost', () => {
    const p = project(
      scenario([amountLine('a', 300_000), amountLine('b', 100_000), amountLine('c', 50_000)], [
        { id: 'k', name: 'k', type: 'cut', lines: ['a', 'b'], amount: 40_000 },
      ]),
    );
    expect(lineOf(p, 'a')?.scenario).toEqual([270_000]);
    expect(lineOf(p, 'b')?.scenario).toEqual([90_000]);
    expect(lineOf(p, 'c')?.scenario).toEqual([50_000]);
    expect(p.savings.total).toEqual([40_000]);
    expect(effects(p)).toEqual({ k: [40_000] });
  });

  test('by amount larger than the lines’ cost: they lose their cost, no more', () => {
    const p = project(
      scenario([amountLine('a', 30_000), volumeLine('b', 10, 1_000)], [
        { id: 'k', name: 'k', type: 'cut', lines: ['a', 'b'], amount: 100_000 },
      ]),
    );
    expect(lineOf(p, 'a')?.scenario).toEqual([0]);
    expect(lineOf(p, 'b')?.scenario).toEqual([0]);
    expect(p.savings.total).toEqual([40_000]);
  });

  test('by amount: nominal (not indexed), times the phase-in', () => {
    const p = project(
      scenario(
        [amountLine('a', 100_000, { wageShare: 1 })],
        [{ id: 'k', name: 'k', type: 'cut', lines: ['a'], amount: 10_000, phaseIn: { '2021': 0.5, '2022': 1 } }],
        { indexation: { wage: { '2021': 0.1, '2022': 0.1 } } },
        3,
      ),
    );
    expect(lineOf(p, 'a')?.baseline).toEqual([100_000, 110_000, 121_000]);
    expect(p.savings.total).toEqual([0, 5_000, 10_000]);
  });

  test('a rate scales unitCost on a volume line, not the volume (a later shift moves the full volume)', () => {
    // 100 × 1 000 cut 10 %: 100 × 900. Half shifts to a line at 500 each: 50 × 900 + 50 × 500.
    // Had the cut scaled the volume (90 × 1 000), 45 would move: 45 000 + 22 500.
    const p = project(
      scenario([volumeLine('from', 100, 1_000), volumeLine('to', 0, 500)], [
        { id: 'k', name: 'k', type: 'cut', lines: ['from'], rate: 0.1 },
        { id: 's', name: 's', type: 'shift', from: 'from', to: 'to', share: { '2020': 0.5 } },
      ]),
    );
    expect(lineOf(p, 'from')?.scenario).toEqual([45_000]);
    expect(lineOf(p, 'to')?.scenario).toEqual([25_000]);
    expect(effects(p)).toEqual({ k: [10_000], s: [20_000] });
  });

  test('a negative rate is an increase (an investment): negative savings', () => {
    const p = project(scenario([amountLine('a', 100_000)], [{ id: 'k', name: 'k', type: 'cut', lines: ['a'], rate: -0.1 }]));
    expect(lineOf(p, 'a')?.scenario).toEqual([110_000]);
    expect(p.savings.total).toEqual([-10_000]);
    expect(effects(p)).toEqual({ k: [-10_000] });
  });

  test('rate × phase-in: step reading, 0 before the first listed year, last value continues', () => {
    const p = project(
      scenario([amountLine('a', 100_000)], [{ id: 'k', name: 'k', type: 'cut', lines: ['a'], rate: 0.2, phaseIn: { '2021': 0.5, '2023': 1 } }], {}, 5),
    );
    expect(lineOf(p, 'a')?.scenario).toEqual([100_000, 90_000, 90_000, 80_000, 80_000]);
  });

  test('targeting a group: every line of the group, each once even when also listed by id', () => {
    const p = project(
      scenario(
        [amountLine('a', 100_000, { group: 'G' }), volumeLine('b', 10, 1_000, { group: 'G' }), amountLine('c', 100_000, { group: 'H' })],
        [{ id: 'k', name: 'k', type: 'cut', groups: ['G'], lines: ['a'], rate: 0.1 }],
      ),
    );
    expect(lineOf(p, 'a')?.scenario).toEqual([90_000]);
    expect(lineOf(p, 'b')?.scenario).toEqual([9_000]);
    expect(lineOf(p, 'c')?.scenario).toEqual([100_000]);
    expect(p.savings.total).toEqual([11_000]);
  });
});

describe('volumeChange and unitCostChange', () => {
  test('volumeChange: volume × (1 + rate·phase)', () => {
    const p = project(
      scenario([volumeLine('v', 200, 50)], [{ id: 'm', name: 'm', type: 'volumeChange', lines: ['v'], rate: -0.25, phaseIn: { '2021': 0.5 } }], {}, 2),
    );
    // 2020: before the first phase-in year → 0. 2021: 200 × (1 − 0.125) = 175 → 8 750.
    expect(lineOf(p, 'v')?.scenario).toEqual([10_000, 8_750]);
    expect(p.savings.total).toEqual([0, 1_250]);
  });

  test('volumeChange on a group of volume lines', () => {
    const p = project(
      scenario([volumeLine('v', 100, 10, { group: 'G' }), volumeLine('w', 50, 20, { group: 'G' })], [
        { id: 'm', name: 'm', type: 'volumeChange', groups: ['G'], rate: 0.1 },
      ]),
    );
    expect(p.lines.map((l) => l.scenario[0])).toEqual([1_100, 1_100]);
    expect(p.savings.total).toEqual([-200]);
  });

  test('unitCostChange: unitCost × (1 + rate·phase)', () => {
    const p = project(scenario([volumeLine('v', 100, 80)], [{ id: 'm', name: 'm', type: 'unitCostChange', lines: ['v'], rate: 0.1 }]));
    expect(lineOf(p, 'v')?.scenario).toEqual([8_800]);
    expect(p.savings.total).toEqual([-800]);
  });

  test('rate −1 takes the volume to 0', () => {
    const p = project(scenario([volumeLine('v', 100, 80)], [{ id: 'm', name: 'm', type: 'volumeChange', lines: ['v'], rate: -1 }]));
    expect(lineOf(p, 'v')?.scenario).toEqual([0]);
  });
});

describe('shift', () => {
  test('with a ratio: moved = volume(from)·share; to += moved·ratio; each keeps its unit cost', () => {
    const p = project(
      scenario([volumeLine('from', 100, 1_000), volumeLine('to', 10, 200)], [
        { id: 's', name: 's', type: 'shift', from: 'from', to: 'to', share: { '2020': 0.3 }, ratio: 2 },
      ]),
    );
    expect(lineOf(p, 'from')?.scenario).toEqual([70_000]);
    expect(lineOf(p, 'to')?.scenario).toEqual([14_000]); // (10 + 30 × 2) × 200
    expect(p.savings.total).toEqual([18_000]);
  });

  test('share is a step table; before its first year nothing moves', () => {
    const p = project(
      scenario([volumeLine('from', 100, 100), volumeLine('to', 0, 50)], [
        { id: 's', name: 's', type: 'shift', from: 'from', to: 'to', share: { '2021': 0.1, '2023': 0.2 } },
      ], {}, 4),
    );
    expect(p.savings.total).toEqual([0, 500, 500, 1_000]);
  });

  test('the share works on the volume left by the measures before it', () => {
    const p = project(
      scenario([volumeLine('from', 100, 100), volumeLine('to', 0, 50)], [
        { id: 'v', name: 'v', type: 'volumeChange', lines: ['from'], rate: -0.5 },
        { id: 's', name: 's', type: 'shift', from: 'from', to: 'to', share: { '2020': 0.5 } },
      ]),
    );
    // 50 left, 25 move: 25 × 100 + 25 × 50.
    expect(p.lines.map((l) => l.scenario[0])).toEqual([2_500, 1_250]);
    expect(effects(p)).toEqual({ v: [5_000], s: [1_250] });
  });
});

describe('fixed', () => {
  const amounts = { '2021': 1_000.4, '2023': 500 };
  test('without continues: only the listed years count', () => {
    const p = project(scenario([amountLine('a', 10_000)], [{ id: 'f', name: 'f', type: 'fixed', amounts }], {}, 5));
    expect(p.scenario.fixed).toEqual([0, 1_000, 0, 500, 0]);
    expect(p.scenario.total).toEqual([10_000, 9_000, 10_000, 9_500, 10_000]);
    expect(p.savings.total).toEqual([0, 1_000, 0, 500, 0]);
    expect(effects(p)).toEqual({ f: [0, 1_000, 0, 500, 0] });
  });

  test('with continues: step reading (the last amount continues; 0 before the first)', () => {
    const p = project(scenario([amountLine('a', 10_000)], [{ id: 'f', name: 'f', type: 'fixed', amounts, continues: true }], {}, 5));
    expect(p.scenario.fixed).toEqual([0, 1_000, 1_000, 500, 500]);
  });

  test('a negative amount is a cost', () => {
    const p = project(scenario([amountLine('a', 10_000)], [{ id: 'f', name: 'f', type: 'fixed', amounts: { '2020': -38_000 } }]));
    expect(p.scenario.total).toEqual([48_000]);
    expect(p.savings.total).toEqual([-38_000]);
  });

  test('the fixed savings of a year are summed, then rounded; the effects are apportioned over them', () => {
    const p = project(
      scenario([amountLine('a', 10_000)], [
        { id: 'f1', name: 'f1', type: 'fixed', amounts: { '2020': 0.4 } },
        { id: 'f2', name: 'f2', type: 'fixed', amounts: { '2020': 0.4 } },
      ]),
    );
    expect(p.scenario.fixed).toEqual([1]); // round(0.8), not round(0.4) + round(0.4)
    expect(p.savings.total).toEqual([1]);
    expect(effects(p)).toEqual({ f1: [1], f2: [0] }); // tie on the fractional part: file order
  });
});

describe('measures in general', () => {
  test('a disabled measure has no effect and is not listed', () => {
    const p = project(
      scenario([amountLine('a', 100_000)], [
        { id: 'off', name: 'off', type: 'cut', lines: ['a'], rate: 0.5, enabled: false },
        { id: 'on', name: 'on', type: 'cut', lines: ['a'], rate: 0.1 },
      ]),
    );
    expect(p.measures.map((m) => m.id)).toEqual(['on']);
    expect(p.savings.total).toEqual([10_000]);
  });

  test('order matters: each measure works on the state the ones before it left', () => {
    const cutAmount: Measure = { id: 'amount', name: 'amount', type: 'cut', lines: ['a'], amount: 10_000 };
    const cutRate: Measure = { id: 'rate', name: 'rate', type: 'cut', lines: ['a'], rate: 0.5 };
    const first = project(scenario([amountLine('a', 100_000)], [cutAmount, cutRate]));
    const second = project(scenario([amountLine('a', 100_000)], [cutRate, cutAmount]));
    expect(effects(first)).toEqual({ amount: [10_000], rate: [45_000] });
    expect(first.savings.total).toEqual([55_000]);
    expect(effects(second)).toEqual({ rate: [50_000], amount: [10_000] });
    expect(second.savings.total).toEqual([60_000]);
  });

  test('a measure with nothing in force in a year has an effect of exactly 0 and gets no euro', () => {
    const p = project(
      scenario([amountLine('a', 100_000.5), amountLine('b', 0.5)], [
        { id: 'later', name: 'later', type: 'cut', lines: ['a'], rate: 0.5, phaseIn: { '2021': 1 } },
        { id: 'now', name: 'now', type: 'cut', lines: ['b'], rate: 0.2 },
      ], {}, 2),
    );
    expect(p.measures[0]?.exact[0]).toBe(0);
    expect(p.measures[0]?.effect[0]).toBe(0);
  });

  test('invalid references are refused, not guessed (validation reports them first)', () => {
    const lines = [amountLine('a', 1), volumeLine('v', 1, 1)];
    expect(() => project(scenario(lines, [{ id: 'k', name: 'k', type: 'cut', lines: ['nope'], rate: 0.1 }]))).toThrow(ProjectionInputError);
    expect(() => project(scenario(lines, [{ id: 'k', name: 'k', type: 'cut', groups: ['nope'], rate: 0.1 }]))).toThrow(ProjectionInputError);
    expect(() => project(scenario(lines, [{ id: 'k', name: 'k', type: 'volumeChange', lines: ['a'], rate: 0.1 }]))).toThrow(/not a volume line/);
    expect(() => project(scenario(lines, [{ id: 's', name: 's', type: 'shift', from: 'v', to: 'v', share: { '2020': 1 } }]))).toThrow(/two different volume lines/);
    expect(() => project({ ...scenario(lines), horizon: { from: 2019, to: 2020 } })).toThrow(/horizon/);
  });
});

describe('baseline: index and growth', () => {
  test('indexation is not a step: an unlisted year is 0, the index keeps what earlier years added', () => {
    const p = project(scenario([amountLine('a', 1_000, { wageShare: 1 })], [], { indexation: { wage: { '2021': 0.1 } } }, 4));
    expect(lineOf(p, 'a')?.baseline).toEqual([1_000, 1_100, 1_100, 1_100]);
  });

  test('index = ∏ (1 + wageShare·wage + (1 − wageShare)·price) from baseYear + 1; years before are ignored', () => {
    const p = project(
      scenario([amountLine('a', 100_000, { wageShare: 0.25 })], [], {
        indexation: { wage: { '2019': 5, '2021': 0.04 }, price: { '2021': 0.02, '2022': -0.01 } },
      }, 3),
    );
    // 2021: 1 + 0.25·0.04 + 0.75·0.02 = 1.025; 2022: × (1 + 0 − 0.0075) = 1.0173125
    expect(lineOf(p, 'a')?.baseline).toEqual([100_000, 102_500, 101_731]);
  });

  test('growth (1 + volumeGrowth)^t, on the amount of an amount line and the volume of a volume line', () => {
    const p = project(scenario([amountLine('a', 1_000, { volumeGrowth: 0.1 }), volumeLine('v', 100, 10, { volumeGrowth: -0.5 })], [], {}, 3));
    expect(lineOf(p, 'a')?.baseline).toEqual([1_000, 1_100, 1_210]);
    expect(lineOf(p, 'v')?.baseline).toEqual([1_000, 500, 250]);
  });

  test('a horizon starting after the base year: t and the index count from the base year', () => {
    const p = project({
      ...scenario([amountLine('a', 1_000, { volumeGrowth: 0.1, wageShare: 1 })], [], { indexation: { wage: { '2021': 0.1 } } }),
      horizon: { from: 2022, to: 2022 },
    });
    expect(p.years).toEqual([2022]);
    expect(lineOf(p, 'a')?.baseline).toEqual([1_331]); // 1 000 × 1.1² × 1.1
  });
});

describe('rounding and target', () => {
  test('per-line cells rounded half away from zero; totals are sums of rounded cells', () => {
    const p = project(scenario([amountLine('a', 0.5), amountLine('b', 0.5), amountLine('c', 2.4)]));
    expect(p.lines.map((l) => l.baseline[0])).toEqual([1, 1, 2]);
    expect(p.baseline.total).toEqual([4]); // not round(3.4) = 3
  });

  test('all exact effects 0 but the rounded cells differ: the effects stay 0 (spec: "a measure whose exact effect is 0 stays 0")', () => {
    // A: 3 × 0.5 = 1.5 → 2; B: 1 × 0.5 = 0.5 → 1. Shift 1/3 of A: A 2 × 0.5 = 1, B 2 × 0.5 = 1.
    // The exact effect is 0.5 − 0.5 = 0, but the rounded totals give savings 3 − 2 = 1.
    const p = project(
      scenario([volumeLine('a', 3, 0.5), volumeLine('b', 1, 0.5)], [
        { id: 's', name: 's', type: 'shift', from: 'a', to: 'b', share: { '2020': 1 / 3 } },
      ]),
    );
    expect(p.measures[0]?.exact).toEqual([0]);
    expect(p.savings.total).toEqual([1]);
    expect(p.measures[0]?.effect).toEqual([0]);
  });

  test('target: step reading, null before its first year; gap = target − savings; cents rounded', () => {
    const p = project(
      scenario([amountLine('a', 100_000)], [{ id: 'k', name: 'k', type: 'cut', lines: ['a'], rate: 0.1 }], { target: { '2021': 12_000.5, '2023': 5_000 } }, 4),
    );
    expect(p.target).toEqual({ amount: [null, 12_001, 12_001, 5_000], gap: [null, 2_001, 2_001, -5_000], met: [null, false, false, true], structuralGap: [null, 2_001, 2_001, -5_000] });
  });

  test('an empty target table is still a target: every year null', () => {
    const p = project(scenario([amountLine('a', 1)], [], { target: {} }, 2));
    expect(p.target).toEqual({ amount: [null, null], gap: [null, null], met: [null, null], structuralGap: [null, null] });
  });

  test('no target: no target field', () => {
    expect(project(scenario([amountLine('a', 1)])).target).toBeUndefined();
  });

  test('no −0 anywhere', () => {
    const p = project(scenario([amountLine('a', 0.4)], [{ id: 'k', name: 'k', type: 'cut', lines: ['a'], rate: -0.1 }]));
    for (const x of [...p.lines[0]!.baseline, ...p.lines[0]!.scenario, ...p.savings.total, ...p.measures[0]!.effect]) {
      expect(Object.is(x, -0)).toBe(false);
    }
  });
});

describe('strength (options.strength)', () => {
  const lines = [amountLine('a', 100_000), volumeLine('v', 100, 100), volumeLine('w', 0, 100)];
  const run = (measure: Measure, factor: number) =>
    project(scenario(lines, [measure]), { strength: new Map([[measure.id, factor]]) });

  test('multiplies a cut rate, clamped to at most 1', () => {
    expect(run({ id: 'k', name: 'k', type: 'cut', lines: ['a'], rate: 0.2 }, 1.5).savings.total).toEqual([30_000]);
    expect(run({ id: 'k', name: 'k', type: 'cut', lines: ['a'], rate: 0.6 }, 2).savings.total).toEqual([100_000]);
  });

  test('a negative cut rate is clamped to at least −1 (its valid range is [−1, 1])', () => {
    expect(run({ id: 'k', name: 'k', type: 'cut', lines: ['a'], rate: -0.8 }, 1.5).savings.total).toEqual([-100_000]);
  });

  test('multiplies a cut amount', () => {
    expect(run({ id: 'k', name: 'k', type: 'cut', lines: ['a'], amount: 10_000 }, 0.5).savings.total).toEqual([5_000]);
  });

  test('multiplies a change rate, clamped to at least −1', () => {
    expect(run({ id: 'm', name: 'm', type: 'volumeChange', lines: ['v'], rate: -0.2 }, 2).savings.total).toEqual([4_000]);
    expect(run({ id: 'm', name: 'm', type: 'unitCostChange', lines: ['v'], rate: -0.6 }, 2).savings.total).toEqual([10_000]);
  });

  test('multiplies a shift share, clamped to at most 1 (ratio untouched)', () => {
    const shift: Measure = { id: 's', name: 's', type: 'shift', from: 'v', to: 'w', share: { '2020': 0.8 }, ratio: 0.5 };
    expect(run(shift, 2).lines.map((l) => l.scenario[0])).toEqual([100_000, 0, 5_000]);
  });

  test('multiplies fixed amounts (no range)', () => {
    expect(run({ id: 'f', name: 'f', type: 'fixed', amounts: { '2020': -1_000 } }, 3).savings.total).toEqual([-3_000]);
  });

  test('a factor that is not a finite number is refused', () => {
    expect(() => run({ id: 'k', name: 'k', type: 'cut', lines: ['a'], rate: 0.2 }, Number.NaN)).toThrow(RangeError);
  });

  test('factor 1 and ids not in the map leave the projection as without options', () => {
    const s = scenario(lines, [{ id: 'k', name: 'k', type: 'cut', lines: ['a'], rate: 0.2 }]);
    expect(project(s, { strength: new Map([['k', 1], ['other', 5]]) })).toEqual(project(s));
  });
});

// Issue #23: a scenario that skipped validation with figures beyond exact whole euros made
// apportion loop forever; the engine now stops with a clear error.
describe('figures the engine cannot hold exactly', () => {
  const huge = (): Measure[] => [{ id: 'k', name: 'k', type: 'cut', lines: ['a', 'b'], rate: 0.1 }];
  test.each([
    ['an amount of 1e22', [amountLine('a', 1e22), amountLine('b', 0.5)]],
    ['a volume of 1e308 that growth takes to Infinity', [volumeLine('a', 1e308, 1, { volumeGrowth: 1 }), amountLine('b', 1)]],
    ['a volume of Infinity times a unit cost of 0 (NaN)', [volumeLine('a', Infinity, 0), amountLine('b', 1)]],
  ])('%s: project() and projectSavings() throw ProjectionInputError', (_, lines) => {
    const s = scenario(lines, huge(), {}, 3);
    expect(() => project(s)).toThrow(ProjectionInputError);
    expect(() => project(s)).toThrow(/Limits/);
    expect(() => projectSavings(s)).toThrow(ProjectionInputError);
  });
});
