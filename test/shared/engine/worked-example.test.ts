// The worked example of docs/scenario-format.md, to the euro: every figure of its table (read
// from the document itself) and the per-line 2021 figures, the JSON shape, and explain()
// agreeing with every cell.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allCellRefs, createExplainer } from '../../../shared/engine/explain';
import { project } from '../../../shared/engine/project';
import { toProjectJson } from '../../../shared/engine/project-json';
import { render } from '../../../shared/i18n/text';
import { figureOf, loadExample } from './support';

const example = loadExample();
const p = project(example);
const effect = (id: string) => p.measures.find((m) => m.id === id);
const line = (id: string) => p.lines.find((l) => l.id === id);

describe('the worked example (scenario-format.md)', () => {
  test('the table in docs/scenario-format.md is the projection of test/fixtures/voorbeeld.json, row for row', () => {
    const doc = readFileSync(path.resolve(__dirname, '../../../docs/scenario-format.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Worked example'), doc.indexOf('# Version 2, exactly'));
    const rows = new Map<string, number[]>();
    for (const match of section.matchAll(/^\| ([^|]+?) \|((?: [−\d ]+ \|){4})$/gm)) {
      const cells = match[2]!.split('|').map((c) => c.trim()).filter((c) => c !== '');
      rows.set(match[1]!, cells.map((c) => Number(c.replace(/ /g, '').replace('−', '-'))));
    }
    expect(Object.fromEntries(rows)).toEqual({
      'baseline total': p.baseline.total,
      'scenario total': p.scenario.total,
      savings: p.savings.total,
      cumulative: p.savings.cumulative,
      'effect `korting`': effect('korting')?.effect,
      'effect `verschuiving`': effect('verschuiving')?.effect,
      'effect `formatie`': effect('formatie')?.effect,
      'gap to target': p.target?.gap,
    });
  });

  test('the "target met" row of the table is target.met', () => {
    const doc = readFileSync(path.resolve(__dirname, '../../../docs/scenario-format.md'), 'utf8');
    const row = /^\| target met \|((?: (?:yes|no) \|){4})$/m.exec(doc.slice(doc.indexOf('## Worked example'), doc.indexOf('# Version 2, exactly')));
    expect(row).not.toBeNull();
    const cells = row![1]!.split('|').map((c) => c.trim()).filter((c) => c !== '');
    expect(cells.map((c) => c === 'yes')).toEqual(p.target?.met);
  });

  test('years', () => expect(p.years).toEqual([2020, 2021, 2022, 2023]));
  test('baseline total', () => expect(p.baseline.total).toEqual([5_700_000, 5_896_610, 6_047_181, 6_143_566]));
  test('scenario total', () => expect(p.scenario.total).toEqual([5_525_000, 5_531_909, 5_417_320, 5_169_617]));
  test('savings', () => expect(p.savings.total).toEqual([175_000, 364_701, 629_861, 973_949]));
  test('cumulative', () => expect(p.savings.cumulative).toEqual([175_000, 539_701, 1_169_562, 2_143_511]));
  test('effect korting', () => expect(effect('korting')?.effect).toEqual([0, 0, 102_591, 205_181]));
  test('effect verschuiving', () => expect(effect('verschuiving')?.effect).toEqual([175_000, 364_701, 565_270, 768_768]));
  test('effect formatie', () => expect(effect('formatie')?.effect).toEqual([0, 0, -38_000, 0]));
  test('target and gap', () => {
    expect(p.target?.amount).toEqual([500_000, 1_000_000, 1_500_000, 2_000_000]);
    expect(p.target?.gap).toEqual([325_000, 635_299, 870_139, 1_026_051]);
  });
  test('fixed savings: −38 000 in 2022 only (listed years only)', () => expect(p.scenario.fixed).toEqual([0, 0, -38_000, 0]));

  test('exact effects in 2022 and 2023 as the spec gives them (to 3 decimals)', () => {
    const exact = (id: string, yi: number) => effect(id)?.exact[yi] ?? NaN;
    expect(exact('korting', 2)).toBeCloseTo(102_590.777, 3);
    expect(exact('verschuiving', 2)).toBeCloseTo(565_270.316, 3);
    expect(exact('formatie', 2)).toBe(-38_000);
    expect(exact('korting', 3)).toBeCloseTo(205_181.554, 3);
    expect(exact('verschuiving', 3)).toBeCloseTo(768_767.629, 3);
    expect(exact('formatie', 3)).toBe(0);
  });

  test('per line, 2021', () => {
    expect(line('bibliotheek')?.baseline[1]).toBe(407_200);
    expect(line('welzijn')?.baseline[1]).toBe(610_200);
    expect(line('begeleiding')?.baseline[1]).toBe(4_677_210);
    expect(line('begeleiding')?.scenario[1]).toBe(4_209_489);
    expect(line('begeleiding')?.scenario[1]).toBe(459 * 9_171);
    expect(line('huiskamers')?.baseline[1]).toBe(202_000);
    expect(line('huiskamers')?.scenario[1]).toBe(305_020);
  });

  test('breakdowns: rows in order of first appearance, the unset key last; cells sum the rounded lines', () => {
    expect(p.breakdown.group.map((r) => r.key)).toEqual(['Vitale Coalitie', null]);
    expect(p.breakdown.kind.map((r) => r.key)).toEqual(['subsidy', 'individual', 'collective']);
    expect(p.breakdown.taakveld.map((r) => [r.key, r.lineIds])).toEqual([
      ['6.71', ['begeleiding']],
      ['6.1', ['huiskamers']],
      [null, ['bibliotheek', 'welzijn']],
    ]);
    expect(p.breakdown.organisation).toEqual([
      { key: null, lineIds: ['bibliotheek', 'welzijn', 'begeleiding', 'huiskamers'], baseline: p.baseline.total, scenario: [5_525_000, 5_531_909, 5_379_320, 5_169_617] },
    ]);
    expect(p.breakdown.group[0]?.baseline[1]).toBe(407_200 + 610_200);
  });

  test('`vcp project --json` shape', () => {
    const json = toProjectJson(example, p);
    expect(Object.keys(json)).toEqual(['title', 'years', 'baseline', 'scenario', 'savings', 'target', 'paybackYear', 'pm', 'warnings']);
    expect(json).toEqual({
      title: 'Voorbeeld: korting en verschuiving',
      years: [2020, 2021, 2022, 2023],
      baseline: {
        total: [5_700_000, 5_896_610, 6_047_181, 6_143_566],
        lines: {
          bibliotheek: line('bibliotheek')?.baseline,
          welzijn: line('welzijn')?.baseline,
          begeleiding: line('begeleiding')?.baseline,
          huiskamers: line('huiskamers')?.baseline,
        },
      },
      scenario: {
        total: [5_525_000, 5_531_909, 5_417_320, 5_169_617],
        lines: {
          bibliotheek: line('bibliotheek')?.scenario,
          welzijn: line('welzijn')?.scenario,
          begeleiding: line('begeleiding')?.scenario,
          huiskamers: line('huiskamers')?.scenario,
        },
      },
      savings: {
        total: [175_000, 364_701, 629_861, 973_949],
        cumulative: [175_000, 539_701, 1_169_562, 2_143_511],
        measures: {
          korting: [0, 0, 102_591, 205_181],
          verschuiving: [175_000, 364_701, 565_270, 768_768],
          formatie: [0, 0, -38_000, 0],
        },
        // Version 2's outputs of a version-1 file: `formatie` is a fixed measure without
        // `continues`, so incidental; no one-off costs, every probability 1, nothing realised.
        structural: [175_000, 364_701, 667_861, 973_949],
        incidental: [0, 0, -38_000, 0],
        oneOffCosts: [0, 0, 0, 0],
        net: [175_000, 364_701, 629_861, 973_949],
        netCumulative: [175_000, 539_701, 1_169_562, 2_143_511],
        riskWeighted: [175_000, 364_701, 629_861, 973_949],
        realised: [null, null, null, null],
      },
      target: {
        amount: [500_000, 1_000_000, 1_500_000, 2_000_000],
        gap: [325_000, 635_299, 870_139, 1_026_051],
        met: [false, false, false, false],
        structuralGap: [325_000, 635_299, 832_139, 1_026_051],
      },
      paybackYear: null,
      pm: { lines: [], measures: [] },
      warnings: [],
    });
    // Every number whole euros; JSON survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('explain() on the worked example', () => {
  const explainer = createExplainer(example);
  const refs = allCellRefs(p);

  test('covers every figure of the projection', () => {
    // 4 years × (2 totals + 8 line cells + fixed, savings, cumulative + 3 measures + target, gap
    // + breakdown cells: group 2, organisation 1, kind 3, taakveld 3 rows × 2 sides)
    expect(refs).toHaveLength(4 * (2 + 8 + 3 + 3 + 2 + 18));
  });

  test.each(refs.map((ref) => [JSON.stringify(ref), ref] as const))('%s: value equals the projection', (_, ref) => {
    const explanation = explainer.explain(ref);
    expect(explanation.value).toBe(figureOf(p, ref));
    // The last step comes to the value; every step is written in both languages.
    expect(explanation.steps.at(-1)?.result).toBe(explanation.value);
    for (const step of explanation.steps) {
      expect(render('nl', step.label).length).toBeGreaterThan(0);
      expect(render('en', step.label).length).toBeGreaterThan(0);
    }
  });

  test('the explainer projects the same as project()', () => expect(explainer.projection).toEqual(p));
});
