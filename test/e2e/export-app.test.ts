// Exports from the app itself in Chromium: File > Export is the header's "Exporteren…"; every
// format the browser can make is saved as a download, read back, and its figures are the engine's.
// (PDF needs Chromium's printer, which the desktop app has: electron/print-pdf.ts, tested with
// electron mocked; the same print layout is printed with page.pdf in export.test.ts.)
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { project } from '../../shared/engine/project';
import { formatMoney } from '../../shared/format/money';
import { parseScenarioText } from '../../shared/scenario/parse';
import { axeViolations, describeInBrowser, openApp, REPO_ROOT, type BrowserSession } from './support';

jest.setTimeout(180_000);

const SAMPLE = 'stichtse-vecht-vitale-coalitie';

function sample() {
  const parsed = parseScenarioText(readFileSync(resolve(REPO_ROOT, 'scenarios', `${SAMPLE}.vcscenario.json`), 'utf8'));
  if (!parsed.ok) throw new Error('sample invalid');
  return parsed.value;
}

async function save(page: Page, format: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const dialog = page.getByRole('dialog', { name: 'Exporteren' });
  await dialog.getByRole('radio', { name: format }).check();
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await dialog.getByRole('button', { name: 'Opslaan', exact: true }).click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

describeInBrowser('exports from the app, in Chromium', () => {
  let session: BrowserSession;
  afterEach(async () => {
    await session?.close();
  });

  it('saves XLSX, CSV, Markdown and PNG from the header’s export dialog, each with the engine’s figures', async () => {
    const scenario = sample();
    const p = project(scenario);
    const last = p.years.length - 1;
    session = await openApp(`?sample=${SAMPLE}`);
    const { page } = session;
    await page.getByRole('heading', { level: 1, name: scenario.title }).waitFor();
    await page.getByRole('button', { name: 'Exporteren…' }).click();
    await page.getByRole('dialog', { name: 'Exporteren' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const md = await save(page, /^Markdown/);
    expect(md.name).toMatch(/\.md$/);
    const text = md.bytes.toString('utf8');
    expect(text).toContain(scenario.title);
    expect(text).toContain(formatMoney(p.savings.total[last]!, { lang: 'nl', unit: 'euro' }));
    expect(text).toContain(formatMoney(p.savings.cumulative[last]!, { lang: 'nl', unit: 'euro' }));

    const csv = await save(page, /^CSV/);
    expect(csv.name).toMatch(/\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csv.bytes.toString('utf8').slice(1).split(/\r\n/).filter(Boolean).map((r) => r.split(';'));
    const header = rows[0]!;
    for (const [i, year] of p.years.entries()) {
      const col = header.indexOf(String(year));
      expect(col).toBeGreaterThan(0);
      const savingsRow = rows.find((r) => /^"?Besparing"?$/.test(r[0]!))!;
      expect(Number(savingsRow[col]!.replace(/\./g, '').replace(',', '.'))).toBe(p.savings.total[i]);
    }

    const xlsx = await save(page, /^Excel/);
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    expect(book.worksheets.length).toBe(6);
    const numbers: number[] = [];
    for (const sheet of book.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as unknown;
          if (typeof v === 'number') numbers.push(v);
          else if (v && typeof v === 'object' && 'result' in v && typeof (v as { result: unknown }).result === 'number') numbers.push((v as { result: number }).result);
        }),
      );
    }
    for (const value of [...p.savings.total, p.savings.cumulative[last]!, ...p.baseline.total]) expect(numbers).toContain(value);

    const png = await save(page, /^Grafiek/);
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1920);

    expect(session.foreignRequests).toEqual([]);
  });
});
