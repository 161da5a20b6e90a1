// The worked example of docs/scenario-format.md, "Version 2, exactly", to the euro: the table is
// read from the document itself and compared with the projection of test/fixtures/voorbeeld-v2.json,
// and every sentence under it (payback year, realised, PM, the warning) is checked too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allCellRefs, createExplainer } from '../../../shared/engine/explain';
import { project } from '../../../shared/engine/project';
import { figureOf } from './support';
import { toProjectJson } from '../../../shared/engine/project-json';
import { scenarioWarnings } from '../../../shared/engine/warnings';
import { render } from '../../../shared/i18n/text';
import { parseScenarioText } from '../../../shared/scenario/parse';
import { serializeScenario } from '../../../shared/scenario/serialize';
import type { Scenario } from '../../../shared/scenario/schema';

const FIXTURE = path.resolve(__dirname, '../../fixtures/voorbeeld-v2.json');
const parsed = parseScenarioText(readFileSync(FIXTURE, 'utf8'));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const example: Scenario = parsed.value;
const p = project(example);
const doc = readFileSync(path.resolve(__dirname, '../../../docs/scenario-format.md'), 'utf8');
const section = doc.slice(doc.indexOf('## Worked example, version 2'));

/** The rows of the section's table: label → four numbers (– is null). */
function tableRows(): Map<string, (number | null)[]> {
  const rows = new Map<string, (number | null)[]>();
  for (const match of section.matchAll(/^\| ([^|]+?) \|((?: [−–\d ]+ \|){4})$/gm)) {
    const cells = match[2]!.split('|').map((c) => c.trim()).filter((c) => c !== '');
    rows.set(match[1]!, cells.map((c) => (c === '–' ? null : Number(c.replace(/ /g, '').replace('−', '-')))));
  }
  return rows;
}

const effect = (id: string) => p.measures.find((m) => m.id === id)?.effect;

describe('the worked example of version 2 (scenario-format.md)', () => {
  test('the file is version 2 and reads without migration', () => {
    expect(example.version).toBe(2);
    expect(parsed.ok && parsed.migratedFrom).toBeUndefined();
  });

  test('the table is the projection, row for row', () => {
    expect(Object.fromEntries(tableRows())).toEqual({
      'baseline total': p.baseline.total,
      savings: p.savings.total,
      'effect `korting-bieb`': effect('korting-bieb'),
      'effect `jeugdpunt-half`': effect('jeugdpunt-half'),
      'effect `verkoop`': effect('verkoop'),
      structural: p.savings.structural,
      incidental: p.savings.incidental,
      'one-off costs': p.savings.oneOffCosts,
      net: p.savings.net,
      'net cumulative': p.savings.netCumulative,
      'structural gap': p.target?.structuralGap,
      'risk-weighted': p.savings.riskWeighted,
    });
  });

  test('the figures, written out', () => {
    expect(p.baseline.total).toEqual([400_000, 630_000, 612_000, 561_000]);
    expect(p.lines.map((l) => [l.id, l.baseline])).toEqual([
      ['jeugdpunt', [0, 200_000, 204_000, 153_000]],
      ['bibliotheek', [400_000, 400_000, 408_000, 408_000]],
      ['festival', [0, 30_000, 0, 0]],
      ['wijkteam', [0, 0, 0, 0]],
    ]);
    expect(p.savings.oneOffCosts).toEqual([60_000, 20_000, 20_001, 0]);
    expect(p.measures.find((m) => m.id === 'jeugdpunt-half')?.oneOffCosts).toEqual([60_000, 0, 20_001, 0]);
    expect(p.savings.riskWeighted).toEqual([0, 82_000, 88_740, 74_715]);
  });

  test('payback year, target, realised, PM', () => {
    expect(section).toContain('Payback year: **2025**');
    expect(p.paybackYear).toBe(2025);
    expect(p.target?.gap).toEqual([null, -10_000, -62_800, -37_300]);
    expect(p.target?.met).toEqual([null, true, true, true]);
    expect(p.savings.realised).toEqual([null, 35_000, null, null]);
    expect(p.pm).toEqual({ lines: ['wijkteam'], measures: ['onderzoek'] });
    expect(p.measures.map((m) => m.id)).toEqual(['korting-bieb', 'jeugdpunt-half', 'verkoop']);
  });

  test('one warning: the notice period of korting-bieb, earliest 2026', () => {
    const warnings = scenarioWarnings(example, p);
    expect(warnings.map(({ message: _m, ...w }) => w)).toEqual([
      { code: 'notice-period', path: 'measures[0]', measure: 'korting-bieb', organisation: 'Bibliotheek Rivierenland', earliestYear: 2026 },
    ]);
    expect(render('nl', warnings[0]!.message)).toBe(
      'Maatregel „10 % korting bibliotheek” kort „Bibliotheek Rivierenland” (subsidie sinds 2010) al in 2025. Bij een subsidie van drie jaar of langer hoort een redelijke opzegtermijn (Awb 4:51): met een besluit op 1 juli 2024 en 12 maanden opzegtermijn kan de korting op zijn vroegst ingaan op 1 januari 2026.',
    );
    expect(section).toContain('the earliest year is **2026**');
  });

  test('vcp project --json carries every version-2 output', () => {
    const json = toProjectJson(example, p);
    expect(Object.keys(json)).toEqual(['title', 'years', 'baseline', 'scenario', 'savings', 'target', 'paybackYear', 'pm', 'warnings']);
    expect(Object.keys(json.savings)).toEqual(['total', 'cumulative', 'measures', 'structural', 'incidental', 'oneOffCosts', 'net', 'netCumulative', 'riskWeighted', 'realised']);
    expect(json.target?.structuralGap).toEqual([null, 40_000, -62_800, -37_300]);
    expect(json.warnings).toHaveLength(1);
  });

  test('saving and reading again gives the same scenario', () => {
    const again = parseScenarioText(serializeScenario(example));
    expect(again.ok && again.value).toEqual(example);
  });
});

describe('explain() on the version-2 example', () => {
  const explainer = createExplainer(example);
  test.each(allCellRefs(p).map((ref) => [JSON.stringify(ref), ref] as const))('%s: value equals the projection', (_, ref) => {
    const explanation = explainer.explain(ref);
    expect(explanation.value).toBe(figureOf(p, ref));
    expect(explanation.steps.at(-1)?.result).toBe(explanation.value);
  });

  test('an estimate line says which year its amount comes from; a one-off line and a PM line say why they are 0', () => {
    const say = (lineId: string, year: number) =>
      explainer.explain({ figure: 'line', side: 'baseline', lineId, year }).steps.map((s) => render('nl', s.label).replace(/[\u00a0\u202f]/g, ' '));
    expect(say('jeugdpunt', 2026)).toEqual([
      'Meerjarenraming 2026: € 200.000 (bedrag van 2025), in prijzen van het basisjaar',
      'Index 2025 = 1 + 0·0 + 1·0 = 1',
      'Index 2026 = 1 × (1 + 0·0 + 1·0,02) = 1,02',
      '€ 200.000 × index 1,02 = € 204.000',
      'Afgerond op hele euro’s: € 204.000 → € 204.000',
    ]);
    expect(say('festival', 2026)[0]).toBe('Meerjarenraming 2026: nog geen bedrag (eenmalig in een ander jaar), dus € 0');
    expect(say('wijkteam', 2025)[0]).toBe('PM (pro memorie): het bedrag is nog niet bekend en telt als € 0');
  });
});
