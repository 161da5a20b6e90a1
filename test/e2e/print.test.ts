// Printing from the browser version, in Chromium (#24 item 1).
// 1. Exporteren > PDF: there is no PDF printer in a browser, so Save prints the export's print
//    document through the browser's own print dialog. print() is stood in for on the print
//    frame: it records the document in place when it is called. That document is exactly what
//    shared/export builds for the scenario (the desktop app's print layout, its footer in CSS),
//    and printed with page.pdf (as "Opslaan als PDF" prints it) it is one A4 page with the
//    figures and the footer; the PDF and its PNG are written to test-results/.
// 2. Ctrl+P on the editor: with print media, no button, slider, tab bar, toolbar or history bar
//    is on the page, the chart is drawn, the parts stand in one column and no table is cut off.
//    On a long scenario, the browser's beforeprint renders every measure whole, draws the charts
//    at the paper's width and scales a table wider than the paper to fit it; afterprint undoes it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { project } from '../../shared/engine/project';
import { summaryExportable } from '../../shared/export/exportable';
import { buildSummary } from '../../shared/export/summary';
import { formatMoney } from '../../shared/format/money';
import { PAPER_WIDTH_PX } from '../../renderer/components/shell/printing';
import { parseScenarioText } from '../../shared/scenario/parse';
import type { Scenario } from '../../shared/scenario/schema';
import { axeViolations, describeInBrowser, openApp, REPO_ROOT, RESULTS_DIR, screenshot, WORKSHOP_SIZES, type BrowserSession } from './support';

jest.setTimeout(180_000);

const SAMPLE = 'stichtse-vecht-vitale-coalitie';
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function sample(): Scenario {
  const parsed = parseScenarioText(readFileSync(join(REPO_ROOT, 'scenarios', `${SAMPLE}.vcscenario.json`), 'utf8'));
  if (!parsed.ok) throw new Error('sample invalid');
  return parsed.value;
}

interface Printed {
  srcdoc: string;
  connected: boolean;
  sandbox: string | null;
  pageTitle: string;
  heading: string;
  text: string;
  charts: number;
}

/** Stands in for print() on every frame the page loads, recording the document it would print. */
async function recordPrints(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __prints: unknown[] };
    w.__prints = [];
    // Capture phase: this runs before the frame's own load listener, which calls print().
    document.addEventListener(
      'load',
      (event) => {
        const frame = event.target;
        if (!(frame instanceof HTMLIFrameElement) || !frame.contentWindow) return;
        frame.contentWindow.print = () => {
          const doc = frame.contentDocument;
          w.__prints.push({
            srcdoc: frame.srcdoc,
            connected: frame.isConnected,
            sandbox: frame.getAttribute('sandbox'),
            pageTitle: document.title,
            heading: doc?.querySelector('h1')?.textContent ?? '',
            text: doc?.body?.innerText ?? '',
            charts: doc?.querySelectorAll('section.chart svg').length ?? 0,
          });
        };
      },
      true,
    );
  });
}

const prints = (page: Page) => page.evaluate(() => (window as unknown as { __prints: Printed[] }).__prints);

/** A document printed as "Opslaan als PDF" prints it: its own @page size, margins and footer. */
async function printToFile(browser: Browser, html: string, name: string): Promise<{ pages: number; text: string; file: string }> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const bytes = await page.pdf({ printBackground: true, preferCSSPageSize: true });
    mkdirSync(RESULTS_DIR, { recursive: true });
    const file = join(RESULTS_DIR, `${name}.pdf`);
    writeFileSync(file, bytes);
    execFileSync('pdftoppm', ['-png', '-r', '50', file, join(RESULTS_DIR, name)]);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);
    return { pages, text: plain(execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8')), file };
  } finally {
    await context.close();
  }
}

describeInBrowser('printing from the browser version, in Chromium', () => {
  let session: BrowserSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it.each(['nl', 'en'] as const)('%s: Exporteren > PDF opens the print dialog on the desktop app’s print layout, one A4 page', async (lang) => {
    const scenario = sample();
    const p = project(scenario);
    const words = lang === 'nl' ? { export: 'Exporteren…', dialog: 'Exporteren', save: 'Opslaan', how: 'Kies in het afdrukvenster „Opslaan als PDF”', closed: 'Het afdrukvenster is gesloten' } : { export: 'Export…', dialog: 'Export', save: 'Save', how: 'In the print dialog, choose “Save as PDF”', closed: 'The print dialog has closed' };
    session = await openApp(`?sample=${SAMPLE}&lang=${lang}`, WORKSHOP_SIZES[1]);
    const { page, foreignRequests } = session;
    const csp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to|sandboxed/i.test(m.text())) csp.push(m.text());
    });
    let downloads = 0;
    page.on('download', () => void (downloads += 1));
    await page.getByRole('heading', { level: 1, name: scenario.title }).waitFor();
    await recordPrints(page);

    await page.getByRole('button', { name: words.export }).click();
    const dialog = page.getByRole('dialog', { name: words.dialog });
    await dialog.waitFor();
    // PDF is the first choice in the browser too, and the dialog says what Save will do.
    expect(await dialog.getByRole('radio', { name: /^PDF/ }).isChecked()).toBe(true);
    const note = dialog.getByTestId('browser-pdf-note');
    expect(await note.textContent()).toContain(words.how);
    expect(await note.isVisible()).toBe(true);
    expect(await dialog.getByRole('button', { name: words.save, exact: true }).isEnabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `print-export-dialog-${lang}-1366x768`);
    // The document's date is today's, as the preview shows it.
    const day = (await dialog.getByTestId('print-preview').locator('time').getAttribute('datetime')) ?? '';
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const summary = buildSummary(scenario, p, { lang, unit: 'euro', date: day });

    await dialog.getByRole('button', { name: words.save, exact: true }).click();
    await page.getByRole('status').filter({ hasText: words.closed }).waitFor();

    const [printed, ...more] = await prints(page);
    expect(more).toEqual([]);
    expect(printed).toBeDefined();
    // print() was called on the frame with the document in place: the page's own frame, no scripts in it.
    expect(printed!.connected).toBe(true);
    expect(printed!.sandbox).toBe('allow-same-origin allow-modals');
    // Exactly the document shared/export builds: the desktop app's layout with its footer in CSS.
    expect(printed!.srcdoc).toBe(summaryExportable(summary).browserPrintHtml());
    expect(printed!.heading).toBe(scenario.title);
    expect(printed!.charts).toBe(1);
    const text = plain(printed!.text);
    const last = p.years.length - 1;
    for (const figure of [summary.headline.texts.savings, summary.headline.texts.cumulative, formatMoney(p.savings.total[last]!, { lang, unit: 'euro', symbol: false })]) {
      expect(text).toContain(plain(figure));
    }
    for (const m of summary.measures) expect(text).toContain(m.name);
    // The print dialog suggests the file name the export dialog showed.
    expect(`${printed!.pageTitle}.pdf`).toBe(summaryExportable(summary).fileName('pdf'));
    expect(await page.title()).not.toBe(printed!.pageTitle);
    expect(downloads).toBe(0);
    expect(csp).toEqual([]);
    expect(foreignRequests).toEqual([]);

    // Saved as PDF: one A4 page, the figures, and the desktop app's footer.
    const pdf = await printToFile(session.browser, printed!.srcdoc, `print-browser-pdf-${lang}`);
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain(scenario.title);
    expect(pdf.text).toContain(plain(summary.headline.texts.savings));
    expect(pdf.text).toMatch(lang === 'nl' ? /Pagina 1 van 1/ : /Page 1 of 1/);
    expect(pdf.text).toContain(lang === 'nl' ? 'Gemaakt met de Vitale Coalitie Scenarioplanner' : 'Made with');
    expect(pdf.text).not.toContain('about:srcdoc');
  });

  it.each(WORKSHOP_SIZES)('the export dialog in the browser at %o shows what Save does, in Dutch and English', async (size) => {
    for (const lang of ['nl', 'en'] as const) {
      session = await openApp(`?sample=${SAMPLE}&lang=${lang}`, size);
      const { page } = session;
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.keyboard.press('Control+e');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await dialog.getByTestId('browser-pdf-note').waitFor();
      await screenshot(page, `print-export-dialog-${lang}-${size.width}x${size.height}`);
      await session.close();
      session = undefined;
    }
  });

  it('Ctrl+P on the editor at 1366 × 768: no controls, the chart drawn, one column, no table cut off', async () => {
    const scenario = sample();
    const p = project(scenario);
    session = await openApp(`?sample=${SAMPLE}`, WORKSHOP_SIZES[1]);
    const { page } = session;
    await page.getByRole('heading', { level: 1, name: scenario.title }).waitFor();
    await page.getByTestId('savings-chart').locator('canvas').waitFor();
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'print-editor-1366x768');

    const shown = await page.evaluate(() => {
      const visible = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      const describe = (el: Element) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').trim().slice(0, 30)}`;
      return {
        // A baseline section's heading is a button on screen; on paper it is the heading.
        controls: [...document.querySelectorAll('button:not(.baseline-disclosure__toggle), input[type=range], select, [role=tablist]')].filter(visible).map(describe),
        bars: ['.history-bar', '.doc-tabs', '.app-header__tools'].filter((s) => [...document.querySelectorAll(s)].some(visible)),
      };
    });
    expect(shown).toEqual({ controls: [], bars: [] });

    // The chart is drawn: its canvas holds ink (not a blank box) at the size it prints.
    await page.waitForFunction(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid=savings-chart] canvas');
      const context = canvas?.getContext('2d');
      if (!canvas || !context || canvas.width === 0 || canvas.height === 0) return false;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let ink = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) ink += 1;
      return ink > (canvas.width * canvas.height) / 20;
    });

    const layout = await page.evaluate(() => {
      const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      const edit = box('.workspace__edit');
      const result = box('.workspace__result');
      const width = document.documentElement.clientWidth;
      const tables = [...document.querySelectorAll('main table')].map((t) => {
        const r = t.getBoundingClientRect();
        let clipped = false;
        for (let a = t.parentElement; a && a !== document.body; a = a.parentElement) {
          const ar = a.getBoundingClientRect();
          const { overflowX } = getComputedStyle(a);
          if (overflowX !== 'visible' && (r.right > ar.right + 1 || r.left < ar.left - 1)) clipped = true;
        }
        return { right: r.right, clipped };
      });
      return { oneColumn: result.top >= edit.bottom - 1, sameWidth: Math.abs(result.width - edit.width) < 2, width, tables };
    });
    expect(layout.oneColumn).toBe(true);
    expect(layout.sameWidth).toBe(true);
    expect(layout.tables.length).toBeGreaterThan(0);
    for (const t of layout.tables) {
      expect(t.clipped).toBe(false);
      expect(t.right).toBeLessThanOrEqual(layout.width);
    }

    // What the browser prints of it (A4, print media): every year and the savings, no controls.
    mkdirSync(RESULTS_DIR, { recursive: true });
    const file = join(RESULTS_DIR, 'print-editor.pdf');
    writeFileSync(file, await page.pdf({ printBackground: true, preferCSSPageSize: true }));
    execFileSync('pdftoppm', ['-png', '-r', '50', file, join(RESULTS_DIR, 'print-editor')]);
    const text = plain(execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8'));
    for (const year of p.years) expect(text).toContain(String(year));
    for (const v of p.savings.total) expect(text).toContain(plain(formatMoney(v, { lang: 'nl', unit: 'euro', symbol: false })));
    for (const word of ['Ongedaan maken', 'Exporteren…', 'Variant maken', 'Download CSV', 'Sneltoetsen']) expect(text).not.toContain(word);
  });

  it('Ctrl+P on a long scenario (60 measures, 30 years): every measure whole, charts drawn for paper, tables fitted; afterwards as before', async () => {
    session = await openApp('?generate=large', WORKSHOP_SIZES[1]);
    const { page } = session;
    await page.getByRole('heading', { level: 1 }).waitFor();
    const canvas = page.getByTestId('savings-chart').locator('canvas');
    await canvas.waitFor();
    const state = () =>
      page.evaluate(() => {
        const c = document.querySelector<HTMLCanvasElement>('[data-testid=savings-chart] canvas')!;
        const box = c.parentElement!.getBoundingClientRect();
        return {
          rows: document.querySelectorAll('.measures-row').length,
          pending: document.querySelectorAll('.measures-years--pending').length,
          canvas: { cssWidth: c.style.width, pixels: c.width, box: Math.round(box.width) },
          zoomed: [...document.querySelectorAll<HTMLTableElement>('main table')].filter((t) => t.style.zoom !== '').length,
        };
      });
    // On screen the rows far below render without their year cells (near-viewport.tsx).
    const before = await state();
    expect(before.rows).toBe(60);
    expect(before.pending).toBeGreaterThan(0);

    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const printing = await state();
    expect(printing.pending).toBe(0);
    expect(printing.canvas.cssWidth).toBe(`${PAPER_WIDTH_PX}px`);
    expect(printing.canvas.pixels).toBeGreaterThanOrEqual(2 * PAPER_WIDTH_PX);
    expect(printing.zoomed).toBeGreaterThan(0);
    // On paper (print media, the paper's width): no table reaches past the page's edge.
    await page.setViewportSize({ width: PAPER_WIDTH_PX, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll('main table')].filter((t) => t.getClientRects().length > 0).map((t) => Math.ceil(t.getBoundingClientRect().right)),
    );
    expect(overflow.length).toBeGreaterThan(0);
    for (const right of overflow) expect(right).toBeLessThanOrEqual(PAPER_WIDTH_PX);

    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize(WORKSHOP_SIZES[1]);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.waitForFunction(() => {
      const c = document.querySelector<HTMLCanvasElement>('[data-testid=savings-chart] canvas')!;
      return Math.abs(c.getBoundingClientRect().width - c.parentElement!.getBoundingClientRect().width) < 1;
    });
    const after = await state();
    expect(after.zoomed).toBe(0);
    expect(after.canvas.cssWidth).toBe(`${after.canvas.box}px`);
  });
});
