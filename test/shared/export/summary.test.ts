// The summary model behind every export: its figures are project()'s own (in euros exactly; in
// thousands apportioned so every table adds up), measures are described in words, and the
// assumptions are listed apart from the measures.
import { yearRows } from '../../../shared/format/year-rows';
import { describeMeasure, describePhaseIn } from '../../../shared/export/describe-measure';
import { buildSummary } from '../../../shared/export/summary';
import type { Measure } from '../../../shared/scenario/schema';
import { NAMES, sample, sum, summaryOf, plain } from './fixtures';

describe.each(NAMES)('summary of %s', (name) => {
  const { scenario, projection } = sample(name);
  const last = projection.years.length - 1;

  it('in euros: every figure is the engine’s own', () => {
    const s = summaryOf(name, 'nl', 'euro');
    expect(s.years).toEqual(projection.years);
    expect(s.yearRows.map((r) => r.values)).toEqual(yearRows(projection, 'euro').map((r) => r.values));
    expect(s.lines.rows.map((l) => l.baseline)).toEqual(projection.lines.map((l) => l.baseline));
    expect(s.lines.rows.map((l) => l.scenario)).toEqual(projection.lines.map((l) => l.scenario));
    const fixed = projection.scenario.fixed.map((f) => -f + 0);
    expect(s.lines.fixed).toEqual(fixed.some((f) => f !== 0) ? fixed : null);
    for (const m of projection.measures) {
      expect(s.measures.find((x) => x.id === m.id)?.effect).toEqual(m.effect);
    }
    expect(s.headline.savings).toBe(projection.savings.total[last]);
    expect(s.headline.cumulative).toBe(projection.savings.cumulative[last]);
    expect(s.headline.gap).toBe(projection.target?.gap[last] ?? null);
    // Organisations: the engine's breakdown (or, with no organisation named anywhere, the lines).
    if (s.organisations.by === 'organisation') {
      for (const row of projection.breakdown.organisation) {
        const o = s.organisations.rows.find((r) => r.key === row.key);
        expect(o?.baseline).toEqual(row.baseline);
        expect(o?.scenario).toEqual(row.scenario);
      }
    } else {
      expect(projection.lines.every((l) => l.organisation === null)).toBe(true);
      expect(s.organisations.rows.map((r) => r.label).sort()).toEqual(projection.lines.map((l) => l.name).sort());
    }
  });

  it.each(['euro', 'thousand'] as const)('in %s every table adds up to the year table', (unit) => {
    const s = summaryOf(name, 'en', unit);
    const rows = yearRows(projection, unit);
    const row = (kind: string) => rows.find((r) => r.kind === kind)?.values as number[];
    expect(s.yearRows.map((r) => r.values)).toEqual(rows.map((r) => r.values));
    s.years.forEach((_, yi) => {
      const at = (v: readonly number[]) => v[yi] ?? 0;
      expect(sum(s.lines.rows.map((l) => at(l.baseline)))).toBe(at(row('baseline')));
      expect(sum(s.lines.rows.map((l) => at(l.scenario))) + at(s.lines.fixed ?? [])).toBe(at(row('scenario')));
      expect(sum(s.organisations.rows.map((o) => at(o.baseline)))).toBe(at(row('baseline')));
      expect(sum(s.organisations.rows.map((o) => at(o.scenario))) + at(s.organisations.fixed ?? [])).toBe(at(row('scenario')));
      expect(sum(s.organisations.rows.map((o) => at(o.change))) + at(s.organisations.fixed ?? [])).toBe(-at(row('savings')) + 0);
      expect(sum(s.measures.map((m) => at(m.effect ?? [])))).toBe(at(row('savings')));
    });
    expect(sum(s.organisations.rows.map((o) => o.changeTotal)) + sum(s.organisations.fixed ?? [])).toBe(s.organisations.changeTotal);
    if (unit === 'thousand') {
      const all = [...s.lines.rows.flatMap((l) => [...l.baseline, ...l.scenario]), ...s.organisations.rows.flatMap((o) => o.change)];
      expect(all.every((v) => v % 1000 === 0)).toBe(true);
    }
  });

  it('in thousands, a line or organisation that no measure touches shows the same figure twice', () => {
    const s = summaryOf(name, 'nl', 'thousand');
    projection.lines.forEach((l, i) => {
      if (l.baseline.every((b, yi) => b === l.scenario[yi])) {
        expect(s.lines.rows[i]?.scenario).toEqual(s.lines.rows[i]?.baseline);
      }
    });
  });

  it('lists every measure, switched-off ones without figures', () => {
    const s = summaryOf(name);
    expect(s.measures.map((m) => m.id)).toEqual((scenario.measures ?? []).map((m) => m.id));
    for (const m of s.measures) {
      expect(m.effect === null).toBe(!m.enabled);
      expect(m.description.length).toBeGreaterThan(5);
    }
  });
});

describe('headline, words and dates', () => {
  it('voorbeeld in Dutch: the spec’s worked example', () => {
    const s = summaryOf('voorbeeld', 'nl', 'euro');
    expect(s.title).toBe('Voorbeeld: korting en verschuiving');
    expect(s.dateText).toBe('5 maart 2024');
    expect(plain(s.headline.texts.savings)).toBe('€ 973.949');
    expect(plain(s.headline.texts.cumulative)).toBe('€ 2.143.511');
    expect(plain(s.headline.texts.target)).toBe('niet gehaald: tekort in 2020–2023, het grootst in 2023: € 1.026.051');
    expect(s.headline.status).toBe('short');
    expect(plain(s.headline.verdict.detail ?? '')).toBe('tekort in 2020–2023, het grootst in 2023: € 1.026.051');
    expect(s.headline.labels).toEqual({ savings: 'Besparing 2023', cumulative: 'Cumulatief 2020–2023', target: 'Taakstelling 2020–2023' });
  });

  it('in thousands the headline prose writes the rounded figure out in euros', () => {
    const s = summaryOf('voorbeeld', 'en', 'thousand');
    expect(plain(s.headline.texts.savings)).toBe('€974,000');
    expect(s.amountsLabel).toBe('Amounts ×\u00a0€1,000');
  });

  it('Stichtse Vecht meets its target; Kampen has none', () => {
    expect(summaryOf('stichtse-vecht-vitale-coalitie', 'nl').headline.texts.target).toBe('gehaald');
    const kampen = summaryOf('kampen-innovatiebudget', 'en');
    expect(kampen.headline.status).toBe('none');
    expect(kampen.headline.texts.target).toBe('no target');
  });

  it('a Date is read as a calendar day in the given zone', () => {
    const { scenario, projection } = sample('voorbeeld');
    const s = buildSummary(scenario, projection, { lang: 'en', unit: 'euro', date: new Date('2024-03-05T23:30:00Z'), timeZone: 'Europe/Amsterdam' });
    expect(s.date).toBe('2024-03-06');
    expect(s.dateText).toBe('6 March 2024');
  });

  it('per organisation: the largest cut first, an untouched partner with no change', () => {
    const s = summaryOf('stichtse-vecht-vitale-coalitie', 'nl', 'thousand');
    expect(s.organisations.by).toBe('organisation');
    expect(s.organisations.rows.map((r) => r.label)).toEqual([
      'Welzijn Stichtse Vecht',
      'Kwadraad maatschappelijk werk',
      'Jeugd-Punt',
      'Bibliotheek Angstel, Vecht en Venen',
      'Handjehelpen',
    ]);
    const handjehelpen = s.organisations.rows.find((r) => r.key === 'Handjehelpen');
    expect(handjehelpen?.change.every((c) => c === 0)).toBe(true);
  });

  it('with no organisation named on any line, the impact table is per line', () => {
    const s = summaryOf('voorbeeld', 'nl');
    expect(s.organisations.by).toBe('line');
    expect(s.organisations.rows[0]?.label).toBe('Wmo-begeleiding individueel');
  });

  it('many lines: the wage share as a range, or one figure when every line has it', () => {
    const text = (name: string, lang: 'nl' | 'en') => summaryOf(name, lang).assumptions.items.find((i) => i.label === (lang === 'nl' ? 'Loonaandeel' : 'Wage share'))?.text;
    expect(text('stichtse-vecht-vitale-coalitie', 'nl')).toBe('60%–85%, verschilt per regel (5 regels)');
    expect(text('zwolle-begrotingswijziging', 'en')).toBe('100% on every line (5 lines)');
  });

  it('lists the assumptions: base year, horizon, indexation, growth, wage shares', () => {
    const s = summaryOf('voorbeeld', 'nl');
    expect(Object.fromEntries(s.assumptions.items.map((i) => [i.label, i.text]))).toEqual({
      Basisjaar: '2020 (de bedragen van de basis gelden in dit jaar)',
      Looptijd: '2020–2023',
      Loonindexatie: '2% (2021), 1,13% (2022)',
      Prijsindexatie: '1% (2021)',
      'Autonome groei': 'Wmo-begeleiding individueel 2% per jaar',
      Loonaandeel: 'Bibliotheek 80%, Welzijnsorganisatie 70% en Wmo-begeleiding individueel 90%',
    });
    expect(s.assumptions.indexation).toEqual([
      { year: 2021, wage: 0.02, price: 0.01 },
      { year: 2022, wage: 0.0113, price: 0 },
      { year: 2023, wage: 0, price: 0 },
    ]);
  });
});

describe('measures in words', () => {
  const describeIn = (name: string, id: string, lang: 'nl' | 'en') => {
    const { scenario } = sample(name);
    return plain(describeMeasure(scenario.measures?.find((m) => m.id === id) as Measure, scenario, lang));
  };

  it.each([
    ['voorbeeld', 'korting', 'nl', '20% korting op Vitale Coalitie, ingroei 0% 2021, 50% 2022, 100% 2023'],
    ['voorbeeld', 'korting', 'en', '20% cut on Vitale Coalitie, phase-in 0% 2021, 50% 2022, 100% 2023'],
    ['voorbeeld', 'verschuiving', 'nl', 'Van Wmo-begeleiding individueel naar Huiskamers in de wijk: aandeel 5% 2020, 10% 2021, 15% 2022, 20% 2023'],
    ['voorbeeld', 'formatie', 'nl', 'Kosten € 38.000 in 2022'],
    ['voorbeeld', 'formatie', 'en', 'Cost €38,000 in 2022'],
    ['stichtse-vecht-vitale-coalitie', 'korting-jeugd-punt', 'nl', '€ 30.000 per jaar korting op Jeugd-Punt: jongerenwerk en sportcombinatiefunctionaris, vanaf 2022'],
    ['kampen-innovatiebudget', 'kortste-weg-naar-werk', 'nl', '10% minder cliënten op Bijstandsuitkeringen statushouders, vanaf 2020, bandbreedte 50%–125%'],
    ['kampen-innovatiebudget', 'kortste-weg-naar-werk', 'en', '10% fewer clients on Bijstandsuitkeringen statushouders, from 2020, range 50%–125%'],
    ['zwolle-begrotingswijziging', 'nieuwe-taken-220', 'nl', 'Kosten € 220.000 per jaar vanaf 2022'],
  ])('%s %s (%s)', (name, id, lang, text) => {
    expect(describeIn(name, id, lang as 'nl' | 'en')).toBe(text);
  });

  it('an increase, a tariff change, a shift ratio and cents read as such', () => {
    const { scenario } = sample('voorbeeld');
    const d = (m: Measure, lang: 'nl' | 'en' = 'nl') => plain(describeMeasure(m, scenario, lang));
    expect(d({ id: 'x', name: 'x', type: 'cut', lines: ['bibliotheek'], rate: -0.1 })).toBe('10% verhoging op Bibliotheek');
    expect(d({ id: 'x', name: 'x', type: 'unitCostChange', groups: [], lines: ['begeleiding', 'huiskamers'], rate: -0.05 }, 'en')).toBe(
      '5% lower unit cost on Wmo-begeleiding individueel and Huiskamers in de wijk',
    );
    expect(d({ id: 'x', name: 'x', type: 'shift', from: 'begeleiding', to: 'huiskamers', share: { '2021': 0.1 }, ratio: 1.5 })).toBe(
      'Van Wmo-begeleiding individueel naar Huiskamers in de wijk: aandeel 10% 2021, verhouding 1 : 1,5',
    );
    expect(d({ id: 'x', name: 'x', type: 'fixed', amounts: { '2021': 1234.5, '2022': -10 } })).toBe('Besparing € 1.234,50 in 2021, kosten € 10 in 2022');
    expect(describePhaseIn(undefined, 'nl')).toBeNull();
  });
});
