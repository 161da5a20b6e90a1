// Keyboard focus in real Chromium (#24 item 6): Tab through the whole editor of a sample, every
// section open, and Shift+Tab back; at every focus stop the focused element must be wholly inside
// the window and not covered — the history bar fixed at the bottom, a table's sticky header or
// first column — checked with elementFromPoint at its corners and centre. F6 / Shift+F6 move
// between the regions, the skip links lead to them, and what was just created gets the focus.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, describeInBrowser, openApp, RESULTS_DIR, screenshot, type BrowserSession } from './support';

jest.setTimeout(240_000);

const SAMPLE = 'stichtse-vecht-vitale-coalitie';
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 640 },
] as const;

interface Stop {
  /** What the stop is, to read in a failure: tag, name and position. */
  what: string;
  /** Checked points (4 corners, the centre) that show something else, or lie outside the window. */
  covered: number;
  /** What is shown at those points instead. */
  by: string[];
}

/** The focused element: whether it is wholly in the window and on top at its corners and centre. */
async function focusStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const r = el.getBoundingClientRect();
    // Corners a few pixels in: a rounded border is not hit at the very corner.
    const dx = Math.min(6, r.width / 4);
    const dy = Math.min(6, r.height / 4);
    const points: [number, number][] = [
      [r.left + dx, r.top + dy],
      [r.right - dx, r.top + dy],
      [r.left + dx, r.bottom - dy],
      [r.right - dx, r.bottom - dy],
      [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
    ];
    const inside = r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight;
    const by: string[] = [];
    for (const [x, y] of points) {
      const hit = x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight ? null : document.elementFromPoint(x, y);
      if (hit && (hit === el || el.contains(hit))) continue;
      by.push(hit ? `${hit.tagName.toLowerCase()}.${String(hit.className).split(' ')[0]}` : 'outside the window');
    }
    if (!inside && by.length === 0) by.push('outside the window');
    const name = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40);
    const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null;
    return { what: `${el.tagName.toLowerCase()} "${label ?? name}" at ${Math.round(r.top)}–${Math.round(r.bottom)}`, covered: by.length, by };
  });
}

/** Each element gets a number on first focus: a walk ends where it began. */
async function stopId(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { focusIds?: WeakMap<Element, number>; focusCount?: number };
    w.focusIds ??= new WeakMap();
    w.focusCount ??= 0;
    const el = document.activeElement!;
    if (!w.focusIds.has(el)) w.focusIds.set(el, w.focusCount++);
    return w.focusIds.get(el)!;
  });
}

/**
 * Tab from the first focus stop of the page, or Shift+Tab from the last, until the focus leaves
 * the page or comes round.
 */
async function walk(page: Page, key: 'Tab' | 'Shift+Tab'): Promise<{ stops: number; hidden: Stop[] }> {
  await page.evaluate((first) => {
    const tabbable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
      (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
    );
    (first ? tabbable[0] : tabbable[tabbable.length - 1])!.focus();
  }, key === 'Tab');
  const seen = new Set<number>();
  const hidden: Stop[] = [];
  let previous = -1;
  for (let i = 0; i < 1000; i++) {
    if (i > 0) await page.keyboard.press(key);
    const stop = await focusStop(page);
    if (!stop) break;
    const id = await stopId(page);
    // A date field (the decision date) takes a Tab per part (day, month, year) and stays focused.
    const inDateField = id === previous && (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'date'));
    previous = id;
    if (inDateField) continue;
    if (seen.has(id)) break;
    seen.add(id);
    if (stop.covered > 0) hidden.push(stop);
  }
  return { stops: seen.size, hidden };
}

/** The sample with every section of the baseline open and the first measure's form too. */
async function openEverything(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 2, name: 'Maatregelen' }).waitFor();
  await page.getByRole('button', { name: 'Alles openklappen', exact: true }).click();
  await page.getByRole('table', { name: 'Begrotingsregels' }).waitFor();
  await page.getByRole('button', { name: /^Details van / }).first().click();
}

async function activeRegion(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-region') ?? null);
}

/** Waits until the focus is in the field labelled `label` (the app moves it after a render). */
async function focusReaches(page: Page, label: string): Promise<void> {
  await page.waitForFunction(
    (want) => document.querySelector(`label[for="${CSS.escape(document.activeElement?.id ?? '')}"]`)?.textContent === want,
    label,
  );
}

async function expectFocusShown(page: Page): Promise<void> {
  const stop = await focusStop(page);
  expect(stop).not.toBeNull();
  expect(stop!.by).toEqual([]);
}

describeInBrowser('keyboard focus in Chromium', () => {
  let session: BrowserSession;
  afterEach(async () => {
    await session?.close();
  });

  for (const size of SIZES) {
    it(`Tab and Shift+Tab through the whole editor at ${size.width}×${size.height}: every focus stop in view and uncovered`, async () => {
      session = await openApp(`?sample=${SAMPLE}`, size);
      const { page } = session;
      await openEverything(page);

      const forward = await walk(page, 'Tab');
      const back = await walk(page, 'Shift+Tab');
      // The whole editor: toolbar, tabs, four measures with their phase-in cells, the result,
      // five baseline sections with five lines of ten cells, the history bar.
      expect(forward.stops).toBeGreaterThan(150);
      expect(back.stops).toBe(forward.stops);
      expect(forward.hidden.map((s) => `${s.what}: ${s.by.join(', ')}`)).toEqual([]);
      expect(back.hidden.map((s) => `${s.what}: ${s.by.join(', ')}`)).toEqual([]);
    });
  }

  it('keeps focus clear of the history bar while its list is open (1024×640)', async () => {
    session = await openApp(`?sample=${SAMPLE}`, SIZES[1]);
    const { page } = session;
    await openEverything(page);
    await page.getByRole('button', { name: /^Geschiedenis/ }).click();
    await page.locator('#history-panel').waitFor();
    const forward = await walk(page, 'Tab');
    expect(forward.stops).toBeGreaterThan(150);
    expect(forward.hidden.map((s) => `${s.what}: ${s.by.join(', ')}`)).toEqual([]);
  });

  it('the skip links lead to the regions; F6 and Shift+F6 go round them; from the budget lines back to + Maatregel in two keys', async () => {
    session = await openApp(`?sample=${SAMPLE}`, SIZES[0]);
    const { page } = session;
    await page.getByRole('heading', { level: 2, name: 'Maatregelen' }).waitFor();

    // The skip links: the first Tab stops of the page, shown when reached.
    const links: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      await expectFocusShown(page);
      links.push((await page.evaluate(() => document.activeElement?.textContent)) ?? '');
    }
    expect(links).toEqual(['Naar de maatregelen', 'Naar het resultaat', 'Naar de basis']);
    await page.screenshot({ path: resolve(RESULTS_DIR, 'focus-skip-link-1366.png') });
    await page.keyboard.press('Enter');
    expect(await activeRegion(page)).toBe('baseline');
    // On from there: into the baseline.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-region]')?.getAttribute('data-region'))).toBe('baseline');

    await openEverything(page);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    const order = ['header', 'tabs', 'measures', 'result', 'baseline', 'history'];
    const seen: (string | null)[] = [];
    for (let i = 0; i <= order.length; i++) {
      await page.keyboard.press('F6');
      seen.push(await activeRegion(page));
      // The region's top is in view (the history bar is always).
      const top = await page.evaluate(() => document.activeElement!.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(SIZES[0].height);
    }
    expect(seen).toEqual([...order, 'header']);
    await page.keyboard.press('F6');
    await page.keyboard.press('F6');
    await page.screenshot({ path: resolve(RESULTS_DIR, 'focus-f6-measures-1366.png') });
    await page.keyboard.press('Shift+F6');
    await page.keyboard.press('Shift+F6');
    const back: (string | null)[] = [];
    for (let i = 0; i < order.length; i++) {
      await page.keyboard.press('Shift+F6');
      back.push(await activeRegion(page));
    }
    expect(back).toEqual(['history', 'baseline', 'result', 'measures', 'tabs', 'header']);

    // From a budget line's name (F6 works in a text field): the result region, and the control
    // before it is + Maatregel — two keys where it took 85 Shift+Tabs.
    await page.getByLabel('Naam, regel 3', { exact: true }).focus();
    await page.keyboard.press('Shift+F6');
    expect(await activeRegion(page)).toBe('result');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('+ Maatregel');
    await expectFocusShown(page);

    // F6 and Shift+F6 are in the overview of shortcuts (F1).
    await page.keyboard.press('F1');
    const dialog = page.getByRole('dialog', { name: 'Sneltoetsen' });
    await dialog.waitFor();
    expect(await dialog.getByRole('row', { name: /^F6 Volgend gebied/ }).count()).toBe(1);
    expect(await dialog.getByRole('row', { name: /^Shift\+F6 Vorig gebied/ }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    expect(await axeViolations(page)).toEqual([]);
  });

  it('gives the focus to what was just created: a new scenario, a measure, a budget line', async () => {
    session = await openApp('', SIZES[0]);
    const { page } = session;
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Start', exact: true }).click();

    // On the start screen the regions are the toolbar, the tabs and the content.
    await page.getByRole('heading', { level: 2, name: 'Voorbeelden' }).waitFor();
    const startRegions: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('F6');
      startRegions.push(await activeRegion(page));
    }
    expect(startRegions).toEqual(['header', 'tabs', 'content', 'header']);

    // + Nieuw scenario: the first line's name, its text selected to type over.
    await page.getByRole('button', { name: /Nieuw scenario/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw scenario' }).waitFor();
    await focusReaches(page, 'Naam, regel 1');
    expect(await page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      return input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0);
    })).toBe('Nieuwe begrotingsregel');
    await expectFocusShown(page);

    // + Regel toevoegen without a name: the new line's name cell.
    await page.getByRole('button', { name: 'Regel toevoegen', exact: true }).click();
    await focusReaches(page, 'Naam, regel 2');
    await expectFocusShown(page);

    // + Maatregel: the new measure's name field, in its open form.
    await page.getByRole('button', { name: '+ Maatregel', exact: true }).click();
    await focusReaches(page, 'Naam');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('Korting');
    await expectFocusShown(page);
    await screenshot(page, 'focus-after-add-measure-1366');
  });

  it('at 1024×640 the new measure’s name field and a new line’s name are not under the history bar', async () => {
    session = await openApp(`?sample=${SAMPLE}`, SIZES[1]);
    const { page } = session;
    await page.getByRole('heading', { level: 2, name: 'Maatregelen' }).waitFor();
    await page.getByRole('button', { name: '+ Maatregel', exact: true }).click();
    await focusReaches(page, 'Naam');
    await expectFocusShown(page);

    await page.getByRole('button', { name: 'Begrotingsregels', exact: true }).click();
    await page.getByRole('button', { name: 'Regel toevoegen', exact: true }).click();
    await focusReaches(page, 'Naam, regel 6');
    await expectFocusShown(page);
  });
});
