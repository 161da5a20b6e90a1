// A comparison export: the figures of shared/compare per scenario, in every format, read back.
import ExcelJS from 'exceljs';
import { compareScenarios } from '../../../shared/compare/compare';
import { comparisonRows } from '../../../shared/compare/rows';
import { buildComparison, comparisonCsvData, comparisonMarkdown, comparisonPrintHtml, comparisonChartSvg } from '../../../shared/export/comparison';
import { writeCsv } from '../../../shared/export/csv';
import { excelModuleOf, writeComparisonXlsx } from '../../../shared/export/xlsx';
import { formatMoney } from '../../../shared/format/money';
import type { Scenario } from '../../../shared/scenario/schema';
import { DATE, plain, sample } from './fixtures';

jest.setTimeout(60_000);

const a = sample('stichtse-vecht-vitale-coalitie').scenario;
// Variant B: the original 20% cut on the whole coalition instead of the three cuts of the 5% decision.
const b: Scenario = {
  ...sample('stichtse-vecht-vitale-coalitie-gelijke-korting').scenario,
  title: 'Stichtse Vecht: 20% op de hele Vitale Coalitie',
};
const items = [
  { name: 'a.vcscenario.json', scenario: a },
  { name: 'b.vcscenario.json', scenario: b },
];
const expected = compareScenarios(items);

describe.each(['euro', 'thousand'] as const)('a comparison in %s', (unit) => {
  const c = buildComparison(items, { lang: 'nl', unit, date: DATE });
  const rows = comparisonRows(expected, unit);

  it('holds shared/compare’s figures, and each partner column adds up to −savings', () => {
    expect(c.rows).toEqual(rows);
    expect(c.scenarios.map((s) => s.label)).toEqual(['A', 'B']);
    expect(c.scenarios[1]?.headline.savings).toBe(rows.savings[1]?.[4]);
    const table = c.partners.table;
    c.years.forEach((_, yi) => {
      c.scenarios.forEach((_s, k) => {
        const own = table.scenarios[k]!;
        const sum = table.rows.reduce((x, r) => x + (r.cells[k]?.years[yi]?.change ?? 0), 0) + (own.fixed?.years[yi] ?? 0);
        expect(sum).toBe(own.total.years[yi]?.change);
        expect(own.total.years[yi]?.change).toBe(-(rows.savings[k]?.[yi] ?? 0) + 0);
      });
    });
  });

  it('CSV per year: each scenario’s savings, read back', () => {
    // Dutch style: the titles hold commas, not semicolons, so a plain split reads it.
    const text = writeCsv(comparisonCsvData(c, 'year'), 'nl').slice(1);
    const lines = text.split('\r\n').filter(Boolean).map((l) => l.split(';'));
    expect(lines[0]).toEqual(['Scenario', 'Titel', 'Reeks', 'Eenheid', '2021', '2022', '2023', '2024', '2025']);
    const savingsOf = (label: string) => lines.find((l) => l[0] === label && l[2] === 'Besparing')?.slice(4).map(Number);
    const scale = unit === 'thousand' ? 1000 : 1;
    expect(savingsOf('A')).toEqual(rows.savings[0]?.map((v) => v / scale));
    expect(savingsOf('B')).toEqual(rows.savings[1]?.map((v) => v / scale));
  });

  it('XLSX: savings as numbers, the difference from A as formulas with cached results', async () => {
    const bytes = await writeComparisonXlsx(excelModuleOf(ExcelJS), c);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Scenario’s', 'Per jaar', 'Verschil per organisatie', 'Wat verschilt']);
    const sheet = wb.getWorksheet('Per jaar') as ExcelJS.Worksheet;
    const scale = unit === 'thousand' ? 1000 : 1;
    let diffRow = 0;
    sheet.eachRow((r, n) => {
      if (String(r.getCell(2).value).startsWith('Verschil met A')) diffRow = n;
    });
    const cells = [3, 4, 5, 6, 7].map((col) => sheet.getRow(diffRow).getCell(col).model as { formula?: string; result?: number });
    expect(cells.map((x) => x.result ?? 0)).toEqual(rows.difference[1]?.map((v) => v / scale));
    expect(cells.every((x) => /^[C-G]\d+-[C-G]\d+$/.test(x.formula ?? ''))).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});

describe('comparison texts', () => {
  const c = buildComparison(items, { lang: 'en', unit: 'euro', date: DATE });

  it('Markdown: the scenarios, their savings and what differs', () => {
    const md = plain(comparisonMarkdown(c));
    expect(md).toContain('# Comparison of scenarios');
    expect(md).toContain(`**B**: Stichtse Vecht: 20% op de hele Vitale Coalitie`);
    for (const v of c.rows.savings[1] ?? []) expect(md).toContain(plain(formatMoney(v, { lang: 'en', unit: 'euro', symbol: false })));
    expect(md).toContain('### B compared with A');
    expect(md).toContain('- B has an extra cut: “Korting op de hele Vitale Coalitie” (20%).');
  });

  it('the print layout is self-contained and holds both scenarios; the chart names them', () => {
    const html = comparisonPrintHtml(c);
    expect(html).not.toMatch(/<script|<link|<img|url\(/i);
    expect(html.match(/https?:\/\/[^\s"'<>]+/g) ?? []).toEqual(['http://www.w3.org/2000/svg']);
    expect(plain(html)).toContain('Stichtse Vecht: 20% op de hele Vitale Coalitie');
    const svg = comparisonChartSvg(c, { width: 960, title: true });
    expect(svg).toContain('Savings per year, per scenario');
    expect(svg).toContain('A — Stichtse Vecht');
  });
});

describe('the comparison chart draws the targets, as the compare screen does (#24 item 10j)', () => {
  /** The target lines of a chart: per group, its points and its diamonds; and the legend's words. */
  function targetsOf(svg: string) {
    const groups = [...svg.matchAll(/<g data-target="([^"]*)">([\s\S]*?)<\/g>/g)].map((m) => ({
      labels: m[1],
      lines: [...(m[2] ?? '').matchAll(/<polyline points="([^"]*)"[^>]*stroke="([^"]*)"[^>]*stroke-dasharray/g)].map((p) => ({ points: (p[1] ?? '').split(' ').length, colour: p[2] })),
      diamonds: [...(m[2] ?? '').matchAll(/<title>([^<]*)<\/title>/g)].map((t) => plain(t[1] ?? '')),
    }));
    return groups;
  }

  it('one target for both scenarios: one dashed line in the target’s colour through every year that has one, named “Taakstelling”', () => {
    const c = buildComparison(items, { lang: 'nl', unit: 'euro', date: DATE });
    const svg = comparisonChartSvg(c, { width: 960, title: true });
    const targets = targetsOf(svg);
    // The sample's target from 2022: four years.
    expect(targets).toEqual([
      {
        labels: 'A,B',
        lines: [{ points: 4, colour: '#333333' }],
        diamonds: ['2022', '2023', '2024', '2025'].map((y) => `Taakstelling, ${y}: € 165.000`),
      },
    ]);
    expect(svg).toMatch(/<text[^>]*>Taakstelling<\/text>/);
  });

  it('different targets: a line each, in its scenario’s colour, named by letter; the axis reaches the highest', () => {
    const higher: Scenario = { ...b, target: { '2022': 700_000 } };
    const c = buildComparison(
      [items[0]!, { name: 'c.vcscenario.json', scenario: higher }],
      { lang: 'en', unit: 'euro', date: DATE },
    );
    const svg = comparisonChartSvg(c, { width: 960 });
    const targets = targetsOf(svg);
    expect(targets.map((t) => [t.labels, t.lines[0]?.colour, t.diamonds[0]])).toEqual([
      ['A', c.scenarios[0]?.colour, 'Target A, 2022: €165,000'],
      ['B', c.scenarios[1]?.colour, 'Target B, 2022: €700,000'],
    ]);
    expect(svg).toMatch(/<text[^>]*>Target A<\/text>/);
    expect(svg).toMatch(/<text[^>]*>Target B<\/text>/);
    // The top tick is at least the highest target.
    const ticks = [...svg.matchAll(/text-anchor="end" fill="#444444">([^<]*)</g)].map((m) => Number(plain(m[1] ?? '').replace(/[^\d]/g, '')));
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(700_000);
  });

  it('no target in any scenario: no target line, no legend entry', () => {
    const none = items.map((item) => ({ ...item, scenario: { ...item.scenario, target: undefined } }));
    const svg = comparisonChartSvg(buildComparison(none, { lang: 'nl', unit: 'euro', date: DATE }));
    expect(targetsOf(svg)).toEqual([]);
    expect(svg).not.toContain('Taakstelling');
  });
});

describe('the variants’ names are kept apart in every export (#21 item 4)', () => {
  /** A variant as the app makes it: its origin's title with " — variant 2" at the end, not saved yet. */
  const variantItems = [
    { name: a.title, scenario: a, file: 'stichtse-vecht-vitale-coalitie.vcscenario.json' },
    { name: `${a.title} — variant 2`, scenario: { ...b, title: `${a.title} — variant 2` }, file: null },
  ];
  /** Two files with one title (a copy saved under another name). */
  const twinItems = [
    { name: 'a.vcscenario.json', scenario: a },
    { name: 'b.vcscenario.json', scenario: { ...b, title: a.title } },
  ];

  it('a title cut to fit keeps what tells the variants apart: the legend, the per-year rows, the XLSX blocks', async () => {
    const c = buildComparison(variantItems, { lang: 'nl', unit: 'euro', date: DATE });
    const [captionA, captionB] = c.scenarios.map((s) => s.caption);
    expect(captionA).not.toBe(captionB?.replace(/^B/, 'A'));
    expect(captionB).toMatch(/^B — Stichtse Vecht.*… — variant 2$/);
    expect(captionB!.length).toBeLessThanOrEqual(52);
    const svg = plain(comparisonChartSvg(c, { width: 960 }));
    expect(svg).toContain(`>${captionA}<`);
    expect(svg).toContain(`>${captionB}<`);
    const bytes = await writeComparisonXlsx(excelModuleOf(ExcelJS), c);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const blockTitles: string[] = [];
    wb.getWorksheet('Verschil per organisatie')!.eachRow((row) => {
      const text = String(row.getCell(1).value ?? '');
      if (/^[AB] — /.test(text)) blockTitles.push(text);
    });
    expect(blockTitles).toEqual([captionA, captionB]);
    // The file column: the sample's file; the unsaved variant has none (not its title again).
    const files: string[] = [];
    wb.getWorksheet('Scenario’s')!.eachRow((row, n) => void (n > 1 && n <= 3 && files.push(String(row.getCell(3).value ?? ''))));
    expect(files).toEqual(['stichtse-vecht-vitale-coalitie.vcscenario.json', '']);
  });

  it('two files with one title: Markdown, PDF and CSV name each with its file', () => {
    const c = buildComparison(twinItems, { lang: 'nl', unit: 'euro', date: DATE });
    expect(c.scenarios.map((s) => s.distinctTitle)).toEqual([`${a.title} (a.vcscenario.json)`, `${a.title} (b.vcscenario.json)`]);
    const md = plain(comparisonMarkdown(c));
    expect(md).toContain(`**A** (referentie): ${a.title} (a.vcscenario.json)`);
    expect(md).toContain(`**B**: ${a.title} (b.vcscenario.json)`);
    const html = plain(comparisonPrintHtml(c));
    expect(html).toContain(`A — ${a.title} (a.vcscenario.json)`);
    expect(html).toContain(`B — ${a.title} (b.vcscenario.json)`);
    for (const table of ['year', 'organisation'] as const) {
      const lines = writeCsv(comparisonCsvData(c, table), 'nl').slice(1).split('\r\n').filter(Boolean).map((l) => l.split(';'));
      const titles = new Set(lines.slice(1).map((l) => `${l[table === 'year' ? 0 : 1]} ${l[table === 'year' ? 1 : 2]}`));
      expect([...titles].sort()).toEqual([`A ${a.title} (a.vcscenario.json)`, `B ${a.title} (b.vcscenario.json)`].map((t) => t.replace(/"/g, '')));
    }
  });

  it('the partner table: every organisation in every shared year and all together, a row per variant', () => {
    const c = buildComparison(items, { lang: 'nl', unit: 'euro', date: DATE });
    const md = plain(comparisonMarkdown(c));
    const section = md.slice(md.indexOf('## Verschil per organisatie'));
    expect(section).toContain('| Organisatie | 2021 | 2022 | 2023 | 2024 | 2025 | Totaal 2021–2025 |');
    expect(section).toContain('| *Jeugd-Punt* |');
    expect(section).toMatch(/\| A — Stichtse Vecht[^|]* \| 0 \| −30\.000 \| −30\.000 \| −30\.000 \| −30\.000 \| −120\.000 \|/);
    const csv = writeCsv(comparisonCsvData(c, 'organisation'), 'nl').slice(1).split('\r\n');
    expect(csv[0]).toBe('Organisatie;Scenario;Titel;Eenheid;2021;2022;2023;2024;2025;Totaal 2021–2025');
  });
});
