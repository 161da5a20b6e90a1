// compareScenarios(): figures straight from project() per file, the shared years, the difference
// to the reference, and "what differs" as sentences in both languages with a machine part.
import { compareScenarios, yearsNote } from '../../../shared/compare/compare';
import { formatYearRuns } from '../../../shared/format/money';
import { toCompareJson } from '../../../shared/compare/compare-json';
import { comparisonRows } from '../../../shared/compare/rows';
import type { Difference } from '../../../shared/compare/types';
import { scenarioLabel } from '../../../shared/compare/words';
import { render } from '../../../shared/i18n/text';
import { project } from '../../../shared/engine/project';
import { toProjectJson } from '../../../shared/engine/project-json';
import { yearRows } from '../../../shared/format/year-rows';
import type { Scenario } from '../../../shared/scenario/schema';
import { measure, stichtseVecht, variant, voorbeeld, zwolleBegroting } from './support';

const items = (...scenarios: Scenario[]) => scenarios.map((scenario, i) => ({ name: `${scenarioLabel(i)}.json`, scenario }));
/** Intl puts a no-break space after "€" in Dutch; the expectations are written with plain spaces. */
const plain = (text: string | undefined) => text?.replace(/\u00a0/g, ' ');
const say = (d: Difference | undefined, lang: 'nl' | 'en' = 'nl') => (d ? render(lang, d.text) : undefined);
const texts = (differences: readonly Difference[], lang: 'nl' | 'en' = 'nl') => differences.map((d) => plain(render(lang, d.text)));

/** The worked example with a later, smaller cut: the room's "what if the cut starts a year later?". */
function laterSmallerCut(): Scenario {
  return variant(voorbeeld(), (s) => {
    const korting = measure(s, 'korting');
    if (korting.type !== 'cut') throw new Error('korting is a cut');
    korting.rate = 0.15;
    korting.phaseIn = { '2022': 0, '2023': 0.5, '2024': 1 };
  });
}

describe('two samples with the same years', () => {
  const a = stichtseVecht();
  const b = zwolleBegroting();
  const comparison = compareScenarios(items(a, b));

  it('compares every year both have, each file projected by project()', () => {
    expect(comparison.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(comparison.reference).toBe(0);
    comparison.scenarios.forEach((s, i) => {
      const scenario = [a, b][i] as Scenario;
      const projection = project(scenario);
      expect(s.label).toBe(['A', 'B'][i]);
      expect(s.json).toEqual(toProjectJson(scenario, projection));
      expect(s.savings).toEqual(projection.savings.total);
      expect(s.cumulative).toEqual(projection.savings.cumulative);
      expect(s.droppedYears).toEqual([]);
      expect(s.target).toEqual(projection.target?.amount ?? null);
    });
  });

  it('takes each year B − A, also cumulative', () => {
    const [sa, sb] = comparison.scenarios;
    const pa = project(a);
    const pb = project(b);
    expect(sa?.difference).toEqual([0, 0, 0, 0, 0]);
    expect(sb?.difference).toEqual(pb.savings.total.map((v, i) => v - (pa.savings.total[i] as number)));
    expect(sb?.cumulativeDifference).toEqual(pb.savings.cumulative.map((v, i) => v - (pa.savings.cumulative[i] as number)));
    // Stichtse Vecht saves € 165.000 a year from 2022; Zwolle's new tasks cost money.
    expect(sa?.savings).toEqual([0, 165000, 165000, 165000, 165000]);
    expect(sb?.savings.every((v) => v < 0)).toBe(false);
  });

  it('says what differs between two unrelated files: base lines, measures, indexation, title', () => {
    const kinds = new Set(comparison.differences.map((d) => d.kind));
    expect([...kinds].sort()).toEqual(['indexation', 'line', 'measure', 'municipality', 'target', 'title']);
    expect(comparison.differences.every((d) => d.scenario === 1 && d.reference === 0)).toBe(true);
    expect(texts(comparison.differences)).toContain('B heeft geen regel „Kwadraad maatschappelijk werk”.');
    expect(texts(comparison.differences, 'en')).toContain('B has no line “Kwadraad maatschappelijk werk”.');
    expect(texts(comparison.differences)).toContain('Loonindexatie 2022: 2% in A, 1,13% in B.');
    expect(texts(comparison.differences, 'en')).toContain('Wage indexation 2023: 3% in A, 0% in B.');
    expect(texts(comparison.differences)).toContain('Taakstelling 2022–2025: € 165.000 in A, geen in B.');
  });
});

describe('a variant: the cut starts a year later and is smaller', () => {
  const a = voorbeeld();
  const b = laterSmallerCut();
  const comparison = compareScenarios(items(a, b));

  it('lists exactly the start, the rate and the phase-in year that differ — field by field, in both languages', () => {
    const title = '„20% korting Vitale Coalitie”';
    expect(texts(comparison.differences)).toEqual([
      `${title}: percentage 20% in A, 15% in B.`,
      `B start ${title} in 2023 in plaats van 2022.`,
      `${title}, van kracht 2023: 100% in A, 50% in B.`,
    ]);
    expect(texts(comparison.differences, 'en')).toEqual([
      '“20% korting Vitale Coalitie”: rate 20% in A, 15% in B.',
      'B starts “20% korting Vitale Coalitie” in 2023 instead of 2022.',
      '“20% korting Vitale Coalitie”, in force 2023: 100% in A, 50% in B.',
    ]);
  });

  it('gives each difference a machine part: kind, path, field, id, from, to', () => {
    const [rate, start, phase] = comparison.differences;
    expect(rate).toMatchObject({ kind: 'measure', change: 'changed', scenario: 1, reference: 0, path: 'measures[0].rate', field: 'rate', id: 'korting', from: 0.2, to: 0.15 });
    expect(start).toMatchObject({ kind: 'measure', path: 'measures[0].phaseIn', field: 'phaseInStart', from: 2022, to: 2023 });
    expect(phase).toMatchObject({ path: 'measures[0].phaseIn', field: 'phaseIn', years: [2023], from: 1, to: 0.5 });
  });

  it('the savings are the engine’s for each, the difference their difference', () => {
    const pb = project(b);
    const [, sb] = comparison.scenarios;
    expect(sb?.savings).toEqual(pb.savings.total);
    // The worked example saves 629 861 and 973 949 in 2022–2023; the later cut saves less.
    expect(comparison.scenarios[0]?.savings).toEqual([175000, 364701, 629861, 973949]);
    expect(sb?.difference.slice(0, 2)).toEqual([0, 0]);
    expect(sb?.difference[2]).toBe((pb.savings.total[2] as number) - 629861);
    expect(sb?.difference[2]).toBeLessThan(0);
  });
});

describe('a different horizon', () => {
  const a = voorbeeld();
  const b = variant(voorbeeld(), (s) => {
    s.horizon = { from: 2021, to: 2025 };
    s.title = 'Voorbeeld tot 2025';
  });
  const comparison = compareScenarios(items(a, b));

  it('compares the years both have, and tells which were left out', () => {
    expect(comparison.years).toEqual([2021, 2022, 2023]);
    expect(comparison.scenarios[0]?.droppedYears).toEqual([2020]);
    expect(comparison.scenarios[1]?.droppedYears).toEqual([2024, 2025]);
    expect(comparison.scenarios[0]?.yearIndex).toEqual([1, 2, 3]);
    expect(comparison.scenarios[1]?.yearIndex).toEqual([0, 1, 2]);
    expect(yearsNote(comparison, 'nl')).toBe('Vergeleken worden de jaren 2021–2023, die alle scenario’s hebben. Niet vergeleken: A 2020; B 2024–2025.');
    expect(yearsNote(comparison, 'en')).toBe('Compared: the years 2021–2023, which every scenario has. Not compared: A 2020; B 2024–2025.');
  });

  it('says how the horizons differ in one sentence', () => {
    const horizon = comparison.differences.find((d) => d.kind === 'horizon');
    expect(horizon && render('nl', horizon.text)).toBe('A en B delen de jaren 2021–2023; A begint al in 2020; B loopt ook door tot en met 2025.');
    expect(horizon && render('en', horizon.text)).toBe('A and B share the years 2021–2023; A already starts in 2020; B also runs on to 2025.');
    expect(horizon).toMatchObject({ path: 'horizon', from: { from: 2020, to: 2023 }, to: { from: 2021, to: 2025 } });
  });

  it('keeps each file’s own projection whole (its own years) and cumulates from the first shared year', () => {
    const pa = project(a);
    const pb = project(b);
    expect(comparison.scenarios[0]?.json.years).toEqual([2020, 2021, 2022, 2023]);
    expect(comparison.scenarios[1]?.json).toEqual(toProjectJson(b, pb));
    expect(comparison.scenarios[0]?.savings).toEqual(pa.savings.total.slice(1));
    // Cumulative from 2021, not from each file's own first year, so the two are comparable.
    expect(comparison.scenarios[0]?.cumulative).toEqual([364701, 364701 + 629861, 364701 + 629861 + 973949]);
    expect(comparison.scenarios[1]?.cumulative).toEqual(pb.savings.cumulative.slice(0, 3));
  });

  it('with no year in common compares nothing per year, and says so', () => {
    const c = variant(voorbeeld(), (s) => {
      s.baseYear = 2024;
      s.horizon = { from: 2024, to: 2026 };
      s.target = { '2024': 1 };
    });
    const disjoint = compareScenarios(items(a, c));
    expect(disjoint.years).toEqual([]);
    expect(disjoint.scenarios[0]?.savings).toEqual([]);
    expect(yearsNote(disjoint, 'nl')).toMatch(/geen jaar gemeen/);
    expect(say(disjoint.differences.find((d) => d.kind === 'horizon'))).toBe(
      'A (2020–2023) en B (2024–2026) hebben geen jaar gemeen: er valt niets per jaar te vergelijken.',
    );
    expect(say(disjoint.differences.find((d) => d.kind === 'baseYear'))).toBe(
      'B gaat uit van de bedragen van 2024, A van die van 2020 (basisjaar).',
    );
  });

  it('gives each sentence as data: a message id with its arguments, numbers kept as numbers', () => {
    const c = variant(voorbeeld(), (s) => {
      s.baseYear = 2024;
      s.horizon = { from: 2024, to: 2026 };
    });
    const baseYear = compareScenarios(items(a, c)).differences.find((d) => d.kind === 'baseYear');
    expect(baseYear?.text).toEqual({ id: 'differences.baseYear', args: ['B', 2024, 'A', 2020] });
    const copy = JSON.parse(JSON.stringify(baseYear)) as Difference;
    expect(render('en', copy.text)).toBe('B starts from the amounts of 2024, A from those of 2020 (base year).');
    expect(render('qps', copy.text)).toMatch(/^⟦B starts from the amounts of 2024/);
  });
});

describe('measures removed, added, matched and moved', () => {
  const a = voorbeeld();

  it('a removed and an added measure are named with their kind', () => {
    const c = variant(a, (s) => {
      s.measures = (s.measures ?? []).filter((m) => m.id !== 'verschuiving');
      s.measures.push({ id: 'preventie', name: 'Preventie', type: 'volumeChange', lines: ['begeleiding'], rate: -0.05, enabled: false });
    });
    const comparison = compareScenarios(items(a, a, c));
    const ofC = comparison.differences.filter((d) => d.scenario === 2);
    expect(comparison.differences.filter((d) => d.scenario === 1)).toEqual([]);
    expect(texts(ofC)).toEqual([
      'C heeft geen verschuiving „Van individuele begeleiding naar huiskamers”.',
      'C heeft een extra volumewijziging: „Preventie” (−5%, uitgeschakeld).',
    ]);
    expect(texts(ofC, 'en')).toEqual([
      'C has no shift “Van individuele begeleiding naar huiskamers”.',
      'C has an extra volume change: “Preventie” (−5%, switched off).',
    ]);
    expect(ofC[0]).toMatchObject({ kind: 'measure', change: 'removed', path: 'measures[1]', id: 'verschuiving', from: 'Van individuele begeleiding naar huiskamers', to: null });
    expect(ofC[1]).toMatchObject({ kind: 'measure', change: 'added', path: 'measures[2]', id: 'preventie', to: 'Preventie' });
  });

  it('matches measures by type and name when the ids differ, and lines by name', () => {
    const b = variant(a, (s) => {
      const korting = measure(s, 'korting');
      korting.id = 'korting-2';
      const line = s.lines.find((l) => l.id === 'bibliotheek');
      if (!line) throw new Error('no bibliotheek');
      line.id = 'bieb';
      s.lines[2]!.id = 'begeleiding-2';
      const shift = measure(s, 'verschuiving');
      if (shift.type === 'shift') shift.from = 'begeleiding-2';
    });
    const comparison = compareScenarios(items(a, b));
    expect(comparison.differences).toEqual([]);
  });

  it('does not guess when a name is ambiguous, and says when a measure changed type', () => {
    const b = variant(a, (s) => {
      s.lines[0]!.id = 'bieb-1';
      s.lines[1]!.id = 'bieb-2';
      s.lines[1]!.name = 'Bibliotheek';
      const korting = measure(s, 'korting');
      if (korting.type === 'cut') korting.lines = ['bieb-1', 'bieb-2'];
      if (korting.type === 'cut') delete korting.groups;
      s.measures = (s.measures ?? []).map((m) => (m.id === 'formatie' ? { id: 'formatie', name: 'Extra formatie', type: 'cut', lines: ['bieb-1'], rate: 0.01 } : m));
    });
    const a2 = variant(a, (s) => {
      s.lines.push({ id: 'bieb-extra', name: 'Bibliotheek', kind: 'subsidy', amount: 1 });
    });
    const differences = compareScenarios(items(a2, b)).differences;
    // Two lines called "Bibliotheek" on each side without matching ids: neither is paired by name.
    expect(differences.filter((d) => d.kind === 'line' && d.change !== 'changed').map((d) => [d.change, d.id])).toEqual([
      ['removed', 'bibliotheek'],
      ['removed', 'welzijn'],
      ['removed', 'bieb-extra'],
      ['added', 'bieb-1'],
      ['added', 'bieb-2'],
    ]);
    expect(texts(differences)).toContain('„Extra formatie” is in A een vast bedrag, in B een korting.');
  });

  it('a switched-off measure, a changed target group, a shift share and a fixed amount each get their sentence', () => {
    const b = variant(a, (s) => {
      const korting = measure(s, 'korting');
      if (korting.type === 'cut') {
        korting.groups = [];
        korting.lines = ['bibliotheek'];
      }
      const shift = measure(s, 'verschuiving');
      if (shift.type === 'shift') shift.share = { ...shift.share, '2022': 0.12, '2023': 0.12 };
      const fixed = measure(s, 'formatie');
      fixed.enabled = false;
      if (fixed.type === 'fixed') fixed.amounts = { '2022': -40000 };
    });
    const t = texts(compareScenarios(items(a, b)).differences);
    expect(t).toEqual([
      '„20% korting Vitale Coalitie” treft in B ook „Bibliotheek”.',
      '„20% korting Vitale Coalitie” treft in B niet groep „Vitale Coalitie”.',
      '„Van individuele begeleiding naar huiskamers”, aandeel verschoven 2022: 15% in A, 12% in B.',
      '„Van individuele begeleiding naar huiskamers”, aandeel verschoven 2023: 20% in A, 12% in B.',
      'B zet „Extra formatie” uit; in A staat die aan.',
      '„Extra formatie”, bedrag 2022: −\u2060€ 38.000 in A, −\u2060€ 40.000 in B.',
    ]);
  });

  it('a measure’s uncertainty range', () => {
    const b = variant(a, (s) => {
      measure(s, 'korting').uncertainty = { low: 0.8, high: 1.1 };
    });
    const [d] = compareScenarios(items(a, b)).differences;
    expect(d && render('nl', d.text)).toBe('„20% korting Vitale Coalitie”: bandbreedte geen in A, 0,8–1,1 in B.');
    expect(d).toMatchObject({ field: 'uncertainty', from: null, to: { low: 0.8, high: 1.1 } });
  });

  it('a cut by amount instead of by rate is one sentence', () => {
    const b = variant(a, (s) => {
      const korting = measure(s, 'korting');
      if (korting.type === 'cut') {
        delete korting.rate;
        korting.amount = 200000;
      }
    });
    const [d] = compareScenarios(items(a, b)).differences;
    expect(plain(d && render('nl', d.text))).toBe('„20% korting Vitale Coalitie”: een korting van 20% in A, van € 200.000 per jaar in B.');
    expect(d && render('en', d.text)).toBe('“20% korting Vitale Coalitie”: a cut of 20% in A, of €200,000 a year in B.');
    expect(d).toMatchObject({ field: 'cutForm', from: { rate: 0.2 }, to: { amount: 200000 } });
  });

  it('the order of the measures (which counts) is one sentence', () => {
    const b = variant(a, (s) => {
      s.measures = [...(s.measures ?? [])].reverse();
    });
    const comparison = compareScenarios(items(a, b));
    expect(texts(comparison.differences)).toEqual([
      'De maatregelen staan in een andere volgorde (die telt mee in de berekening): in A „20% korting Vitale Coalitie”, „Van individuele begeleiding naar huiskamers” en „Extra formatie”; in B „Extra formatie”, „Van individuele begeleiding naar huiskamers” en „20% korting Vitale Coalitie”.',
    ]);
    expect(comparison.differences[0]).toMatchObject({ field: 'order', from: ['korting', 'verschuiving', 'formatie'], to: ['formatie', 'verschuiving', 'korting'] });
  });
});

describe('baseline, indexation and target', () => {
  const a = voorbeeld();

  it('a line’s amount, volume, share of wages and a line added', () => {
    const b = variant(a, (s) => {
      s.lines[0]!.amount = 380000;
      s.lines[2]!.volume = 480;
      s.lines[1]!.wageShare = 0.75;
      s.lines.push({ id: 'jongerenwerk', name: 'Jongerenwerk', kind: 'subsidy', amount: 120000 });
    });
    expect(texts(compareScenarios(items(a, b)).differences)).toEqual([
      'Regel „Bibliotheek”: bedrag € 400.000 in A, € 380.000 in B.',
      'Regel „Welzijnsorganisatie”: looncomponent 70% in A, 75% in B.',
      'Regel „Wmo-begeleiding individueel”: aantal cliënten 500 in A, 480 in B.',
      'B heeft een regel die A niet heeft: „Jongerenwerk” (€ 120.000).',
    ]);
  });

  it('indexation per year as the engine reads it (a year not listed is 0), runs of years as one sentence', () => {
    const b = variant(a, (s) => {
      s.indexation = { wage: { '2021': 0.02, '2022': 0.0113, '2023': 0 }, price: { '2021': 0.01, '2022': 0.015, '2023': 0.015 } };
      s.target = { '2020': 500000, '2021': 1000000, '2022': 1200000 };
    });
    const comparison = compareScenarios(items(a, b));
    expect(texts(comparison.differences)).toEqual([
      'Prijsindexatie 2022–2023: 0% in A, 1,5% in B.',
      'Taakstelling 2022: € 1.500.000 in A, € 1.200.000 in B.',
      'Taakstelling 2023: € 2.000.000 in A, € 1.200.000 in B.',
    ]);
    expect(comparison.differences[0]).toMatchObject({ kind: 'indexation', path: 'indexation.price', field: 'price', years: [2022, 2023], from: 0, to: 0.015 });
  });
});

describe('identical scenarios', () => {
  it('have no differences, and every difference of figures is 0', () => {
    const comparison = compareScenarios(items(voorbeeld(), voorbeeld(), voorbeeld()));
    expect(comparison.differences).toEqual([]);
    for (const s of comparison.scenarios) {
      expect(s.difference.every((v) => v === 0)).toBe(true);
      expect(s.cumulativeDifference.every((v) => v === 0)).toBe(true);
    }
  });

  it('rewriting a table differently but equivalently is no difference', () => {
    const b = variant(voorbeeld(), (s) => {
      const korting = measure(s, 'korting');
      if (korting.type === 'cut') korting.phaseIn = { '2022': 0.5, '2023': 1 }; // the listed 0 in 2021 said nothing
      s.indexation = { ...s.indexation, price: { '2021': 0.01, '2023': 0 } };
      s.lines[0]!.wageShare = 0.8;
      delete s.lines[3]!.wageShare;
      s.lines[3]!.wageShare = 0;
    });
    expect(compareScenarios(items(voorbeeld(), b)).differences).toEqual([]);
  });
});

describe('another reference', () => {
  it('measures the others against the chosen one; labels stay with the positions', () => {
    const a = voorbeeld();
    const b = laterSmallerCut();
    const comparison = compareScenarios(items(a, b), { reference: 1 });
    expect(comparison.reference).toBe(1);
    expect(comparison.scenarios[1]?.difference).toEqual([0, 0, 0, 0]);
    expect(comparison.differences.every((d) => d.scenario === 0 && d.reference === 1)).toBe(true);
    expect(texts(comparison.differences)[1]).toBe('A start „20% korting Vitale Coalitie” in 2022 in plaats van 2023.');
    expect(() => compareScenarios(items(a, b), { reference: 2 })).toThrow(RangeError);
  });
});

describe('comparisonRows', () => {
  it('in thousands shows each scenario’s own year-table savings, and the difference of the cells shown', () => {
    const a = voorbeeld();
    const b = laterSmallerCut();
    const comparison = compareScenarios(items(a, b));
    const rows = comparisonRows(comparison, 'thousand');
    [a, b].forEach((scenario, k) => {
      const own = yearRows(project(scenario), 'thousand');
      expect(rows.savings[k]).toEqual(own.find((r) => r.kind === 'savings')?.values);
      expect(rows.cumulative[k]).toEqual(own.find((r) => r.kind === 'cumulative')?.values);
      expect(rows.target[k]).toEqual(own.find((r) => r.kind === 'target')?.values);
      expect(rows.gap[k]).toEqual(own.find((r) => r.kind === 'gap')?.values);
    });
    expect(rows.difference[1]).toEqual((rows.savings[1] ?? []).map((v, i) => v - (rows.savings[0]?.[i] ?? 0)));
    const euros = comparisonRows(comparison, 'euro');
    expect(euros.savings[1]).toEqual(comparison.scenarios[1]?.savings);
    expect(euros.difference[1]).toEqual(comparison.scenarios[1]?.difference);
  });
});

describe('toCompareJson', () => {
  it('is {years, scenarios, differences}: each file’s project --json whole, each difference with its sentence in one language', () => {
    const a = voorbeeld();
    const b = laterSmallerCut();
    const json = toCompareJson(compareScenarios(items(a, b)), 'en');
    expect(Object.keys(json)).toEqual(['years', 'scenarios', 'differences']);
    expect(json.years).toEqual([2020, 2021, 2022, 2023]);
    expect(json.scenarios).toEqual([toProjectJson(a, project(a)), toProjectJson(b, project(b))]);
    expect(json.differences[0]).toEqual({
      text: '“20% korting Vitale Coalitie”: rate 20% in A, 15% in B.',
      kind: 'measure',
      change: 'changed',
      scenario: 1,
      reference: 0,
      path: 'measures[0].rate',
      field: 'rate',
      id: 'korting',
      from: 0.2,
      to: 0.15,
    });
    // Plain JSON: a round trip keeps it.
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('helpers', () => {
  it('labels A…Z, then AA', () => {
    expect([0, 1, 25, 26, 27].map(scenarioLabel)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
  });
  it('writes consecutive years as spans', () => {
    expect(formatYearRuns([2020, 2024, 2025, 2027])).toEqual(['2020', '2024–2025', '2027']);
  });
});
