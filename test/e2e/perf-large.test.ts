// The generated large scenario (300 lines, 60 measures, 30 years) in real Chromium: the page stays
// small because measure rows far from the screen leave out their year cells, yet every row is
// reachable: a row that gets focus renders its cells at once and they are next in the tab order,
// and a row scrolled into view renders them too. A year table on the screen follows a slider in
// the same frame as the headline; one below the fold catches up once the slider rests. Figures
// match the engine; axe finds nothing.
import { project } from '../../shared/engine/project';
import { formatMoney } from '../../shared/format/money';
import { generateLargeScenario } from '../../shared/scenario/generate-large';
import type { Page } from 'playwright-core';
import { axeViolations, describeInBrowser, openApp, screenshot, type BrowserSession } from './support';

jest.setTimeout(120_000);

const scenario = generateLargeScenario();

/** Intl writes a no-break space between € and the digits. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

function lastSavingsCell(page: Page): Promise<string> {
  return page.locator('[data-testid="year-table"] tr.is-key td').last().evaluate((td) => (td.textContent ?? '').replace(/\u00a0/g, ' '));
}

/**
 * Presses `key` on the first measure's slider (focused without scrolling) and reads the year
 * table's last savings cell and the headline in the frame the move is painted in: a
 * requestAnimationFrame callback after the input event, as the ui bench times a move.
 */
async function frameAfterMove(page: Page, key: string): Promise<{ table: string; headline: string }> {
  await page.evaluate(() => {
    const w = window as unknown as { __frame?: Promise<{ table: string; headline: string }> };
    w.__frame = new Promise((resolve) => {
      document.addEventListener(
        'input',
        () =>
          requestAnimationFrame(() => {
            const read = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\u00a0/g, ' ');
            const cells = document.querySelectorAll('[data-testid="year-table"] tr.is-key td');
            resolve({ table: read(cells[cells.length - 1]), headline: read(document.querySelector('[data-testid="headline-savings"]')) });
          }),
        { capture: true, once: true },
      );
    });
    document.querySelector<HTMLInputElement>('input[type="range"]')?.focus({ preventScroll: true });
  });
  await page.keyboard.press(key);
  return page.evaluate(() => (window as unknown as { __frame: Promise<{ table: string; headline: string }> }).__frame);
}
const far = scenario.measures![44]!;

describeInBrowser('large scenario: measure rows near the screen only', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openApp('?generate=large');
    await session.page.getByRole('heading', { level: 1, name: scenario.title }).waitFor({ timeout: 30_000 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the engine’s figures', async () => {
    const p = project(scenario);
    const expected = formatMoney(p.savings.total[p.years.length - 1]!, { lang: 'nl', unit: 'euro' });
    await session.page.getByTestId('headline-savings').filter({ hasText: expected }).waitFor({ timeout: 10_000 });
  });

  it('renders year cells near the screen only, and a far row’s cells as soon as it has focus', async () => {
    const { page } = session;
    const rows = page.locator('.measures-row');
    await rows.first().locator('.measures-years__cells').waitFor();
    expect(await rows.count()).toBe(60);
    // Every row keeps its head and slider.
    expect(await page.locator('.measures-row input[type="range"]').count()).toBe(60);
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    expect(elements).toBeLessThan(9000);

    const row = page.locator(`[data-measure-id="${far.id}"]`);
    expect(await row.locator('.measures-years__cells input').count()).toBe(0);
    // Keyboard: focus reaches the row's switch; its cells render and come next in the tab order.
    await row.locator('.measures-switch').focus();
    await row.locator('.measures-years__cells input').first().waitFor({ timeout: 5000 });
    expect(await row.locator('.measures-years__cells input').count()).toBe(scenario.horizon.to - scenario.horizon.from + 1);
    await page.keyboard.press('Tab'); // ↑
    await page.keyboard.press('Tab'); // ↓
    await page.keyboard.press('Tab'); // ✕
    await page.keyboard.press('Tab'); // ▸
    await page.keyboard.press('Tab'); // slider
    await page.keyboard.press('Tab'); // exact value
    await page.keyboard.press('Tab'); // first year cell
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { cell: !!el?.closest('.measures-years__cells'), row: el?.closest('.measures-row')?.getAttribute('data-measure-id') };
    });
    expect(focused).toEqual({ cell: true, row: far.id });
  });

  it('renders the cells of a row scrolled into view', async () => {
    const { page } = session;
    const row = page.locator(`[data-measure-id="${scenario.measures![58]!.id}"]`);
    await row.scrollIntoViewIfNeeded();
    await row.locator('.measures-years__cells input').first().waitFor({ timeout: 5000 });
    await screenshot(page, 'perf-large-nl');
  });

  it('a year table on the screen changes in the same frame as the headline', async () => {
    const { page } = session;
    const table = page.getByTestId('year-table');
    await table.scrollIntoViewIfNeeded();
    const before = await frameAfterMove(page, 'ArrowRight');
    const after = await frameAfterMove(page, 'ArrowRight');
    // The table's last-year savings and the headline, read in the first frame after the move.
    expect(after.table).not.toBe(before.table);
    expect(`€ ${after.table}`).toBe(after.headline);
  });

  it('a year table below the fold shows the current figures once the slider rests', async () => {
    const { page } = session;
    await page.evaluate(() => window.scrollTo(0, 0));
    // The table starts below the fold at this size.
    expect(await page.getByTestId('year-table').evaluate((t) => t.getBoundingClientRect().top > window.innerHeight)).toBe(true);
    for (let i = 0; i < 4; i++) await frameAfterMove(page, 'ArrowRight');
    await page.waitForFunction(
      () => {
        const read = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\u00a0/g, ' ');
        const cells = document.querySelectorAll('[data-testid="year-table"] tr.is-key td');
        return `€ ${read(cells[cells.length - 1])}` === read(document.querySelector('[data-testid="headline-savings"]'));
      },
      undefined,
      { timeout: 5000 },
    );
    const headline = plain((await page.getByTestId('headline-savings').textContent()) ?? '');
    expect(`€ ${await lastSavingsCell(page)}`).toBe(headline);
  });

  it('axe finds nothing', async () => {
    await session.page.evaluate(() => window.scrollTo(0, 0));
    expect(await axeViolations(session.page)).toEqual([]);
  });
});
