// A new scenario in real Chromium (#24 item 7): "+ Nieuw scenario" opens the budget lines with
// the focus in the first line's name and the guide of the three steps above them; the steps are
// done from the keyboard and ticked off one by one; closed, the guide is gone. At 1366×768 and
// 1024×640, in Dutch and in English (and 1920×1080); axe finds nothing; screenshots of what the window shows.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, describeInBrowser, openApp, RESULTS_DIR, type BrowserSession } from './support';

jest.setTimeout(120_000);

const WORDS = {
  nl: {
    start: 'Start',
    newScenario: /Nieuw scenario/,
    guide: 'Zo bouwt u het scenario op',
    lines: 'Begrotingsregels',
    firstName: 'Naam, regel 1',
    steps: ['Begrotingsregels invoeren of importeren', 'Een maatregel toevoegen', 'De taakstelling invullen'],
    measureType: 'Soort maatregel',
    add: '+ Maatregel',
    targetCell: (year: number) => `Taakstelling ${year}`,
    allDone: 'Alle drie de stappen zijn gedaan. U kunt deze hulp sluiten.',
    close: 'Hulp sluiten',
    done: 'gedaan',
  },
  en: {
    start: 'Start',
    newScenario: /New scenario/,
    guide: 'How to build the scenario',
    lines: 'Budget lines',
    firstName: 'Name, line 1',
    steps: ['Enter or import the budget lines', 'Add a measure', 'Fill in the savings target'],
    measureType: 'Kind of measure',
    add: '+ Measure',
    targetCell: (year: number) => `Savings target ${year}`,
    allDone: 'All three steps are done. You can close this guide.',
    close: 'Close the guide',
    done: 'done',
  },
} as const;

/** Waits until the focus is in the field labelled `label` (the app moves it after a render). */
async function focusReaches(page: Page, label: string): Promise<void> {
  await page.waitForFunction(
    (want) => document.querySelector(`label[for="${CSS.escape(document.activeElement?.id ?? '')}"]`)?.textContent === want,
    label,
  );
}

/** The focused element lies wholly in the window and nothing covers it (the history bar). */
async function expectFocusUncovered(page: Page): Promise<void> {
  const covered = await page.evaluate(() => {
    const el = document.activeElement!;
    const r = el.getBoundingClientRect();
    const points: [number, number][] = [
      [r.left + 4, r.top + 4],
      [r.right - 4, r.top + 4],
      [r.left + 4, r.bottom - 4],
      [r.right - 4, r.bottom - 4],
      [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
    ];
    return points.filter(([x, y]) => {
      const hit = document.elementFromPoint(x, y);
      return !hit || !(hit === el || el.contains(hit));
    }).length;
  });
  expect(covered).toBe(0);
}

/** Whether each step says it is done. */
async function ticks(page: Page, guideName: string): Promise<boolean[]> {
  return page
    .getByRole('region', { name: guideName })
    .locator('li')
    .evaluateAll((items) => items.map((li) => li.querySelector('.setup-guide__status') !== null));
}

const CASES = [
  { lang: 'nl', size: { width: 1366, height: 768 } },
  { lang: 'nl', size: { width: 1024, height: 640 } },
  { lang: 'en', size: { width: 1366, height: 768 } },
  { lang: 'en', size: { width: 1920, height: 1080 } },
] as const;

describeInBrowser('a new scenario leads to its first step, in Chromium', () => {
  let session: BrowserSession;
  afterEach(async () => {
    await session?.close();
  });

  for (const { lang, size } of CASES) {
    it(`${lang} at ${size.width}×${size.height}: lines first, then a measure, then the target`, async () => {
      const w = WORDS[lang];
      session = await openApp(lang === 'en' ? '?lang=en' : '', size);
      const { page } = session;
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByRole('button', { name: w.start, exact: true }).click();
      await page.getByRole('button', { name: w.newScenario }).click();

      // The budget lines open, the focus in the first line's name (selected, to type over), in view.
      await focusReaches(page, w.firstName);
      expect(await page.getByRole('button', { name: w.lines, exact: true }).getAttribute('aria-expanded')).toBe('true');
      await expectFocusUncovered(page);
      // The guide: three numbered steps, none done yet, in view above the lines where the window
      // has room for both (at 1024×640 its first step may be cut off at the top).
      const guide = page.getByRole('region', { name: w.guide });
      expect(await guide.locator('li button.setup-guide__go').allTextContents()).toEqual([...w.steps]);
      expect(await ticks(page, w.guide)).toEqual([false, false, false]);
      const guideBox = (await guide.boundingBox())!;
      if (size.height >= 768) expect(guideBox.y).toBeGreaterThanOrEqual(0);
      expect(guideBox.y + guideBox.height).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: resolve(RESULTS_DIR, `setup-guide-new-${lang}-${size.width}.png`) });

      // 1. A line: its name, kind, then its amount.
      await page.keyboard.type('Bibliotheek');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.type('400000');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('.setup-guide__step[data-step="lines"] .setup-guide__status') !== null);
      expect(await ticks(page, w.guide)).toEqual([true, false, false]);

      // 2. The step's button takes the focus to the kind of measure; Tab, Enter adds it.
      const step2 = guide.getByRole('button', { name: w.steps[1], exact: true });
      await step2.focus();
      await page.keyboard.press('Enter');
      await focusReaches(page, w.measureType);
      await expectFocusUncovered(page);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(w.add);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('.setup-guide__step[data-step="measure"] .setup-guide__status') !== null);
      expect(await ticks(page, w.guide)).toEqual([true, true, false]);

      // 3. The target of the first year.
      await guide.getByRole('button', { name: w.steps[2], exact: true }).focus();
      await page.keyboard.press('Enter');
      const year = new Date().getFullYear();
      await focusReaches(page, w.targetCell(year));
      await expectFocusUncovered(page);
      await page.keyboard.type('50000');
      await page.keyboard.press('Tab');
      await guide.getByText(w.allDone).waitFor();
      expect(await ticks(page, w.guide)).toEqual([true, true, true]);
      expect(await guide.locator('.setup-guide__status').first().textContent()).toContain(w.done);
      await guide.scrollIntoViewIfNeeded();
      await page.screenshot({ path: resolve(RESULTS_DIR, `setup-guide-done-${lang}-${size.width}.png`) });

      // Closed, it is gone; the focus goes on to the baseline.
      await guide.getByRole('button', { name: w.close, exact: true }).click();
      expect(await page.getByRole('region', { name: w.guide }).count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-region'))).toBe('baseline');
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
