// partnerComparison(): what each scenario means per partner, every shared year and all of them
// together, from the engine's breakdown rows; columns that add up, also in thousands.
import { compareScenarios } from '../../../shared/compare/compare';
import { partnerComparison } from '../../../shared/compare/partners';
import { comparisonRows } from '../../../shared/compare/rows';
import { project } from '../../../shared/engine/project';
import type { Scenario } from '../../../shared/scenario/schema';
import { measure, stichtseVecht, stichtseVechtEqualCut, variant, voorbeeld } from './support';

const items = (...scenarios: Scenario[]) => scenarios.map((scenario, i) => ({ name: `s${i}`, scenario }));

/** The 20% variant of Stichtse Vecht: its own sample, one equal cut of 20% on the coalition. */
const twentyPercent = (): Scenario => stichtseVechtEqualCut();

describe('partnerComparison', () => {
  const a = stichtseVecht();
  const b = twentyPercent();
  const comparison = compareScenarios(items(a, b));
  const table = partnerComparison(comparison, 'euro');

  it('has per organisation and scenario the engine’s breakdown per shared year', () => {
    expect(table.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    [a, b].forEach((scenario, k) => {
      const projection = project(scenario);
      for (const row of table.rows) {
        const own = projection.breakdown.organisation.find((r) => r.key === row.key);
        expect(row.cells[k]?.years.map((y) => y.baseline)).toEqual(own?.baseline);
        expect(row.cells[k]?.years.map((y) => y.scenario)).toEqual(own?.scenario);
      }
      expect(table.scenarios[k]?.total.years.map((y) => -y.change + 0)).toEqual(projection.savings.total);
    });
  });

  it('in 2022 shows what the sources say: Jeugd-Punt −€ 30.000, Welzijn −€ 87.150, Kwadraad −€ 47.850, the library nothing', () => {
    const change = Object.fromEntries(table.rows.map((r) => [r.key, r.cells[0]?.years[1]?.change]));
    expect(change).toEqual({
      'Jeugd-Punt': -30000,
      'Welzijn Stichtse Vecht': -87150,
      'Kwadraad maatschappelijk werk': -47850,
      'Bibliotheek Angstel, Vecht en Venen': 0,
      Handjehelpen: 0,
    });
    // Sorted by the largest cut in any scenario: under 20% the library loses most.
    expect(table.rows[0]?.key).toBe('Bibliotheek Angstel, Vecht en Venen');
    expect(table.sameBaseline).toBe(true);
    expect(table.hasFixed).toBe(false);
    expect(table.scenarios[0]?.total.years[1]?.change).toBe(-165000);
    expect(table.scenarios[0]?.total.span.change).toBe(-660000);
  });

  it('in thousands every column adds up to the totals the savings table shows', () => {
    const rows = comparisonRows(comparison, 'thousand');
    const thousands = partnerComparison(comparison, 'thousand');
    thousands.scenarios.forEach((own, k) => {
      own.total.years.forEach((total, y) => {
        const sum = (pick: 'baseline' | 'scenario') => thousands.rows.reduce((acc, r) => acc + (r.cells[k]?.years[y]?.[pick] ?? 0), 0);
        expect(sum('baseline')).toBe(total.baseline);
        expect(sum('scenario')).toBe(total.scenario);
        expect(-total.change + 0).toBe(rows.savings[k]?.[y]);
        for (const r of thousands.rows) expect((r.cells[k]?.years[y]?.baseline ?? 0) % 1000).toBe(0);
      });
      // All years together: the sum of the years shown.
      expect(own.total.span.change).toBe(-(rows.savings[k] ?? []).reduce((x, v) => x + v, 0) + 0);
    });
  });
});

describe('partners with fixed savings, a partner only in one scenario, and other baselines', () => {
  it('puts fixed savings in their own row and marks a missing partner', () => {
    const a = voorbeeld();
    const b = variant(a, (s) => {
      s.lines[0]!.organisation = 'Bibliotheek';
      s.lines[0]!.amount = 410000;
      const korting = measure(s, 'korting');
      korting.enabled = false;
    });
    const comparison = compareScenarios(items(a, b));
    const table = partnerComparison(comparison, 'euro');
    // The lines without an organisation carry the cuts, so they come first here.
    expect(table.rows.map((r) => r.key)).toEqual([null, 'Bibliotheek']);
    expect(table.rows[1]?.cells[0]).toBeNull();
    expect(table.scenarios.map((t) => t.fixed?.years[2])).toEqual([38000, 38000]);
    expect(table.sameBaseline).toBe(false);
    // Rows + fixed = the scenario total, per scenario and year.
    table.scenarios.forEach((own, k) => {
      own.total.years.forEach((total, y) => {
        const rows = table.rows.reduce((acc, r) => acc + (r.cells[k]?.years[y]?.scenario ?? 0), 0);
        expect(rows + (own.fixed?.years[y] ?? 0)).toBe(total.scenario);
      });
    });
  });
});
