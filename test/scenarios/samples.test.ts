// Every sample in scenarios/ is a valid scenario that projects, and the figures the sources
// give (product.md) come out of the projection as stated.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenarioText } from '../../shared/scenario/parse';
import type { Scenario } from '../../shared/scenario/schema';
import { project } from '../../shared/engine/project';
import type { Projection } from '../../shared/engine/types';
import { taakveldName } from '../../shared/taakvelden';
import { render } from '../../shared/i18n/text';

const DIR = join(__dirname, '..', '..', 'scenarios');
const SUFFIX = '.vcscenario.json';
const files = readdirSync(DIR).filter((f) => f.endsWith(SUFFIX)).sort();

function load(file: string): Scenario {
  const result = parseScenarioText(readFileSync(join(DIR, file), 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${result.problems.map((p) => `${p.path}: ${render('en', p.message)}`).join('; ')}`);
  return result.value;
}

/** The values of a per-year row, by year. */
function byYear(projection: Projection, row: readonly (number | null)[]): Record<number, number | null> {
  return Object.fromEntries(projection.years.map((y, i) => [y, row[i] ?? null]));
}

function organisationChange(projection: Projection, organisation: string, year: number): number {
  const row = projection.breakdown.organisation.find((r) => r.key === organisation);
  if (!row) throw new Error(`no organisation ${organisation}`);
  const i = projection.years.indexOf(year);
  return row.baseline[i]! - row.scenario[i]!;
}

describe('the sample scenarios', () => {
  it('are at least the four real cases', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'kampen-innovatiebudget.vcscenario.json',
        'stichtse-vecht-vitale-coalitie.vcscenario.json',
        'stichtse-vecht-vitale-coalitie-gelijke-korting.vcscenario.json',
        'zwolle-begrotingswijziging.vcscenario.json',
        'zwolle-samenspel.vcscenario.json',
      ]),
    );
  });

  describe.each(files)('%s', (file) => {
    const scenario = load(file);

    it('is valid, not migrated, and projects with savings that add up', () => {
      expect(parseScenarioText(readFileSync(join(DIR, file), 'utf8'))).toMatchObject({ ok: true });
      expect(parseScenarioText(readFileSync(join(DIR, file), 'utf8'))).not.toHaveProperty('migratedFrom');
      const p = project(scenario);
      expect(p.years[0]).toBe(scenario.horizon.from);
      p.years.forEach((_, i) => {
        const effects = p.measures.reduce((sum, m) => sum + m.effect[i]!, 0);
        expect(effects).toBe(p.savings.total[i]);
      });
    });

    it('can be offered by the app: its id fits the sample channel, its description opens with one line', () => {
      expect(file.slice(0, -SUFFIX.length)).toMatch(/^[a-z0-9][a-z0-9-]{0,80}$/);
      const firstLine = scenario.description?.split('\n')[0] ?? '';
      expect(firstLine.length).toBeGreaterThan(20);
      expect(firstLine.length).toBeLessThanOrEqual(200);
      expect(firstLine).toMatch(/\.$/);
    });

    it('says which figures are illustrative and uses known Iv3 taakvelden', () => {
      expect(scenario.description).toMatch(/illustratief/i);
      expect(scenario.description).toMatch(/bron/i);
      for (const line of scenario.lines) {
        if (line.taakveld !== undefined) expect(taakveldName(line.taakveld)).toBeDefined();
      }
    });
  });
});

describe('Stichtse Vecht: the college chose 5%', () => {
  const scenario = load('stichtse-vecht-vitale-coalitie.vcscenario.json');
  const p = project(scenario);

  it('cuts each partner by the euros the college named, from 2022, the library not at all', () => {
    for (const year of [2022, 2023, 2025]) {
      expect(organisationChange(p, 'Jeugd-Punt', year)).toBe(30000);
      expect(organisationChange(p, 'Welzijn Stichtse Vecht', year)).toBe(87150);
      expect(organisationChange(p, 'Kwadraad maatschappelijk werk', year)).toBe(47850);
      expect(organisationChange(p, 'Bibliotheek Angstel, Vecht en Venen', year)).toBe(0);
    }
    expect(organisationChange(p, 'Jeugd-Punt', 2021)).toBe(0);
    expect(byYear(p, p.savings.total)).toMatchObject({ 2021: 0, 2022: 165000, 2025: 165000 });
    expect(byYear(p, p.target!.gap)).toMatchObject({ 2021: null, 2022: 0 });
  });

  it('says so in its title, and has no measure switched off that one must switch on instead (#21 item 5)', () => {
    // It said "5% in plaats van 20%" over three cuts by amount, with the 20% switched off beside them.
    expect(scenario.title).toBe('Stichtse Vecht: het 5%-besluit, € 165.000 op drie partners van de Vitale Coalitie');
    expect(scenario.measures!.every((m) => m.enabled !== false && m.type === 'cut' && m.amount !== undefined)).toBe(true);
    expect(scenario.measures!.reduce((sum, m) => sum + (m.type === 'cut' ? (m.amount ?? 0) : 0), 0)).toBe(165000);
    // € 165.000 is 5% of the partners' budgets in 2021.
    expect(p.baseline.total[0]! * 0.05).toBe(165000);
  });
});

describe('Stichtse Vecht: the equal cut, 20% as imposed or the partners’ 5 or 10%', () => {
  const chosen = load('stichtse-vecht-vitale-coalitie.vcscenario.json');
  const scenario = load('stichtse-vecht-vitale-coalitie-gelijke-korting.vcscenario.json');
  const cut = scenario.measures![0]!;
  const at = (rate: number) => project({ ...scenario, measures: [{ ...cut, rate } as typeof cut] });

  it('has the 5% decision’s partners, years and target, and one cut by rate on the whole coalition', () => {
    const { title: _t, description: _d, measures: _m, ...base } = scenario;
    const { title: _t2, description: _d2, measures: _m2, ...chosenBase } = chosen;
    expect(base).toEqual(chosenBase);
    expect(scenario.measures).toHaveLength(1);
    expect(cut).toMatchObject({ type: 'cut', groups: ['Vitale Coalitie'], rate: 0.2, phaseIn: { '2021': 0, '2022': 1 } });
    expect(scenario.title).toBe('Stichtse Vecht: gelijke korting op de hele Vitale Coalitie, 5, 10 of 20%');
  });

  it('at 20% is more than € 600,000 from 2022 on a budget a bit over € 3 million; every partner loses the same share', () => {
    const twenty = project(scenario);
    const i2022 = twenty.years.indexOf(2022);
    expect(twenty.savings.total[0]).toBe(0);
    expect(twenty.savings.total[i2022]).toBeGreaterThan(600000);
    expect(twenty.baseline.total[i2022]).toBeGreaterThan(3000000);
    expect(twenty.baseline.total[i2022]).toBeLessThan(3500000);
    for (const row of twenty.breakdown.organisation) {
      expect(row.scenario[i2022]! / row.baseline[i2022]!).toBeCloseTo(0.8, 5);
    }
  });

  it('the standard steps 5 and 10% give a quarter and a half of it, the library included', () => {
    const savings = (rate: number) => at(rate).savings.total[1]!;
    expect(Math.abs(savings(0.05) * 4 - savings(0.2))).toBeLessThanOrEqual(4);
    expect(Math.abs(savings(0.1) * 2 - savings(0.2))).toBeLessThanOrEqual(2);
    expect(organisationChange(at(0.05), 'Bibliotheek Angstel, Vecht en Venen', 2022)).toBeGreaterThan(0);
  });
});

describe('Zwolle: Samenspel', () => {
  it('saves € 500,000 in 2020 rising to € 2 million in 2023', () => {
    const p = project(load('zwolle-samenspel.vcscenario.json'));
    expect(byYear(p, p.savings.total)).toEqual({ 2020: 500000, 2021: 1000000, 2022: 1500000, 2023: 2000000 });
    expect(byYear(p, p.measures.find((m) => m.id === 'samenspel')!.effect)).toMatchObject({ 2020: 500000, 2023: 2000000 });
  });
});

describe('Kampen: innovation budget and Kortste weg naar werk', () => {
  const p = project(load('kampen-innovatiebudget.vcscenario.json'));
  const line = (id: string) => byYear(p, p.lines.find((l) => l.id === id)!.scenario);

  it('spends € 500,000 in 2018, € 200,000 in 2019 and nothing from 2020', () => {
    expect(line('innovatiebudget')).toEqual({ 2018: 500000, 2019: 200000, 2020: 0, 2021: 0, 2022: 0 });
  });

  it('saves € 553,500 a year with Kortste weg naar werk', () => {
    const effect = byYear(p, p.measures.find((m) => m.id === 'kortste-weg-naar-werk')!.effect);
    expect(effect).toEqual({ 2018: 0, 2019: 0, 2020: 553500, 2021: 553500, 2022: 553500 });
  });
});

describe('Zwolle: budget revision', () => {
  const p = project(load('zwolle-begrotingswijziging.vcscenario.json'));

  it('raises the Jeugdwet and Wmo tariffs by 1.13%: € 661,000 over five budget goals', () => {
    const i = p.years.indexOf(2022);
    expect(p.lines).toHaveLength(5);
    expect(p.baseline.total[i]! - p.baseline.total[i - 1]!).toBe(661000);
    for (const line of p.lines) {
      expect(line.baseline[i]! / line.baseline[i - 1]!).toBeCloseTo(1.0113, 6);
    }
  });

  it('adds € 220,000 and € 38,000 of extra costs for new tasks', () => {
    const effect = (id: string) => byYear(p, p.measures.find((m) => m.id === id)!.effect);
    expect(effect('nieuwe-taken-220')).toMatchObject({ 2021: 0, 2022: -220000, 2025: -220000 });
    expect(effect('nieuwe-taken-38')).toMatchObject({ 2021: 0, 2022: -38000, 2025: -38000 });
    expect(byYear(p, p.savings.total)).toMatchObject({ 2022: -258000 });
  });
});
