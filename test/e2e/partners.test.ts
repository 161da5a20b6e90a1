// #21 items 4 and 5 in real Chromium, at the three screen sizes of a workshop: the projection's
// "Per partner" table shows every partner in every year, the compare screen both scenarios'
// columns, neither scrolls sideways (the page nor the table's own box), axe finds nothing, in
// Dutch and English; a 30-year horizon still fits; the Stichtse Vecht pair of samples compares,
// and the equal cut's standard step sets 5% in one move. Screenshots in test-results/.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { project } from '../../shared/engine/project';
import { formatMoney, moneyUnitLabel } from '../../shared/format/money';
import { catalogue } from '../../shared/i18n/text';
import { parseScenarioText } from '../../shared/scenario/parse';
import type { Scenario } from '../../shared/scenario/schema';
import { axeViolations, describeInBrowser, openApp, REPO_ROOT, RESULTS_DIR, type BrowserSession, WORKSHOP_SIZES } from './support';

// axe on a full page takes seconds; on a loaded machine several pages take minutes.
jest.setTimeout(240_000);

const CHOSEN = 'stichtse-vecht-vitale-coalitie';
const EQUAL = 'stichtse-vecht-vitale-coalitie-gelijke-korting';

function loadSample(id: string): Scenario {
  const result = parseScenarioText(readFileSync(resolve(REPO_ROOT, 'scenarios', `${id}.vcscenario.json`), 'utf8'));
  if (!result.ok) throw new Error(`sample ${id} is invalid`);
  return result.value;
}

/** A text as a regular expression that matches it. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How far the page, and the box around `selector`, scroll sideways (0: not at all). */
async function sideways(page: Page, selector: string): Promise<{ page: number; box: number }> {
  return page.evaluate((sel) => {
    const box = document.querySelector(sel);
    return {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      box: box ? box.scrollWidth - box.clientWidth : -1,
    };
  }, selector);
}

/** What a person at that screen sees: the viewport, with `selector` at its top. */
async function viewShot(page: Page, selector: string, name: string, block: 'start' | 'center' = 'start'): Promise<void> {
  await page.mouse.move(0, 0);
  await page.locator(selector).evaluate((e, at) => e.scrollIntoView({ block: at }), block);
  await page.screenshot({ path: resolve(RESULTS_DIR, `${name}.png`) });
}

/** The years under the first partner's row of all years together. */
async function yearsPerBlock(page: Page): Promise<number> {
  return page
    .getByTestId('partner-table')
    .locator('tbody tr.is-block')
    .first()
    .evaluate((tr) => {
      let n = 0;
      for (let next = tr.nextElementSibling; next && !next.classList.contains('is-block'); next = next.nextElementSibling) n++;
      return n;
    });
}

const PARTNER_BOX = '.projection-grid--partners .projection-grid__scroll';
const COMPARE_BOX = '.compare-scroll:has([data-testid="compare-partners-table"])';

describeInBrowser('per partner, every year, in Chromium (#21 items 4 and 5)', () => {
  let session: BrowserSession;
  afterEach(async () => {
    await session?.close();
  });

  for (const size of WORKSHOP_SIZES) {
    const at = `${size.width}x${size.height}`;

    it(`${size.width}×${size.height}: the partner table shows every partner in every year without sideways scroll, axe clean, in Dutch and English`, async () => {
      session = await openApp(`?sample=${CHOSEN}`, size);
      const { page } = session;
      await page.getByRole('tab', { name: 'Per partner' }).click();
      const table = page.getByTestId('partner-table');
      await table.waitFor();
      // Five partners and the total, each all years together and 2021–2025.
      expect(await table.locator('tbody tr').count()).toBe(6 * 6);
      expect(await table.getByRole('rowheader', { name: '2022 (Jeugd-Punt)' }).locator('xpath=..').locator('td').nth(2).textContent()).toBe('−30.000');
      expect(await sideways(page, PARTNER_BOX)).toEqual({ page: 0, box: 0 });
      expect(await axeViolations(page)).toEqual([]);
      await viewShot(page, '[data-testid="partner-table"]', `partners-nl-${at}`);

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByText('Per organisation: each year of 2021–2025, and the years together').waitFor();
      expect(await sideways(page, PARTNER_BOX)).toEqual({ page: 0, box: 0 });
      expect(await axeViolations(page)).toEqual([]);
      await viewShot(page, '[data-testid="partner-table"]', `partners-en-${at}`);
      expect(session.foreignRequests).toEqual([]);
    });

    it(`${size.width}×${size.height}: a 30-year horizon fits too: Stichtse Vecht over 2021–2050, and the generated scenario of a billion a year`, async () => {
      session = await openApp(`?sample=${CHOSEN}`, size);
      const { page, context, server } = session;
      // The sample over thirty years, opened as a file (the browser's file input).
      await context.addInitScript(() => {
        delete (window as unknown as Record<string, unknown>).showOpenFilePicker;
        delete (window as unknown as Record<string, unknown>).showSaveFilePicker;
      });
      await page.reload();
      const long: Scenario = { ...loadSample(CHOSEN), title: 'Stichtse Vecht over dertig jaar', horizon: { from: 2021, to: 2050 } };
      const file = join(mkdtempSync(join(tmpdir(), 'vcp-partners-')), 'stichtse-vecht-30.vcscenario.json');
      writeFileSync(file, JSON.stringify(long));
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Openen…' }).first().click();
      await (await chooser).setFiles(file);
      await page.getByRole('heading', { level: 1, name: long.title }).waitFor();
      await page.getByRole('tab', { name: 'Per partner' }).click();
      await page.getByTestId('partner-table').waitFor();
      expect(await yearsPerBlock(page)).toBe(30);
      expect(await sideways(page, PARTNER_BOX)).toEqual({ page: 0, box: 0 });
      await viewShot(page, '[data-testid="partner-table"]', `partners-30-years-nl-${at}`);

      // 300 lines of about a billion euros a year: thirty years of it are 14-digit sums. In
      // thousands they fit every size; in whole euros from 1366 pixels on.
      await page.goto(`${server.url}?generate=large`);
      await page.getByRole('tab', { name: 'Per partner' }).click();
      await page.getByTestId('partner-table').waitFor();
      expect(await yearsPerBlock(page)).toBe(30);
      if (size.width >= 1366) expect(await sideways(page, PARTNER_BOX)).toEqual({ page: 0, box: 0 });
      await page.getByRole('group', { name: catalogue('nl').app.unit }).getByRole('button', { name: catalogue('nl').app.unitThousand }).click();
      await page.getByTestId('partner-table').locator('caption', { hasText: catalogue('nl').projection.unitTextThousand(moneyUnitLabel('nl', 'thousand')) }).waitFor();
      expect(await sideways(page, PARTNER_BOX)).toEqual({ page: 0, box: 0 });
      await viewShot(page, '[data-testid="partner-table"]', `partners-large-thousands-${at}`);
    });

    it(`${size.width}×${size.height}: the Stichtse Vecht pair compared, every year of both, no sideways scroll, axe clean; 5% in one move`, async () => {
      session = await openApp(`?sample=${CHOSEN}`, size);
      const { page } = session;
      const chosen = loadSample(CHOSEN);
      const equal = loadSample(EQUAL);
      await page.getByRole('heading', { level: 1, name: chosen.title }).waitFor();
      // The other sample of the pair, from the start screen.
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await page.getByRole('button', { name: new RegExp(`^${escape(equal.title)}`) }).click();
      await page.getByRole('heading', { level: 1, name: equal.title }).waitFor();

      // The equal cut at the partners' 5%: one press.
      const steps = page.getByRole('group', { name: 'Standaardstap Korting op de hele Vitale Coalitie' });
      expect(await steps.getByRole('button', { name: '20%' }).getAttribute('aria-pressed')).toBe('true');
      await steps.getByRole('button', { name: '5%' }).click();
      const five: Scenario = { ...equal, measures: equal.measures!.map((m) => (m.type === 'cut' ? { ...m, rate: 0.05 } : m)) };
      const expected = formatMoney(project(five).savings.total.at(-1)!, { lang: 'nl', unit: 'euro' });
      await page.waitForFunction((text) => document.querySelector('[data-testid="headline-savings"]')?.textContent === text, expected);
      expect(await steps.getByRole('button', { name: '5%' }).getAttribute('aria-pressed')).toBe('true');
      await page.getByRole('slider', { name: 'Kortingspercentage Korting op de hele Vitale Coalitie' }).waitFor();
      expect(await page.getByRole('slider', { name: 'Kortingspercentage Korting op de hele Vitale Coalitie' }).inputValue()).toBe('5');
      await viewShot(page, '.measures-steps', `standard-steps-nl-${at}`, 'center');

      await page.getByRole('navigation', { name: 'Geopende scenario’s' }).getByRole('button', { name: 'Vergelijken (2)' }).click();
      const table = page.getByTestId('compare-partners-table');
      await table.waitFor();
      // Each partner: all years together and each of 2021–2025, for both scenarios.
      expect(await table.locator('tbody tr').count()).toBe(6 * 6);
      const jeugdPunt2022 = table.getByRole('rowheader', { name: '2022 (Jeugd-Punt)' }).locator('xpath=..').locator('td');
      // One baseline column, then per scenario receives, change, %: the 5% decision's € 30.000 in A.
      expect(await jeugdPunt2022.nth(2).textContent()).toBe('−30.000');
      expect(await jeugdPunt2022.count()).toBe(7);
      expect(await sideways(page, COMPARE_BOX)).toEqual({ page: 0, box: 0 });
      expect(await axeViolations(page)).toEqual([]);
      await viewShot(page, '#compare-partners-title', `compare-partners-nl-${at}`);

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByText(/What each scenario means per organisation: each year of 2021–2025/).waitFor();
      expect(await sideways(page, COMPARE_BOX)).toEqual({ page: 0, box: 0 });
      expect(await axeViolations(page)).toEqual([]);
      await viewShot(page, '#compare-partners-title', `compare-partners-en-${at}`);

      // Back in the equal cut's tab, in English: the step pressed is still 5%.
      await page.getByRole('navigation', { name: 'Open scenarios' }).getByRole('button', { name: new RegExp(`^${escape(equal.title)}`) }).click();
      const stepsEn = page.getByRole('group', { name: 'Standard step Korting op de hele Vitale Coalitie' });
      expect(await stepsEn.getByRole('button', { name: '5%' }).getAttribute('aria-pressed')).toBe('true');
      expect(await axeViolations(page)).toEqual([]);
      await viewShot(page, '.measures-steps', `standard-steps-en-${at}`, 'center');
      expect(session.foreignRequests).toEqual([]);
    });
  }
});
