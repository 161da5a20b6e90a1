// The workbook, written to bytes and read back with ExcelJS as a controller's Excel would open it:
// sheet names, amounts as numbers with a euro (or thousands) format, totals as formulas whose
// cached results equal the engine's figures, frozen header rows, fitted columns.
import ExcelJS from 'exceljs';
import { yearRows } from '../../../shared/format/year-rows';
import { excelModuleOf, NUMBER_FORMATS, writeXlsx, buildWorkbook, columnLetter } from '../../../shared/export/xlsx';
import type { ExportSummary } from '../../../shared/export/summary';
import { NAMES, sample, summaryOf } from './fixtures';

jest.setTimeout(60_000);

async function readBack(summary: ExportSummary): Promise<ExcelJS.Workbook> {
  const bytes = await writeXlsx(excelModuleOf(ExcelJS), summary);
  // A zip file: "PK" first.
  expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

type Read = { value: number; formula?: string; numFmt: string };

/** A numeric cell: its value (a formula's cached result) and formula. Fails on text. */
function num(sheet: ExcelJS.Worksheet, row: number, col: number): Read {
  const cell = sheet.getRow(row).getCell(col);
  const v = cell.value as unknown;
  if (typeof v === 'number') return { value: v, numFmt: cell.numFmt };
  if (v && typeof v === 'object' && 'formula' in v) {
    // cell.value drops a cached result of 0 (ExcelJS tests it for truth); the model keeps it.
    const f = { formula: (v as { formula: string }).formula, result: (cell.model as { result?: unknown }).result };
    if (typeof f.result !== 'number') throw new Error(`${sheet.name}!${columnLetter(col)}${row}: ${f.formula} has no cached result`);
    return { value: f.result as number, formula: f.formula, numFmt: cell.numFmt };
  }
  throw new Error(`${sheet.name}!${columnLetter(col)}${row} is not a number: ${JSON.stringify(v)}`);
}

/** The row whose column-`col` text is `label`. */
function rowOf(sheet: ExcelJS.Worksheet, label: string, col = 1, after = 0): number {
  let found = 0;
  sheet.eachRow((row, n) => {
    if (!found && n > after && String(row.getCell(col).value ?? '').trim() === label) found = n;
  });
  if (!found) throw new Error(`no row "${label}" in ${sheet.name}`);
  return found;
}

describe.each(NAMES)('XLSX of %s', (name) => {
  const { projection } = sample(name);
  const Y = projection.years.length;

  it('in euros: per year and per measure equal the engine to the euro; totals are formulas', async () => {
    const s = summaryOf(name, 'nl', 'euro');
    const wb = await readBack(s);
    // Version 2's sheets only where the scenario has incidental measures or one-off costs (#20).
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Samenvatting',
      'Per jaar',
      ...(projection.measures.some((m) => m.nature === 'incidental') ? ['Structureel evenwicht', 'Incidentele baten en lasten'] : []),
      'Per regel',
      'Per maatregel',
      s.organisations.by === 'line' ? 'Verschil per regel' : 'Per organisatie',
      'Aannames',
    ]);
    const years = wb.getWorksheet('Per jaar') as ExcelJS.Worksheet;
    expect(years.getRow(1).values).toEqual([undefined, 'Bedragen in euro', ...projection.years.map(String), `Totaal ${s.span}`]);
    for (const row of yearRows(projection, 'euro')) {
      const label = row.kind === 'measure' ? row.name ?? '' : s.yearRows.find((r) => r.kind === row.kind)?.label ?? '';
      const n = rowOf(years, label);
      row.values.forEach((v, yi) => {
        if (v === null) return expect(years.getRow(n).getCell(yi + 2).value).toBeNull();
        const cell = num(years, n, yi + 2);
        expect(cell.value).toBe(v);
        expect(cell.numFmt).toBe(NUMBER_FORMATS.euro);
      });
      if (row.kind === 'savings') {
        expect(num(years, n, 2).formula).toMatch(/^B\d+-B\d+$/);
        expect(num(years, n, Y + 2)).toMatchObject({ formula: `SUM(B${n}:${columnLetter(Y + 1)}${n})`, value: projection.savings.cumulative[Y - 1] });
      }
      if (row.kind === 'cumulative' && Y > 1) expect(num(years, n, 3).formula).toMatch(/^B\d+\+C\d+$/);
    }
    expect(years.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 1 });
    expect(years.getColumn(1).width).toBeGreaterThanOrEqual(20);

    const measures = wb.getWorksheet('Per maatregel') as ExcelJS.Worksheet;
    for (const m of projection.measures) {
      const n = rowOf(measures, m.id);
      m.effect.forEach((v, yi) => expect(num(measures, n, 5 + yi).value).toBe(v));
    }
    const total = rowOf(measures, 'Totaal (besparing)', 2);
    projection.savings.total.forEach((v, yi) => {
      const cell = num(measures, total, 5 + yi);
      expect(cell.value).toBe(v);
      if (projection.measures.length > 0) expect(cell.formula).toMatch(/^SUM\(/);
    });
    expect(measures.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    // The summary sheet's headline figures are formulas on the per-year sheet.
    const summarySheet = wb.getWorksheet('Samenvatting') as ExcelJS.Worksheet;
    const headline = num(summarySheet, rowOf(summarySheet, s.headline.labels.savings), 2);
    expect(headline.value).toBe(projection.savings.total[Y - 1]);
    expect(headline.formula).toBe(`'Per jaar'!${columnLetter(Y + 1)}${rowOf(years, 'Besparing')}`);
    expect(summarySheet.getRow(1).getCell(1).value).toBe(s.title);
  });

  it('per line and per organisation: cells and SUM totals equal the engine; change is a formula', async () => {
    const s = summaryOf(name, 'en', 'euro');
    const wb = await readBack(s);
    const lines = wb.getWorksheet('Per line') as ExcelJS.Worksheet;
    const baseTotal = rowOf(lines, 'Total baseline', 2);
    const scenTotal = rowOf(lines, 'Total scenario', 2);
    projection.lines.forEach((l) => {
      const b = rowOf(lines, l.id);
      const sc = rowOf(lines, l.id, 1, b);
      l.baseline.forEach((v, yi) => expect(num(lines, b, 7 + yi).value).toBe(v));
      l.scenario.forEach((v, yi) => expect(num(lines, sc, 7 + yi).value).toBe(v));
    });
    projection.years.forEach((_, yi) => {
      expect(num(lines, baseTotal, 7 + yi)).toMatchObject({ value: projection.baseline.total[yi], formula: expect.stringMatching(/^SUM\(/) });
      expect(num(lines, scenTotal, 7 + yi).value).toBe(projection.scenario.total[yi]);
    });
    expect(lines.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 2 });

    const orgName = s.organisations.by === 'line' ? 'Change per line' : 'Per organisation';
    const orgs = wb.getWorksheet(orgName) as ExcelJS.Worksheet;
    const changeTotal = rowOf(orgs, 'Total change');
    projection.savings.total.forEach((v, yi) => expect(num(orgs, changeTotal, 2 + yi).value).toBe(-v + 0));
    const first = s.organisations.rows[0];
    if (first) {
      const header = rowOf(orgs, 'Change (scenario − baseline)');
      const n = rowOf(orgs, first.label, 1, header);
      expect(num(orgs, n, 2)).toMatchObject({ value: first.change[0], formula: expect.stringMatching(/^B\d+-B\d+$/) });
    }
  });

  it('in thousands: whole thousands as numbers with a thousands format, still adding up', async () => {
    const s = summaryOf(name, 'nl', 'thousand');
    const wb = await readBack(s);
    const years = wb.getWorksheet('Per jaar') as ExcelJS.Worksheet;
    expect(years.getRow(1).getCell(1).value).toBe('Bedragen ×\u00a0€\u00a01.000');
    const rows = yearRows(projection, 'thousand');
    const savings = rowOf(years, 'Besparing');
    (rows.find((r) => r.kind === 'savings')?.values as number[]).forEach((v, yi) => {
      const cell = num(years, savings, 2 + yi);
      expect(cell.value).toBe(v / 1000);
      expect(cell.numFmt).toBe(NUMBER_FORMATS.thousand);
    });
    // Cumulative is rounded on its own in thousands: a value, not a running-sum formula.
    const cumulative = rowOf(years, 'Cumulatief');
    expect(num(years, cumulative, 2 + Y - 1)).toEqual({ value: (rows.find((r) => r.kind === 'cumulative')?.values[Y - 1] as number) / 1000, numFmt: NUMBER_FORMATS.thousand });
    const lines = wb.getWorksheet('Per regel') as ExcelJS.Worksheet;
    const base = rowOf(lines, 'Totaal basis', 2);
    (rows.find((r) => r.kind === 'baseline')?.values as number[]).forEach((v, yi) => expect(num(lines, base, 7 + yi).value).toBe(v / 1000));
  });
});

describe('XLSX details', () => {
  it('assumptions: index rates and wage shares as percentages', async () => {
    const wb = await readBack(summaryOf('voorbeeld', 'nl', 'euro'));
    const sheet = wb.getWorksheet('Aannames') as ExcelJS.Worksheet;
    const n = rowOf(sheet, '2022');
    expect(num(sheet, n, 2)).toEqual({ value: 0.0113, numFmt: NUMBER_FORMATS.percent });
    const line = rowOf(sheet, 'begeleiding');
    expect(num(sheet, line, 3).value).toBe(0.9);
    expect(num(sheet, line, 4).value).toBe(0.02);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('a module from a bundler’s default export works too', () => {
    expect(excelModuleOf({ default: ExcelJS }).Workbook).toBe(ExcelJS.Workbook);
    expect(() => excelModuleOf({})).toThrow(/Workbook/);
  });

  it('every column that holds anything has a width that fits it', () => {
    const wb = buildWorkbook(excelModuleOf(ExcelJS), summaryOf('stichtse-vecht-vitale-coalitie', 'nl', 'euro'));
    for (const sheet of wb.worksheets) {
      sheet.columns.forEach((col) => {
        if ((col.values ?? []).some((v) => v !== undefined && v !== null)) expect(col.width ?? 0).toBeGreaterThanOrEqual(8);
      });
    }
  });
});
