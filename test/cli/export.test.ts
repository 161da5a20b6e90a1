// `vcp export`, spawned as users run it, each format read back and its figures checked against
// project(): Markdown on standard output, CSV in both styles, XLSX through ExcelJS, PDF through
// pdftotext and pdfinfo (one page), PNG by its header (1920 pixels wide). Spawns are slow on a
// loaded machine: all start in beforeAll, a few at a time, and each test awaits its own.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { findChromium } from '../../cli/chromium';
import { project } from '../../shared/engine/project';
import { formatMoney } from '../../shared/format/money';
import { yearRows } from '../../shared/format/year-rows';
import { parseScenarioText } from '../../shared/scenario/parse';
import type { Scenario } from '../../shared/scenario/schema';

const ROOT = resolve(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const VOORBEELD = join(ROOT, 'test', 'fixtures', 'voorbeeld.json');
const STICHTSE_VECHT = join(ROOT, 'scenarios', 'stichtse-vecht-vitale-coalitie.vcscenario.json');
const VOORBEELD_V2 = join(ROOT, 'test', 'fixtures', 'voorbeeld-v2.json');
const HAS_CHROMIUM = findChromium() !== null;
const HAS_POPPLER = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

jest.setTimeout(240_000);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function vcp(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(TSX, ['cli/vcp.ts', ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

// Two at a time: each PDF run starts a Chromium.
let active = 0;
const waiting: (() => void)[] = [];
async function limited<T>(task: () => Promise<T>): Promise<T> {
  while (active >= 2) await new Promise<void>((wake) => waiting.push(wake));
  active += 1;
  try {
    return await task();
  } finally {
    active -= 1;
    waiting.shift()?.();
  }
}

function load(path: string): Scenario {
  const parsed = parseScenarioText(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(path);
  return parsed.value;
}
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const CASES: Record<string, { args: (dir: string) => string[]; env?: NodeJS.ProcessEnv; browser?: boolean }> = {
  md: { args: () => ['export', VOORBEELD, '--format', 'md', '--date', '2024-03-05'] },
  csvNl: { args: (d) => ['export', STICHTSE_VECHT, '--format', 'csv', '--table', 'organisation', '--out', join(d, 'org.csv')] },
  csvIntl: { args: () => ['--lang', 'en', 'export', VOORBEELD, '--format', 'csv', '--csv-style', 'international', '--unit', 'thousand'] },
  xlsx: { args: (d) => ['export', VOORBEELD, '--format', 'xlsx', '--out', join(d, 'v.xlsx')] },
  pdfNl: { args: (d) => ['export', VOORBEELD, '--format', 'pdf', '--out', join(d, 'v.pdf'), '--date', '2024-03-05'], browser: true },
  pdfEn: { args: (d) => ['--lang', 'en', 'export', STICHTSE_VECHT, '--format', 'pdf', '--unit', 'thousand', '--out', join(d, 'sv.pdf')], browser: true },
  png: { args: (d) => ['export', VOORBEELD, '--format', 'png', '--out', join(d, 'v.png')], browser: true },
  v2Md: { args: () => ['export', VOORBEELD_V2, '--format', 'md', '--date', '2024-03-05'] },
  v2Csv: { args: () => ['--lang', 'en', 'export', VOORBEELD_V2, '--format', 'csv', '--table', 'incidental', '--csv-style', 'international'] },
  v2Xlsx: { args: (d) => ['export', VOORBEELD_V2, '--format', 'xlsx', '--out', join(d, 'v2.xlsx')] },
  v2PdfNl: { args: (d) => ['export', VOORBEELD_V2, '--format', 'pdf', '--out', join(d, 'v2-nl.pdf'), '--date', '2024-03-05'], browser: true },
  v2PdfEn: { args: (d) => ['--lang', 'en', 'export', VOORBEELD_V2, '--format', 'pdf', '--out', join(d, 'v2-en.pdf'), '--date', '2024-03-05'], browser: true },
  noChromium: { args: (d) => ['export', VOORBEELD, '--format', 'pdf', '--out', join(d, 'none.pdf')], env: { CHROMIUM_PATH: '/nonexistent/chromium' } },
  noFormat: { args: () => ['export', VOORBEELD] },
  badFormat: { args: () => ['export', VOORBEELD, '--format', 'docx'] },
  pdfWithoutOut: { args: () => ['export', VOORBEELD, '--format', 'pdf'] },
  compareMd: { args: () => ['export', STICHTSE_VECHT, VOORBEELD, '--format', 'md', '--date', '2024-03-05'] },
  compareBadTable: { args: () => ['export', VOORBEELD, STICHTSE_VECHT, '--format', 'csv', '--table', 'line'] },
  badDate: { args: () => ['export', VOORBEELD, '--format', 'md', '--date', '5-3-2024'] },
  invalid: { args: (d) => ['export', join(d, 'invalid.json'), '--format', 'md'] },
  unwritable: { args: (d) => ['export', VOORBEELD, '--format', 'md', '--out', join(d, 'no', 'such', 'folder.md')] },
  monitorMd: { args: () => ['export', VOORBEELD_V2, '--format', 'monitor-md', '--date', '2026-12-06'] },
  monitorPdf: { args: (d) => ['export', VOORBEELD_V2, '--format', 'monitor-pdf', '--out', join(d, 'monitor.pdf'), '--date', '2026-12-06'], browser: true },
  monitorTwo: { args: () => ['export', VOORBEELD_V2, VOORBEELD, '--format', 'monitor-md'] },
};
const runs = new Map<string, Promise<Run>>();
const result = (name: keyof typeof CASES) => runs.get(name) as Promise<Run>;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vcp-export-'));
  writeFileSync(join(dir, 'invalid.json'), '{ "format": "vitale-coalitie-scenario" }');
  for (const [name, c] of Object.entries(CASES)) {
    if (c.browser && !HAS_CHROMIUM) continue;
    runs.set(name, limited(() => vcp(c.args(dir), c.env)));
  }
});
afterAll(async () => {
  await Promise.allSettled(runs.values());
  rmSync(dir, { recursive: true, force: true });
});

const voorbeeld = load(VOORBEELD);
const voorbeeldProjection = project(voorbeeld);
const stichtseVecht = load(STICHTSE_VECHT);

describe('vcp export: text formats', () => {
  it('Markdown to standard output: the headline and the year table, to the euro', async () => {
    const run = await result('md');
    expect(run.code).toBe(0);
    const md = plain(run.stdout);
    expect(md).toContain('# Voorbeeld: korting en verschuiving');
    expect(md).toContain('Samenvatting scenario · Voorbeeldgemeente · 5 maart 2024');
    expect(md).toContain('- **Besparing 2023:** € 973.949');
    for (const row of yearRows(voorbeeldProjection, 'euro')) {
      for (const v of row.values) if (v !== null) expect(md).toContain(plain(formatMoney(v, { lang: 'nl', unit: 'euro', symbol: false })));
    }
  });

  it('CSV, Dutch style, to a file: BOM, semicolons, the per-organisation change adds up to the savings', async () => {
    const run = await result('csvNl');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/org\.csv geschreven/);
    const bytes = readFileSync(join(dir, 'org.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean).map((l) => l.split(';'));
    expect(rows[0]).toEqual(['Organisatie', 'Reeks', 'Eenheid', '2021', '2022', '2023', '2024', '2025', 'Totaal 2021–2025']);
    const p = project(stichtseVecht);
    const total = rows.find((r) => r[0] === 'Totaal' && r[1] === 'Verschil') as string[];
    expect(total.slice(3, 8).map(Number)).toEqual(p.savings.total.map((v) => -v + 0));
    const welzijn = rows.find((r) => r[0] === 'Welzijn Stichtse Vecht' && r[1] === 'Verschil') as string[];
    expect(welzijn.slice(3, 8).map(Number)).toEqual([0, -87150, -87150, -87150, -87150]);
  });

  it('CSV, international style in thousands, to standard output: no BOM, commas, yearRows’ figures', async () => {
    const run = await result('csvIntl');
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('Row,Unit,2020,2021,2022,2023\r\n')).toBe(true);
    const rows = run.stdout.split('\r\n').filter(Boolean).map((l) => l.split(','));
    const expected = yearRows(voorbeeldProjection, 'thousand');
    expected.forEach((row, i) => {
      expect(rows[i + 1]?.slice(2).map((c) => (c === '' ? null : Number(c)))).toEqual(row.values.map((v) => (v === null ? null : v / 1000)));
    });
  });

  it('XLSX: read back, savings and totals equal the engine', async () => {
    const run = await result('xlsx');
    expect(run.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, 'v.xlsx')) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Per jaar') as ExcelJS.Worksheet;
    let savingsRow = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === 'Besparing') savingsRow = n;
    });
    const cells = voorbeeldProjection.years.map((_, yi) => sheet.getRow(savingsRow).getCell(yi + 2).model as { formula?: string; result?: number });
    expect(cells.map((c) => c.result)).toEqual(voorbeeldProjection.savings.total);
    expect(cells.every((c) => typeof c.formula === 'string')).toBe(true);
    const total = sheet.getRow(savingsRow).getCell(voorbeeldProjection.years.length + 2).model as { result?: number };
    expect(total.result).toBe(2143511);
  });
});

describe('vcp export of a version-2 scenario (#20): the structural balance, the incidental income and expenditure, warnings, PM', () => {
  const v2 = load(VOORBEELD_V2);
  const p = project(v2);
  const nl = (v: number, sign: 'auto' | 'always' = 'auto') => plain(formatMoney(v, { lang: 'nl', unit: 'euro', symbol: false, sign }));

  it('Markdown: both tables with the projection’s figures, the payback year, the warning and the PM items', async () => {
    const run = await result('v2Md');
    expect(run.code).toBe(0);
    const md = plain(run.stdout);
    const row = (label: string, values: readonly string[]) => `| ${label} | ${values.join(' | ')} |`;
    expect(md).toContain(row('**Structurele besparing**', p.savings.structural.map((v) => `**${nl(v)}**`)));
    expect(md).toContain(row('Eenmalige kosten', p.savings.oneOffCosts.map((v) => nl(v))));
    expect(md).toContain(row('**Netto besparing**', p.savings.net.map((v) => `**${nl(v)}**`)));
    expect(md).toContain(row('Netto besparing cumulatief', p.savings.netCumulative.map((v) => nl(v))));
    expect(md).toContain(row('Structureel gehaald', ['–', 'nee', 'ja', 'ja']));
    expect(md).toContain(row('**Totaal incidentele besparingen** |  | ', p.savings.incidental.map((v) => `**${nl(v)}**`)));
    expect(md).toContain(row('**Totaal eenmalige kosten** |  | ', p.savings.oneOffCosts.map((v) => `**${nl(v)}**`)));
    expect(md).toContain('Terugverdienjaar: 2025');
    expect(md).toContain('## Aandachtspunten');
    expect(md).toContain('| Onderzoek inkoop | maatregel (vast bedrag) | PM |');
  });

  it('CSV, the overview in English: every row of a block adds up to its total, the projection’s', async () => {
    const run = await result('v2Csv');
    expect(run.code).toBe(0);
    const rows = run.stdout.split('\r\n').filter(Boolean).map((l) => l.split(','));
    expect(rows[0]).toEqual(['Id', 'Measure', 'Nature', 'Kind', 'Notes', 'Unit', '2024', '2025', '2026', '2027', 'Total 2024–2027']);
    const total = (label: string) => rows.find((r) => r[1] === label)?.slice(6, 10).map(Number);
    expect(total('Total incidental savings')).toEqual(p.savings.incidental);
    expect(total('Total one-off costs')).toEqual(p.savings.oneOffCosts);
    expect(rows.filter((r) => r[3] === 'frictional costs').map((r) => r.slice(0, 2))).toEqual([['jeugdpunt-half', 'Jeugdpunt halveren']]);
  });

  it('XLSX: the two sheets after the per-year sheet, with the projection’s figures', async () => {
    const run = await result('v2Xlsx');
    expect(run.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, 'v2.xlsx')) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name).slice(0, 4)).toEqual(['Samenvatting', 'Per jaar', 'Structureel evenwicht', 'Incidentele baten en lasten']);
    const sheet = wb.getWorksheet('Structureel evenwicht') as ExcelJS.Worksheet;
    let net = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === 'Netto besparing') net = n;
    });
    const results = p.years.map((_, yi) => (sheet.getRow(net).getCell(yi + 2).model as { result?: number }).result ?? 0);
    expect(results).toEqual(p.savings.net);
  });
});

(HAS_CHROMIUM && HAS_POPPLER ? describe : describe.skip)('vcp export of a version-2 scenario: PDF through Chromium', () => {
  const pdfText = (file: string) => plain(execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8'));
  const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString('utf8'))?.[1]);
  const p = project(load(VOORBEELD_V2));

  it.each([
    ['v2PdfNl', 'v2-nl.pdf', 'nl', ['Structureel evenwicht', 'Overzicht incidentele baten en lasten', 'Aandachtspunten', "Nog niet in euro's", 'Terugverdienjaar: 2025']],
    ['v2PdfEn', 'v2-en.pdf', 'en', ['Structural balance', 'Incidental income and expenditure', 'Points of attention', 'Not yet in euros', 'Payback year: 2025']],
  ] as const)('%s: two pages at most, the new sections and their figures row by row', async (name, file, lang, headings) => {
    const run = await result(name);
    expect(run.code).toBe(0);
    const path = join(dir, file);
    expect(pages(path)).toBeLessThanOrEqual(2);
    const text = pdfText(path);
    for (const heading of headings) expect(text).toContain(heading);
    const cells = (values: readonly number[]) =>
      new RegExp(values.map((v) => plain(formatMoney(v, { lang, unit: 'euro', symbol: false })).replace(/[.+]/g, '\\$&')).join('\\s+'));
    expect(text).toMatch(cells(p.savings.structural));
    expect(text).toMatch(cells(p.savings.oneOffCosts));
    expect(text).toMatch(cells(p.savings.net));
    expect(text).toMatch(cells(p.savings.netCumulative));
    expect(text).toContain('PM');
  });
});

(HAS_CHROMIUM && HAS_POPPLER ? describe : describe.skip)('vcp export: PDF and PNG through Chromium', () => {
  const pdfText = (file: string) => plain(execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8'));
  const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString('utf8'))?.[1]);

  it('PDF in Dutch: A4 with title, headline figures, years and the year table', async () => {
    const run = await result('pdfNl');
    expect(run.stderr).toMatch(/v\.pdf geschreven \(\d/);
    expect(run.code).toBe(0);
    const file = join(dir, 'v.pdf');
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    // Two pages since version 2 (#20): "Extra formatie" is incidental (a fixed amount without
    // `continues`), so the structural balance and the overview of incidental items are printed.
    expect(pages(file)).toBe(2);
    expect(pdfText(file)).toContain('Structureel evenwicht');
    expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = pdfText(file);
    expect(text).toContain('Voorbeeld: korting en verschuiving');
    expect(text).toContain('VOORBEELDGEMEENTE');
    expect(text).toContain('5 MAART 2024');
    expect(text).toContain('€ 973.949');
    expect(text).toContain('€ 2.143.511');
    expect(text).toContain('tekort in 2020–2023');
    expect(text).toContain('grootst in 2023: € 1.026.051');
    for (const row of yearRows(voorbeeldProjection, 'euro')) {
      const cells = row.values.map((v) => (v === null ? '–' : plain(formatMoney(v, { lang: 'nl', unit: 'euro', symbol: false, sign: row.kind === 'gap' ? 'always' : 'auto' }))));
      expect(text).toMatch(new RegExp(cells.map((c) => c.replace(/[.+]/g, '\\$&')).join('\\s+')));
    }
    expect(text).toMatch(/2020\s+2021\s+2022\s+2023/);
    expect(text).toContain('Pagina 1 van 2');
  });

  it('PDF in English, in thousands: the sample with long notes still fits one page', async () => {
    const run = await result('pdfEn');
    expect(run.code).toBe(0);
    const file = join(dir, 'sv.pdf');
    expect(pages(file)).toBe(1);
    const text = pdfText(file);
    expect(text).toContain('Stichtse Vecht: het 5%-besluit, € 165.000 op drie partners van de Vitale Coalitie');
    expect(text).toContain('€165,000');
    expect(text).toMatch(/Amounts ×\s€1,000/);
    expect(text).toMatch(/Savings\s+0\s+165\s+165\s+165\s+165/);
    expect(text).toContain('Page 1 of 1');
  });

  it('PNG of the savings chart: 1920 pixels wide, not empty', async () => {
    const run = await result('png');
    expect(run.code).toBe(0);
    const png = readFileSync(join(dir, 'v.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBe(1920);
    expect(height).toBeGreaterThan(600);
    expect(png.length).toBeGreaterThan(20_000);
  });
});

describe('vcp export of several files: a comparison', () => {
  it('Markdown: each scenario’s savings over the shared years, and what differs', async () => {
    const run = await result('compareMd');
    expect(run.code).toBe(0);
    const md = plain(run.stdout);
    expect(md).toContain('# Vergelijking van scenario’s');
    expect(md).toContain('- **A** (referentie): Stichtse Vecht: het 5%-besluit, € 165.000 op drie partners van de Vitale Coalitie');
    expect(md).toContain('- **B**: Voorbeeld: korting en verschuiving');
    // The shared years: 2021–2025 and 2020–2023 have 2021–2023 in common.
    const sv = project(stichtseVecht);
    for (const year of [2021, 2022, 2023]) {
      const i = sv.years.indexOf(year);
      expect(md).toContain(plain(formatMoney(sv.savings.total[i] as number, { lang: 'nl', unit: 'euro', symbol: false })));
    }
    expect(md).toContain('### B ten opzichte van A');
  });
});

describe('vcp export: what goes wrong says so in one line', () => {
  it('without a Chromium, PDF is refused with a clear message and exit 1', async () => {
    const run = await result('noChromium');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^vcp: voor PDF en PNG is Chromium nodig, maar die is niet gevonden \(gezocht: \/nonexistent\/chromium\)\./);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'none.pdf'))).toBe(false);
  });

  it.each([
    ['noFormat', 'optie "--format" heeft een waarde nodig'],
    ['badFormat', 'ongeldige waarde "docx" voor --format (kies uit: pdf, xlsx, csv, md, png, html, monitor-pdf, monitor-xlsx, monitor-md, decisions-pdf, decisions-xlsx, decisions-md)'],
    ['pdfWithoutOut', 'optie "--out" heeft een waarde nodig'],
    ['compareBadTable', 'ongeldige waarde "line" voor --table (kies uit: year, organisation)'],
    ['badDate', 'ongeldige waarde "5-3-2024" voor --date (kies uit: YYYY-MM-DD)'],
  ] as const)('%s: wrong usage, exit 2', async (name, text) => {
    const run = await result(name);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`vcp: ${text}\nZie "vcp --help".\n`);
  });

  it('an invalid scenario file: its problems, exit 1', async () => {
    const run = await result('invalid');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/invalid\.json: /);
    expect(run.stdout).toBe('');
  });

  it('a folder that does not exist: one line, exit 1', async () => {
    const run = await result('unwritable');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^vcp: .*folder\.md kan niet worden geschreven \(ENOENT\)\.\n$/);
  });
});

describe('vcp export: the realisation monitor (#22)', () => {
  it('monitor-md to standard output: planned from the projection, realised from the file, the signal', async () => {
    const run = await result('monitorMd');
    expect(run.code).toBe(0);
    const out = plain(run.stdout);
    expect(out).toContain('# Monitor: Voorbeeld versie 2');
    expect(out).toContain('| **Gepland (alle maatregelen)** | 0 | 90.000 | 142.800 | 117.300 |');
    expect(out).toContain('| **Gerealiseerd** | – | 35.000 | – | – |');
    expect(out).toContain('| signaal | – | orange'.replace('orange', 'oranje (88%)') + ' | – | – |');
  });

  it('monitor-pdf: a PDF with the same figures', async () => {
    if (!HAS_CHROMIUM || !HAS_POPPLER) return;
    const run = await result('monitorPdf');
    expect(run.code).toBe(0);
    const text = plain(execFileSync('pdftotext', ['-layout', join(dir, 'monitor.pdf'), '-']).toString('utf8'));
    expect(text).toContain('Monitor: Voorbeeld versie 2');
    expect(text).toMatch(/Gerealiseerd\s+–\s+35\.000\s+–\s+–/);
  });

  it('the monitor is of one scenario: two files are a usage error', async () => {
    const run = await result('monitorTwo');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('geef precies één bestand');
  });
});

