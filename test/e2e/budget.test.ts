// Format version 2 on screen in Chromium (#20 items 4 and 6): the worked example of
// docs/scenario-format.md (test/fixtures/voorbeeld-v2.json) opened by upload. The headline's net
// cumulative savings, payback year and structural check are project()'s; a one-off cost added by
// keyboard in "Begroting en besluit" moves them, and undo brings them back. At the workshop
// sizes, in Dutch and English, with the measure's details open: axe clean, nothing scrolls
// sideways, screenshots to look at; and the compare screen's table of structural, one-off costs
// and net per variant.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { project } from '../../shared/engine/project';
import { formatMoney } from '../../shared/format/money';
import { parseScenarioText } from '../../shared/scenario/parse';
import type { Scenario } from '../../shared/scenario/schema';
import { axeViolations, describeInBrowser, openApp, REPO_ROOT, RESULTS_DIR, screenshot, WORKSHOP_SIZES, type BrowserSession } from './support';

jest.setTimeout(180_000);

const FIXTURE = path.resolve(REPO_ROOT, 'test/fixtures/voorbeeld-v2.json');
const parsed = parseScenarioText(readFileSync(FIXTURE, 'utf8'));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const example: Scenario = parsed.value;
const HALF = 'Jeugdpunt halveren';

/** The app with the worked example opened by upload (the File System Access API taken away). */
async function openExample(query: string, viewport: { width: number; height: number }): Promise<BrowserSession> {
  const session = await openApp(query, viewport);
  const { page, context } = session;
  await context.addInitScript(() => {
    delete (window as unknown as Record<string, unknown>).showOpenFilePicker;
    delete (window as unknown as Record<string, unknown>).showSaveFilePicker;
  });
  await page.reload();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^(Openen|Open)…$/ }).first().click();
  await (await chooser).setFiles(FIXTURE);
  await page.getByRole('heading', { level: 1, name: example.title }).waitFor();
  return session;
}

const plain = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ');
const money = (v: number, lang: 'nl' | 'en' = 'nl') => plain(formatMoney(v, { lang, unit: 'euro' }));

async function textOf(page: Page, testId: string): Promise<string> {
  return plain(await page.getByTestId(testId).textContent());
}

/** Waits until the element shows `expected` (the projection follows an edit in the same frame, but the test does not assume it). */
async function expectText(page: Page, testId: string, expected: string): Promise<void> {
  await page.getByTestId(testId).filter({ hasText: expected }).waitFor({ timeout: 5000 }).catch(() => undefined);
  expect(await textOf(page, testId)).toBe(expected);
}

describeInBrowser('format version 2 on screen in Chromium', () => {
  let session: BrowserSession;
  afterEach(async () => {
    await session?.close();
  });

  it('the headline is project()’s: net cumulative, payback year, structural check; a one-off cost added by keyboard moves it, undo brings it back', async () => {
    session = await openExample('', { width: 1366, height: 768 });
    const { page } = session;
    const p = project(example);
    expect(p.paybackYear).toBe(2025);
    await expectText(page, 'headline-net', money(p.savings.netCumulative.at(-1)!));
    expect(await textOf(page, 'headline-net')).toBe('€ 250.099');
    expect(await textOf(page, 'headline-payback')).toBe(`terugverdiend in ${p.paybackYear}`);
    expect(await textOf(page, 'headline-savings')).toBe(money(p.savings.total.at(-1)!));
    expect(await textOf(page, 'headline-structural')).toBe(`waarvan structureel ${money(p.savings.structural.at(-1)!)}`);
    expect(await textOf(page, 'headline-structural-check')).toBe('structureel pas vanaf 2026 (tekort € 40.000 in 2025)');

    // By keyboard: open the measure's details, go to "+ Eenmalige kosten", add one, type € 300.000 in 2027.
    const details = page.getByRole('button', { name: `Details van ${HALF}` });
    await details.focus();
    await page.keyboard.press('Enter');
    const add = page.getByRole('region', { name: 'Begroting en besluit' }).getByRole('button', { name: '+ Eenmalige kosten' });
    await add.focus();
    await page.keyboard.press('Enter');
    const kind = page.getByRole('group', { name: '4. Frictiekosten' }).getByRole('combobox', { name: 'Soort kosten' });
    await kind.waitFor();
    expect(await kind.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab'); // the remove button
    await page.keyboard.press('Tab'); // its 2024
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent)).toBe('eenmalige kosten 4 2024');
    await page.keyboard.type('300000');
    await page.keyboard.press('Enter');

    const changed = structuredClone(example);
    changed.measures!.find((m) => m.id === 'jeugdpunt-half')!.oneOffCosts!.push({ kind: 'frictie', amounts: { '2024': 300_000 } });
    const q = project(changed);
    expect(q.paybackYear).toBeNull();
    expect(q.savings.netCumulative.at(-1)).toBe(-49_901);
    await expectText(page, 'headline-net', money(-49_901));
    expect(await textOf(page, 'headline-payback')).toBe('eind 2027 nog niet terugverdiend');
    expect(await page.locator('.history-bar__last').textContent()).toContain(`${HALF}: eenmalige kosten 4 2024 leeg → 300.000`);

    // Undo (outside a field): back to the worked example.
    await page.getByRole('heading', { level: 1, name: example.title }).click();
    await page.keyboard.press('Control+z');
    await expectText(page, 'headline-net', '€ 250.099');
    expect(await textOf(page, 'headline-payback')).toBe('terugverdiend in 2025');
    expect(session.foreignRequests).toEqual([]);
  });

  for (const size of WORKSHOP_SIZES) {
    it(`at ${size.width} × ${size.height}, Dutch and English: the details open, axe clean, nothing scrolls sideways`, async () => {
      session = await openExample('', size);
      const { page } = session;
      await page.getByRole('button', { name: `Details van ${HALF}` }).click();
      await page.getByRole('region', { name: 'Begroting en besluit' }).waitFor();
      for (const lang of ['nl', 'en'] as const) {
        if (lang === 'en') {
          await page.getByRole('button', { name: 'English', exact: true }).click();
          await page.getByRole('region', { name: 'Budget and decision' }).waitFor();
        }
        const p = project(example);
        await expectText(page, 'headline-net', money(p.savings.netCumulative.at(-1)!, lang));
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
        // The nature's select shows its whole default ("Structureel (standaard)").
        const select = page.getByRole('combobox', { name: lang === 'nl' ? 'Aard van de besparing' : 'Nature of the saving' });
        expect(await select.evaluate((el: HTMLSelectElement) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
        await screenshot(page, `budget-${size.width}x${size.height}-${lang}`);
        await page.locator('.headline').screenshot({ path: path.join(RESULTS_DIR, `budget-${size.width}x${size.height}-${lang}-headline.png`) });
        await page.getByTestId('savings-chart').screenshot({ path: path.join(RESULTS_DIR, `budget-${size.width}x${size.height}-${lang}-chart.png`) });
        await page.locator('.measures-budget').screenshot({ path: path.join(RESULTS_DIR, `budget-${size.width}x${size.height}-${lang}-editor.png`) });
      }
    });
  }

  it('compare at 1366 × 768: structural, one-off costs and net per variant, axe clean', async () => {
    session = await openExample('', { width: 1366, height: 768 });
    const { page } = session;
    const tabs = page.getByRole('navigation', { name: 'Geopende scenario’s' });
    await tabs.getByRole('button', { name: 'Variant maken' }).click();
    await page.getByRole('heading', { level: 1, name: `${example.title} — variant 2` }).waitFor();
    await tabs.getByRole('button', { name: /^Vergelijken/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Scenario’s vergelijken' }).waitFor();
    // The variant and the scenario it was made from (the sample in the other tab is not ticked).
    const table = page.getByTestId('compare-budget-table');
    await table.waitFor();
    const p = project(example);
    const cell = (v: number) => plain(formatMoney(v, { lang: 'nl', unit: 'euro', symbol: false }));
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    rows.forEach((cells, i) => {
      const own = [p.savings.structural[i]!, p.savings.oneOffCosts[i]!, p.savings.net[i]!].map(cell);
      expect(cells.map(plain)).toEqual([...own, ...own]);
    });
    expect(rows[0]!.map(plain).slice(0, 3)).toEqual(['0', '60.000', cell(-60_000)]);
    expect(plain(await page.getByTestId('compare-payback-A').textContent())).toBe('2025');
    expect(await axeViolations(page)).toEqual([]);
    // The table scrolls in its own box, inside the page's width.
    const box = await page.getByRole('region', { name: /Per scenario de structurele besparing/ }).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(await page.evaluate(() => document.documentElement.clientWidth));
    await table.screenshot({ path: path.join(RESULTS_DIR, 'budget-compare-1366x768-nl.png') });
  });
});
