// `vcp compare`: one run end to end as users start it (spawned, --json), the rest in-process
// through main() with a captured Io — the same code without the second of start-up.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { project } from '../../shared/engine/project';
import { toProjectJson } from '../../shared/engine/project-json';
import { measure, stichtseVecht, variant, voorbeeld } from '../shared/compare/support';
import { spawnVcp, vcpInProcess as vcp, type Run } from './support';

const ROOT = resolve(__dirname, '..', '..');
const VOORBEELD = join(ROOT, 'test', 'fixtures', 'voorbeeld.json');
const STICHTSE_VECHT = join(ROOT, 'scenarios', 'stichtse-vecht-vitale-coalitie.vcscenario.json');

jest.setTimeout(60_000);




const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const lines = (text: string) => text.split('\n');
/** The cells after the label of the first row (after `from`) whose label is `label`. */
function cells(out: string, label: string, after?: string): string[] {
  const all = lines(out);
  const start = after ? all.findIndex((l) => l.startsWith(after)) : 0;
  const row = all.slice(start).find((l) => l.trim().startsWith(label + ' ') && /\d/.test(l));
  return (row ?? '').trim().split(/\s{2,}/).slice(1);
}

/** The worked example with a later, smaller cut, written to a file. */
const later = variant(voorbeeld(), (s) => {
  s.title = 'Voorbeeld: korting een jaar later';
  const korting = measure(s, 'korting');
  if (korting.type === 'cut') {
    korting.rate = 0.15;
    korting.phaseIn = { '2023': 0.5, '2024': 1 };
  }
});

let dir: string;
let laterFile: string;
let brokenFile: string;
let spawned: Promise<Run>;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vcp-compare-'));
  laterFile = join(dir, 'later.vcscenario.json');
  writeFileSync(laterFile, JSON.stringify(later, null, 2));
  brokenFile = join(dir, 'broken.json');
  writeFileSync(brokenFile, JSON.stringify({ ...voorbeeld(), horizon: { from: 2020, to: 2019 }, extra: 1 }));
  spawned = spawnVcp('compare', VOORBEELD, laterFile, STICHTSE_VECHT, '--json');
});
afterAll(async () => {
  await Promise.allSettled([spawned]);
  rmSync(dir, { recursive: true, force: true });
});

describe('vcp compare --json (spawned as users run it)', () => {
  it('prints {years, scenarios, differences}: each file’s projection exactly as project --json, the shared years, and the differences', async () => {
    const run = await spawned;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { years: number[]; scenarios: unknown[]; differences: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(['years', 'scenarios', 'differences']);
    // The worked example and its variant run 2020–2023, Stichtse Vecht 2021–2025.
    expect(json.years).toEqual([2021, 2022, 2023]);
    const files = [voorbeeld(), later, stichtseVecht()];
    expect(json.scenarios).toEqual(files.map((s) => JSON.parse(JSON.stringify(toProjectJson(s, project(s))))));
    // Figures as the spec's worked example gives them.
    expect((json.scenarios[0] as { savings: { total: number[] } }).savings.total).toEqual([175000, 364701, 629861, 973949]);
    const ofB = json.differences.filter((d) => d.scenario === 1);
    expect(ofB.map((d) => plain(String(d.text)))).toEqual([
      '„20% korting Vitale Coalitie”: percentage 20% in A, 15% in B.',
      'B start „20% korting Vitale Coalitie” in 2023 in plaats van 2022.',
      '„20% korting Vitale Coalitie”, van kracht 2023: 100% in A, 50% in B.',
      'Titel: „Voorbeeld: korting en verschuiving” in A, „Voorbeeld: korting een jaar later” in B.',
    ]);
    expect(ofB[1]).toEqual({
      text: expect.any(String),
      kind: 'measure',
      change: 'changed',
      scenario: 1,
      reference: 0,
      path: 'measures[0].phaseIn',
      field: 'phaseInStart',
      id: 'korting',
      from: 2022,
      to: 2023,
    });
    expect(json.differences.filter((d) => d.scenario === 2).some((d) => d.kind === 'horizon')).toBe(true);
  });
});

describe('vcp compare (in-process)', () => {
  it('--lang en gives the sentences in English', async () => {
    const run = await vcp('--lang', 'en', 'compare', VOORBEELD, laterFile, '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { differences: { text: string }[] };
    expect(json.differences[1]?.text).toBe('B starts “20% korting Vitale Coalitie” in 2023 instead of 2022.');
  });

  it('prints a table per shared year: savings, the difference to A, cumulative, target and gap, then what differs', async () => {
    const run = await vcp('compare', VOORBEELD, laterFile);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = plain(run.stdout);
    const pa = project(voorbeeld());
    const pb = project(later);
    const nl = (n: number) => new Intl.NumberFormat('nl-NL').format(Math.abs(n));
    const signed = (n: number) => (n > 0 ? '+' : n < 0 ? '\u2212' : '') + nl(n);
    expect(lines(out)[0]).toBe('Vergelijking van scenario’s');
    expect(lines(out)[1]).toBe(`A: ${VOORBEELD} — Voorbeeld: korting en verschuiving (referentie)`);
    expect(out).toContain('Vergeleken worden de jaren 2020–2023, die alle scenario’s hebben. Bedragen in euro.');
    expect(lines(out).find((l) => l.trim().startsWith('2020'))?.trim().split(/\s+/)).toEqual(['2020', '2021', '2022', '2023']);
    expect(cells(out, 'A', 'Besparing')).toEqual(pa.savings.total.map(nl));
    expect(cells(out, 'B', 'Besparing')).toEqual(pb.savings.total.map(nl));
    expect(cells(out, 'B − A', 'Verschil met A')).toEqual(pb.savings.total.map((v, i) => signed(v - (pa.savings.total[i] as number))));
    expect(cells(out, 'B', 'Cumulatief')).toEqual(pb.savings.cumulative.map(nl));
    expect(cells(out, 'A', 'Tekort')).toEqual(['+325.000', '+635.299', '+870.139', '+1.026.051']);
    expect(out).toContain('Wat verschilt in B ten opzichte van A\n- „20% korting Vitale Coalitie”: percentage 20% in A, 15% in B.\n');
    expect(out).toContain('- B start „20% korting Vitale Coalitie” in 2023 in plaats van 2022.');
  });

  it('in thousands, in English, the figures of each file’s own thousands table', async () => {
    const run = await vcp('--lang', 'en', 'compare', VOORBEELD, VOORBEELD, '--unit', 'thousand');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Compared: the years 2020–2023, which every scenario has. Amounts ×\u00a0€1,000.');
    expect(cells(run.stdout, 'A', 'Savings')).toEqual(['175', '365', '630', '974']);
    expect(cells(run.stdout, 'B − A', 'Difference from A')).toEqual(['0', '0', '0', '0']);
    expect(run.stdout).toContain('What differs in B from A\nNo differences in years, assumptions, lines, measures or target.');
  });

  it('files with different horizons: the shared years and what was left out', async () => {
    const run = await vcp('compare', VOORBEELD, STICHTSE_VECHT);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Vergeleken worden de jaren 2021–2023, die alle scenario’s hebben. Niet vergeleken: A 2020; B 2024–2025.');
    expect(run.stdout).toContain('- A en B delen de jaren 2021–2023; A begint al in 2020; B loopt ook door tot en met 2025.');
  });
});

describe('vcp compare: exit codes', () => {
  it('an invalid file: every problem as `FILE: PATH: message` on stderr, nothing on stdout, exit 1', async () => {
    const run = await vcp('compare', VOORBEELD, brokenFile, join(dir, 'missing.json'));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const problems = lines(run.stderr).filter(Boolean);
    expect(problems.some((l) => l.startsWith(`${brokenFile}: extra: `))).toBe(true);
    expect(problems.some((l) => l.startsWith(`${brokenFile}: horizon.to: `))).toBe(true);
    expect(problems).toContain(`${join(dir, 'missing.json')}: -: Bestand niet gevonden.`);
    expect(problems.every((l) => l.startsWith(brokenFile) || l.startsWith(join(dir, 'missing.json')))).toBe(true);
  });

  it.each([
    [['compare'], 'geef een bestand'],
    [['compare', VOORBEELD], 'geef ten minste twee bestanden om te vergelijken'],
    [['compare', VOORBEELD, VOORBEELD, '--json', '--unit', 'thousand'], '--unit geldt niet voor --json'],
    [['compare', VOORBEELD, VOORBEELD, '--unit', 'duizend'], 'ongeldige waarde "duizend" voor --unit'],
  ])('wrong usage %j exits 2', async (args, words) => {
    const run = await vcp(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(words);
    expect(run.stderr).toContain('vcp --help');
  });

  it('--help names the command', async () => {
    const run = await vcp('--lang', 'en', '--help');
    expect(run.stdout).toMatch(/vcp compare FILE FILE\.\.\. \[--json\] \[--unit euro\|thousand\]/);
  });
});
