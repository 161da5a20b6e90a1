// The import dialog on a CBS open data table in real Chromium (#19 item 5): the file is read, the
// dialog asks for the municipality, the choice (by keyboard) makes the lines, the report and the
// other municipalities are said. At 1024×640, 1366×768 and 1920×1080, in Dutch and in English;
// axe finds nothing; nothing scrolls sideways; screenshots of the choice and of the whole dialog.
import { resolve } from 'node:path';
import { axeViolations, describeInBrowser, openApp, REPO_ROOT, RESULTS_DIR, WORKSHOP_SIZES, type BrowserSession } from './support';

jest.setTimeout(120_000);

const FIXTURE = resolve(REPO_ROOT, 'test', 'fixtures', 'import', 'cbs-iv3-gemeenten-2024.csv');

const WORDS = {
  nl: {
    start: 'Start',
    importLines: 'Importeren…',
    file: 'Bestand (.xlsx of .csv)',
    municipality: 'Gemeente',
    chooseFirst: 'Kies eerst een gemeente: het bestand heeft cijfers van 3 gemeenten.',
    summary: '9 regels te importeren, samen € 149.835.000,00 in het basisjaar.',
    others: '8 rijen van 2 andere gemeenten overgeslagen.',
  },
  en: {
    start: 'Start',
    importLines: 'Import…',
    file: 'File (.xlsx or .csv)',
    municipality: 'Municipality',
    chooseFirst: 'Choose a municipality first: the file has figures of 3 municipalities.',
    summary: '9 lines to import, together €149,835,000.00 in the base year.',
    others: '8 rows of 2 other municipalities skipped.',
  },
} as const;

describeInBrowser('the import dialog on CBS open data, in Chromium', () => {
  let session: BrowserSession;
  afterEach(async () => {
    await session?.close();
  });

  for (const lang of ['nl', 'en'] as const) {
    for (const size of WORKSHOP_SIZES) {
      it(`${lang} at ${size.width}×${size.height}: asks for the municipality, then shows its lines`, async () => {
        const w = WORDS[lang];
        session = await openApp(lang === 'en' ? '?lang=en' : '', size);
        const { page } = session;
        await page.getByRole('heading', { level: 1 }).waitFor();
        // From the start screen: a new scenario, so the base year follows the table (2024).
        await page.getByRole('button', { name: w.start, exact: true }).click();
        await page.getByRole('button', { name: w.importLines, exact: true }).first().click();
        await page.getByLabel(w.file).setInputFiles(FIXTURE);
        const summary = page.getByTestId('import-summary');
        await summary.waitFor();
        expect((await summary.textContent())?.replace(/\u00a0/g, ' ')).toBe(w.chooseFirst);
        await page.getByRole('combobox', { name: w.municipality, exact: true }).scrollIntoViewIfNeeded();
        await page.screenshot({ path: resolve(RESULTS_DIR, `import-open-data-choose-${lang}-${size.width}.png`) });

        // The choice, by keyboard.
        const choice = page.getByRole('combobox', { name: w.municipality, exact: true });
        await choice.focus();
        await choice.selectOption({ label: 'Zwolle (GM0193)' });
        await page.waitForFunction((want) => document.querySelector('[data-testid="import-summary"]')?.textContent?.replace(/\u00a0/g, ' ') === want, w.summary);
        expect(await page.getByTestId('import-other-municipalities').textContent()).toBe(w.others);
        // Focus stays visible on the select.
        expect(await choice.evaluate((el) => el === document.activeElement && getComputedStyle(el).outlineStyle !== 'none')).toBe(true);

        expect(await axeViolations(page)).toEqual([]);
        // Nothing scrolls sideways but the preview table's own region.
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

        await choice.scrollIntoViewIfNeeded();
        await page.screenshot({ path: resolve(RESULTS_DIR, `import-open-data-${lang}-${size.width}.png`) });
        await page.screenshot({ path: resolve(RESULTS_DIR, `import-open-data-${lang}-${size.width}-full.png`), fullPage: true });
      });
    }
  }
});
