// The real command line, spawned as users run it (tsx cli/vcp.ts), on real files in a temp folder.
// Each spawn costs a second or more, so the cases are chosen, not enumerated, and every run is
// started in beforeAll, a few at a time; each test then awaits its own run.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { prettyJson } from '../../shared/format/pretty-json';
import { spawnVcp as vcp, type Run } from './support';

const ROOT = resolve(__dirname, '..', '..');
const VOORBEELD = join(ROOT, 'test', 'fixtures', 'voorbeeld.json');

const VOORBEELD_V2 = join(ROOT, 'test', 'fixtures', 'voorbeeld-v2.json');

jest.setTimeout(60_000);



const lines = (text: string) => text.split('\n').filter((l) => l !== '');
/** The cells after the label of the first table row whose label starts with `label`. */
const cells = (out: string, label: string) =>
  (lines(out).find((l) => l.trimStart().startsWith(label)) ?? '').trim().split(/\s{2,}/).slice(1);

const CONCURRENT = Math.min(4, availableParallelism());
let active = 0;
const waiting: (() => void)[] = [];
async function limited<T>(task: () => Promise<T>): Promise<T> {
  while (active >= CONCURRENT) await new Promise<void>((wake) => waiting.push(wake));
  active += 1;
  try {
    return await task();
  } finally {
    active -= 1;
    waiting.shift()?.();
  }
}

/** Every spawn of this file, by name: the arguments, given the temp folder. */
const CASES: Record<string, (dir: string) => string[]> = {
  samples: (dir) => ['validate', ...readdirSync(join(dir, 'samples')).map((f) => join(dir, 'samples', f))],
  missing: (dir) => ['validate', join(dir, 'missing.json')],
  folder: (dir) => ['validate', join(dir, 'folder.json')],
  empty: (dir) => ['validate', join(dir, 'empty.json')],
  latin1: (dir) => ['validate', join(dir, 'latin1.json')],
  broken: (dir) => ['validate', join(dir, 'broken.json')],
  twoBoms: (dir) => ['validate', join(dir, 'twoBoms.json')],
  forged: (dir) => ['validate', join(dir, 'forged\n.json')],
  invalidEn: (dir) => ['validate', '--lang', 'en', join(dir, 'invalid.json')],
  unknownCommand: () => ['vergelijk', 'a.json'],
  unknownOption: () => ['project', '--csv', VOORBEELD],
  missingFile: () => ['validate'],
  badLang: () => ['--lang', 'de', 'validate', VOORBEELD],
  help: () => ['--help', '--lang', 'en'],
  json: () => ['project', VOORBEELD, '--json'],
  table: () => ['project', VOORBEELD],
  thousands: () => ['project', VOORBEELD, '--unit', 'thousand', '--lang', 'en'],
  projectBroken: (dir) => ['project', join(dir, 'broken.json'), '--json'],
  warned: () => ['validate', VOORBEELD_V2],
  warnedJson: () => ['project', VOORBEELD_V2, '--json'],
  warnedTable: () => ['project', VOORBEELD_V2],
};
const runs = new Map<string, Promise<Run>>();
const result = (name: keyof typeof CASES) => runs.get(name) as Promise<Run>;
const NO_STACK = /^\s+at .+\(.+:\d+:\d+\)$/m;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vcp-cli-'));
  mkdirSync(join(dir, 'samples'));
  for (const f of readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.vcscenario.json'))) {
    copyFileSync(join(ROOT, 'scenarios', f), join(dir, 'samples', f));
  }
  writeFileSync(join(dir, 'empty.json'), '');
  writeFileSync(join(dir, 'latin1.json'), Buffer.from([0x7b, 0x22, 0x74, 0xe9, 0x22, 0x7d])); // {"té"} in Latin-1
  writeFileSync(join(dir, 'broken.json'), '{ "format": "vitale-coalitie-scenario", ');
  writeFileSync(join(dir, 'twoBoms.json'), `\uFEFF\uFEFF${readFileSync(VOORBEELD, 'utf8')}`);
  // A key that would print a line of its own, a terminal colour and a C1 escape (U+009B).
  const forged = JSON.parse(readFileSync(VOORBEELD, 'utf8'));
  forged.lines[0]['x\r\nother.json: -: all is well\u001b[31m\u009b2J'] = 1;
  writeFileSync(join(dir, 'forged\n.json'), JSON.stringify(forged));
  mkdirSync(join(dir, 'folder.json'));
  writeFileSync(
    join(dir, 'invalid.json'),
    JSON.stringify({
      format: 'vitale-coalitie-scenario',
      version: 1,
      title: 'Ongeldig',
      baseYear: 2020,
      horizon: { from: 2020, to: 2021 },
      lines: [{ id: 'a', name: 'A', kind: 'subsidy', amount: 1000, wagshare: 0.5 }],
      measures: [{ id: 'm', name: 'M', type: 'cut', lines: ['onbekend'], rate: 0.1 }],
    }),
  );
  for (const [name, args] of Object.entries(CASES)) runs.set(name, limited(() => vcp(...args(dir))));
});
afterAll(async () => {
  await Promise.allSettled(runs.values());
  rmSync(dir, { recursive: true, force: true });
});

describe('vcp validate', () => {
  it('prints a valid file\'s warnings as FILE: PATH: waarschuwing: …, and exits 0 (version 2, notice period)', async () => {
    const run = await result('warned');
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toEqual([
      `${VOORBEELD_V2}: measures[0]: waarschuwing: Maatregel „10 % korting bibliotheek” kort „Bibliotheek Rivierenland” (subsidie sinds 2010) al in 2025. Bij een subsidie van drie jaar of langer hoort een redelijke opzegtermijn (Awb 4:51): met een besluit op 1 juli 2024 en 12 maanden opzegtermijn kan de korting op zijn vroegst ingaan op 1 januari 2026.`,
    ]);
    expect(run.stderr).toBe('1 bestand geldig, 1 waarschuwing\n');
  });

  it('vcp project (table): the structural balance, net savings, the payback year, the warning and what is PM (version 2)', async () => {
    const run = await result('warnedTable');
    expect(run.code).toBe(0);
    expect(cells(run.stdout, 'Structurele besparing')).toEqual(['0', '40.000', '142.800', '117.300']);
    expect(cells(run.stdout, 'Structureel gehaald')).toEqual(['–', 'nee', 'ja', 'ja']);
    expect(cells(run.stdout, 'Netto besparing cumulatief')).toEqual(['−60.000', '10.000', '132.799', '250.099']);
    expect(run.stdout).toContain('Terugverdienjaar: 2025');
    expect(run.stdout).toContain('- Maatregel „10 % korting bibliotheek” kort „Bibliotheek Rivierenland”');
    expect(run.stdout).toContain("Nog niet in euro's: Uitbreiding wijkteam");
  });

  it('vcp project --json lists the warnings with code, measure, organisation and earliest year', async () => {
    const run = await result('warnedJson');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.warnings).toEqual([{ code: 'notice-period', path: 'measures[0]', measure: 'korting-bieb', organisation: 'Bibliotheek Rivierenland', earliestYear: 2026 }]);
    expect(json.paybackYear).toBe(2025);
    expect(json.savings.net).toEqual([-60000, 70000, 122799, 117300]);
  });

  it('exits 0 on valid files: every sample', async () => {
    const run = await result('samples');
    expect(run.stdout).toBe('');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`${readdirSync(join(dir, 'samples')).length} bestanden geldig`);
  });

  it.each([
    ['a missing file', 'missing', 'Bestand niet gevonden.'],
    ['a directory', 'folder', 'Dit is een map, geen bestand.'],
    ['an empty file', 'empty', 'leeg'],
    ['invalid UTF-8', 'latin1', 'geen geldige UTF-8-tekst'],
    ['invalid UTF-8, at its byte', 'latin1', 'byte 3 (geteld vanaf 0, op regel 1), 0xE9,'],
    ['two byte order marks', 'twoBoms', 'begint met twee byte order marks'],
    ['invalid JSON', 'broken', 'geen geldige JSON'],
  ] as const)('gives %s one line, FILE: -: message, and exit 1', async (_kind, name, words) => {
    const file = join(dir, `${name}.json`);
    const run = await result(name);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toHaveLength(1);
    expect(run.stdout.startsWith(`${file}: -: `)).toBe(true);
    expect(run.stdout).toContain(words);
    expect(run.stderr).not.toMatch(NO_STACK);
  });

  // Issue #23: keys were printed raw, so a file could forge lines and send terminal commands.
  it('writes what does not print in a file name, a path or a message as \\uXXXX: one line per problem, no escape sent', async () => {
    const run = await result('forged');
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toHaveLength(1);
    // eslint-disable-next-line no-control-regex
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(run.stdout).toContain(`${join(dir, 'forged\\u000A.json')}: lines[0].x\\u000D\\u000Aother.json: -: all is well\\u001B[31m\\u009B2J: `);
  });

  it('prints every problem of an invalid scenario on its own line, in English with --lang en', async () => {
    const file = join(dir, 'invalid.json');
    const run = await result('invalidEn');
    expect(run.code).toBe(1);
    const out = lines(run.stdout);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(new RegExp(`^${file.replace(/[.\\]/g, '\\$&')}: lines\\[0\\]\\.wagshare: .*wageShare`));
    expect(out[1]).toMatch(/: measures\[0\]\.lines\[0\]: .*onbekend/);
    expect(run.stdout).toMatch(/Unknown field/);
    expect(run.stderr).toContain('1 of 1 file invalid, 2 problems');
  });
});

describe('wrong usage exits 2', () => {
  it.each([
    ['unknownCommand', 'onbekende opdracht "vergelijk"'],
    ['unknownOption', 'onbekende optie "--csv"'],
    ['missingFile', 'geef een bestand'],
    ['badLang', 'ongeldige waarde "de" voor --lang'],
  ] as const)('%s', async (name, words) => {
    const run = await result(name);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(words);
    expect(run.stderr).toContain('vcp --help');
  });

  it('--help lists the commands and exits 0', async () => {
    const run = await result('help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/vcp validate FILE\.\.\./);
    expect(run.stdout).toMatch(/vcp project FILE/);
    expect(run.stdout).toMatch(/2 wrong usage/);
  });
});

describe('vcp project', () => {
  it('--json gives the spec shape with the worked example figures exactly', async () => {
    const run = await result('json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json).sort()).toEqual(['baseline', 'paybackYear', 'pm', 'savings', 'scenario', 'target', 'title', 'warnings', 'years']);
    expect(json.title).toBe('Voorbeeld: korting en verschuiving');
    expect(json.years).toEqual([2020, 2021, 2022, 2023]);
    expect(json.baseline.total).toEqual([5700000, 5896610, 6047181, 6143566]);
    expect(json.scenario.total).toEqual([5525000, 5531909, 5417320, 5169617]);
    expect(json.savings.total).toEqual([175000, 364701, 629861, 973949]);
    expect(json.savings.cumulative).toEqual([175000, 539701, 1169562, 2143511]);
    expect(json.savings.measures).toEqual({
      korting: [0, 0, 102591, 205181],
      verschuiving: [175000, 364701, 565270, 768768],
      formatie: [0, 0, -38000, 0],
    });
    expect(json.target).toEqual({
      amount: [500000, 1000000, 1500000, 2000000],
      gap: [325000, 635299, 870139, 1026051],
      met: [false, false, false, false],
      structuralGap: [325000, 635299, 832139, 1026051],
    });
    expect(json.baseline.lines.bibliotheek[1]).toBe(407200);
    expect(json.baseline.lines.welzijn[1]).toBe(610200);
    expect(json.baseline.lines.begeleiding[1]).toBe(4677210);
    expect(json.scenario.lines.begeleiding[1]).toBe(4209489);
    expect(json.baseline.lines.huiskamers[1]).toBe(202000);
    expect(json.scenario.lines.huiskamers[1]).toBe(305020);
    expect(run.stdout).toBe(prettyJson(json) + '\n');
    expect(run.stdout).toContain('"total": [175000, 364701, 629861, 973949]');
  });

  it('prints a table per year with nl-NL figures by default', async () => {
    const run = await result('table');
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(lines(out)[0]).toBe('Voorbeeld: korting en verschuiving');
    expect(out).toContain('Bedragen in euro');
    expect(out).toMatch(/^ +2020 +2021 +2022 +2023$/m);
    expect(cells(out, 'Basis')).toEqual(['5.700.000', '5.896.610', '6.047.181', '6.143.566']);
    expect(cells(out, 'Scenario')).toEqual(['5.525.000', '5.531.909', '5.417.320', '5.169.617']);
    expect(cells(out, 'Besparing')).toEqual(['175.000', '364.701', '629.861', '973.949']);
    expect(cells(out, 'Cumulatief')).toEqual(['175.000', '539.701', '1.169.562', '2.143.511']);
    expect(cells(out, '20% korting')).toEqual(['0', '0', '102.591', '205.181']);
    expect(cells(out, 'Van individuele')).toEqual(['175.000', '364.701', '565.270', '768.768']);
    expect(cells(out, 'Extra formatie')).toEqual(['0', '0', '\u221238.000', '0']);
    expect(cells(out, 'Taakstelling')).toEqual(['500.000', '1.000.000', '1.500.000', '2.000.000']);
    expect(cells(out, 'Tekort')).toEqual(['325.000', '635.299', '870.139', '1.026.051']);
  });

  it('prints thousands in en-GB that still add up', async () => {
    const run = await result('thousands');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Amounts ×\u00a0€1,000');
    const row = (label: string) =>
      cells(run.stdout, label).map((cell) => Number(cell.replace(/,/g, '').replace('\u2212', '-')));
    expect(row('Savings')).toEqual([175, 365, 630, 974]);
    const measures = ['20% korting', 'Van individuele', 'Extra formatie'].map(row);
    [0, 1, 2, 3].forEach((i) => expect(measures.reduce((s, m) => s + m[i]!, 0)).toBe(row('Savings')[i]));
  });

  it('reports a bad file in one line on stderr, prints nothing else, and exits 1', async () => {
    const file = join(dir, 'broken.json');
    const run = await result('projectBroken');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr.startsWith(`${file}: -: `)).toBe(true);
  });
});
