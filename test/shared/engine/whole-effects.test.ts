// A cut of a whole number of euros shows that number in the per-measure rows (#24 item 10c): the
// Stichtse Vecht sample with the 20 % cut (now its own sample) beside the three cuts by amount showed
// € 30.001 (2022) and € 47.849 (2023), because the euro its line cells' rounding left over went to
// the first whole effect. Every table still adds up to the euro, and in thousands.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createExplainer } from '../../../shared/engine/explain';
import { project } from '../../../shared/engine/project';
import { yearRows } from '../../../shared/format/year-rows';
import { parseScenarioText } from '../../../shared/scenario/parse';
import type { Scenario } from '../../../shared/scenario/schema';

function sample(id: string): Scenario {
  const file = path.resolve(__dirname, `../../../scenarios/${id}.vcscenario.json`);
  const parsed = parseScenarioText(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error('the sample does not parse');
  return parsed.value;
}

/** The 5% decision's three cuts by amount, and the equal cut of 20 % after them. */
function allOn(): Scenario {
  const s = sample('stichtse-vecht-vitale-coalitie');
  const equal = sample('stichtse-vecht-vitale-coalitie-gelijke-korting');
  return { ...s, measures: [...(s.measures ?? []), ...(equal.measures ?? [])] };
}

const sum = (xs: readonly (number | null)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);

describe('whole-euro effects stay whole beside another measure (Stichtse Vecht, all measures on)', () => {
  const scenario = allOn();
  const p = project(scenario);
  const effect = (id: string) => p.measures.find((m) => m.id === id)?.effect;

  it('each cut by amount shows its amount from 2022 on, in every year', () => {
    expect(effect('korting-jeugd-punt')).toEqual([0, 30_000, 30_000, 30_000, 30_000]);
    expect(effect('korting-welzijn-stichtse-vecht')).toEqual([0, 87_150, 87_150, 87_150, 87_150]);
    expect(effect('korting-kwadraad')).toEqual([0, 47_850, 47_850, 47_850, 47_850]);
    // The rounding difference goes to the 20 % cut, whose exact effect has cents (or, in 2022,
    // where every effect is whole, to the largest).
    expect(effect('korting-vitale-coalitie')).toEqual([0, 639_431, 658_033, 673_699, 689_717]);
    expect(p.savings.total).toEqual([0, 804_431, 823_033, 838_699, 854_717]);
  });

  it('the per-measure rows add up to the savings of each year, in euros and in thousands', () => {
    for (const unit of ['euro', 'thousand'] as const) {
      const rows = yearRows(p, unit);
      const savings = rows.find((r) => r.kind === 'savings')!.values;
      const measures = rows.filter((r) => r.kind === 'measure');
      savings.forEach((total, yi) => expect(sum(measures.map((m) => m.values[yi] ?? 0))).toBe(total));
    }
    // In thousands the cut of € 30.000 is 30 thousand, not 31 or 29.
    const jeugdPunt = yearRows(p, 'thousand').find((r) => r.measureId === 'korting-jeugd-punt')!;
    expect(jeugdPunt.values).toEqual([0, 30_000, 30_000, 30_000, 30_000]);
  });

  it('the explanation of a cell gives the figure the table shows', () => {
    const explainer = createExplainer(scenario);
    for (const m of p.measures) {
      p.years.forEach((year, yi) => {
        expect(explainer.explain({ figure: 'measure', measureId: m.id, year }).value).toBe(m.effect[yi]);
      });
    }
  });
});
