// The editor's acceptance walk in real Chromium: from an empty new scenario, build two budget
// lines, a cut, a shift and a target through the UI; save (the browser's download) and check
// that every headline figure on screen is the engine's figure for the saved file; undo and redo;
// switch to English and to presentation mode; axe finds nothing on any of these screens.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { project } from '../../shared/engine/project';
import { formatMoney } from '../../shared/format/money';
import type { Lang } from '../../shared/scenario/problems';
import { parseScenarioText } from '../../shared/scenario/parse';
import type { Scenario } from '../../shared/scenario/schema';
import { axeViolations, describeInBrowser, openApp, screenshot, type BrowserSession } from './support';

jest.setTimeout(240_000);

const money = (v: number, lang: Lang) => formatMoney(v, { lang, unit: 'euro' });

async function expectHeadline(page: Page, scenario: Scenario, lang: Lang): Promise<void> {
  const p = project(scenario);
  const last = p.years.length - 1;
  const savings = page.getByTestId('headline-savings');
  await savings.filter({ hasText: money(p.savings.total[last]!, lang) }).waitFor({ timeout: 10_000 }).catch(() => undefined);
  expect(await savings.textContent()).toBe(money(p.savings.total[last]!, lang));
  expect(await page.getByTestId('headline-cumulative').textContent()).toBe(money(p.savings.cumulative[last]!, lang));
  const target = (await page.getByTestId('headline-target').textContent()) ?? '';
  const gap = p.target?.gap[last] ?? null;
  if (gap === null) expect(target).toBe(lang === 'nl' ? 'geen taakstelling' : 'no target');
  else if (gap > 0) expect(target).toContain(money(-gap, lang));
  else expect(target).toContain(lang === 'nl' ? 'gehaald' : 'met');
}

async function expand(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

async function saveAndRead(page: Page): Promise<Scenario> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const text = readFileSync((await (await download).path())!, 'utf8');
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error(`the saved file does not parse: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

describeInBrowser('building a scenario from the empty start, in Chromium', () => {
  let session: BrowserSession;
  afterEach(async () => {
    await session?.close();
  });

  it('two lines, a cut, a shift and a target; undo and redo; English; presentation mode', async () => {
    session = await openApp();
    const { page, context } = session;
    // Saving is then a download the test can read (headless Chromium cannot answer a file picker).
    await context.addInitScript(() => {
      delete (window as unknown as Record<string, unknown>).showOpenFilePicker;
      delete (window as unknown as Record<string, unknown>).showSaveFilePicker;
    });
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: /Nieuw scenario/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw scenario' }).waitFor();
    expect(await page.getByTestId('headline-savings').textContent()).toBe(money(0, 'nl'));

    // Two budget lines, pasted as from a spreadsheet; then the empty starting line removed.
    await expand(page, 'Begrotingsregels');
    await page.getByLabel('Plak regels uit een spreadsheet', { exact: true }).focus();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, 'Begeleiding individueel\tIndividuele voorziening\t500 × 9.000\nHuiskamers in de wijk\tCollectieve voorziening\t100 × 2.000');
    expect(await page.getByTestId('paste-report').textContent()).toContain('2 regels geplakt');
    await page.getByRole('button', { name: 'Verwijder „Nieuwe begrotingsregel”' }).click();

    // A cut, set to 20% in its number field.
    await page.getByLabel('Soort maatregel', { exact: true }).selectOption({ label: 'Korting' });
    await page.getByRole('button', { name: '+ Maatregel', exact: true }).click();
    const rate = page.getByRole('textbox', { name: /^Kortingspercentage/ }).first();
    await rate.fill('20');
    await rate.press('Enter');

    // A shift from individual to collective care.
    await page.getByLabel('Soort maatregel', { exact: true }).selectOption({ label: 'Verschuiving' });
    await page.getByRole('button', { name: '+ Maatregel', exact: true }).click();

    // A savings target in the last year.
    const built = await saveAndRead(page);
    const lastYear = built.horizon.to;
    await expand(page, 'Taakstelling');
    const targetCell = page.getByLabel(`Taakstelling ${lastYear}`, { exact: true });
    await targetCell.fill('1.000.000');
    await targetCell.press('Tab');

    const saved = await saveAndRead(page);
    expect(saved.lines.map((l) => [l.name, l.kind, l.volume, l.unitCost])).toEqual([
      ['Begeleiding individueel', 'individual', 500, 9000],
      ['Huiskamers in de wijk', 'collective', 100, 2000],
    ]);
    expect(saved.measures!.map((m) => m.type)).toEqual(['cut', 'shift']);
    const cut = saved.measures![0]!;
    expect(cut.type === 'cut' && cut.rate).toBe(0.2);
    expect(saved.target).toEqual({ [String(lastYear)]: 1_000_000 });
    expect(project(saved).savings.total.at(-1)).toBeGreaterThan(0);
    await expectHeadline(page, saved, 'nl');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'walkthrough-built-nl');

    // Undo takes the target away again; redo brings it back.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    const withoutTarget = { ...saved };
    delete withoutTarget.target;
    await expectHeadline(page, withoutTarget, 'nl');
    await page.keyboard.press('Control+y');
    await expectHeadline(page, saved, 'nl');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+Shift+z');
    await expectHeadline(page, saved, 'nl');
    expect(await page.getByRole('button', { name: /Geschiedenis \(\d+ wijzigingen\)/ }).count()).toBe(1);

    // English, from the keyboard.
    await page.keyboard.press('Control+Shift+L');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectHeadline(page, saved, 'en');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'walkthrough-built-en');

    // Presentation mode: the headline, the chart and the sliders; Esc leaves.
    await page.keyboard.press('F5');
    await page.getByRole('region', { name: 'Presentation mode' }).waitFor();
    await expectHeadline(page, saved, 'en');
    expect(await page.getByRole('slider').count()).toBe(2);
    expect(await page.getByRole('button', { name: /History/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'walkthrough-presentation-en');
    await page.keyboard.press('Escape');
    await page.getByRole('region', { name: 'Presentation mode' }).waitFor({ state: 'detached' });
    await page.keyboard.press('Control+Shift+L');
    await page.keyboard.press('F5');
    await page.getByRole('region', { name: 'Presentatiemodus' }).waitFor();
    await screenshot(page, 'walkthrough-presentation-nl');
    expect(session.foreignRequests).toEqual([]);
  });
});
