// The app in the pseudo-locale (qps) in real Chromium, at the three screen sizes the workshops
// use: every text comes from the catalogue (no string without the ⟦ ⟧ of the pseudo-locale),
// and text ~40% longer than English breaks no layout — the page never scrolls sideways and no
// control cuts its label off.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { OTHER_TAAKVELDEN, TAAKVELDEN } from '../../shared/taakvelden';
import { dataStrings, findUnwrappedTexts } from '../support/pseudo-check';
import { describeInBrowser, openApp, REPO_ROOT, screenshot, type BrowserSession, WORKSHOP_SIZES } from './support';

jest.setTimeout(90_000);

const SAMPLE = 'stichtse-vecht-vitale-coalitie';
const text = readFileSync(resolve(REPO_ROOT, 'scenarios', `${SAMPLE}.vcscenario.json`), 'utf8');
// The official Iv3 names of the taakvelden are reference data, Dutch in every language.
const DATA = dataStrings([JSON.parse(text), `${SAMPLE}.vcscenario.json`, TAAKVELDEN, OTHER_TAAKVELDEN]).filter((s) => s.length >= 3);


/** Controls whose label does not fit their box and is cut off (overflow hidden, no wrap). */
function clippedControls(): string[] {
  const out: string[] = [];
  for (const e of Array.from(document.querySelectorAll<HTMLElement>('button, a, label, th, summary, [role="tab"], h1, h2, h3, legend'))) {
    if (e.offsetParent === null) continue;
    // Text for screen readers only (.visually-hidden: a 1 px box) is not cut off for anyone.
    const box = e.getBoundingClientRect();
    if (box.width <= 2 || box.height <= 2) continue;
    const style = getComputedStyle(e);
    const clips = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
    // An ellipsis is a design choice only where the full text is available as a title.
    if (clips && e.scrollWidth > e.clientWidth + 1 && !e.title) out.push(`${e.tagName.toLowerCase()}: ${(e.textContent ?? '').trim().slice(0, 80)}`);
  }
  return out;
}

describeInBrowser('the pseudo-locale in Chromium', () => {
  let session: BrowserSession;
  afterEach(async () => {
    await session?.close();
  });

  for (const size of WORKSHOP_SIZES) {
    it(`${size.width}×${size.height}: every text from the catalogue, no sideways scroll, no cut-off control`, async () => {
      session = await openApp(`?lang=qps&sample=${SAMPLE}`, size);
      const { page } = session;
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('canvas[role="img"]').first().waitFor();
      await screenshot(page, `pseudo-${size.width}x${size.height}`);
      const unwrapped = await page.evaluate(`(${findUnwrappedTexts.toString()})(document.body, ${JSON.stringify(DATA)})`);
      expect(unwrapped).toEqual([]);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(sideways).toBeLessThanOrEqual(0);
      expect(await page.evaluate(clippedControls)).toEqual([]);
    });
  }
});
