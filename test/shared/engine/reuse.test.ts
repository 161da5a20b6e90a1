// project() keeps what depends on the lines alone (the compiled lines, the baseline cells and
// totals, the breakdowns' baseline rows) and each compiled measure, for scenarios that immer has
// frozen, and reuses them while those parts stay the same objects: an edit of one measure then
// compiles and rounds only what it changed (model.ts, project.ts). Whatever is reused, the
// figures must be those of a projection computed afresh.
import fc from 'fast-check';
import { produce } from 'immer';
import { compile } from '../../../shared/engine/model';
import { project } from '../../../shared/engine/project';
import type { Measure, Scenario } from '../../../shared/scenario/schema';
import { amountLine, scenario, scenarioArb, volumeLine } from './support';

const params = { numRuns: 150, seed: 20261126 };

/** The same scenario as plain, unfrozen data: the engine keeps nothing of it. */
const afresh = (s: Scenario) => project(JSON.parse(JSON.stringify(s)) as Scenario);

/** immer freezes what it produces (deeply), as the app's store does with every scenario. */
const frozen = (s: Scenario): Scenario => produce(s, () => undefined);

/** A measure's strength times `f`: its rate, amount, share or fixed amounts. */
function strengthen(m: Measure, f: number): void {
  const times = (table: Record<string, number>) => {
    for (const year of Object.keys(table)) table[year] = (table[year] as number) * f;
  };
  if (m.type === 'shift') times(m.share);
  else if (m.type === 'fixed') times(m.amounts);
  else if (m.type === 'cut' && m.rate === undefined) m.amount = (m.amount ?? 0) * f;
  else m.rate = (m.rate ?? 0) * f;
}

type Edit = (d: Scenario, k: number) => void;

/** Edits that leave the lines, indexation and horizon as they were: the line part is reused. */
const measureEdits: Record<string, Edit> = {
  strength: (d, k) => {
    const m = d.measures?.[k % d.measures.length];
    if (m) strengthen(m, 0.5);
  },
  switchOff: (d, k) => {
    const m = d.measures?.[k % d.measures.length];
    if (m) m.enabled = m.enabled === false;
  },
  moveToFront: (d, k) => {
    const list = d.measures;
    if (!list || list.length === 0) return;
    const [m] = list.splice(k % list.length, 1);
    list.unshift(m as Measure);
  },
  remove: (d, k) => {
    if (d.measures && d.measures.length > 0) d.measures.splice(k % d.measures.length, 1);
  },
  target: (d) => {
    d.target = { [String(d.horizon.from)]: 123_456 };
  },
};

/** Edits of what the line part is made of: nothing of it may be reused. */
const lineEdits: Record<string, Edit> = {
  lineCost: (d, k) => {
    const line = d.lines[k % d.lines.length];
    if (!line) return;
    if (line.amount !== undefined) line.amount += 1_000;
    else if (line.volume !== undefined) line.volume += 1;
  },
  wageShare: (d, k) => {
    const line = d.lines[k % d.lines.length];
    if (line) line.wageShare = line.wageShare === 1 ? 0 : 1;
  },
  indexation: (d) => {
    d.indexation = { ...d.indexation, wage: { [String(d.horizon.to)]: 0.03 } };
  },
  horizon: (d) => {
    if (d.horizon.to > d.horizon.from) d.horizon.to -= 1;
  },
  baseYear: (d) => {
    if (d.baseYear < d.horizon.from) d.baseYear += 1;
  },
};

const editArb = (edits: Record<string, Edit>) =>
  fc.array(fc.tuple(fc.constantFrom(...Object.keys(edits)), fc.nat(20)), { minLength: 1, maxLength: 4 });

describe('project() reusing what did not change between edits', () => {
  test('after edits of measures, every figure is that of a projection computed afresh', () => {
    fc.assert(
      fc.property(scenarioArb(), editArb(measureEdits), (generated, edits) => {
        let s = frozen(generated);
        expect(project(s)).toEqual(afresh(s));
        for (const [name, k] of edits) {
          s = produce(s, (d) => measureEdits[name]?.(d, k));
          expect(project(s)).toEqual(afresh(s));
          // explain() reads a compiled measure's position among the enabled ones.
          expect(compile(s).measures.map((m) => m.position)).toEqual(compile(s).measures.map((_, k) => k));
        }
      }),
      params,
    );
  });

  test('after edits of lines, indexation, horizon or base year, every figure is that of a projection computed afresh', () => {
    fc.assert(
      fc.property(scenarioArb(), editArb({ ...lineEdits, ...measureEdits }), (generated, edits) => {
        let s = frozen(generated);
        project(s);
        for (const [name, k] of edits) {
          s = produce(s, (d) => ({ ...lineEdits, ...measureEdits })[name]?.(d, k));
          expect(project(s)).toEqual(afresh(s));
        }
      }),
      params,
    );
  });

  test('an edit of one measure reuses the baseline and the other compiled measures', () => {
    const base = frozen(
      scenario(
        [amountLine('a', 100_000, { group: 'g' }), volumeLine('b', 10, 5_000, { group: 'g' })],
        [
          { id: 'm1', name: 'Korting', type: 'cut', rate: 0.1, lines: ['a'] },
          { id: 'm2', name: 'Minder cliënten', type: 'volumeChange', rate: -0.2, lines: ['b'] },
        ],
        {},
        3,
      ),
    );
    const edited = produce(base, (d) => {
      (d.measures?.[0] as { rate: number }).rate = 0.3;
    });
    const before = project(base);
    const after = project(edited);
    expect(after.lines[0]?.baseline).toBe(before.lines[0]?.baseline);
    expect(after.baseline.total).toBe(before.baseline.total);
    expect(after.breakdown.group[0]?.baseline).toBe(before.breakdown.group[0]?.baseline);
    expect(after.lines[0]?.scenario).not.toEqual(before.lines[0]?.scenario);
    const [m1, m2] = compile(edited).measures;
    expect(m2).toBe(compile(base).measures[1]);
    expect(m1?.rate).toBe(0.3);
    expect(m1).not.toBe(compile(base).measures[0]);
    // A line edit: nothing of the baseline is reused.
    const lineEdited = produce(edited, (d) => {
      (d.lines[0] as { amount: number }).amount = 200_000;
    });
    expect(project(lineEdited).lines[1]?.baseline).not.toBe(after.lines[1]?.baseline);
    expect(project(lineEdited).baseline.total[0]).toBe(200_000 + 50_000);
  });

  test('a scenario changed in place (not frozen) is projected afresh every time', () => {
    const s = scenario([amountLine('a', 100_000)], [{ id: 'm', name: 'Korting', type: 'cut', rate: 0.1, lines: ['a'] }], {}, 2);
    expect(project(s).savings.total).toEqual([10_000, 10_000]);
    (s.lines[0] as { amount: number }).amount = 200_000;
    (s.measures?.[0] as { rate: number }).rate = 0.5;
    expect(project(s).savings.total).toEqual([100_000, 100_000]);
    expect(project(s).baseline.total).toEqual([200_000, 200_000]);
  });

  test('the shared baseline arrays cannot be written to: one projection cannot change another', () => {
    const p = project(frozen(scenario([amountLine('a', 100_000, { group: 'g' })], [], {}, 2)));
    expect(() => {
      (p.lines[0]?.baseline as number[])[0] = 1;
    }).toThrow(TypeError);
    expect(() => (p.baseline.total as number[]).push(1)).toThrow(TypeError);
    expect(() => {
      (p.breakdown.group[0]?.baseline as number[])[1] = 1;
    }).toThrow(TypeError);
  });
});
