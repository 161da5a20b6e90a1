// Version 2's fields as the reader checks them (docs/scenario-format.md, "Version 2, exactly"):
// each rule refuses what it must, at its place, and lets through what it must.
import { parseScenario } from '../../../shared/scenario/parse';
import { render } from '../../../shared/i18n/text';
import { earliestYear, isLongStanding, noticeWarnings, structuralEndsWarnings } from '../../../shared/engine/warnings';
import { project } from '../../../shared/engine/project';
import type { Scenario } from '../../../shared/scenario/schema';

const base = (extra: Record<string, unknown> = {}, lines: unknown[] = [{ id: 'a', name: 'A', kind: 'subsidy', amount: 100 }], measures: unknown[] = []) => ({
  format: 'vitale-coalitie-scenario',
  version: 2,
  title: 'T',
  baseYear: 2024,
  horizon: { from: 2024, to: 2027 },
  lines,
  measures,
  ...extra,
});

function problems(doc: unknown): string[] {
  const r = parseScenario(doc);
  return r.ok ? [] : r.problems.map((p) => `${p.path} ${p.code}`);
}

function ok(doc: unknown): Scenario {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${render('en', p.message)}`).join('\n'));
  return r.value;
}

describe('lines: amounts, oneOff, pm', () => {
  test('amounts alone is a line; beside amount or volume it is refused', () => {
    expect(problems(base({}, [{ id: 'a', name: 'A', kind: 'subsidy', amounts: { '2025': 5 } }]))).toEqual([]);
    expect(problems(base({}, [{ id: 'a', name: 'A', kind: 'subsidy', amounts: { '2025': 5 }, amount: 3 }]))).toEqual(['lines[0].amounts amounts-and-amount']);
    expect(problems(base({}, [{ id: 'a', name: 'A', kind: 'individual', amounts: { '2025': 5 }, volume: 3, unitCost: 2 }]))).toEqual(['lines[0].amounts amounts-and-amount']);
  });

  test('an empty estimate, volumeGrowth beside amounts, a negative amount are refused', () => {
    expect(problems(base({}, [{ id: 'a', name: 'A', kind: 'subsidy', amounts: {} }]))).toEqual(['lines[0].amounts empty-amounts']);
    expect(problems(base({}, [{ id: 'a', name: 'A', kind: 'subsidy', amounts: { '2025': 5 }, volumeGrowth: 0.02 }]))).toEqual(['lines[0].volumeGrowth growth-with-amounts']);
    expect(problems(base({}, [{ id: 'a', name: 'A', kind: 'subsidy', amounts: { '2025': -5 } }]))[0]).toMatch(/^lines\[0\]\.amounts\.2025 /);
  });

  test('oneOff needs amounts of exactly one year', () => {
    expect(problems(base({}, [{ id: 'a', name: 'A', kind: 'subsidy', amounts: { '2025': 5 }, oneOff: true }]))).toEqual([]);
    expect(problems(base({}, [{ id: 'a', name: 'A', kind: 'subsidy', amounts: { '2025': 5, '2026': 5 }, oneOff: true }]))).toEqual(['lines[0].oneOff one-off-years']);
    expect(problems(base({}, [{ id: 'a', name: 'A', kind: 'subsidy', amount: 5, oneOff: true }]))).toEqual(['lines[0].oneOff one-off-without-amounts']);
  });

  test('pm stands alone', () => {
    expect(problems(base({}, [{ id: 'a', name: 'A', kind: 'subsidy', pm: true }]))).toEqual([]);
    expect(problems(base({}, [{ id: 'a', name: 'A', kind: 'subsidy', pm: true, amount: 5 }]))).toEqual(['lines[0].pm pm-with-amount']);
  });

  test('a volume measure on an amounts line is refused as on an amount line', () => {
    const lines = [{ id: 'a', name: 'A', kind: 'subsidy', amounts: { '2025': 5 } }];
    expect(problems(base({}, lines, [{ id: 'v', name: 'V', type: 'volumeChange', lines: ['a'], rate: -0.1 }]))).toEqual(['measures[0].lines[0] not-a-volume-line']);
  });

  test('an amounts line: step reading × index, 0 before its first year; a one-off line its year only', () => {
    const s = ok(
      base({ indexation: { price: { '2026': 0.1 } } }, [
        { id: 'a', name: 'A', kind: 'subsidy', amounts: { '2025': 1000, '2027': 500 } },
        { id: 'b', name: 'B', kind: 'subsidy', amounts: { '2026': 70 }, oneOff: true },
        { id: 'c', name: 'C', kind: 'other', pm: true },
      ]),
    );
    const p = project(s);
    expect(p.lines.map((l) => l.baseline)).toEqual([
      [0, 1000, 1100, 550],
      [0, 0, 77, 0],
      [0, 0, 0, 0],
    ]);
  });
});

describe('measures: nature, oneOffCosts, status, probability, realised, pm', () => {
  const line = [{ id: 'a', name: 'A', kind: 'subsidy', amount: 100_000 }];
  test('every field is read; wrong values are refused at their place', () => {
    expect(
      problems(
        base({}, line, [
          { id: 'k', name: 'K', type: 'cut', lines: ['a'], rate: 0.1, nature: 'incidental', status: 'besloten', probability: 0.5, realised: { '2025': 3 }, oneOffCosts: [{ kind: 'frictie', amounts: { '2025': 7 }, notes: 'n' }] },
        ]),
      ),
    ).toEqual([]);
    expect(problems(base({}, line, [{ id: 'k', name: 'K', type: 'cut', lines: ['a'], rate: 0.1, nature: 'eenmalig' }]))).toEqual(['measures[0].nature invalid-choice']);
    expect(problems(base({}, line, [{ id: 'k', name: 'K', type: 'cut', lines: ['a'], rate: 0.1, probability: 1.5 }]))[0]).toMatch(/^measures\[0\]\.probability /);
    expect(problems(base({}, line, [{ id: 'k', name: 'K', type: 'cut', lines: ['a'], rate: 0.1, oneOffCosts: [{ kind: 'frictie', amounts: { '2025': -1 } }] }]))[0]).toMatch(
      /^measures\[0\]\.oneOffCosts\[0\]\.amounts\.2025 /,
    );
    expect(problems(base({}, line, [{ id: 'k', name: 'K', type: 'cut', lines: ['a'], rate: 0.1, oneOffCosts: [{ kind: 'ontslag', amounts: {} }] }]))).toEqual([
      'measures[0].oneOffCosts[0].kind invalid-choice',
    ]);
  });

  test('a cut pro memorie needs no rate or amount, and counts as 0 with no one-off costs', () => {
    const s = ok(base({}, line, [{ id: 'k', name: 'K', type: 'cut', lines: ['a'], pm: true, oneOffCosts: [{ kind: 'frictie', amounts: { '2025': 7 } }] }]));
    const p = project(s);
    expect(p.measures).toEqual([]);
    expect(p.savings.total).toEqual([0, 0, 0, 0]);
    expect(p.savings.oneOffCosts).toEqual([0, 0, 0, 0]);
    expect(p.pm.measures).toEqual(['k']);
    expect(problems(base({}, line, [{ id: 'k', name: 'K', type: 'cut', lines: ['a'] }]))).toEqual(['measures[0] no-rate-or-amount']);
  });

  test('nature by default: fixed without continues incidental, with continues structural, other types structural', () => {
    const s = ok(
      base({}, line, [
        { id: 'f', name: 'F', type: 'fixed', amounts: { '2025': 10 } },
        { id: 'g', name: 'G', type: 'fixed', amounts: { '2025': 20 }, continues: true },
        { id: 'k', name: 'K', type: 'cut', lines: ['a'], rate: 0.1 },
        { id: 'i', name: 'I', type: 'cut', lines: ['a'], rate: 0.1, nature: 'incidental', phaseIn: { '2026': 1, '2027': 0 } },
      ]),
    );
    const p = project(s);
    expect(p.measures.map((m) => m.nature)).toEqual(['incidental', 'structural', 'structural', 'incidental']);
    expect(p.savings.structural).toEqual([10_000, 10_020, 10_020, 10_020]);
    expect(p.savings.incidental).toEqual([0, 10, 9_000, 0]);
  });

  test('payback year: null when never negative, null when never back', () => {
    const cost = (amounts: Record<string, number>) => [{ id: 'k', name: 'K', type: 'cut', lines: ['a'], rate: 0.1, oneOffCosts: [{ kind: 'investering', amounts }] }];
    expect(project(ok(base({}, line, cost({ '2024': 5_000 })))).paybackYear).toBeNull();
    expect(project(ok(base({}, line, cost({ '2024': 50_000 })))).paybackYear).toBeNull();
    expect(project(ok(base({}, line, cost({ '2024': 15_000 })))).paybackYear).toBe(2025);
  });
});

describe('organisations and the decision date', () => {
  const lines = [{ id: 'a', name: 'A', kind: 'subsidy', amount: 100, organisation: 'Bibliotheek' }];
  test('with a list, every line names an organisation in it, with a hint', () => {
    const found = parseScenario(base({ organisations: [{ name: 'Bibliotheek Rivierenland' }] }, [{ ...lines[0], organisation: 'Bibliotheek Rivierenlnd' }]));
    expect(found.ok).toBe(false);
    if (found.ok) return;
    expect(found.problems.map((p) => `${p.path} ${p.code}`)).toEqual(['lines[0].organisation unknown-organisation']);
    expect(render('nl', found.problems[0]!.message)).toContain('Bedoelde u „Bibliotheek Rivierenland”?');
    expect(problems(base({}, lines))).toEqual([]);
  });

  test('names once; the notice period a whole number of months 0–120; the decision date a real date in 2000–2100', () => {
    expect(problems(base({ organisations: [{ name: 'Bibliotheek' }, { name: 'Bibliotheek' }] }, lines))).toEqual(['organisations[1].name duplicate-organisation']);
    expect(problems(base({ organisations: [{ name: 'Bibliotheek', noticeMonths: 6.5 }] }, lines))[0]).toMatch(/^organisations\[0\]\.noticeMonths /);
    expect(problems(base({ decisionDate: '2024-13-01' }, lines))[0]).toMatch(/^decisionDate /);
    expect(problems(base({ decisionDate: '1999-12-01' }, lines))).toEqual(['decisionDate decision-date-range']);
  });
});

describe('the notice period (Awb 4:51)', () => {
  test('earliest year: the first 1 January on or after decision + notice, the day clamped', () => {
    expect(earliestYear({ year: 2024, month: 7, day: 1 }, 12)).toBe(2026);
    expect(earliestYear({ year: 2024, month: 12, day: 15 }, 12)).toBe(2026);
    expect(earliestYear({ year: 2024, month: 12, day: 31 }, 0)).toBe(2025);
    expect(earliestYear({ year: 2025, month: 1, day: 1 }, 0)).toBe(2025);
    expect(earliestYear({ year: 2024, month: 1, day: 1 }, 12)).toBe(2025);
    expect(earliestYear({ year: 2024, month: 8, day: 31 }, 4)).toBe(2025); // 31 December 2024
    expect(earliestYear({ year: 2024, month: 8, day: 31 }, 6)).toBe(2026); // 28 February 2025
  });

  test('long-standing: subsidised since three years or more before the decision year', () => {
    expect(isLongStanding({ name: 'x', subsidisedSince: 2021 }, 2024)).toBe(true);
    expect(isLongStanding({ name: 'x', subsidisedSince: 2022 }, 2024)).toBe(false);
    expect(isLongStanding({ name: 'x' }, 2024)).toBe(false);
  });

  const org = { organisations: [{ name: 'Bieb', subsidisedSince: 2010 }] };
  const lines = [
    { id: 'a', name: 'A', kind: 'subsidy', amount: 100_000, organisation: 'Bieb', group: 'VC' },
    { id: 'b', name: 'B', kind: 'individual', volume: 10, unitCost: 100, organisation: 'Bieb' },
  ];
  const warn = (measures: unknown[], extra = {}) => noticeWarnings(ok(base({ ...org, ...extra }, lines, measures))).map((w) => `${w.measure} ${w.code === 'notice-period' ? w.earliestYear : ''}`);

  test('a cut, a volume reduction, a tariff reduction before the earliest year warn; through a group too', () => {
    expect(warn([{ id: 'k', name: 'K', type: 'cut', groups: ['VC'], rate: 0.2 }])).toEqual(['k 2026']);
    expect(warn([{ id: 'v', name: 'V', type: 'volumeChange', lines: ['b'], rate: -0.1, phaseIn: { '2025': 1 } }])).toEqual(['v 2026']);
    expect(warn([{ id: 'u', name: 'U', type: 'unitCostChange', lines: ['b'], rate: -0.1, phaseIn: { '2025': 0.5 } }])).toEqual(['u 2026']);
  });

  test('no warning: starting in the earliest year, an increase, a disabled or PM measure, a decision early enough', () => {
    expect(warn([{ id: 'k', name: 'K', type: 'cut', lines: ['a'], rate: 0.2, phaseIn: { '2024': 0, '2026': 1 } }])).toEqual([]);
    expect(warn([{ id: 'k', name: 'K', type: 'cut', lines: ['a'], rate: -0.2 }])).toEqual([]);
    expect(warn([{ id: 'v', name: 'V', type: 'volumeChange', lines: ['b'], rate: 0.1 }])).toEqual([]);
    expect(warn([{ id: 'k', name: 'K', type: 'cut', lines: ['a'], rate: 0.2, enabled: false }])).toEqual([]);
    expect(warn([{ id: 'k', name: 'K', type: 'cut', lines: ['a'], pm: true }])).toEqual([]);
    expect(warn([{ id: 'k', name: 'K', type: 'cut', lines: ['a'], rate: 0.2, phaseIn: { '2025': 1 } }], { decisionDate: '2023-12-01' })).toEqual([]);
  });
});

describe('structural, but ending', () => {
  const line = [{ id: 'a', name: 'A', kind: 'subsidy', amount: 100_000 }];
  test('a structural measure whose effect stops within the horizon warns with its last year; an incidental one does not', () => {
    const s = ok(
      base({}, line, [
        { id: 'k', name: 'K', type: 'cut', lines: ['a'], rate: 0.1, phaseIn: { '2025': 1, '2027': 0 } },
        { id: 'i', name: 'I', type: 'cut', lines: ['a'], rate: 0.1, phaseIn: { '2025': 1, '2027': 0 }, nature: 'incidental' },
        { id: 'f', name: 'F', type: 'fixed', amounts: { '2025': 10 }, nature: 'structural' },
        { id: 'g', name: 'G', type: 'fixed', amounts: { '2025': 10 }, continues: true },
      ]),
    );
    const found = structuralEndsWarnings(s, project(s));
    expect(found.map((w) => `${w.path} ${w.measure} ${w.code === 'structural-ends' ? w.lastYear : ''}`)).toEqual(['measures[0] k 2026', 'measures[2].nature f 2025']);
    expect(render('nl', found[0]!.message)).toBe('Maatregel „K” is structureel, maar loopt af in 2026: vanaf 2027 bespaart zij niets meer. Maak haar incidenteel, of laat haar doorlopen tot het einde van de horizon.');
  });
});

describe('limits', () => {
  test('one-off costs and realised savings summed per year stay within 10¹³', () => {
    const line = [{ id: 'a', name: 'A', kind: 'subsidy', amount: 100 }];
    const big = { kind: 'overig', amounts: { '2025': 9e12 } };
    expect(problems(base({}, line, [{ id: 'f', name: 'F', type: 'fixed', amounts: {}, oneOffCosts: [big, big] }]))).toEqual(['measures too-large-result']);
    expect(
      problems(base({}, line, [
        { id: 'f', name: 'F', type: 'fixed', amounts: {}, realised: { '2025': 9e12 } },
        { id: 'g', name: 'G', type: 'fixed', amounts: {}, realised: { '2025': 9e12 } },
      ])),
    ).toEqual(['measures too-large-result']);
  });
});

describe('uncertainty with one-off costs', () => {
  test('the net band is the savings band minus the one-off costs, which are not drawn', () => {
    const { simulate } = jest.requireActual<typeof import('../../../shared/uncertainty/monte-carlo')>('../../../shared/uncertainty/monte-carlo');
    const s = ok(
      base({}, [{ id: 'a', name: 'A', kind: 'subsidy', amount: 100_000 }], [
        { id: 'k', name: 'K', type: 'cut', lines: ['a'], rate: 0.1, uncertainty: { low: 0.5, high: 1.5 }, oneOffCosts: [{ kind: 'frictie', amounts: { '2025': 3_000.5 } }] },
      ]),
    );
    const r = simulate(s, { draws: 500, seed: 3 });
    expect(r.savings.p10[1]).toBeLessThan(r.savings.p90[1]!);
    expect(r.net.p10).toEqual(r.savings.p10.map((x, yi) => x - [0, 3_001, 0, 0][yi]!));
    expect(r.net.p90).toEqual(r.savings.p90.map((x, yi) => x - [0, 3_001, 0, 0][yi]!));
  });
});

describe('the decision log', () => {
  test('entries with a date-time, a change, a reason and who; an empty change or a bare date is refused', () => {
    const entry = { at: '2024-06-12T20:15:00+02:00', change: 'Korting bibliotheek: 10 %', reason: 'Voorjaarsnota', by: 'raad' };
    expect(problems(base({ decisions: [entry] }))).toEqual([]);
    expect(problems(base({ decisions: [{ ...entry, change: '' }] }))[0]).toMatch(/^decisions\[0\]\.change /);
    expect(problems(base({ decisions: [{ ...entry, at: '2024-06-12' }] }))[0]).toMatch(/^decisions\[0\]\.at /);
    expect(problems(base({ decisions: [{ ...entry, door: 'raad' }] }))[0]).toMatch(/^decisions\[0\]\.door /);
  });
});

describe('the certainty level (#22)', () => {
  test('with 90 % certainty the savings are at least P10; with 70 % at least P30, between P10 and P50; net less the one-off costs', () => {
    const { simulate } = jest.requireActual<typeof import('../../../shared/uncertainty/monte-carlo')>('../../../shared/uncertainty/monte-carlo');
    const s = ok(
      base({}, [{ id: 'a', name: 'A', kind: 'subsidy', amount: 100_000 }], [
        { id: 'k', name: 'K', type: 'cut', lines: ['a'], rate: 0.1, uncertainty: { low: 0.2, high: 1.5 }, oneOffCosts: [{ kind: 'frictie', amounts: { '2025': 1_000 } }] },
      ]),
    );
    const at90 = simulate(s, { draws: 2000, seed: 5 });
    expect(at90.certain.level).toBe(0.9);
    expect(at90.certain.savings).toEqual(at90.savings.p10);
    const at70 = simulate(s, { draws: 2000, seed: 5, certainty: 0.7 });
    at70.certain.savings.forEach((v, yi) => {
      expect(v).toBeGreaterThan(at70.savings.p10[yi]!);
      expect(v).toBeLessThan(at70.savings.p50[yi]!);
    });
    expect(at70.certain.net).toEqual(at70.certain.savings.map((v, yi) => v - [0, 1_000, 0, 0][yi]!));
    expect(() => simulate(s, { draws: 10, seed: 1, certainty: 0.3 })).toThrow(RangeError);
  });
});
