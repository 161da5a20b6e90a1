// Exports in real Chromium.
// 1. The export dialog, bundled for the browser as the app bundles it (esbuild, the packages'
//    browser builds: ExcelJS's dist build), served with the app's CSP: every format is saved
//    from the dialog and read back — CSV and Markdown as text, XLSX through ExcelJS, PDF through
//    pdftotext (the host's printer is stood in for by Playwright's page.pdf of the same print
//    layout, as Electron's printToPDF will print it), PNG by its header. Figures to the euro.
// 2. The print layout of every sample in Dutch and English through page.pdf: one A4 page each,
//    its text (pdftotext) holding the title, headline and year table; the pages are written as
//    PNG images (pdftoppm) to test-results/ for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStaticServer, type RunningServer } from '../../scripts/static-server';
import { project } from '../../shared/engine/project';
import { printFooterTemplate, printHtml, PAGE_MARGINS_MM } from '../../shared/export/print-html';
import { buildSummary } from '../../shared/export/summary';
import { formatMoney } from '../../shared/format/money';
import { yearRows } from '../../shared/format/year-rows';
import { parseScenarioText } from '../../shared/scenario/parse';
import type { Lang } from '../../shared/scenario/problems';
import type { Scenario } from '../../shared/scenario/schema';
import { axeViolations, CHROMIUM_ARGS, describeInBrowser, findChromium, REPO_ROOT, RESULTS_DIR, WORKSHOP_SIZES } from './support';

jest.setTimeout(300_000);

const FILES: Record<string, string> = {
  voorbeeld: join(REPO_ROOT, 'test', 'fixtures', 'voorbeeld.json'),
  'voorbeeld-v2': join(REPO_ROOT, 'test', 'fixtures', 'voorbeeld-v2.json'),
  ...Object.fromEntries(
    readdirSync(join(REPO_ROOT, 'scenarios'))
      .filter((f) => f.endsWith('.vcscenario.json'))
      .sort()
      .map((f) => [f.replace(/\.vcscenario\.json$/, ''), join(REPO_ROOT, 'scenarios', f)]),
  ),
};
function load(name: string): Scenario {
  const parsed = parseScenarioText(readFileSync(FILES[name] as string, 'utf8'));
  if (!parsed.ok) throw new Error(name);
  return parsed.value;
}
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const DATE = '2024-03-05';

/** Prints HTML to PDF bytes in its own page: what Electron's printToPDF does in the app. */
async function pagePdf(browser: Browser, html: string, footerTemplate: string): Promise<Buffer> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const mm = (n: number) => `${n}mm`;
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate,
      margin: { top: mm(PAGE_MARGINS_MM.top), right: mm(PAGE_MARGINS_MM.right), bottom: mm(PAGE_MARGINS_MM.bottom), left: mm(PAGE_MARGINS_MM.left) },
    });
  } finally {
    await context.close();
  }
}

function pdfFacts(bytes: Buffer, name: string): { pages: number; text: string; file: string } {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name}.pdf`);
  writeFileSync(file, bytes);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);
  return { pages, text: plain(execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8')), file };
}

/** The dialog with a scenario, its printer and its save callback wired to this test. */
const HARNESS = `
import { createRoot } from 'react-dom/client';
import { ExportDialog } from './renderer/components/export/ExportDialog';
import { parseScenarioText } from './shared/scenario/parse';

const w = window as unknown as {
  __scenarioText(): Promise<string>;
  __print(html: string, footer: string): Promise<string>;
  __save(fileName: string, kind: 'text' | 'bytes', data: string, mime: string): Promise<void>;
};
const b64 = (bytes: Uint8Array) => { let s = ''; for (const c of bytes) s += String.fromCharCode(c); return btoa(s); };
const unb64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

w.__scenarioText().then((text) => {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error('invalid scenario');
  createRoot(document.getElementById('root')!).render(
    <ExportDialog
      open
      scenario={parsed.value}
      date="${DATE}"
      onClose={() => {}}
      printToPdf={async (html, options) => unb64(await w.__print(html, options.footerTemplate))}
      onSave={(fileName, data, mime) =>
        typeof data === 'string' ? w.__save(fileName, 'text', data, mime) : w.__save(fileName, 'bytes', b64(data), mime)}
    />,
  );
});
`;

describeInBrowser('exports in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vcp-export-e2e-'));
    const result = await build({
      stdin: { contents: HARNESS, loader: 'tsx', resolveDir: REPO_ROOT, sourcefile: 'export-harness.tsx' },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      jsx: 'automatic',
      target: 'es2022',
      outdir: dir,
      entryNames: 'harness',
      define: { 'process.env.NODE_ENV': '"production"' },
      minify: true,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    // The app's own page: the same Content-Security-Policy as renderer/index.html.
    const indexHtml = readFileSync(join(REPO_ROOT, 'renderer', 'index.html'), 'utf8');
    const csp = /<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/.exec(indexHtml)?.[0] ?? '';
    expect(csp).toContain("default-src 'none'");
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8">${csp}<link rel="icon" href="data:,"><link rel="stylesheet" href="./harness.css"><title>Export</title></head><body><div id="root"></div><script type="module" src="./harness.js"></script></body></html>`,
    );
    server = await startStaticServer(dir);
    browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: [...CHROMIUM_ARGS] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  interface Saved {
    fileName: string;
    text?: string;
    bytes?: Buffer;
    mime: string;
  }

  async function openDialog(name: string, lang: Lang = 'nl'): Promise<{ page: Page; saved: Saved[]; problems: string[]; close(): Promise<void> }> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: lang === 'nl' ? 'nl-NL' : 'en-GB' });
    const page = await context.newPage();
    const saved: Saved[] = [];
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(m.text());
    });
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) problems.push(`request: ${r.url()}`);
    });
    await page.exposeFunction('__scenarioText', () => readFileSync(FILES[name] as string, 'utf8'));
    await page.exposeFunction('__print', async (html: string, footer: string) => (await pagePdf(browser, html, footer)).toString('base64'));
    await page.exposeFunction('__save', (fileName: string, kind: 'text' | 'bytes', data: string, mime: string) => {
      saved.push(kind === 'text' ? { fileName, text: data, mime } : { fileName, bytes: Buffer.from(data, 'base64'), mime });
    });
    await page.goto(server.url);
    await page.getByRole('dialog').waitFor();
    return { page, saved, problems, close: () => context.close() };
  }

  async function saveAs(page: Page, saved: Saved[], format: RegExp): Promise<Saved> {
    await page.getByRole('radio', { name: format }).check();
    const before = saved.length;
    await page.getByRole('button', { name: /^(Opslaan|Save)$/ }).click();
    await page.waitForFunction(() => /klaar|ready|niet gelukt|failed/.test(document.querySelector('[role=status]')?.textContent ?? ''), undefined, { timeout: 120_000 });
    const status = (await page.getByRole('status').textContent()) ?? '';
    expect(status).not.toMatch(/niet gelukt|failed/);
    expect(saved.length).toBe(before + 1);
    return saved[saved.length - 1] as Saved;
  }

  it('saves every format from the dialog, and each reads back with the engine’s figures', async () => {
    const scenario = load('voorbeeld');
    const p = project(scenario);
    const { page, saved, problems, close } = await openDialog('voorbeeld');
    try {
      // PDF: the host prints the same print layout, with the figures; two A4 pages since version 2
      // (#20): the sample's "Extra formatie" is incidental, so the structural balance is printed.
      const pdf = await saveAs(page, saved, /^PDF/);
      expect(pdf.fileName).toBe('Voorbeeld korting en verschuiving.pdf');
      const facts = pdfFacts(pdf.bytes as Buffer, 'export-dialog-voorbeeld-nl');
      expect(facts.pages).toBe(2);
      expect(facts.text).toContain('Voorbeeld: korting en verschuiving');
      expect(facts.text).toContain('€ 973.949');
      for (const v of p.savings.total) expect(facts.text).toContain(plain(formatMoney(v, { lang: 'nl', unit: 'euro', symbol: false })));

      // XLSX: ExcelJS's browser build, loaded on Save.
      const xlsx = await saveAs(page, saved, /^Excel/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
      const sheet = wb.getWorksheet('Per jaar') as ExcelJS.Worksheet;
      let row = 0;
      sheet.eachRow((r, n) => {
        if (r.getCell(1).value === 'Besparing') row = n;
      });
      expect(p.years.map((_, yi) => (sheet.getRow(row).getCell(yi + 2).model as { result?: number }).result)).toEqual(p.savings.total);

      // CSV, Dutch style: BOM, semicolons, the year table to the euro.
      const csv = await saveAs(page, saved, /^CSV/);
      expect(csv.text?.startsWith('\uFEFFRij;Eenheid;2020;2021;2022;2023\r\n')).toBe(true);
      const rows = (csv.text as string).slice(1).split('\r\n').filter(Boolean).map((l) => l.split(';'));
      yearRows(p, 'euro').forEach((r, i) => {
        expect(rows[i + 1]?.slice(2).map((c) => (c === '' ? null : Number(c)))).toEqual(r.values);
      });

      // Markdown.
      const md = await saveAs(page, saved, /^Markdown/);
      expect(plain(md.text as string)).toContain('- **Cumulatief 2020–2023:** € 2.143.511');

      // PNG: the chart drawn on a canvas under the app's CSP, 1920 pixels wide.
      const png = await saveAs(page, saved, /^Grafiek/);
      const bytes = png.bytes as Buffer;
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      expect(bytes.readUInt32BE(16)).toBe(1920);
      expect(bytes.readUInt32BE(20)).toBeGreaterThan(600);
      mkdirSync(RESULTS_DIR, { recursive: true });
      writeFileSync(join(RESULTS_DIR, 'export-dialog-chart.png'), bytes);

      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each(['nl', 'en'] as const)('the dialog with the PDF preview (%s): accessible, screenshot', async (lang) => {
    const { page, problems, close } = await openDialog('stichtse-vecht-vitale-coalitie', lang);
    try {
      if (lang === 'en') await page.getByRole('radio', { name: 'English' }).check();
      await page.getByTestId('print-preview').waitFor();
      expect(await page.getByTestId('preview-target').textContent()).toBe(lang === 'nl' ? '✓ gehaald' : '✓ met');
      // The chart image has loaded under the CSP (a data: URL).
      expect(await page.locator('.print-preview__chart').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(RESULTS_DIR, `export-dialog-${lang}.png`) });
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each(['nl', 'en'] as const)('the PDF preview of a version-2 scenario (%s): its budget tables, accessible, at the workshop sizes', async (lang) => {
    const { page, problems, close } = await openDialog('voorbeeld-v2', lang);
    try {
      if (lang === 'en') await page.getByRole('radio', { name: 'English' }).check();
      await page.getByTestId('print-preview').waitFor();
      const preview = page.getByTestId('print-preview');
      const words = lang === 'nl' ? ['Structureel evenwicht', 'Overzicht incidentele baten en lasten', 'Aandachtspunten'] : ['Structural balance', 'Incidental income and expenditure', 'Points of attention'];
      for (const heading of words) await preview.getByRole('heading', { name: heading }).waitFor();
      expect(plain((await page.getByTestId('preview-net').textContent()) ?? '')).toBe(lang === 'nl' ? '€ 250.099' : '€250,099');
      expect(await axeViolations(page)).toEqual([]);
      for (const size of WORKSHOP_SIZES) {
        await page.setViewportSize(size);
        await preview.getByRole('heading', { name: words[0] as string }).scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(RESULTS_DIR, `export-dialog-v2-${lang}-${size.width}x${size.height}.png`) });
      }
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each(Object.keys(FILES).flatMap((name) => (['nl', 'en'] as const).map((lang) => [name, lang] as const)))(
    'the print layout of %s (%s) is one A4 page holding the figures (two with version 2’s budget tables)',
    async (name, lang) => {
      const scenario = load(name);
      const p = project(scenario);
      const unit = lang === 'nl' ? 'euro' : 'thousand';
      const summary = buildSummary(scenario, p, { lang, unit, date: DATE });
      const pdf = await pagePdf(browser, printHtml(summary), printFooterTemplate(summary));
      const facts = pdfFacts(pdf, `export-print-${name}-${lang}`);
      expect(facts.pages).toBe(summary.budget.shown ? 2 : 1);
      const text = facts.text;
      expect(text.replace(/\s+/g, ' ')).toContain(scenario.title);
      expect(text).toContain(plain(summary.headline.texts.savings));
      expect(text).toContain(plain(summary.headline.texts.cumulative));
      expect(text).toMatch(new RegExp(p.years.join('\\s+')));
      for (const row of yearRows(p, unit)) {
        for (const v of row.values) {
          if (v !== null) expect(text).toContain(plain(formatMoney(v, { lang, unit, symbol: false, sign: row.kind === 'gap' ? 'always' : 'auto' })));
        }
      }
      // The page as an image, for a person to look at.
      execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', facts.file, facts.file.replace(/\.pdf$/, '')]);
    },
  );
});
