// The baseline editor in real Chromium: open a sample, expand the sections from the keyboard,
// change a line's amount and the target of the last year, and check the headline against the
// engine run on the same edits of the same file. axe with everything expanded; nl and en.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { project } from '../../shared/engine/project';
import type { Projection } from '../../shared/engine/types';
import { formatMoney } from '../../shared/format/money';
import type { Lang } from '../../shared/scenario/problems';
import { parseScenarioText } from '../../shared/scenario/parse';
import type { Scenario } from '../../shared/scenario/schema';
import { axeViolations, describeInBrowser, openApp, REPO_ROOT, screenshot, type BrowserSession } from './support';
import { targetCheck } from '../../shared/engine/target-check';

jest.setTimeout(120_000);

const SAMPLE = 'stichtse-vecht-vitale-coalitie';

function loadSample(id: string): Scenario {
  const result = parseScenarioText(readFileSync(resolve(REPO_ROOT, 'scenarios', `${id}.vcscenario.json`), 'utf8'));
  if (!result.ok) throw new Error(`sample ${id} is invalid`);
  return result.value;
}

const money = (v: number, lang: Lang) => formatMoney(v, { lang, unit: 'euro' });

/** The headline on screen must be the engine's figures for the last year of the horizon. */
async function expectHeadline(page: Page, projection: Projection, lang: Lang): Promise<void> {
  const last = projection.years.length - 1;
  expect(await page.getByTestId('headline-savings').textContent()).toBe(money(projection.savings.total[last]!, lang));
  expect(await page.getByTestId('headline-cumulative').textContent()).toBe(money(projection.savings.cumulative[last]!, lang));
  // Met only when met in every year with a target (#20): the largest shortfall is named.
  const check = targetCheck(projection);
  const target = (await page.getByTestId('headline-target').textContent()) ?? '';
  if (check.status === 'short') expect(target).toContain(money(check.largest.gap, lang));
  expect(target).toContain(check.status === 'short' ? (lang === 'nl' ? 'niet gehaald' : 'not met') : lang === 'nl' ? 'gehaald' : 'met');
}

/** Open a disclosure from the keyboard: focus its button, press Enter. */
async function expand(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  expect(await button.getAttribute('aria-expanded')).toBe('true');
}

describeInBrowser('the baseline editor in Chromium', () => {
  let session: BrowserSession;
  afterEach(async () => {
    await session?.close();
  });

  it('edits an amount and the last year’s target from the keyboard; the headline follows the engine', async () => {
    const scenario = loadSample(SAMPLE);
    session = await openApp(`?sample=${SAMPLE}`);
    const { page } = session;
    await page.getByRole('heading', { level: 1, name: scenario.title }).waitFor();
    await expectHeadline(page, project(scenario), 'nl');

    for (const name of ['Scenario', 'Periode', 'Aannames', 'Taakstelling', 'Begrotingsregels']) await expand(page, name);

    // Every line's cost in the base year is the engine's.
    const before = project(scenario);
    for (const line of before.lines) {
      expect(await page.getByTestId(`line-cost-${line.id}`).textContent()).toBe(money(line.baseline[0]!, 'nl'));
    }

    // The last year's target is not listed: it shows what it carries over, greyed.
    const lastYear = scenario.horizon.to;
    const targetCell = page.getByLabel(`Taakstelling ${lastYear}`, { exact: true });
    expect(await targetCell.inputValue()).toBe('');
    expect(await targetCell.getAttribute('placeholder')).toBe(formatMoney(165000, { lang: 'nl', symbol: false }));

    // Jeugd-Punt down to € 25.000: less than its € 30.000 cut, so the savings move too.
    const jeugdPunt = scenario.lines.find((l) => l.id === 'jeugd-punt')!;
    const amount = page.getByLabel(`Bedrag, ${jeugdPunt.name}`, { exact: true });
    await amount.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('25.000');
    await page.keyboard.press('Enter');

    await targetCell.focus();
    await page.keyboard.type('200.000');
    await page.keyboard.press('Tab');

    const edited = structuredClone(scenario);
    edited.lines.find((l) => l.id === 'jeugd-punt')!.amount = 25000;
    edited.target = { ...edited.target, [String(lastYear)]: 200000 };
    const after = project(edited);
    expect(after.savings.total.at(-1)).not.toBe(before.savings.total.at(-1));
    await expectHeadline(page, after, 'nl');
    expect(await page.getByTestId('line-cost-jeugd-punt').textContent()).toBe(money(25000, 'nl'));
    expect(await page.getByTestId('lines-total').textContent()).toBe(money(after.baseline.total[0]!, 'nl'));
    expect(await targetCell.inputValue()).toBe('200.000');

    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'baseline-nl');

    // English, from the header; the same figures in English formats.
    await page.getByRole('button', { name: 'English' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Budget lines', exact: true }).waitFor();
    await expectHeadline(page, after, 'en');
    expect(await page.getByLabel(`Amount, ${jeugdPunt.name}`, { exact: true }).inputValue()).toBe('25,000');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'baseline-en');
    expect(session.foreignRequests).toEqual([]);
  });

  it('refuses an invalid horizon with the engine’s message, and pastes rows from a spreadsheet', async () => {
    const scenario = loadSample(SAMPLE);
    session = await openApp(`?sample=${SAMPLE}`);
    const { page } = session;
    await page.getByRole('heading', { level: 1, name: scenario.title }).waitFor();
    await expand(page, 'Periode');
    const to = page.getByLabel('Horizon tot en met', { exact: true });
    await to.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2070');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('alert').first().textContent()).toContain('is te lang');
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    await expectHeadline(page, project(scenario), 'nl');
    await page.keyboard.press('Escape');

    await expand(page, 'Begrotingsregels');
    const rows = 'Buurtsportcoach\tSubsidie\t€ 1.234,50\tVitale Coalitie\tJeugd-Punt\t6.1\nHuiskamer\tCollectieve voorziening\t40 × 2.500\nKapot\tSubsidie\tveel';
    await page.getByLabel('Plak regels uit een spreadsheet', { exact: true }).focus();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, rows);
    const report = page.getByTestId('paste-report');
    expect(await report.textContent()).toContain('2 regels geplakt');
    expect(await report.textContent()).toContain('Rij 3');
    expect(await page.getByTestId('line-cost-huiskamer').textContent()).toBe(money(100000, 'nl'));
    const edited = structuredClone(scenario);
    edited.lines.push(
      { id: 'buurtsportcoach', name: 'Buurtsportcoach', kind: 'subsidy', amount: 1234.5, group: 'Vitale Coalitie', organisation: 'Jeugd-Punt', taakveld: '6.1' },
      { id: 'huiskamer', name: 'Huiskamer', kind: 'collective', volume: 40, unitCost: 2500 },
    );
    await expectHeadline(page, project(edited), 'nl');
    expect(await axeViolations(page)).toEqual([]);
  });
});
