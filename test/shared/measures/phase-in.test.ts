// A phase-in is the share of the measure in force, not its rate (#24 item 2). Each type with a
// phase-in says what it does per year — the figures equal what project() computes for that year —
// and a phase-in that looks like rates (5 / 12 / 20 on a 20% cut) is recognised by one rule, with
// what was probably meant (25 / 60 / 100), which then saves the full 20%.
import fc from 'fast-check';
import { compile } from '../../../shared/engine/model';
import { project, roundEuro } from '../../../shared/engine/project';
import { render } from '../../../shared/i18n/text';
import { MEASURE_TYPES, kindOf, kindOfType } from '../../../shared/measures/registry';
import { ratesAsShares } from '../../../shared/measures/targeted';
import type { CutMeasure, Measure, Scenario, UnitCostChangeMeasure, VolumeChangeMeasure, YearTable } from '../../../shared/scenario/schema';
import { amountLine, scenario, scenarioArb, volumeLine } from '../engine/support';

const pct = (...values: number[]) => values.map((v) => v / 100);
/** A phase-in from 2021 on: one value per year, as typed in per cents. */
const phaseIn = (...values: number[]): YearTable => Object.fromEntries(values.map((v, i) => [String(2021 + i), v / 100]));

const cut = (rate: number, table?: YearTable): CutMeasure => ({ id: 'k', name: 'Korting', type: 'cut', lines: ['a'], rate, ...(table ? { phaseIn: table } : {}) });

describe('the rule: a phase-in that looks like the rate per year', () => {
  it('warns on 5 / 12 / 20 for a 20% cut, and means 25 / 60 / 100', () => {
    const found = kindOf(cut(0.2, phaseIn(5, 12, 20))).phaseIn!.ratesAsShares(cut(0.2, phaseIn(5, 12, 20)));
    expect(found).toEqual({ entered: pct(5, 12, 20), meant: pct(25, 60, 100), phaseIn: phaseIn(25, 60, 100) });
  });

  it.each([
    ['25 / 60 / 100', phaseIn(25, 60, 100)],
    ['20 / 50 / 100', phaseIn(20, 50, 100)],
    ['0 / 100 (the sample’s postponed cut)', phaseIn(0, 100)],
    ['5 / 12 / 19 (ends below the rate: cannot be told apart)', phaseIn(5, 12, 19)],
    ['10 / 30 (ends above the rate)', phaseIn(10, 30)],
    ['all 0 (not in force)', phaseIn(0, 0)],
    ['none', undefined],
  ])('does not warn on %s for a 20% cut', (_name, table) => {
    expect(ratesAsShares(table, 0.2)).toBeNull();
  });

  it('warns when the one value listed is the rate (20% of a 20% cut), and a 0 before it stays 0', () => {
    expect(ratesAsShares(phaseIn(20), 0.2)?.meant).toEqual([1]);
    expect(ratesAsShares(phaseIn(0, 10, 20), 0.2)?.phaseIn).toEqual(phaseIn(0, 50, 100));
  });

  it('compares with the size of the rate: a −5% volume change with 1 / 3 / 5, a 12,5% cut with 5 / 12,5', () => {
    expect(ratesAsShares(phaseIn(1, 3, 5), -0.05)?.meant).toEqual(pct(20, 60, 100));
    expect(ratesAsShares(phaseIn(5, 12.5), 0.125)?.meant).toEqual(pct(40, 100));
  });

  it('never for a cut by amount, a 100% or 0% rate', () => {
    const byAmount: CutMeasure = { id: 'k', name: 'K', type: 'cut', lines: ['a'], amount: 20, phaseIn: phaseIn(5, 12, 20) };
    expect(kindOf(byAmount).phaseIn!.ratesAsShares(byAmount)).toBeNull();
    expect(ratesAsShares(phaseIn(50, 100), 1)).toBeNull();
    expect(ratesAsShares(phaseIn(0, 0), 0)).toBeNull();
  });

  it('every type with a phase-in applies it; shift and fixed have none', () => {
    const v: VolumeChangeMeasure = { id: 'v', name: 'V', type: 'volumeChange', lines: ['a'], rate: -0.05, phaseIn: phaseIn(1, 3, 5) };
    const u: UnitCostChangeMeasure = { id: 'u', name: 'U', type: 'unitCostChange', lines: ['a'], rate: 0.1, phaseIn: phaseIn(10) };
    expect(kindOf(v).phaseIn!.ratesAsShares(v)?.meant).toEqual(pct(20, 60, 100));
    expect(kindOf(u).phaseIn!.ratesAsShares(u)?.meant).toEqual([1]);
    expect(MEASURE_TYPES.filter((t) => kindOfType(t).phaseIn === null)).toEqual(['shift', 'fixed']);
  });

  it('what it means saves the full rate from the year the phase-in reaches 100% (the Leidschendam-Voorburg case)', () => {
    const lines = [amountLine('a', 10_340_000)];
    const typed = cut(0.2, phaseIn(5, 12, 20));
    const s = scenario(lines, [typed], { baseYear: 2021, horizon: { from: 2021, to: 2023 } });
    expect(project(s).savings.total).toEqual([103_400, 248_160, 413_600]);
    const meant = kindOf(typed).phaseIn!.ratesAsShares(typed)!.phaseIn;
    const fixed = scenario(lines, [{ ...typed, phaseIn: meant }], { baseYear: 2021, horizon: { from: 2021, to: 2023 } });
    expect(project(fixed).savings.total).toEqual([517_000, 1_240_800, 2_068_000]);
  });
});

/** The effects of the scenario's one measure over the horizon, and the engine's savings per year. */
function effectsAndSavings(s: Scenario) {
  const m = s.measures![0]!;
  const effects = kindOf(m).phaseIn!.effects(m, s.horizon.from, s.horizon.to - s.horizon.from + 1);
  const p = project(s);
  return { effects, p };
}

// Horizon 2020–2025, a phase-in listed from 2021: 2020 is before it (0), 2024–2025 carry 2023's value.
const HORIZON = { baseYear: 2020, horizon: { from: 2020, to: 2025 } };
const TABLE: YearTable = { '2021': 0.25, '2022': 0.6, '2023': 1 };

describe('the strength in force per year, as project() computes it', () => {
  it('a cut by rate: rate × phase of the cost, an empty year carrying the last listed value forward', () => {
    const s = scenario([amountLine('a', 1_000_000)], [cut(0.2, { '2021': 0.25, '2023': 0.6 })], HORIZON);
    const { effects, p } = effectsAndSavings(s);
    expect(effects.map((e) => e.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(effects.map((e) => e.phase)).toEqual([0, 0.25, 0.25, 0.6, 0.6, 0.6]);
    expect(effects.map((e) => roundEuro(p.baseline.total[e.year - 2020]! * e.value))).toEqual(p.savings.total);
    expect(p.savings.total).toEqual([0, 50_000, 50_000, 120_000, 120_000, 120_000]);
    expect(effects.map((e) => render('nl', e.text))).toEqual(['0% korting', '5% korting', '5% korting', '12% korting', '12% korting', '12% korting']);
    expect(render('en', effects[1]!.text)).toBe('5% cut');
  });

  it('a negative cut rate is an increase', () => {
    const s = scenario([amountLine('a', 1_000_000)], [cut(-0.1, TABLE)], HORIZON);
    const { effects, p } = effectsAndSavings(s);
    expect(effects.map((e) => roundEuro(p.baseline.total[e.year - 2020]! * e.value))).toEqual(p.savings.total);
    expect(render('nl', effects[1]!.text)).toBe('2,5% verhoging');
    expect(render('en', effects[3]!.text)).toBe('10% increase');
  });

  it('a cut by amount: amount × phase in euros', () => {
    const m: CutMeasure = { id: 'k', name: 'K', type: 'cut', lines: ['a'], amount: 250_000, phaseIn: TABLE };
    const { effects, p } = effectsAndSavings(scenario([amountLine('a', 1_000_000)], [m], HORIZON));
    expect(effects.map((e) => e.value)).toEqual(p.savings.total);
    expect(p.savings.total).toEqual([0, 62_500, 150_000, 250_000, 250_000, 250_000]);
    expect(render('nl', effects[3]!.text)).toBe('€\u00a0250.000');
    expect(render('en', effects[1]!.text)).toBe('€62,500');
  });

  it('a volume change: the volume × (1 + rate × phase)', () => {
    const m: VolumeChangeMeasure = { id: 'v', name: 'V', type: 'volumeChange', lines: ['a'], rate: -0.1, phaseIn: TABLE };
    const { effects, p } = effectsAndSavings(scenario([volumeLine('a', 400, 2500)], [m], HORIZON));
    expect(effects.map((e) => roundEuro(-p.baseline.total[e.year - 2020]! * e.value))).toEqual(p.savings.total);
    expect(p.savings.total).toEqual([0, 25_000, 60_000, 100_000, 100_000, 100_000]);
    expect(render('nl', effects[1]!.text)).toBe('−2,5% volume');
    expect(render('en', effects[0]!.text)).toBe('0% volume');
  });

  it('a tariff change: the cost per client × (1 + rate × phase)', () => {
    const m: UnitCostChangeMeasure = { id: 'u', name: 'U', type: 'unitCostChange', lines: ['a'], rate: 0.04, phaseIn: TABLE };
    const { effects, p } = effectsAndSavings(scenario([volumeLine('a', 400, 2500)], [m], HORIZON));
    expect(effects.map((e) => roundEuro(-p.baseline.total[e.year - 2020]! * e.value))).toEqual(p.savings.total);
    expect(p.savings.total).toEqual([0, -10_000, -24_000, -40_000, -40_000, -40_000]);
    expect(render('nl', effects[2]!.text)).toBe('+2,4% tarief');
    expect(render('en', effects[3]!.text)).toBe('+4% tariff');
  });

  it('without a phase-in: the whole measure every year', () => {
    const s = scenario([amountLine('a', 1_000_000)], [cut(0.2)], HORIZON);
    const { effects, p } = effectsAndSavings(s);
    expect(effects.every((e) => e.phase === 1 && e.value === 0.2)).toBe(true);
    expect(p.savings.total.every((v) => v === 200_000)).toBe(true);
    expect(render('nl', kindOf(s.measures![0]!).phaseIn!.whole(s.measures![0]!).text)).toBe('20% korting');
  });

  it('in any valid scenario, each year’s strength in force is the compiled measure’s strength × its phase', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const model = compile(s);
        const from = s.horizon.from;
        const count = s.horizon.to - from + 1;
        for (const compiled of model.measures) {
          const m = compiled.source as Measure;
          const part = kindOf(m).phaseIn;
          if (part === null) continue;
          const effects = part.effects(m, from, count);
          const strength = m.type === 'cut' && m.amount !== undefined ? compiled.amount : compiled.rate;
          expect(effects.map((e) => e.phase)).toEqual(Array.from(compiled.phase));
          expect(effects.map((e) => e.value)).toEqual(Array.from(compiled.phase, (phase) => strength * phase));
        }
      }),
      { numRuns: 150 },
    );
  });
});
