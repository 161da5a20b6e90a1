// The first screen in real Chromium: the default sample opens, its figures match the engine,
// both languages work, axe finds nothing and the page makes no request outside itself.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { project } from '../../shared/engine/project';
import { formatMoney } from '../../shared/format/money';
import { parseScenarioText } from '../../shared/scenario/parse';
import type { Scenario } from '../../shared/scenario/schema';
import { axeViolations, describeInBrowser, openApp, REPO_ROOT, screenshot, type BrowserSession } from './support';

jest.setTimeout(60_000);

const SAMPLES_DIR = resolve(REPO_ROOT, 'scenarios');
const sampleIds = readdirSync(SAMPLES_DIR)
  .filter((f) => f.endsWith('.vcscenario.json'))
  .map((f) => f.replace(/\.vcscenario\.json$/, ''))
  .sort();

function loadSample(id: string): Scenario {
  const result = parseScenarioText(readFileSync(resolve(SAMPLES_DIR, `${id}.vcscenario.json`), 'utf8'));
  if (!result.ok) throw new Error(`sample ${id} is invalid`);
  return result.value;
}

describeInBrowser('the app in Chromium', () => {
  let session: BrowserSession;
  afterEach(async () => {
    await session?.close();
  });

  it('opens the default sample with the engine’s figures, in Dutch, with no axe violations', async () => {
    session = await openApp();
    const { page } = session;
    const defaultId = sampleIds.find((id) => id.startsWith('stichtse-vecht')) ?? sampleIds[0]!;
    const scenario = loadSample(defaultId);
    const projection = project(scenario);
    const last = projection.years.length - 1;

    await page.getByRole('heading', { level: 1, name: scenario.title }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.getByTestId('headline-savings').textContent()).toBe(
      formatMoney(projection.savings.total[last]!, { lang: 'nl', unit: 'euro' }),
    );
    expect(await page.getByTestId('headline-cumulative').textContent()).toBe(
      formatMoney(projection.savings.cumulative[last]!, { lang: 'nl', unit: 'euro' }),
    );
    await page.locator('canvas[role="img"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'app-nl');
    expect(session.foreignRequests).toEqual([]);
  });

  it('Esc closes the export dialog and the unsaved-changes question, and changes nothing (#24)', async () => {
    session = await openApp();
    const { page } = session;
    const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    await page.keyboard.press('Control+e');
    const exporting = page.getByRole('dialog', { name: 'Exporteren' });
    await exporting.waitFor();
    await page.keyboard.press('Escape');
    await exporting.waitFor({ state: 'hidden' });

    await page.getByRole('switch').first().click();
    await page.getByRole('button', { name: `„${heading}” sluiten` }).click();
    const question = page.getByRole('alertdialog');
    await question.waitFor();
    expect(await question.textContent()).toContain('opslaan?');
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'hidden' });
    // Cancelled: the tab and its unsaved edit are still there.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
    expect(await page.evaluate(() => document.title)).toContain('●');
  });

  it('switches to English from the keyboard, with English formats', async () => {
    session = await openApp();
    const { page } = session;
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'English' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const text = (await page.getByTestId('headline-savings').textContent()) ?? '';
    expect(text).toMatch(/^\u2212?€[\d,]+$/);
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'app-en');
  });

  it.each(sampleIds)('opens sample %s from the address bar', async (id) => {
    session = await openApp(`?sample=${id}`);
    await session.page.getByRole('heading', { level: 1, name: loadSample(id).title }).waitFor();
  });
});
