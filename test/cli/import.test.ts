// `vcp import`: end to end as users run it (two spawns, CSV and XLSX, run side by side), and the
// rest in-process through main() with a captured Io, which is the same code without the start-up.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isTemporaryName } from '../../node/atomic-write';
import { project } from '../../shared/engine/project';
import { parseScenarioText } from '../../shared/scenario/parse';
import { manyRowsCsv } from '../support/hostile-import';
import { spawnVcp, vcpInProcess as vcp, type Run } from './support';

const ROOT = resolve(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'import');
const CSV = join(FIXTURES, 'begroting-2024-nl.csv');
const XLSX = join(FIXTURES, 'begroting-2024.xlsx');

jest.setTimeout(60_000);




let dir: string;
let csvRun: Promise<Run>;
let xlsxRun: Promise<Run>;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vcp-import-'));
  csvRun = spawnVcp('import', CSV, '--title', 'Begroting 2024', '--base-year', '2024', '--out', join(dir, 'csv.vcscenario.json'));
  xlsxRun = spawnVcp('--lang', 'en', 'import', XLSX, '--title', 'Budget 2024', '--base-year', '2024', '--out', join(dir, 'xlsx.vcscenario.json'));
});
afterAll(async () => {
  await Promise.allSettled([csvRun, xlsxRun]);
  rmSync(dir, { recursive: true, force: true });
});

function readScenario(file: string) {
  const parsed = parseScenarioText(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

describe('vcp import, end to end', () => {
  it('imports the Dutch CSV: prints the detection, the mapping and each unreadable row; writes a valid scenario', async () => {
    const run = await csvRun;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Formaat: CSV · Tekenset: UTF-8 met BOM · Scheidingsteken: puntkomma (;) · Decimalen: decimale komma (1.234,56) · Kopregel: rij 3');
    expect(run.stdout).toContain('  F  Begroting 2024 → Bedrag');
    expect(run.stdout).toContain('  H  Prijs per cliënt → Prijs per cliënt');
    for (const row of [15, 16, 17]) expect(run.stdout).toContain(`${CSV}: rij ${row}: `);
    expect(run.stdout).toContain('rij 20: totaalregel („Totaal sociaal domein”).');
    // formatMoney puts a no-break space after the euro sign.
    expect(run.stdout.replace(/\u00a0/g, ' ')).toContain('10 regels geïmporteerd (samen € 16.305.344,12 in het basisjaar); 3 rijen niet te lezen, 2 overgeslagen, 2 lege rijen genegeerd.');
    const scenario = readScenario(join(dir, 'csv.vcscenario.json'));
    expect(scenario).toMatchObject({ title: 'Begroting 2024', baseYear: 2024, horizon: { from: 2024, to: 2027 }, measures: [] });
    expect(scenario.lines).toHaveLength(10);
    expect(project(scenario).baseline.total[0]).toBe(16305344);
    // Nothing is left behind next to it.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') || isTemporaryName(f))).toEqual([]);
  });

  it('imports the XLSX in English: formula results, problems by row, the file validates and projects', async () => {
    const run = await xlsxRun;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Format: XLSX (Excel) · Sheet: Begroting 2024 (1 of 2 sheets)');
    expect(run.stdout).toContain('Heading row: row 4');
    expect(run.stdout).toMatch(/begroting-2024\.xlsx: row 10: Amount \(column "Begroting 2024"\): the formula has no calculated value/);
    expect(run.stdout).toMatch(/begroting-2024\.xlsx: row 11: .*#REF!/);
    expect(run.stdout.replace(/\u00a0/g, ' ')).toContain('5 lines imported (together €9,861,055.00 in the base year)');
    const scenario = readScenario(join(dir, 'xlsx.vcscenario.json'));
    expect(scenario.lines.map((l) => l.id)).toEqual([
      'bibliotheek-angstel-vecht-en-venen', 'welzijn-stichtse-vecht', 'individuele-begeleiding-wmo', 'hulp-bij-het-huishouden',
      'huiskamers-in-de-wijk-algemene-voorziening',
    ]);
    expect(scenario.description).toBe('Budget lines imported from begroting-2024.xlsx.');
    expect(project(scenario).baseline.total[0]).toBe(9861055);
  });
});

describe('vcp import, in-process', () => {
  const out = (name: string) => join(dir, name);
  const base = (file: string, target: string, ...more: string[]) => ['import', file, '--title', 'T', '--base-year', '2024', '--out', target, ...more];

  it('reads "Bedragen x € 1.000" above the headings as the unit, says so, and --scale overrides it (#19)', async () => {
    const file = join(dir, 'taakvelden.csv');
    writeFileSync(file, ['Programma 6 Sociaal domein;;', 'Bedragen x € 1.000;;', 'Taakveld;Omschrijving;Begroting 2024', '6.1;Samenkracht en burgerparticipatie;13.174'].join('\n'));
    const scaled = await vcp('import', file, '--title', 'Sociaal domein', '--base-year', '2024', '--out', join(dir, 'scaled.vcscenario.json'));
    expect(scaled.code).toBe(0);
    expect(scaled.stdout.replace(/\u00a0/g, ' ')).toContain('Bedragen: × € 1.000 (uit rij 2: „Bedragen x € 1.000”)');
    expect(readScenario(join(dir, 'scaled.vcscenario.json')).lines[0]?.amount).toBe(13_174_000);
    const euros = await vcp('import', file, '--title', 'Sociaal domein', '--base-year', '2024', '--scale', '1', '--out', join(dir, 'euros.vcscenario.json'));
    expect(euros.stdout).toContain('(gekozen)');
    expect(readScenario(join(dir, 'euros.vcscenario.json')).lines[0]?.amount).toBe(13_174);
    const bad = await vcp('import', file, '--title', 'T', '--scale', '7', '--out', join(dir, 'bad.vcscenario.json'));
    expect(bad.code).toBe(2);
  });

  it('reads Begroting/Raming year columns as the multi-year estimate; the horizon follows the years (#19 item 4)', async () => {
    const file = join(dir, 'meerjarig.csv');
    writeFileSync(
      file,
      [
        'Bedragen x € 1.000;;;;;',
        'Taakveld;;Rekening 2023;Begroting 2024;Raming 2025;Raming 2026',
        'LASTEN;;;;;',
        '6.1;Samenkracht en burgerparticipatie;-12.500;-13.174;-13.300;-13.000',
        '6.71;Maatwerkdienstverlening 18+;-20.000;-22.000;-22.500;',
      ].join('\n'),
    );
    const run = await vcp('import', file, '--title', 'Meerjarenraming', '--base-year', '2024', '--out', join(dir, 'meerjarig.vcscenario.json'));
    expect(run.code).toBe(0);
    expect(run.stdout.replace(/\u00a0/g, ' ')).toContain('D  Begroting 2024 → Bedrag in dat jaar (meerjarenraming) (× 1.000)');
    expect(run.stdout).toContain('C  Rekening 2023 → Niet importeren');
    expect(run.stdout).toContain('geen bedrag in 2026: daar als € 0 gelezen.');
    const scenario = readScenario(join(dir, 'meerjarig.vcscenario.json'));
    expect(scenario.horizon).toEqual({ from: 2024, to: 2026 });
    expect(scenario.lines.map((l) => l.amounts)).toEqual([
      { '2024': 13_174_000, '2025': 13_300_000, '2026': 13_000_000 },
      { '2024': 22_000_000, '2025': 22_500_000, '2026': 0 },
    ]);
    expect(project(scenario).baseline.total).toEqual([35_174_000, 35_800_000, 13_000_000]);
  });

  it('uses a chosen sheet and --map by heading or letter', async () => {
    const run = await vcp(...base(XLSX, out('sheet.json'), '--sheet', 'Meerjarig (x € 1.000)', '--map', 'Begroting 2025 (x € 1.000)=amount', '--map', 'C=ignore'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('B  Begroting 2025 (x € 1.000) → Bedrag (× 1.000)');
    expect(run.stdout).toContain('C  Begroting 2024 (x € 1.000) → Niet importeren');
    expect(readScenario(out('sheet.json')).lines.map((l) => l.amount ?? (l.volume ?? 0) * (l.unitCost ?? 0))).toEqual([1045500, 1786600, 4364750]);
  });

  it('refuses to overwrite an existing --out (exit 2) unless --force, and never leaves a half file', async () => {
    const target = out('exists.json');
    writeFileSync(target, 'keep me');
    const refused = await vcp(...base(CSV, target));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('bestaat al; geef --force om het te overschrijven');
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    const forced = await vcp(...base(CSV, target, '--force'));
    expect(forced.code).toBe(0);
    expect(readScenario(target).lines).toHaveLength(10);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') || isTemporaryName(f))).toEqual([]);
  });

  it('exits 1 when nothing can be imported, and writes nothing', async () => {
    const bad = out('bad.csv');
    writeFileSync(bad, 'Omschrijving;Bedrag\nA;twee ton\nB;veel\n');
    const run = await vcp(...base(bad, out('none.json')));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${bad}: rij 2: Bedrag (kolom „Bedrag”) „twee ton” is geen getal`);
    expect(run.stdout).toContain(`${bad}: rij 3: `);
    expect(run.stdout).toContain('Er is geen enkele begrotingsregel te lezen; er is niets geschreven.');
    expect(existsSync(out('none.json'))).toBe(false);
  });

  it('exits 1 on a file beyond a limit, naming the limit on one line, and writes nothing (130,000 rows: exit 3, stack overflow, before)', async () => {
    const big = out('groot.csv');
    writeFileSync(big, manyRowsCsv(130_000));
    const run = await vcp('--lang', 'en', ...base(big, out('groot.json')));
    expect(run).toMatchObject({
      code: 1,
      stdout: `${big}: -: The file has more than 20,000 rows; at most 20,000 rows are read. Nothing was imported; split the file or leave out what is not a budget line.\n`,
    });
    expect(existsSync(out('groot.json'))).toBe(false);
  });

  it('exits 1 on a missing or unreadable file, with one line', async () => {
    const missing = await vcp(...base(out('nope.csv'), out('x.json')));
    expect(missing).toMatchObject({ code: 1, stdout: `${out('nope.csv')}: -: Bestand niet gevonden.\n` });
    const xls = out('oud.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]));
    const old = await vcp('--lang', 'en', ...base(xls, out('x.json')));
    expect(old.code).toBe(1);
    expect(old.stdout).toMatch(/oud\.xls: -: This is an old Excel file \(\.xls\)/);
    const broken = out('kapot.xlsx');
    copyFileSync(XLSX, broken);
    writeFileSync(broken, readFileSync(XLSX).subarray(0, 300));
    const b = await vcp(...base(broken, out('x.json')));
    expect(b.code).toBe(1);
    expect(b.stdout).toMatch(/kapot\.xlsx: -: Dit XLSX-bestand kan niet worden gelezen/);
  });

  it.each([
    [['import', CSV, '--base-year', '2024', '--out', 'x.json'], '--title is verplicht'],
    [['import', CSV, '--title', 'T', '--out', 'x.json'], '--base-year is verplicht'],
    [['import', CSV, '--title', 'T', '--base-year', '24', '--out', 'x.json'], '--base-year "24" is geen jaartal'],
    [['import', CSV, '--title', 'T', '--base-year', '2024'], '--out is verplicht'],
    [['import', '--title', 'T', '--base-year', '2024', '--out', 'x.json'], 'geef een bestand'],
    [['import', CSV, CSV, '--title', 'T', '--base-year', '2024', '--out', 'x.json'], 'geef precies één bestand'],
    [['import', CSV, '--title', 'T', '--base-year', '2024', '--out', 'x.json', '--map', 'Bedrag'], 'heeft de vorm KOLOM=VELD'],
    [['import', CSV, '--title', 'T', '--base-year', '2024', '--out', 'x.json', '--map', 'Realisatie=amount'], 'kolom "Realisatie" staat niet in het bestand; er zijn: "Omschrijving" (A)'],
    [['import', CSV, '--title', 'T', '--base-year', '2024', '--out', 'x.json', '--map', 'Soort=prijs2'], 'veld "prijs2" bestaat niet'],
    [['import', CSV, '--title', 'T', '--base-year', '2024', '--out', 'x.json', '--decimal', 'dot'], 'ongeldige waarde "dot" voor --decimal'],
    [['import', CSV, '--title', 'T', '--base-year', '2024', '--out', 'x.json', '--keep-row', 'x'], '--keep-row "x" is geen rijnummer'],
  ])('wrong usage exits 2 with one clear line: %j', async (args, words) => {
    const run = await vcp(...(args as string[]).map((a) => (a === 'x.json' ? out('x.json') : a)));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(words);
    expect(run.stderr).toContain('Zie "vcp --help".');
    expect(existsSync(out('x.json'))).toBe(false);
  });

  it('--keep-row reads a row that looked like a subtotal as a line', async () => {
    const file = out('sum.csv');
    writeFileSync(file, 'Omschrijving;Bedrag\nA;100\nB;50\nC;150\n');
    const skipped = await vcp(...base(file, out('sum1.json')));
    expect(skipped.stdout).toContain('rij 4: „C” lijkt een (sub)totaal: het bedrag is de som van de regels 2–3.');
    expect(readScenario(out('sum1.json')).lines).toHaveLength(2);
    const kept = await vcp(...base(file, out('sum2.json'), '--keep-row', '4'));
    expect(kept.code).toBe(0);
    expect(readScenario(out('sum2.json')).lines.map((l) => l.name)).toEqual(['A', 'B', 'C']);
  });

  it('--help explains the command', async () => {
    const run = await vcp('import', '--help', '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('vcp import FILE --title TITLE --base-year YEAR --out NEW.vcscenario.json');
    expect(run.stdout).toContain('--keep-row N');
  });
});

describe('vcp import, a subsidy register (#19 item 3)', () => {
  it('gives the lines without a Programma the group "Subsidies", and says so', async () => {
    const file = join(dir, 'register.csv');
    writeFileSync(file, ['Subsidiejaar;Aanvrager;Omschrijving;Verleend bedrag', '2024;MEE Samen;Cliëntondersteuning;410.000', '2024;Vereniging De Brug;Jongerenwerk;80.000'].join('\n'));
    const run = await vcp('import', file, '--title', 'Subsidies 2024', '--base-year', '2024', '--out', join(dir, 'register.vcscenario.json'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Subsidieregister: 2 regels zonder eigen groep (Programma) krijgen de groep „Subsidies”.');
    expect(readScenario(join(dir, 'register.vcscenario.json')).lines.map((l) => [l.organisation, l.group])).toEqual([
      ['MEE Samen', 'Subsidies'],
      ['Vereniging De Brug', 'Subsidies'],
    ]);
  });
});
