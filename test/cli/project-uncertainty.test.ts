// `vcp project FILE --draws N --seed S`: the Monte Carlo band beside the projection. Two real spawns
// (the JSON as users get it, and a usage error's exit code), started together in beforeAll; the
// rest in-process through main(), which is the same code without the start-up.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { project } from '../../shared/engine/project';
import { toProjectJson } from '../../shared/engine/project-json';
import { formatMoney } from '../../shared/format/money';
import { prettyJson } from '../../shared/format/pretty-json';
import { parseScenarioText } from '../../shared/scenario/parse';
import type { Scenario } from '../../shared/scenario/schema';
import { formatChance } from '../../shared/uncertainty/chance';
import { simulate } from '../../shared/uncertainty/monte-carlo';
import { spawnVcp, vcpInProcess as vcp, type Run } from './support';

const ROOT = resolve(__dirname, '..', '..');
const SAMSPEL = join(ROOT, 'scenarios', 'zwolle-samenspel.vcscenario.json');
const VOORBEELD = join(ROOT, 'test', 'fixtures', 'voorbeeld.json');

jest.setTimeout(60_000);




function load(file: string): Scenario {
  const parsed = parseScenarioText(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file} is invalid`);
  return parsed.value;
}

/** The worked example with a range on two of its measures, written to a temp file. */
function uncertainExample(): Scenario {
  const scenario = structuredClone(load(VOORBEELD));
  const measures = scenario.measures ?? [];
  measures[0]!.uncertainty = { low: 0.5, high: 1.5 };
  measures[1]!.uncertainty = { low: 0.6, high: 1.1 };
  return scenario;
}

let dir: string;
let exampleFile: string;
let jsonRun: Promise<Run>;
let usageRun: Promise<Run>;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vcp-uncertainty-'));
  exampleFile = join(dir, 'voorbeeld-onzeker.vcscenario.json');
  writeFileSync(exampleFile, JSON.stringify(uncertainExample(), null, 2));
  jsonRun = spawnVcp('project', exampleFile, '--json', '--draws', '3000', '--seed', '11');
  usageRun = spawnVcp('project', exampleFile, '--draws', '0');
});
afterAll(async () => {
  await Promise.allSettled([jsonRun, usageRun]);
  rmSync(dir, { recursive: true, force: true });
});

describe('vcp project --json --draws N --seed S (spawned)', () => {
  it('prints the spec’s shape unchanged plus "uncertainty": simulate() of the same file, seed and draws', async () => {
    const run = await jsonRun;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const scenario = uncertainExample();
    const result = simulate(scenario, { draws: 3000, seed: 11 });
    const expected = {
      ...toProjectJson(scenario, project(scenario)),
      uncertainty: {
        p10: result.savings.p10,
        p50: result.savings.p50,
        p90: result.savings.p90,
        targetMet: result.savings.targetMet,
        net: result.net,
        certain: result.certain,
      },
    };
    expect(run.stdout).toBe(prettyJson(expected) + '\n');
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['title', 'years', 'baseline', 'scenario', 'savings', 'target', 'paybackYear', 'pm', 'warnings', 'uncertainty']);
    // The band is real: it spreads, it is ordered, and targetMet holds fractions.
    const u = json.uncertainty as { p10: number[]; p50: number[]; p90: number[]; targetMet: (number | null)[] };
    expect(u.p10[3]).toBeLessThan(u.p90[3]!);
    u.p10.forEach((p10, i) => {
      expect(p10).toBeLessThanOrEqual(u.p50[i]!);
      expect(u.p50[i]).toBeLessThanOrEqual(u.p90[i]!);
      expect(Number.isInteger(p10) && Number.isInteger(u.p90[i])).toBe(true);
    });
    for (const share of u.targetMet) {
      expect(share).not.toBeNull();
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(1);
    }
  });

  it('exits 2 with one line for a wrong --draws', async () => {
    const run = await usageRun;
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('vcp: ongeldige waarde "0" voor --draws (kies uit: 1…100000)\nZie "vcp --help".\n');
  });
});

describe('vcp project with --draws (in-process)', () => {
  it('keeps the JSON exactly as before without --draws', async () => {
    const run = await vcp('project', exampleFile, '--json');
    const scenario = uncertainExample();
    expect(run.stdout).toBe(prettyJson(toProjectJson(scenario, project(scenario))) + '\n');
    expect(run.stdout).not.toContain('uncertainty');
  });

  it('takes seed 1 by default; the same seed gives the same bytes, another seed other figures', async () => {
    const plain = await vcp('project', exampleFile, '--json', '--draws', '400');
    const one = await vcp('project', exampleFile, '--json', '--draws', '400', '--seed', '1');
    const again = await vcp('project', exampleFile, '--json', '--draws', '400', '--seed', '1');
    const other = await vcp('project', exampleFile, '--json', '--draws', '400', '--seed=-7');
    expect(plain.code).toBe(0);
    expect(one.stdout).toBe(plain.stdout);
    expect(again.stdout).toBe(one.stdout);
    const band = (run: Run) => (JSON.parse(run.stdout) as { uncertainty: { p50: number[] } }).uncertainty.p50;
    expect(band(other)).not.toEqual(band(one));
    expect(band(other)).toEqual(simulate(uncertainExample(), { draws: 400, seed: -7 }).savings.p50);
  });

  it('collapses onto the savings where no measure has a range, with targetMet null in every year without a target', async () => {
    const file = join(dir, 'no-target.vcscenario.json');
    const scenario = structuredClone(load(VOORBEELD));
    delete scenario.target;
    writeFileSync(file, JSON.stringify(scenario));
    const run = await vcp('project', file, '--json', '--draws', '25');
    const json = JSON.parse(run.stdout) as { savings: { total: number[] }; uncertainty: Record<string, unknown>; target?: unknown };
    const { total } = json.savings;
    expect(json.target).toBeUndefined();
    expect(json.uncertainty).toEqual({
      p10: total,
      p50: total,
      p90: total,
      targetMet: total.map(() => null),
      net: { p10: total, p50: total, p90: total },
      certain: { level: 0.9, savings: total, net: total },
    });
  });

  it('adds P10, P50 and P90 rows (and the chance of the target) under the savings in the table, with a note on the draws', async () => {
    const scenario = uncertainExample();
    const result = simulate(scenario, { draws: 1000, seed: 3 });
    const run = await vcp('project', exampleFile, '--draws', '1000', '--seed', '3');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const at = (label: string) => lines.findIndex((l) => l.trimStart().startsWith(label));
    const cells = (label: string) => (lines[at(label)] ?? '').trim().split(/\s{2,}/).slice(1);
    const money = (v: number) => formatMoney(v, { lang: 'nl', unit: 'euro', symbol: false });
    expect(at('Besparing P10')).toBe(at('Besparing ') + 1);
    expect(cells('Besparing P10')).toEqual(result.savings.p10.map(money));
    expect(cells('Besparing P50')).toEqual(result.savings.p50.map(money));
    expect(cells('Besparing P90')).toEqual(result.savings.p90.map(money));
    expect(cells('Kans dat de taakstelling')).toEqual(result.savings.targetMet.map((v) => formatChance(v!, 'nl')));
    expect(cells('Besparing met 90% zekerheid')).toEqual(result.certain.savings.map(money));
    expect(run.stdout).toContain('Onzekerheid: 1.000 trekkingen (seed 3), 2 maatregelen met een bandbreedte');
    const at70 = await vcp('project', exampleFile, '--draws', '1000', '--seed', '3', '--certainty', '0.7');
    const lines70 = at70.stdout.split('\n');
    const row70 = (lines70.find((l) => l.trimStart().startsWith('Besparing met 70% zekerheid')) ?? '').trim().split(/\s{2,}/).slice(1);
    expect(row70).toEqual(simulate(scenario, { draws: 1000, seed: 3, certainty: 0.7 }).certain.savings.map(money));

    const en = await vcp('--lang', 'en', 'project', SAMSPEL, '--draws', '200', '--unit', 'thousand');
    expect(en.stdout).toContain('Savings P50 (median)');
    expect(en.stdout).toContain('Chance the target is met');
    expect(en.stdout).toContain('Uncertainty: 200 draws (seed 1), 1 measure with a range');
    // Without --draws the table is as it was.
    expect((await vcp('project', exampleFile)).stdout).not.toContain('P50');
  });

  it.each([
    [['--draws', '0'], 'ongeldige waarde "0" voor --draws (kies uit: 1…100000)'],
    [['--draws', '100001'], 'ongeldige waarde "100001" voor --draws (kies uit: 1…100000)'],
    [['--draws', '1e3'], 'ongeldige waarde "1e3" voor --draws (kies uit: 1…100000)'],
    [['--draws', '2.5'], 'ongeldige waarde "2.5" voor --draws (kies uit: 1…100000)'],
    [['--draws', '10', '--seed', '1.5'], 'ongeldige waarde "1.5" voor --seed (kies uit: een geheel getal)'],
    [['--draws', '10', '--seed', 'abc'], 'ongeldige waarde "abc" voor --seed (kies uit: een geheel getal)'],
    [['--draws', '10', '--seed', '99999999999999999999'], 'ongeldige waarde "99999999999999999999" voor --seed (kies uit: een geheel getal)'],
    [['--seed', '4'], 'ongeldige waarde "4" voor --seed (kies uit: alleen samen met --draws N)'],
    [['--draws', '10', '--certainty', '0.3'], 'ongeldige waarde "0.3" voor --certainty (kies uit: 0.5 tot en met 0.99)'],
    [['--certainty', '0.9'], 'ongeldige waarde "0.9" voor --certainty (kies uit: alleen samen met --draws N)'],
  ])('rejects %j as wrong usage (exit 2, one line)', async (args, text) => {
    const run = await vcp('project', exampleFile, ...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`vcp: ${text}\nZie "vcp --help".\n`);
  });

  it('accepts the ends of the range: one draw, and a negative seed', async () => {
    const run = await vcp('project', exampleFile, '--json', '--draws', '1', '--seed=-1');
    expect(run.code).toBe(0);
    const u = (JSON.parse(run.stdout) as { uncertainty: { p10: number[]; p90: number[] } }).uncertainty;
    expect(u.p10).toEqual(u.p90);
  });

  it('says so in --help', async () => {
    const run = await vcp('project', '--help');
    expect(run.stdout).toContain('--draws N');
    expect(run.stdout).toContain('--seed S');
  });
});

describe('formatChance', () => {
  it('never rounds a chance to 0% or 100% that is not exactly that', () => {
    expect(formatChance(0, 'nl')).toBe('0%');
    expect(formatChance(1, 'nl')).toBe('100%');
    expect(formatChance(0.0004, 'nl')).toBe('< 1%');
    expect(formatChance(0.9996, 'en')).toBe('> 99%');
    expect(formatChance(0.6234, 'nl')).toBe('62%');
  });
});
