// The measures editor in real Chromium on the Stichtse Vecht sample: a cut's slider moved from the
// keyboard and a measure switched off change the headline to exactly what the engine computes for
// the same edit of the file; axe finds nothing with a row expanded; screenshots in both languages.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { project } from '../../shared/engine/project';
import { formatMoney } from '../../shared/format/money';
import { parseScenarioText } from '../../shared/scenario/parse';
import type { Measure, Scenario } from '../../shared/scenario/schema';
import { niceCeil } from '../../renderer/components/measures/measure-edits';
import { axeViolations, describeInBrowser, openApp, REPO_ROOT, RESULTS_DIR, screenshot, type BrowserSession } from './support';

jest.setTimeout(90_000);

const SAMPLE = 'stichtse-vecht-vitale-coalitie';

function loadSample(): Scenario {
  const result = parseScenarioText(readFileSync(resolve(REPO_ROOT, 'scenarios', `${SAMPLE}.vcscenario.json`), 'utf8'));
  if (!result.ok) throw new Error(`sample ${SAMPLE} is invalid`);
  return result.value;
}

function edited(scenario: Scenario, id: string, change: (m: Measure) => void): Scenario {
  const copy = structuredClone(scenario);
  const m = copy.measures!.find((x) => x.id === id);
  if (!m) throw new Error(`no measure ${id} in ${SAMPLE}`);
  change(m);
  return copy;
}

function headline(scenario: Scenario, lang: 'nl' | 'en' = 'nl'): string {
  const p = project(scenario);
  return formatMoney(p.savings.total[p.years.length - 1]!, { lang, unit: 'euro' });
}

async function expectHeadline(page: Page, scenario: Scenario, lang: 'nl' | 'en' = 'nl') {
  const expected = headline(scenario, lang);
  const el = page.getByTestId('headline-savings');
  await el.filter({ hasText: expected }).waitFor({ timeout: 5000 }).catch(() => undefined);
  expect(await el.textContent()).toBe(expected);
}

/** The measures panel alone, at its real size, to look at closely. */
async function panelScreenshot(page: Page, name: string) {
  await page.locator('section.measures').screenshot({ path: resolve(RESULTS_DIR, `${name}.png`) });
}

describeInBrowser('the measures editor in Chromium', () => {
  let session: BrowserSession;
  afterEach(async () => {
    await session?.close();
  });

  it('moves a cut with the keyboard and switches a measure off: the headline is the engine’s figure', async () => {
    session = await openApp(`?sample=${SAMPLE}`);
    const { page } = session;
    let scenario = loadSample();
    const cut = scenario.measures!.find((m): m is Extract<Measure, { type: 'cut' }> => m.type === 'cut' && m.enabled !== false && m.amount !== undefined);
    if (!cut || cut.amount === undefined) throw new Error('the sample has no enabled cut by amount');
    await page.getByRole('heading', { level: 2, name: 'Maatregelen' }).waitFor();
    await expectHeadline(page, scenario);

    // The euro slider of a cut by amount: 0 … the targeted lines' first-year baseline (rounded up
    // to 1, 2 or 5 × 10ⁿ; a larger cut has no further effect), in steps of one hundredth of that.
    const slider = page.getByRole('slider', { name: `Bedrag per jaar ${cut.name}` });
    const reference = project(scenario).lines.filter((l) => cut.lines!.includes(l.id)).reduce((s, l) => s + l.baseline[0]!, 0);
    const max = niceCeil(Math.max(reference, cut.amount, 10000));
    expect(Number(await slider.getAttribute('max'))).toBe(max);
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    scenario = edited(scenario, cut.id, (m) => void (m.type === 'cut' && (m.amount = cut.amount! + (2 * max) / 100)));
    await expectHeadline(page, scenario);
    expect(await page.getByTestId('headline-savings').textContent()).not.toBe(headline(loadSample()));

    await page.keyboard.press('Home');
    scenario = edited(scenario, cut.id, (m) => void (m.type === 'cut' && (m.amount = 0)));
    await expectHeadline(page, scenario);

    // Switch the next enabled measure off from the keyboard.
    const other = scenario.measures!.find((m) => m.enabled !== false && m.id !== cut.id)!;
    await page.getByRole('switch', { name: other.name }).focus();
    await page.keyboard.press('Space');
    expect(await page.getByRole('switch', { name: other.name }).getAttribute('aria-checked')).toBe('false');
    scenario = edited(scenario, other.id, (m) => void (m.enabled = false));
    await expectHeadline(page, scenario);

    // The switched-off 20% cut goes on, and its slider goes to the end (100 %).
    const rateCut = scenario.measures!.find((m) => m.type === 'cut' && m.rate !== undefined);
    if (rateCut) {
      await page.getByRole('switch', { name: rateCut.name }).click();
      scenario = edited(scenario, rateCut.id, (m) => void delete m.enabled);
      await expectHeadline(page, scenario);
      await page.getByRole('slider', { name: `Kortingspercentage ${rateCut.name}` }).focus();
      await page.keyboard.press('ArrowLeft');
      scenario = edited(scenario, rateCut.id, (m) => void (m.type === 'cut' && (m.rate = Math.round(m.rate! * 100 - 1) / 100)));
      await expectHeadline(page, scenario);
    }
  });

  it('has no axe violations with a row expanded, and reads well in Dutch and English', async () => {
    session = await openApp(`?sample=${SAMPLE}`);
    const { page } = session;
    const scenario = loadSample();
    const cut = scenario.measures![0]!;
    await page.getByRole('heading', { level: 2, name: 'Maatregelen' }).waitFor();
    const details = page.getByRole('button', { name: `Details van ${cut.name}` });
    await details.focus();
    await page.keyboard.press('Enter');
    expect(await details.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('textbox', { name: 'Naam' }).waitFor();
    await page.locator('canvas[role="img"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'measures-nl');
    await panelScreenshot(page, 'measures-panel-nl');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Measures' }).waitFor();
    expect(await page.getByRole('button', { name: `Details of ${cut.name}` }).getAttribute('aria-expanded')).toBe('true');
    await expectHeadline(page, scenario, 'en');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'measures-en');
    await panelScreenshot(page, 'measures-panel-en');
    expect(session.foreignRequests).toEqual([]);
  });
  it('presentation mode shows the sliders of the enabled measures; moving one moves the headline', async () => {
    session = await openApp(`?sample=${SAMPLE}`);
    const { page } = session;
    let scenario = loadSample();
    await page.getByRole('heading', { level: 2, name: 'Maatregelen' }).waitFor();
    await page.keyboard.press('F5');
    const sliders = page.locator('.measures-sliders').getByRole('slider');
    await sliders.first().waitFor();
    const enabled = scenario.measures!.filter((m) => m.enabled !== false);
    expect(await sliders.count()).toBe(enabled.length);
    const first = enabled[0]!;
    if (first.type !== 'cut' || first.amount === undefined) throw new Error('expected a cut by amount first');
    const slider = page.getByRole('slider', { name: `Bedrag per jaar ${first.name}` });
    const step = Number(await slider.getAttribute('step'));
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    scenario = edited(scenario, first.id, (m) => void (m.type === 'cut' && (m.amount = first.amount! + step)));
    await expectHeadline(page, scenario);
    expect(await page.locator('.measures-sliders output').first().textContent()).toBe(formatMoney(first.amount + step, { lang: 'nl' }));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'measures-presentation-nl');
  });
});
