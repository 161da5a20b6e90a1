// explain(): the steps behind a figure, in Dutch and English, with their numbers.
import { createExplainer, explain, type CellRef } from '../../../shared/engine/explain';
import { project } from '../../../shared/engine/project';
import { render, type Text } from '../../../shared/i18n/text';
import { amountLine, figureOf, loadExample, scenario, volumeLine } from './support';

const example = loadExample();
const explainer = createExplainer(example);
/** Intl puts a no-break space after "€" in Dutch; the tests write a plain one. */
const plain = (text: string | undefined) => text?.replace(/\u00a0/g, ' ');
/** A step's label or a title in one language. */
const say = (t: Text | undefined, lang: 'nl' | 'en' = 'nl') => (t === undefined ? undefined : render(lang, t));
const labels = (ref: CellRef, lang: 'nl' | 'en' = 'nl') => explainer.explain(ref).steps.map((s) => plain(say(s.label, lang)));

describe('explain() steps', () => {
  test('a volume line’s baseline: growth, index per year, unit cost, cost, rounding', () => {
    const e = explainer.explain({ figure: 'line', side: 'baseline', lineId: 'begeleiding', year: 2021 });
    expect(e.value).toBe(4_677_210);
    expect({ nl: say(e.title), en: say(e.title, 'en') }).toEqual({ nl: 'Wmo-begeleiding individueel, basis 2021', en: 'Wmo-begeleiding individueel, baseline 2021' });
    expect(labels(e.ref)).toEqual([
      '500 cliënten × (1,02)^1 groei = 510 cliënten',
      'Index 2021 = 1 + 0,9·0,02 + 0,1·0,01 = 1,019',
      '€ 9.000 per cliënt × index 1,019 = € 9.171 per cliënt',
      '510 cliënten × € 9.171 = € 4.677.210',
      'Afgerond op hele euro’s: € 4.677.210 → € 4.677.210',
    ]);
    expect(labels(e.ref, 'en')[1]).toBe('Index 2021 = 1 + 0.9·0.02 + 0.1·0.01 = 1.019');
    expect(e.steps[0]?.values).toMatchObject({ volume: 500, volumeGrowth: 0.02 });
    expect(e.steps[1]?.values).toMatchObject({ year: 2021, wageShare: 0.9, wage: 0.02, price: 0.01 });
  });

  test('the index multiplies year by year, an unlisted year counting 0', () => {
    const steps = labels({ figure: 'line', side: 'baseline', lineId: 'huiskamers', year: 2023 });
    expect(steps.slice(0, 4)).toEqual([
      '100 cliënten (geen groei)',
      'Index 2021 = 1 + 0·0,02 + 1·0,01 = 1,01',
      'Index 2022 = 1,01 × (1 + 0·0,0113 + 1·0) = 1,01',
      'Index 2023 = 1,01 × (1 + 0·0 + 1·0) = 1,01',
    ]);
  });

  test('a cut in a line’s scenario: rate × phase-in, factor, cost before → after', () => {
    const steps = labels({ figure: 'line', side: 'scenario', lineId: 'bibliotheek', year: 2022 });
    expect(steps[0]).toBe('Basis 2022: € 410.881,09');
    expect(steps[1]).toBe('Korting ‘20% korting Vitale Coalitie’: 20% × ingroei 50% = 10% → × 0,9: € 410.881,09 → € 369.792,98');
    expect(steps.at(-1)).toBe('Afgerond op hele euro’s: € 369.792,98 → € 369.793');
  });

  test('a measure not in force that year says so', () => {
    const e = explainer.explain({ figure: 'line', side: 'scenario', lineId: 'bibliotheek', year: 2021 });
    expect(plain(say(e.steps[1]?.label))).toBe('Korting ‘20% korting Vitale Coalitie’: in 2021 niet van kracht (ingroei 0%)');
    expect(plain(say(e.steps[1]?.label, 'en'))).toBe('Cut ‘20% korting Vitale Coalitie’: not in force in 2021 (phase-in 0%)');
  });

  test('a shift on both lines: moved volume, ratio, own unit cost', () => {
    expect(labels({ figure: 'line', side: 'scenario', lineId: 'begeleiding', year: 2021 })[1]).toBe(
      'Verschuiving ‘Van individuele begeleiding naar huiskamers’ naar Huiskamers in de wijk: 10% van 510 = 51 cliënten gaan weg: 510 → 459 cliënten; kosten € 4.677.210 → € 4.209.489',
    );
    expect(labels({ figure: 'line', side: 'scenario', lineId: 'huiskamers', year: 2021 }, 'en')[1]).toBe(
      'Shift ‘Van individuele begeleiding naar huiskamers’ from Wmo-begeleiding individueel: 51 clients × ratio 1 = 51 clients arrive, each at this line’s cost per client: 100 → 151 clients; cost €202,000 → €305,020',
    );
  });

  test('a measure’s effect: per line, exact total, then the apportioning', () => {
    const e = explainer.explain({ figure: 'measure', measureId: 'korting', year: 2022 });
    expect(e.value).toBe(102_591);
    const last = e.steps.at(-1);
    expect(last?.values).toEqual({ exact: expect.closeTo(102_590.777, 3), floor: 102_590, adjustment: 1, savings: 629_861, effect: 102_591 });
    expect(plain(say(last?.label))).toBe('Afgerond zodat de effecten samen precies de besparing € 629.861 zijn (grootste rest): € 102.590 + € 1 = € 102.591');
    expect(e.steps.slice(0, 2).map((s) => s.ref)).toEqual([
      { figure: 'line', side: 'scenario', lineId: 'bibliotheek', year: 2022 },
      { figure: 'line', side: 'scenario', lineId: 'welzijn', year: 2022 },
    ]);
    expect((e.steps[0]?.result ?? 0) + (e.steps[1]?.result ?? 0)).toBeCloseTo(102_590.777, 3);
  });

  test('a fixed measure: listed year only', () => {
    expect(labels({ figure: 'measure', measureId: 'formatie', year: 2022 })[0]).toBe('Vast bedrag ‘Extra formatie’: −\u2060€ 38.000 (genoemd voor 2022)');
    expect(labels({ figure: 'fixed', year: 2023 })[0]).toBe('‘Extra formatie’: € 0 (niet genoemd voor 2023, telt niet)');
  });

  test('scenario total: the rounded lines, minus the fixed savings', () => {
    expect(labels({ figure: 'total', side: 'scenario', year: 2022 }).at(-1)).toBe('€ 5.379.320 − vaste besparingen (−\u2060€ 38.000) = € 5.417.320');
  });

  test('target, gap, savings, cumulative', () => {
    expect(labels({ figure: 'gap', year: 2022 })).toEqual([
      'Taakstelling 2022: € 1.500.000 (genoemd voor 2022)',
      'Taakstelling € 1.500.000 − besparing € 629.861 = € 870.139 (tekort)',
    ]);
    expect(labels({ figure: 'savings', year: 2021 })).toEqual(['Basis € 5.896.610 − scenario € 5.531.909 = € 364.701']);
    expect(labels({ figure: 'cumulative', year: 2021 }, 'en')).toEqual([
      'Savings 2020: €175,000 (running total €175,000)',
      'Savings 2021: €364,701 (running total €539,701)',
    ]);
  });

  test('a target read as a step, and none before its first year', () => {
    const s = scenario([amountLine('a', 100)], [], { target: { '2021': 50 } }, 3);
    const ex = createExplainer(s);
    expect(ex.explain({ figure: 'target', year: 2020 })).toMatchObject({ value: null, steps: [{ result: null }] });
    expect(ex.explain({ figure: 'gap', year: 2020 }).value).toBeNull();
    expect(plain(say(ex.explain({ figure: 'target', year: 2022 }).steps[0]?.label))).toBe('Taakstelling 2022: € 50 (geldt sinds 2021)');
  });

  test('breakdown cell: the lines of the row', () => {
    const e = explainer.explain({ figure: 'breakdown', dimension: 'group', key: 'Vitale Coalitie', side: 'baseline', year: 2021 });
    expect(e.value).toBe(1_017_400);
    expect(say(e.title)).toBe('Groep Vitale Coalitie, basis 2021');
    expect(e.steps.map((s) => s.ref)).toEqual([
      { figure: 'line', side: 'baseline', lineId: 'bibliotheek', year: 2021 },
      { figure: 'line', side: 'baseline', lineId: 'welzijn', year: 2021 },
      undefined,
    ]);
    expect(say(explainer.explain({ figure: 'breakdown', dimension: 'kind', key: 'collective', side: 'scenario', year: 2021 }).title)).toBe(
      'Soort algemene voorziening, scenario 2021',
    );
  });

  test('every ref a step points to can be explained in turn, and has the value the step quotes', () => {
    const seen = new Set<string>();
    const walk = (ref: CellRef, depth: number) => {
      const key = JSON.stringify(ref);
      if (seen.has(key) || depth > 4) return;
      seen.add(key);
      const e = explainer.explain(ref);
      expect(e.value).toBe(figureOf(explainer.projection, ref));
      for (const step of e.steps) if (step.ref) walk(step.ref, depth + 1);
    };
    walk({ figure: 'gap', year: 2023 }, 0);
    walk({ figure: 'measure', measureId: 'verschuiving', year: 2023 }, 0);
    expect(seen.size).toBeGreaterThan(5);
  });

  test('a cut by amount: pool, what is lost, this line’s share', () => {
    const s = scenario([amountLine('a', 300_000), volumeLine('b', 100, 1_000)], [{ id: 'k', name: 'Bezuiniging', type: 'cut', lines: ['a', 'b'], amount: 40_000 }]);
    const e = explain(s, { figure: 'line', side: 'scenario', lineId: 'b', year: 2020 });
    expect(e.value).toBe(90_000);
    expect(e.steps[1]?.values).toMatchObject({ amount: 40_000, pool: 400_000, lost: 40_000, share: 0.25, unitCostAfter: 900, volumeAfter: 100 });
    expect(plain(say(e.steps[1]?.label))).toContain('€ 100.000 / € 400.000 = 25% = € 10.000');
  });

  test('with a strength factor: the note, and the value of project() with that factor', () => {
    const s = scenario([amountLine('a', 100_000)], [{ id: 'k', name: 'Korting', type: 'cut', lines: ['a'], rate: 0.2 }]);
    const strength = new Map([['k', 1.5]]);
    const e = explain(s, { figure: 'line', side: 'scenario', lineId: 'a', year: 2020 }, { strength });
    expect(e.value).toBe(project(s, { strength }).lines[0]?.scenario[0]);
    expect(plain(say(e.steps[1]?.label))).toBe('Korting ‘Korting’ (sterkte × 1,5): 30% → × 0,7: € 100.000 → € 70.000');
  });

  test('a ref that is no figure of the projection is refused', () => {
    expect(() => explainer.explain({ figure: 'savings', year: 2019 })).toThrow(RangeError);
    expect(() => explainer.explain({ figure: 'line', side: 'baseline', lineId: 'nope', year: 2020 })).toThrow(RangeError);
    expect(() => explainer.explain({ figure: 'measure', measureId: 'nope', year: 2020 })).toThrow(RangeError);
    expect(() => explainer.explain({ figure: 'breakdown', dimension: 'group', key: 'nope', side: 'baseline', year: 2020 })).toThrow(RangeError);
    const off = createExplainer({ ...example, measures: (example.measures ?? []).map((m) => ({ ...m, enabled: m.id !== 'korting' })) });
    expect(() => off.explain({ figure: 'measure', measureId: 'korting', year: 2020 })).toThrow(/no enabled measure/);
  });
});

describe('explain() steps as data', () => {
  test('a title and a step are a message id with their numbers as numbers, rendered in any language', () => {
    const e = explainer.explain({ figure: 'line', side: 'scenario', lineId: 'bibliotheek', year: 2022 });
    expect(e.title).toEqual({ id: 'explain.lineTitle', args: ['Bibliotheek', 'scenario', 2022] });
    const rounding = e.steps.at(-1);
    expect(rounding?.label.id).toBe('explain.rounded');
    expect(rounding?.label.args?.every((x) => typeof x === 'number')).toBe(true);
    // The steps are plain JSON: they survive a round trip and render the same.
    const copy = JSON.parse(JSON.stringify(e.steps)) as typeof e.steps;
    expect(copy.map((s) => render('en', s.label))).toEqual(e.steps.map((s) => render('en', s.label)));
    // The pseudo-locale renders every step from the catalogue.
    for (const step of e.steps) expect(render('qps', step.label)).toMatch(/^⟦.*⟧$/s);
  });
});
