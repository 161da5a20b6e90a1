// Exports from the app itself in Chromium: File > Export is the header's "Exporteren…"; every
// format the browser can make is saved as a download, read back, and its figures are the engine's.
// (PDF: the desktop app prints with Chromium's printer, electron/print-pdf.ts, tested with
// electron mocked; the same print layout is printed with page.pdf in export.test.ts; the browser
// version opens the browser's print dialog on it, print.test.ts.)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { project } from '../../shared/engine/project';
import { formatMoney } from '../../shared/format/money';
import { parseScenarioText } from '../../shared/scenario/parse';
import { saveExport, workbookNumbers } from './export-support';
import { axeViolations, describeInBrowser, openApp, REPO_ROOT, type BrowserSession } from './support';

jest.setTimeout(180_000);

const SAMPLE = 'stichtse-vecht-vitale-coalitie';

function sample() {
  const parsed = parseScenarioText(readFileSync(resolve(REPO_ROOT, 'scenarios', `${SAMPLE}.vcscenario.json`), 'utf8'));
  if (!parsed.ok) throw new Error('sample invalid');
  return parsed.value;
}

const save = (page: Page, format: RegExp) => saveExport(page, 'Exporteren', format);

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
    const { book, numbers } = await workbookNumbers(xlsx.bytes);
    expect(book.worksheets.length).toBe(6);
    for (const value of [...p.savings.total, p.savings.cumulative[last]!, ...p.baseline.total]) expect(numbers).toContain(value);

    const png = await save(page, /^Grafiek/);
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1920);

    expect(session.foreignRequests).toEqual([]);
  });
});
