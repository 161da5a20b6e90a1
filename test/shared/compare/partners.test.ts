// partnerImpact() and partnerPeriodTable(): what each scenario means per partner, per shared
// year, from the engine's breakdown rows; columns that add up, also in thousands.
import { compareScenarios } from '../../../shared/compare/compare';
import { partnerImpact, partnerPeriodTable } from '../../../shared/compare/partners';
import { comparisonRows } from '../../../shared/compare/rows';
import { project } from '../../../shared/engine/project';
import type { Scenario } from '../../../shared/scenario/schema';
import { measure, stichtseVecht, variant, voorbeeld } from './support';

const items = (...scenarios: Scenario[]) => scenarios.map((scenario, i) => ({ name: `s${i}`, scenario }));

/** The 20% variant of Stichtse Vecht: the three 5% cuts off, the 20% cut on. */
function twentyPercent(): Scenario {
  return variant(stichtseVecht(), (s) => {
    for (const m of s.measures ?? []) m.enabled = m.id === 'korting-20-procent';
  });
}

describe('partnerImpact', () => {
  const a = stichtseVecht();
  const b = twentyPercent();
  const comparison = compareScenarios(items(a, b));
  const impact = partnerImpact(comparison, 'organisation');

  it('has per organisation and scenario the engine’s breakdown per shared year', () => {
    expect(impact.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(impact.rows.map((r) => r.key)).toEqual([
      'Bibliotheek Angstel, Vecht en Venen',
      'Welzijn Stichtse Vecht',
      'Kwadraad maatschappelijk werk',
      'Jeugd-Punt',
      'Handjehelpen',
    ]);
    [a, b].forEach((scenario, k) => {
      const projection = project(scenario);
      for (const row of impact.rows) {
        const own = projection.breakdown.organisation.find((r) => r.key === row.key);
        expect(row.cells[k]?.baseline).toEqual(own?.baseline);
        expect(row.cells[k]?.scenario).toEqual(own?.scenario);
      }
      expect(impact.total[k]?.change.map((c) => -c + 0)).toEqual(projection.savings.total);
    });
  });

  it('in 2022 shows what the sources say: Jeugd-Punt −€ 30.000, Welzijn −€ 87.150, Kwadraad −€ 47.850, the library nothing', () => {
    const table = partnerPeriodTable(impact, { kind: 'year', year: 2022 }, 'euro');
    const change = Object.fromEntries(table.rows.map((r) => [r.key, r.cells[0]?.change]));
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
    expect(table.fixed).toBeNull();
    expect(table.total[0]?.change).toBe(-165000);
  });

  it('in thousands every column adds up to the totals the savings table shows', () => {
    const rows = comparisonRows(comparison, 'thousand');
    for (const period of [{ kind: 'year', year: 2023 } as const, { kind: 'all' } as const]) {
      const table = partnerPeriodTable(impact, period, 'thousand');
      table.total.forEach((total, k) => {
        const sum = (pick: 'baseline' | 'scenario') => table.rows.reduce((acc, r) => acc + (r.cells[k]?.[pick] ?? 0), 0);
        expect(sum('baseline')).toBe(total.baseline);
        expect(sum('scenario')).toBe(total.scenario);
        const saved = period.kind === 'year' ? rows.savings[k]?.[2] : rows.cumulative[k]?.at(-1);
        expect(-total.change).toBe(saved);
        for (const r of table.rows) expect((r.cells[k]?.baseline ?? 0) % 1000).toBe(0);
      });
    }
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
    const impact = partnerImpact(comparison, 'organisation');
    expect(impact.rows.map((r) => r.key)).toEqual(['Bibliotheek', null]);
    expect(impact.rows[0]?.cells[0]).toBeNull();
    const table = partnerPeriodTable(impact, { kind: 'year', year: 2022 }, 'euro');
    expect(table.fixed).toEqual([38000, 38000]);
    expect(table.sameBaseline).toBe(false);
    // Rows + fixed = the scenario total, per scenario.
    table.total.forEach((total, k) => {
      const rows = table.rows.reduce((acc, r) => acc + (r.cells[k]?.scenario ?? 0), 0);
      expect(rows + (table.fixed?.[k] ?? 0)).toBe(total.scenario);
    });
  });
});
