// Presentation mode (F5) on one screen at the sizes of a workshop (#24 item 3): at 1024×640 and
// 1366×768 the year labels used to fall below the screen and "✗ niet gehaald (−€ 87.150)"
// wrapped into three lines. Now: no page scroll, the chart, its year labels and the figures per
// year in view, the target at most two lines, the sliders reachable.
import type { Page } from 'playwright-core';
import { axeViolations, describeInBrowser, openApp, screenshot, type BrowserSession, WORKSHOP_SIZES } from './support';

jest.setTimeout(90_000);

const SAMPLE = 'stichtse-vecht-vitale-coalitie';

/** What does not fit: each an element that reaches outside the window, or a page that scrolls. */
async function outOfView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollHeight > window.innerHeight + 1) out.push(`the page scrolls: ${root.scrollHeight} > ${window.innerHeight}`);
    if (root.scrollWidth > window.innerWidth + 1) out.push(`the page scrolls sideways: ${root.scrollWidth} > ${window.innerWidth}`);
    const inView = (name: string, e: Element | null) => {
      if (!e) return void out.push(`${name}: missing`);
      const r = e.getBoundingClientRect();
      if (r.top < 0 || r.left < 0 || r.bottom > window.innerHeight + 1 || r.right > window.innerWidth + 1) out.push(`${name}: outside the window (${Math.round(r.top)}–${Math.round(r.bottom)})`);
      if (r.height < 1) out.push(`${name}: no height`);
    };
    inView('title', document.querySelector('.presentation h1'));
    for (const e of Array.from(document.querySelectorAll('.presentation .headline__figure'))) inView('headline figure', e);
    inView('chart', document.querySelector('.presentation canvas'));
    inView('figures per year', document.querySelector('[data-testid="presentation-years"]'));
    inView('first slider', document.querySelector('.presentation input[type="range"]'));
    const canvas = document.querySelector<HTMLCanvasElement>('.presentation canvas');
    if (canvas && canvas.getBoundingClientRect().height < 140) out.push(`chart: only ${Math.round(canvas.getBoundingClientRect().height)} px high`);
    return out;
  });
}

/** How many lines the target figure takes. */
async function targetLines(page: Page): Promise<number> {
  return page.evaluate(() => {
    const p = document.querySelector<HTMLElement>('[data-testid="headline-target"]')!;
    // The lines of its text: text boxes whose tops are more than a few pixels apart.
    const tops: number[] = [];
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of Array.from(range.getClientRects())) if (r.width > 0 && !tops.some((top) => Math.abs(top - r.top) < 6)) tops.push(r.top);
    }
    return tops.length;
  });
}

describeInBrowser('presentation mode on one screen', () => {
  let session: BrowserSession;
  afterEach(async () => {
    await session?.close();
  });

  for (const size of WORKSHOP_SIZES) {
    it(`${size.width}×${size.height}: everything in view, the target in two lines at most, the figures per year shown`, async () => {
      session = await openApp(`?sample=${SAMPLE}`, size);
      const { page } = session;
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.keyboard.press('F5');
      const region = page.getByRole('region', { name: 'Presentatiemodus' });
      await region.waitFor();
      await region.locator('canvas').waitFor();
      // The first measure to nothing: the target is no longer met and the shortfall shows.
      await region.locator('input[type="range"]').first().focus();
      await page.keyboard.press('Home');
      await page.getByTestId('headline-target').filter({ hasText: 'niet gehaald' }).waitFor();
      expect(await outOfView(page)).toEqual([]);
      await screenshot(page, `presentation-${size.width}x${size.height}`);
      expect(await targetLines(page)).toBeLessThanOrEqual(2);
      const years = page.getByTestId('presentation-years');
      expect(await years.locator('thead th').allTextContents()).toEqual(['€', '2021', '2022', '2023', '2024', '2025']);
      expect(await years.locator('tbody th').allTextContents()).toEqual(['Besparing', 'Taakstelling', 'Tekort (+) / overschot (−)']);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
