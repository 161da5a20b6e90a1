import { project } from '../../../shared/engine/project';
import type { Line, Measure, Scenario } from '../../../shared/scenario/schema';
import { sensitivity, shiftAssumption, type TornadoRow } from '../../../shared/uncertainty/sensitivity';
import { allScenarios, example, scenarioOf } from './support';
import { render, type Text } from '../../../shared/i18n/text';

/** A label in Dutch and in English, to compare with what it says. */
const both = (label: Text): [string, string] => [render('nl', label), render('en', label)];

const byId = (rows: TornadoRow[], kind: TornadoRow['kind'], id: string): TornadoRow => {
  const row = rows.find((r) => r.kind === kind && r.id === id);
  if (!row) throw new Error(`no ${kind} row ${id}`);
  return row;
};

/** Two equal subsidy lines, each with its own cut of 10 %: one narrow range, one wide. */
function twoCuts(): Scenario {
  const lines: Line[] = [
    { id: 'a', name: 'A', kind: 'subsidy', amount: 1_000_000, wageShare: 0.5, volumeGrowth: 0.02 },
    { id: 'b', name: 'B', kind: 'subsidy', amount: 1_000_000, wageShare: 0.5, volumeGrowth: 0.02 },
  ];
  const measures: Measure[] = [
    { id: 'smal', name: 'Smalle marge', type: 'cut', lines: ['a'], rate: 0.1, uncertainty: { low: 0.9, high: 1.1 } },
    { id: 'breed', name: 'Brede marge', type: 'cut', lines: ['b'], rate: 0.1, uncertainty: { low: 0.5, high: 1.5 } },
  ];
  return scenarioOf(lines, measures, {
    baseYear: 2024,
    horizon: { from: 2025, to: 2028 },
    indexation: { wage: { '2025': 0.03, '2026': 0.025 }, price: { '2025': 0.02 } },
  });
}

describe('sensitivity (tornado)', () => {
  it('ranks a measure with a wide range above one with a narrow range', () => {
    const result = sensitivity(twoCuts());
    const measures = result.rows.filter((r) => r.kind === 'measure');
    expect(measures.map((r) => r.id)).toEqual(['breed', 'smal']);
    const wide = byId(result.rows, 'measure', 'breed');
    const narrow = byId(result.rows, 'measure', 'smal');
    expect(wide).toMatchObject({ change: 'factor', low: 0.5, high: 1.5 });
    expect(both(wide.label)).toEqual(['Brede marge', 'Brede marge']);
    expect(wide.swing).toBeGreaterThan(narrow.swing);
    // Same line cost and rate: the swing follows the width of the range, 1.0 against 0.2.
    expect(wide.swing / narrow.swing).toBeCloseTo(5, 3);
  });

  it('sorts every row by swing, largest first, and gives the swing as |high − low|', () => {
    for (const [, scenario] of allScenarios()) {
      const { rows } = sensitivity(scenario);
      for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.swing).toBeGreaterThanOrEqual(rows[i]!.swing);
      for (const row of rows) expect(row.swing).toBe(Math.abs(row.savingsAtHigh - row.savingsAtLow));
    }
  });

  it('has one row per enabled measure with a range, and the three assumptions', () => {
    const scenario = twoCuts();
    scenario.measures!.push(
      { id: 'zeker', name: 'Zeker', type: 'fixed', amounts: { '2028': 5000 } },
      { id: 'uit', name: 'Uit', type: 'fixed', amounts: { '2028': 5000 }, enabled: false, uncertainty: { low: 0, high: 2 } },
    );
    const { rows } = sensitivity(scenario);
    expect(rows.map((r) => `${r.kind}:${r.id}`).sort()).toEqual(
      ['assumption:growth', 'assumption:price', 'assumption:wage', 'measure:breed', 'measure:smal'].sort(),
    );
    expect(byId(rows, 'assumption', 'wage')).toMatchObject({ change: 'shift', low: -0.01, high: 0.01 });
    expect(both(byId(rows, 'assumption', 'wage').label)).toEqual(['Loonindexatie', 'Wage indexation']);
    expect(both(byId(rows, 'assumption', 'price').label)).toEqual(['Prijsindexatie', 'Price indexation']);
    expect(both(byId(rows, 'assumption', 'growth').label)).toEqual(['Autonome groei', 'Autonomous growth']);
  });

  it('computes each row as project() would with that one change', () => {
    const scenario = example();
    scenario.measures![0]!.uncertainty = { low: 0.5, high: 1.2 };
    scenario.measures![1]!.uncertainty = { low: 0.8, high: 1.4 };
    const result = sensitivity(scenario);
    const last = 3;
    expect(result.year).toBe(2023);
    expect(result.savings).toBe(973_949);
    const korting = byId(result.rows, 'measure', 'korting');
    expect(korting.savingsAtLow).toBe(project(scenario, { strength: new Map([['korting', 0.5]]) }).savings.total[last]);
    expect(korting.savingsAtHigh).toBe(project(scenario, { strength: new Map([['korting', 1.2]]) }).savings.total[last]);
    const wage = byId(result.rows, 'assumption', 'wage');
    expect(wage.savingsAtHigh).toBe(project(shiftAssumption(scenario, 'wage', 0.01)).savings.total[last]);
    expect(wage.savingsAtLow).toBe(project(shiftAssumption(scenario, 'wage', -0.01)).savings.total[last]);
  });

  it('moves savings the expected way: more indexation or growth makes a rate cut save more', () => {
    const { rows } = sensitivity(twoCuts());
    for (const id of ['wage', 'price', 'growth']) {
      const row = byId(rows, 'assumption', id);
      expect(row.savingsAtHigh).toBeGreaterThan(row.savingsAtLow);
    }
  });

  it('moves savings the expected way: more indexation makes an investment (negative rate) cost more', () => {
    const scenario = scenarioOf(
      [{ id: 'a', name: 'A', kind: 'collective', amount: 1_000_000, wageShare: 1 }],
      [{ id: 'extra', name: 'Investering', type: 'cut', lines: ['a'], rate: -0.1 }],
      { horizon: { from: 2025, to: 2027 } },
    );
    const { rows } = sensitivity(scenario);
    const wage = byId(rows, 'assumption', 'wage');
    expect(wage.savingsAtHigh).toBeLessThan(wage.savingsAtLow);
    // wageShare 1: the price index does not reach this line.
    expect(byId(rows, 'assumption', 'price').swing).toBe(0);
  });

  it('finds no effect of the assumptions on nominal savings (fixed amounts)', () => {
    const scenario = scenarioOf(
      [{ id: 'a', name: 'A', kind: 'other', amount: 1_000_000, wageShare: 0.5 }],
      [{ id: 'vast', name: 'Vast', type: 'fixed', amounts: { '2025': 40_000 }, continues: true, uncertainty: { low: 0.5, high: 1.5 } }],
      { horizon: { from: 2025, to: 2027 } },
    );
    const { rows } = sensitivity(scenario);
    expect(rows[0]).toMatchObject({ id: 'vast', kind: 'measure', savingsAtLow: 20_000, savingsAtHigh: 60_000, swing: 40_000 });
    for (const id of ['wage', 'price', 'growth']) expect(byId(rows, 'assumption', id).swing).toBe(0);
  });

  it('shifts an assumption on a copy, in every year, and keeps it valid', () => {
    const scenario = example();
    const before = structuredClone(scenario);
    const wage = shiftAssumption(scenario, 'wage', 0.01);
    expect(scenario).toEqual(before);
    expect(wage.indexation?.wage).toEqual({ '2021': 0.03, '2022': 0.0213, '2023': 0.01 });
    expect(wage.indexation?.price).toEqual(scenario.indexation?.price);
    const price = shiftAssumption(scenario, 'price', -0.01);
    expect(price.indexation?.price).toEqual({ '2021': 0, '2022': -0.01, '2023': -0.01 });
    const growth = shiftAssumption(scenario, 'growth', 0.01);
    expect(growth.lines.map((l) => l.volumeGrowth)).toEqual([0.01, 0.01, 0.03, 0.01]);
    const floor = shiftAssumption({ ...scenario, lines: scenario.lines.map((l) => ({ ...l, volumeGrowth: -1 })) }, 'growth', -0.01);
    expect(floor.lines.every((l) => l.volumeGrowth === -1)).toBe(true);
  });

  it('takes another year and another shift when asked, and refuses a year outside the horizon', () => {
    const scenario = twoCuts();
    const result = sensitivity(scenario, { year: 2026, assumptionShift: 0.02 });
    expect(result.year).toBe(2026);
    expect(result.assumptionShift).toBe(0.02);
    expect(result.savings).toBe(project(scenario).savings.total[1]);
    expect(byId(result.rows, 'assumption', 'growth')).toMatchObject({ low: -0.02, high: 0.02 });
    expect(() => sensitivity(scenario, { year: 2030 })).toThrow(RangeError);
  });
});
