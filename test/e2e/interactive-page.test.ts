// The stand-alone interactive page (#22) in real Chromium, opened from a file:// URL as a reader
// opens an e-mail attachment: no request leaves it (every request is recorded, and a request the
// page would make is refused by its policy), its figures at the saved positions are those of
// project() — what `vcp project` prints — for a sample and for the large benchmark scenario, a
// slider moved by keyboard gives project() with that strength and a switch the measure switched,
// the language switch shows the English catalogue's words, axe finds nothing at the workshop sizes
// in both languages, every control is reached by Tab with its focus visible, and hostile names stay
// text. Screenshots in test-results/interactive-page-*.png.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { project, type ProjectOptions } from '../../shared/engine/project';
import { interactivePageHtml, pageData, pageFileName, type PageAssets } from '../../shared/export/interactive-page';
import { loadPageAssets } from '../../shared/export/page-assets';
import { buildSummary } from '../../shared/export/summary';
import { organisationTextTable, yearTextTable, type TextTable } from '../../shared/export/tables';
import { formatMoney } from '../../shared/format/money';
import { tagOf, type Lang } from '../../shared/i18n/languages';
import { catalogue } from '../../shared/i18n/text';
import { generateLargeScenario } from '../../shared/scenario/generate-large';
import type { Scenario } from '../../shared/scenario/schema';
import { loadScenario } from '../shared/export/fixtures';
import { dataStrings, findUnwrappedTexts } from '../support/pseudo-check';
import { saveExport } from './export-support';
import { axeViolations, CHROMIUM_ARGS, describeInBrowser, findChromium, openApp, REPO_ROOT, RESULTS_DIR, screenshot, WORKSHOP_SIZES } from './support';

jest.setTimeout(180_000);

const DATE = '2026-05-01';
const DIR = join(RESULTS_DIR, 'interactive-page');

/** Stichtse Vecht: a target, partner organisations, a measure saved switched off. */
const SAMPLE = loadScenario(join(REPO_ROOT, 'scenarios', 'stichtse-vecht-vitale-coalitie.vcscenario.json'));
const LARGE = generateLargeScenario();
const HOSTILE_TITLE = '</script><script>alert(1)</script><!--';
const HOSTILE: Scenario = {
  ...SAMPLE,
  title: HOSTILE_TITLE,
  municipality: '</title><img src=x onerror=alert(2)>',
  measures: (SAMPLE.measures ?? []).map((m, i) => ({ ...m, name: i === 0 ? '<img src=x onerror=alert(3)>\u2028</SCRIPT >' : m.name })),
  lines: SAMPLE.lines.map((l, i) => ({ ...l, organisation: i === 0 ? '<b onmouseover=alert(4)>Jeugd-Punt</b>' : l.organisation })),
};

/** Node's and Chromium's Intl may write a different no-break space; the figures are what count. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const rowsOf = (t: TextTable) => [[t.corner, ...t.header], ...t.rows.map((r) => [r.label, ...r.cells])].map((row) => row.map(plain));

/** The year table and the table per organisation, as the exports write them, for this projection. */
function expectedTables(scenario: Scenario, lang: Lang, options?: ProjectOptions): string[][][] {
  const summary = buildSummary(scenario, project(scenario, options), { lang, unit: 'euro', date: DATE });
  return [rowsOf(yearTextTable(summary)), rowsOf(organisationTextTable(summary))];
}

async function pageTables(page: Page): Promise<string[][][]> {
  const tables = await page.$$eval('#vcp-results table', (found) =>
    found.map((t) => Array.from((t as HTMLTableElement).rows, (r) => Array.from(r.cells, (c) => c.textContent ?? ''))),
  );
  return tables.map((t) => t.map((row) => row.map(plain)));
}

/** Waits until the page shows these tables (it redraws in the next frame), then compares them. */
async function expectTables(page: Page, expected: string[][][]): Promise<void> {
  await page
    .waitForFunction(
      (want) =>
        JSON.stringify(
          Array.from(document.querySelectorAll('#vcp-results table'), (t) =>
            Array.from((t as HTMLTableElement).rows, (r) => Array.from(r.cells, (c) => (c.textContent ?? '').replace(/[\u00a0\u202f]/g, ' '))),
          ),
        ) === want,
      JSON.stringify(expected),
      { timeout: 15_000 },
    )
    .catch(() => undefined);
  expect(await pageTables(page)).toEqual(expected);
}

interface Opened {
  page: Page;
  url: string;
  /** Every request the page made, its own file included. */
  requests: string[];
  /** Console errors and warnings (a policy violation is one), page errors and dialogs. */
  problems: string[];
}

describeInBrowser('the interactive page, opened from a file', () => {
  let browser: Browser;
  let assets: PageAssets;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    assets = await loadPageAssets();
    mkdirSync(DIR, { recursive: true });
    const write = (name: string, scenario: Scenario, lang: Lang = 'nl') => {
      files[name] = join(DIR, `${name}.html`);
      writeFileSync(files[name] as string, interactivePageHtml(pageData(scenario, { lang, unit: 'euro', date: DATE }), assets));
    };
    write('sample', SAMPLE);
    write('large', LARGE);
    write('hostile', HOSTILE);
    write('pseudo', SAMPLE, 'qps');
    browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: [...CHROMIUM_ARGS] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(name: string, viewport: { width: number; height: number } = { width: 1366, height: 768 }): Promise<Opened> {
    const context = await browser.newContext({ viewport, locale: 'nl-NL' });
    const page = await context.newPage();
    const url = pathToFileURL(files[name] as string).href;
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(url);
    await page.waitForSelector('#vcp-results table');
    return { page, url, requests, problems };
  }

  it.each([
    ['sample', SAMPLE],
    ['large', LARGE],
  ])('%s: shows the projection of the saved scenario, to the euro, and makes no request', async (name, scenario) => {
    const { page, url, requests, problems } = await open(name);
    try {
      await expectTables(page, expectedTables(scenario, 'nl'));
      // The savings and target rows are `vcp project`'s figures themselves.
      const projection = project(scenario);
      const euros = (values: readonly (number | null)[]) => values.map((v) => plain(v === null ? catalogue('nl').report.unknown : formatMoney(v, { lang: 'nl', symbol: false })));
      const rows = (await pageTables(page))[0] as string[][];
      const row = (label: string) => rows.find((r) => r[0] === label)?.slice(1);
      expect(row(catalogue('nl').report.savings)).toEqual(euros(projection.savings.total));
      expect(row(catalogue('nl').report.target)).toEqual(euros(projection.target?.amount ?? []));
      const last = projection.years.length - 1;
      expect(plain((await page.locator('.figure__value').first().textContent()) ?? '')).toBe(plain(formatMoney(projection.savings.total[last] as number, { lang: 'nl' })));
      expect(await page.locator('.figure[data-status]').getAttribute('data-status')).toBe(
        projection.target ? (projection.target.met.every((m) => m !== false) ? 'met' : 'short') : 'none',
      );
      expect(requests).toEqual([url]);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it.each([
    ['sample', SAMPLE],
    ['large', LARGE],
  ])('%s: a slider moved by keyboard gives project() with that strength, a switch the measure switched', async (name, scenario) => {
    const { page, url, requests, problems } = await open(name);
    try {
      const [first, second] = scenario.measures ?? [];
      if (!first || !second) throw new Error('needs two measures');
      // 100 % − 4 steps of 5 % = 80 %.
      await page.focus('#m0-slider');
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
      await expectTables(page, expectedTables(scenario, 'nl', { strength: new Map([[first.id, 0.8]]) }));
      expect(await page.getAttribute('#m0-slider', 'aria-valuetext')).toBe(catalogue('nl').interactivePage.strengthValue(80));
      // Then 14 steps up: 150 %.
      for (let i = 0; i < 14; i++) await page.keyboard.press('ArrowRight');
      await expectTables(page, expectedTables(scenario, 'nl', { strength: new Map([[first.id, 1.5]]) }));

      // The second measure switched by keyboard (Space on the switch).
      await page.focus('#m1-on');
      await page.keyboard.press('Space');
      const on = second.enabled === false;
      expect(await page.locator('#m1-on').isChecked()).toBe(on);
      const switched = { ...scenario, measures: (scenario.measures ?? []).map((m) => (m.id === second.id ? { ...m, enabled: on } : m)) };
      await expectTables(page, expectedTables(switched, 'nl', { strength: new Map([[first.id, 1.5]]) }));
      await expect(page.locator('.changed').textContent()).resolves.toBe(catalogue('nl').interactivePage.changed(2));
      await expect(page.locator('[role="status"]').textContent()).resolves.toContain(catalogue('nl').report.savingsIn(scenario.horizon.to));

      // Back to the scenario as saved.
      await page.click('button.reset');
      await expectTables(page, expectedTables(scenario, 'nl'));
      expect(await page.inputValue('#m0-slider')).toBe('100');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('reset');
      expect(requests).toEqual([url]);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('switches language: the English catalogue’s words and en-GB figures, the positions kept', async () => {
    const { page, url, requests, problems } = await open('sample');
    try {
      const [first] = SAMPLE.measures ?? [];
      await page.focus('#m0-slider');
      await page.keyboard.press('ArrowLeft');
      await expectTables(page, expectedTables(SAMPLE, 'nl', { strength: new Map([[first!.id, 0.95]]) }));
      await page.click('button[data-lang="en"]');
      const en = catalogue('en');
      await page.waitForFunction((lang) => document.documentElement.lang === lang, tagOf('en'));
      expect(await page.locator('#measures-title').textContent()).toBe(en.interactivePage.measures);
      expect(await page.locator('#results-title').textContent()).toBe(en.interactivePage.results);
      expect(await page.locator('button.reset').textContent()).toBe(en.interactivePage.reset);
      expect(await page.getAttribute('#m0-slider', 'aria-valuetext')).toBe(en.interactivePage.strengthValue(95));
      expect(await page.getAttribute('button[data-lang="en"]', 'aria-pressed')).toBe('true');
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.lang)).toBe('en');
      await expectTables(page, expectedTables(SAMPLE, 'en', { strength: new Map([[first!.id, 0.95]]) }));
      await page.click('button[data-lang="nl"]');
      await page.waitForFunction(() => document.documentElement.lang === 'nl');
      expect(await page.locator('#measures-title').textContent()).toBe(catalogue('nl').interactivePage.measures);
      expect(requests).toEqual([url]);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('refuses a request the page would make: its policy forbids every one', async () => {
    const { page, url, requests } = await open('sample');
    try {
      const imageStopped = page.waitForEvent('requestfailed', (r) => r.url().endsWith('/pixel.png'));
      // Each attempt waits for the policy's report of it: without the policy it would wait in vain.
      const refused = await page.evaluate(async () => {
        const reported = (directive: string) =>
          new Promise<string>((done) =>
            document.addEventListener('securitypolicyviolation', (e) => {
              if (e.effectiveDirective === directive) done(e.blockedURI);
            }),
          );
        const connect = reported('connect-src');
        const image = reported('img-src');
        const fetched = await fetch('https://example.org/').then(
          () => 'fetched',
          () => 'refused',
        );
        const img = document.createElement('img');
        img.src = 'https://example.org/pixel.png';
        document.body.append(img);
        return { fetched, blocked: await Promise.all([connect, image]) };
      });
      expect(refused).toEqual({ fetched: 'refused', blocked: ['https://example.org/', 'https://example.org/pixel.png'] });
      // The image was asked for, and stopped by the policy before it left; the fetch not even asked.
      expect((await imageStopped).failure()?.errorText).toBe('csp');
      expect(requests).toEqual([url, 'https://example.org/pixel.png']);
    } finally {
      await page.context().close();
    }
  });

  it('keeps hostile names as text: no script of theirs runs, the title is the title', async () => {
    const { page, url, requests, problems } = await open('hostile');
    try {
      expect(await page.title()).toBe(HOSTILE_TITLE);
      expect(await page.locator('h1').textContent()).toBe(HOSTILE_TITLE);
      expect(await page.locator('#m0-name').textContent()).toBe(HOSTILE.measures?.[0]?.name);
      expect(await page.evaluate(() => document.scripts.length)).toBe(2);
      expect(await page.locator('img, b').count()).toBe(0);
      await expectTables(page, expectedTables(HOSTILE, 'nl'));
      expect(requests).toEqual([url]);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('reaches every control by Tab, each with its focus visible', async () => {
    const { page } = await open('sample');
    try {
      const stops: { id: string; outline: string; top: number }[] = [];
      const count = 2 + 1 + 2 * (SAMPLE.measures ?? []).length + 1;
      for (let i = 0; i < count + 1; i++) {
        await page.keyboard.press('Tab');
        stops.push(
          await page.evaluate(() => {
            const el = document.activeElement as HTMLElement;
            const style = getComputedStyle(el);
            return {
              id: el.id || el.dataset.lang || el.className || el.tagName,
              outline: `${style.outlineStyle} ${parseFloat(style.outlineWidth) >= 2}`,
              top: el.getBoundingClientRect().top,
            };
          }),
        );
      }
      // The skip link first, then the languages, the reset, each measure's switch and slider
      // (the one saved switched off has its slider disabled, so no stop), the outcome's tables.
      const measureStops = (SAMPLE.measures ?? []).flatMap((m, i) => (m.enabled === false ? [`m${i}-on`] : [`m${i}-on`, `m${i}-slider`]));
      expect(stops.map((s) => s.id).slice(0, 4 + measureStops.length)).toEqual(['skip', 'nl', 'en', 'reset', ...measureStops]);
      for (const stop of stops) expect(`${stop.id}: ${stop.outline}`).toBe(`${stop.id}: solid true`);
      // The skip link shows when it has focus.
      expect(stops[0]?.top).toBeGreaterThanOrEqual(0);
    } finally {
      await page.context().close();
    }
  });

  it('takes the keyboard past the measures to the outcome with its skip link', async () => {
    const { page, url, requests } = await open('large');
    try {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'vcp-results');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('years-title');
      expect(requests).toEqual([url]);
    } finally {
      await page.context().close();
    }
  });

  describe.each(WORKSHOP_SIZES)('at $width×$height', (size) => {
    it.each(['nl', 'en'] as const)('in %s: axe finds nothing, nothing is cut off sideways', async (lang) => {
      const { page, problems } = await open('sample', size);
      try {
        if (lang !== 'nl') {
          await page.click(`button[data-lang="${lang}"]`);
          await page.waitForFunction((tag) => document.documentElement.lang === tag, tagOf(lang));
        }
        await page.waitForSelector('#vcp-results table');
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await screenshot(page, `interactive-page-${lang}-${size.width}x${size.height}`);
        expect(problems).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  });

  it('from the app’s export dialog: the page it saves opens from a file with the engine’s figures and the range chosen', async () => {
    const session = await openApp('?sample=stichtse-vecht-vitale-coalitie');
    try {
      const { page } = session;
      await page.getByRole('heading', { level: 1, name: SAMPLE.title }).waitFor();
      await page.getByRole('button', { name: 'Exporteren…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Exporteren' });
      const words = catalogue('nl').exportDialog.interactivePage;
      await dialog.getByRole('radio', { name: words.format }).check();
      await dialog.getByRole('spinbutton', { name: words.from }).fill('50');
      await dialog.getByRole('spinbutton', { name: words.to }).fill('150');
      await dialog.getByTestId('page-preview').getByText(words.measureRange(SAMPLE.measures![0]!.name, '50%', '150%')).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'interactive-page-export-dialog');
      const saved = await saveExport(page, 'Exporteren', new RegExp(words.format.replace(/[()]/g, '\\$&')));
      expect(saved.name).toBe(pageFileName(SAMPLE.title));
      files.app = join(DIR, 'from-the-app.html');
      writeFileSync(files.app, saved.bytes);
      expect(session.foreignRequests).toEqual([]);
    } finally {
      await session.close();
    }
    const { page, url, requests, problems } = await open('app');
    try {
      await expectTables(page, expectedTables(SAMPLE, 'nl'));
      expect([await page.getAttribute('#m0-slider', 'min'), await page.getAttribute('#m0-slider', 'max')]).toEqual(['50', '150']);
      expect(requests).toEqual([url]);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('in the pseudo-locale at 1024×640: every text from the catalogues, nothing cut off sideways', async () => {
    const { page, problems } = await open('pseudo', { width: 1024, height: 640 });
    try {
      const unwrapped = await page.evaluate(`(${findUnwrappedTexts.toString()})(document.body, ${JSON.stringify(dataStrings(SAMPLE))})`);
      expect(unwrapped).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await screenshot(page, 'interactive-page-pseudo-1024x640');
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('the large scenario at 1366×768: axe finds nothing', async () => {
    const { page, problems } = await open('large');
    try {
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'interactive-page-large-1366x768');
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
