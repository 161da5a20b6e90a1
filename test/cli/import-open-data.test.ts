// `vcp import` on the CBS open data layout (#19 item 5), in-process through main() with a captured
// Io: with several municipalities it asks for one (exit 2, listing them); --municipality by name
// or code imports that municipality's lasten of the social domain and prints the choices, every
// skipped row, and the other municipalities as one count; one municipality is taken and said so.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseScenarioText } from '../../shared/scenario/parse';
import { vcpInProcess as vcp } from './support';

const FIXTURES = resolve(__dirname, '..', 'fixtures', 'import');
const SEVERAL = join(FIXTURES, 'cbs-iv3-gemeenten-2024.csv');
const ONE = join(FIXTURES, 'cbs-iv3-zwolle-2024.csv');
const BUDGET = join(FIXTURES, 'begroting-2024-nl.csv');

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vcp-import-cbs-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const out = (name: string) => join(dir, name);
const base = (file: string, target: string, ...more: string[]) => ['import', file, '--title', 'Zwolle 2024', '--base-year', '2024', '--out', target, ...more];
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

function readScenario(file: string) {
  const parsed = parseScenarioText(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

describe('vcp import, CBS open data', () => {
  it('with several municipalities and no --municipality: exit 2, the municipalities listed, nothing written', async () => {
    const run = await vcp(...base(SEVERAL, out('none.json')));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'het bestand heeft cijfers van 3 gemeenten; kies er één met --municipality NAAM|GMxxxx: Zwolle (GM0193), Deventer (GM0150), Kampen (GM0166)',
    );
    expect(existsSync(out('none.json'))).toBe(false);
  });

  it('--municipality Zwolle: the lasten of 6.x × 1.000, the choices shown, every skipped row listed, the others counted', async () => {
    const run = await vcp(...base(SEVERAL, out('zwolle.json'), '--municipality', 'Zwolle'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const stdout = nbsp(run.stdout);
    expect(stdout).toContain('Indeling: CBS open data (Iv3), per gemeente, taakveld en categorie; 3 gemeenten · Bedragen: × € 1.000 (CBS Iv3: bedragen in € 1.000)');
    expect(stdout).toContain('  A  Gemeenten → Gemeente (CBS-indeling)');
    expect(stdout).toContain('  G  Waarde → Bedrag (× 1.000)');
    expect(stdout).toContain('Gemeente: Zwolle (GM0193) (gekozen uit 3 gemeenten)\nVerslagsoort: Begroting (standaard; ook in het bestand: Realisatie)\n');
    expect(stdout).toContain('  rij 4: „0.1 Bestuur” valt buiten het sociaal domein (taakveld 6): niet geïmporteerd.');
    expect(stdout).toContain('  rij 11: „6.1 Samenkracht en burgerparticipatie” is „Realisatie”, niet „Begroting”: niet geïmporteerd.');
    expect(stdout).toContain('  rij 14: „6.3 Inkomensregelingen”: baten (categorie „Baten”), geen lasten: niet geïmporteerd.');
    // The other municipalities: one line, not a line per row.
    expect(stdout).toContain('8 rijen van 2 andere gemeenten overgeslagen.');
    expect(stdout).not.toContain('rij 26:');
    expect(stdout).toContain('9 regels geïmporteerd (samen € 149.835.000,00 in het basisjaar); 0 rijen niet te lezen, 14 overgeslagen, 0 lege rijen genegeerd.');
    const scenario = readScenario(out('zwolle.json'));
    expect(scenario.municipality).toBe('Zwolle');
    expect(scenario.lines[0]).toEqual({ id: 'samenkracht-en-burgerparticipatie', name: 'Samenkracht en burgerparticipatie', kind: 'other', amount: 13_174_000, taakveld: '6.1' });
    expect(scenario.lines.map((l) => l.taakveld)).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.71a', '6.71b', '6.72a']);
  });

  it('--municipality by code and --report: the realisatie; --keep-row takes in a row outside the social domain', async () => {
    const run = await vcp('--lang', 'en', ...base(SEVERAL, out('deventer.json'), '--municipality', 'gm0150', '--report', 'realisatie'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Municipality: Deventer (GM0150) (chosen from 3 municipalities)\nReport: Realisatie (chosen)\n');
    expect(run.stdout).toContain('25 rows of 2 other municipalities skipped.');
    expect(readScenario(out('deventer.json')).lines.map((l) => [l.taakveld, l.amount])).toEqual([['6.1', 10_980_000]]);
    const kept = await vcp(...base(SEVERAL, out('media.json'), '--municipality', 'GM0193', '--keep-row', '8'));
    expect(kept.code).toBe(0);
    expect(kept.stdout).toContain('rij 8: taakveld 5.6 valt buiten het sociaal domein; op uw verzoek toch opgenomen.');
    expect(readScenario(out('media.json')).lines.find((l) => l.taakveld === '5.6')).toEqual({ id: 'media', name: 'Media', kind: 'other', amount: 4_120_000, taakveld: '5.6' });
  });

  it('one municipality is taken and said so (the "," export with a Lasten column in € 1.000)', async () => {
    const run = await vcp(...base(ONE, out('one.json')));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Gemeente: Zwolle (GM0193) (de enige in het bestand)');
    expect(run.stdout).toContain('  E  Lasten (x 1 000 euro) → Bedrag (× 1.000)');
    expect(run.stdout).not.toContain('andere gemeente');
    expect(readScenario(out('one.json')).lines).toHaveLength(5);
  });

  it.each([
    [[SEVERAL, '--municipality', 'Utrecht'], '--municipality "Utrecht" staat niet in het bestand; er zijn: Zwolle (GM0193), Deventer (GM0150), Kampen (GM0166)'],
    [[SEVERAL, '--municipality', 'Zwolle', '--report', 'Jaarrekening'], '--report "Jaarrekening" staat niet in het bestand; er zijn: "Begroting", "Realisatie"'],
    [[BUDGET, '--municipality', 'Zwolle'], '--municipality geldt alleen voor een tabel in de CBS-indeling (open data Iv3); dit bestand is er geen'],
  ])('wrong usage exits 2 with one clear line: %j', async (args, words) => {
    const [file, ...more] = args as [string, ...string[]];
    const run = await vcp(...base(file, out('x.json'), ...more));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(words);
    expect(existsSync(out('x.json'))).toBe(false);
  });
});
