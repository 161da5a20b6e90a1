// CSV and Markdown, read back: every figure equals the engine's to the euro (or yearRows' in
// thousands), in Dutch style (`;`, decimal comma, BOM, CRLF) and international style.
import { project } from '../../../shared/engine/project';
import { yearRows } from '../../../shared/format/year-rows';
import { formatMoney } from '../../../shared/format/money';
import { BOM, csvData, summaryCsv, writeCsv, CSV_TABLES, type CsvStyle } from '../../../shared/export/csv';
import { exportFileName, exportText } from '../../../shared/export/formats';
import { summaryMarkdown } from '../../../shared/export/markdown';
import { buildSummary } from '../../../shared/export/summary';
import { NAMES, sample, summaryOf, plain, DATE } from './fixtures';

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

function readNumber(cell: string, style: CsvStyle): number | null {
  if (cell === '') return null;
  const text = style === 'nl' ? cell.replace(',', '.') : cell;
  expect(text).toMatch(/^-?\d+(\.\d+)?$/);
  return Number(text);
}

function read(text: string, style: CsvStyle): string[][] {
  if (style === 'nl') {
    expect(text.startsWith(BOM)).toBe(true);
    text = text.slice(1);
  } else expect(text.startsWith(BOM)).toBe(false);
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  return parseCsv(text, style === 'nl' ? ';' : ',');
}

describe.each(NAMES)('CSV of %s', (name) => {
  const { projection } = sample(name);

  it.each(['nl', 'international'] as const)('per year, %s style: the engine’s figures to the euro', (style) => {
    const s = summaryOf(name, 'nl', 'euro');
    const rows = read(summaryCsv(s, 'year', style), style);
    expect(rows[0]).toEqual(['Rij', 'Eenheid', ...projection.years.map(String)]);
    const expected = yearRows(projection, 'euro');
    expect(rows.length).toBe(expected.length + 1);
    expected.forEach((row, i) => {
      expect(rows[i + 1]?.slice(2).map((c) => readNumber(c, style))).toEqual(row.values);
    });
  });

  it('per line, per measure and per organisation in thousands: add up, figures are yearRows’', () => {
    const s = summaryOf(name, 'en', 'thousand');
    const Y = projection.years.length;
    const thousands = yearRows(projection, 'thousand');
    const savings = (thousands.find((r) => r.kind === 'savings')?.values as number[]).map((v) => v / 1000);
    const baseline = (thousands.find((r) => r.kind === 'baseline')?.values as number[]).map((v) => v / 1000);

    const lines = read(summaryCsv(s, 'line', 'international'), 'international');
    const figures = (row: string[] | undefined, from: number) => (row ?? []).slice(from, from + Y).map((c) => readNumber(c, 'international') ?? 0);
    const baseRows = lines.slice(1).filter((r) => r[6] === 'Baseline' && r[0] !== '');
    expect(projection.years.map((_, yi) => baseRows.reduce((a, r) => a + (figures(r, 8)[yi] ?? 0), 0))).toEqual(baseline);
    expect(lines[lines.length - 2]?.slice(0, 2)).toEqual(['', 'Total']);
    expect(lines.every((r, i) => i === 0 || r[7] === 'thousand euros')).toBe(true);

    const measures = read(summaryCsv(s, 'measure', 'international'), 'international');
    const total = measures[measures.length - 1];
    expect(figures(total, 6)).toEqual(savings);

    const orgs = read(summaryCsv(s, 'organisation', 'international'), 'international');
    const changeTotal = orgs[orgs.length - 1];
    expect(changeTotal?.slice(0, 2)).toEqual(['Total', 'Change']);
    expect(figures(changeTotal, 3)).toEqual(savings.map((v) => -v + 0));
  });
});

describe('CSV details', () => {
  it('Dutch style: decimal comma, BOM, CRLF; “€” and “ë” survive in UTF-8', () => {
    const text = writeCsv({ header: ['Naam', 'Bedrag'], rows: [['Cliënten € 1', 1234.5], ['a;b', -2]] }, 'nl');
    expect(text).toBe(`${BOM}Naam;Bedrag\r\nCliënten € 1;1234,5\r\n"a;b";-2\r\n`);
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('international style: comma separator, decimal point, no BOM', () => {
    expect(writeCsv({ header: ['Name', 'Amount'], rows: [['a,b', 1234.5], ['say "hi"', null]] }, 'international')).toBe(
      'Name,Amount\r\n"a,b",1234.5\r\n"say ""hi""",\r\n',
    );
  });

  it('a name that a spreadsheet would run as a formula is written as text', () => {
    expect(writeCsv({ header: ['x'], rows: [['=HYPERLINK("x")'], ['+1'], ['@a'], ['-2']] }, 'international')).toBe(
      `x\r\n"'=HYPERLINK(""x"")"\r\n'+1\r\n'@a\r\n'-2\r\n`,
    );
  });

  it('Dutch style is the default, whatever the language', () => {
    const s = summaryOf('voorbeeld', 'en', 'euro');
    expect(exportText(s, 'csv').startsWith(`${BOM}Row;Unit;2020`)).toBe(true);
  });

  it('every table has the same number of cells in every row', () => {
    for (const table of CSV_TABLES) {
      const data = csvData(summaryOf('stichtse-vecht-vitale-coalitie', 'nl', 'euro'), table);
      for (const row of data.rows) expect(row.length).toBe(data.header.length);
    }
  });

  it('file names name the scenario and, for CSV, the table', () => {
    const s = summaryOf('voorbeeld', 'nl');
    expect(exportFileName(s, 'pdf')).toBe('Voorbeeld korting en verschuiving.pdf');
    expect(exportFileName(s, 'csv', 'organisation')).toBe('Voorbeeld korting en verschuiving - per organisatie.csv');
  });
});

describe('Markdown', () => {
  it.each(['nl', 'en'] as const)('voorbeeld (%s): headline, year table and measures with the engine’s figures', (lang) => {
    const { scenario } = sample('voorbeeld');
    const p = project(scenario);
    const md = plain(summaryMarkdown(buildSummary(scenario, p, { lang, unit: 'euro', date: DATE })));
    const money = (v: number) => plain(formatMoney(v, { lang, unit: 'euro' }));
    const cell = (v: number) => plain(formatMoney(v, { lang, unit: 'euro', symbol: false }));
    expect(md.startsWith('# Voorbeeld: korting en verschuiving\n')).toBe(true);
    expect(md).toContain(lang === 'nl' ? `- **Besparing 2023:** ${money(973949)}` : `- **Savings 2023:** ${money(973949)}`);
    expect(md).toContain(money(2143511));
    expect(md).toContain(lang === 'nl' ? `tekort in 2020–2023, het grootst in 2023: ${money(1026051)}` : `short in 2020–2023, most in 2023: ${money(1026051)}`);
    // Every figure of the year table, in its row.
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    for (const r of yearRows(p, 'euro')) {
      const cells = r.values.map((v) => (v === null ? '–' : (r.kind === 'gap' && v > 0 ? '+' : '') + cell(v)));
      expect(rows.some((line) => cells.every((c) => line.includes(c)) && line.split('|').length === cells.length + 3)).toBe(true);
    }
    expect(md).toContain(lang === 'nl' ? '20% korting op Vitale Coalitie, ingroei 0% 2021, 50% 2022, 100% 2023' : '20% cut on Vitale Coalitie');
    expect(md).toContain(lang === 'nl' ? '## Aannames' : '## Assumptions');
  });

  it('in thousands the tables say so and still add up', () => {
    const md = plain(summaryMarkdown(summaryOf('voorbeeld', 'nl', 'thousand')));
    expect(md).toContain('Bedragen × € 1.000.');
    expect(md).toContain('| **Besparing** | **175** | **365** | **630** | **974** |');
  });

  it('a pipe or an asterisk in a name does not break the table', () => {
    const { scenario } = sample('voorbeeld');
    const odd = { ...scenario, lines: scenario.lines.map((l, i) => (i === 0 ? { ...l, name: 'A | B *C*' } : l)) };
    const md = summaryMarkdown(buildSummary(odd, project(odd), { lang: 'nl', unit: 'euro', date: DATE }));
    expect(md).toContain('A \\| B \\*C\\*');
  });
});
