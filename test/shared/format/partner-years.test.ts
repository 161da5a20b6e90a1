// partnerYears(): per partner every year and the years together, the one formula of the app's
// "Per partner" table, the compare screen and the exports. In euros the engine's breakdown as it
// is; in thousands every year adds up to the year table, and a partner no measure touches keeps
// the same figure before and after.
import { project } from '../../../shared/engine/project';
import { byChange, changeFraction, partnerYears } from '../../../shared/format/partner-years';
import { yearRows } from '../../../shared/format/year-rows';
import { stichtseVecht, voorbeeld } from '../compare/support';

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('partnerYears', () => {
  it('in euros: the engine’s breakdown per year, the change, its share, and the years together', () => {
    const p = project(stichtseVecht());
    const table = partnerYears(p.breakdown.organisation, p.scenario.fixed, 'euro');
    table.rows.forEach((row, i) => {
      const source = p.breakdown.organisation[i]!;
      expect(row.key).toBe(source.key);
      expect(row.years.map((c) => c.baseline)).toEqual(source.baseline);
      expect(row.years.map((c) => c.scenario)).toEqual(source.scenario);
      row.years.forEach((c, y) => {
        expect(c.change).toBe(source.scenario[y]! - source.baseline[y]!);
        expect(c.changeFraction).toBe(changeFraction(c.change, c.baseline));
      });
      expect(row.span).toEqual({
        baseline: sum(source.baseline),
        scenario: sum(source.scenario),
        change: sum(source.scenario) - sum(source.baseline),
        changeFraction: (sum(source.scenario) - sum(source.baseline)) / sum(source.baseline),
      });
    });
    const jeugdPunt = table.rows.find((r) => r.key === 'Jeugd-Punt')!;
    expect(jeugdPunt.years.map((c) => c.change)).toEqual([0, -30000, -30000, -30000, -30000]);
    expect(table.total.years.map((c) => -c.change + 0)).toEqual(p.savings.total);
    expect(table.total.span.change).toBe(-p.savings.cumulative.at(-1)!);
    expect(table.fixed).toBeNull();
  });

  it('in thousands: each year adds up to the year table; a partner no measure touches shows the same figure before and after', () => {
    for (const scenario of [stichtseVecht(), voorbeeld()]) {
      const p = project(scenario);
      const rows = yearRows(p, 'thousand');
      const value = (kind: string, y: number) => rows.find((r) => r.kind === kind)!.values[y];
      for (const dimension of ['organisation', 'group', 'kind', 'taakveld'] as const) {
        const table = partnerYears(p.breakdown[dimension], p.scenario.fixed, 'thousand');
        p.years.forEach((_, y) => {
          expect(sum(table.rows.map((r) => r.years[y]!.baseline))).toBe(value('baseline', y));
          expect(sum(table.rows.map((r) => r.years[y]!.scenario)) + (table.fixed?.years[y] ?? 0)).toBe(value('scenario', y));
          expect(table.total.years[y]).toMatchObject({ baseline: value('baseline', y), scenario: value('scenario', y) });
          table.rows.forEach((row, i) => {
            const source = p.breakdown[dimension][i]!;
            if (source.scenario[y] === source.baseline[y]) expect(row.years[y]!.change).toBe(0);
          });
        });
        for (const row of table.rows) expect(row.span.change).toBe(sum(row.years.map((c) => c.change)));
      }
    }
    // Handjehelpen, which no measure touches: € 152.700 in 2022 (153 thousand) before and after.
    // Apportioning the budgets after the measures on their own made it 153 → 152.
    const p = project(stichtseVecht());
    const table = partnerYears(p.breakdown.organisation, p.scenario.fixed, 'thousand');
    expect(table.rows.find((r) => r.key === 'Handjehelpen')!.years[1]).toEqual({ baseline: 153000, scenario: 153000, change: 0, changeFraction: 0 });
  });

  it('puts fixed savings in a row of their own, as a cost (+) or a saving (−)', () => {
    const p = project(voorbeeld());
    const table = partnerYears(p.breakdown.organisation, p.scenario.fixed, 'euro');
    expect(table.fixed).toEqual({ years: [0, 0, 38000, 0], span: 38000 });
    p.years.forEach((_, y) => expect(sum(table.rows.map((r) => r.years[y]!.scenario)) + table.fixed!.years[y]!).toBe(p.scenario.total[y]));
  });

  it('byChange: the largest cut over all years first, ties by name, the row without a key last', () => {
    const rows = [
      { key: null, spanChangeEuro: -5 },
      { key: 'b', spanChangeEuro: -5 },
      { key: 'a', spanChangeEuro: -5 },
      { key: 'c', spanChangeEuro: -9 },
      { key: 'd', spanChangeEuro: 0 },
    ];
    expect(byChange(rows).map((r) => r.key)).toEqual(['c', 'a', 'b', null, 'd']);
    expect(byChange(rows, 'source').map((r) => r.key)).toEqual(['c', 'b', 'a', null, 'd']);
  });

  it('a share of nothing is no share', () => {
    expect(changeFraction(-10, 0)).toBeNull();
    expect(changeFraction(-10, 100)).toBe(-0.1);
  });
});
