// The uncertainty in real Chromium, as a workshop would use it: open a sample, give two measures a
// range through the measure form (the row's details button, then Laag and Hoog), and the band
// appears: its table equals simulate() of the same edited scenario with the same seed and draws,
// computed here; the band is computed in the Web Worker under the app's CSP (and, where the
// worker cannot load, in-process); the Onzekerheid tab ranks as sensitivity() says; axe finds
// nothing; screenshots in Dutch and English.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { project } from '../../shared/engine/project';
import { formatMoney } from '../../shared/format/money';
import { parseScenarioText } from '../../shared/scenario/parse';
import type { Scenario } from '../../shared/scenario/schema';
import { formatChance } from '../../shared/uncertainty/chance';
import { simulate } from '../../shared/uncertainty/monte-carlo';
import { sensitivity } from '../../shared/uncertainty/sensitivity';
import { drawPlan } from '../../renderer/workers/uncertainty-protocol';
import { pathToFileURL } from 'node:url';
import { axeViolations, CHROMIUM_ARGS, describeInBrowser, findChromium, openApp, REPO_ROOT, RESULTS_DIR, type BrowserSession } from './support';
import { render } from '../../shared/i18n/text';

jest.setTimeout(240_000);

const SAMPLE = 'stichtse-vecht-vitale-coalitie';
const RANGES = [
  { index: 0, low: 60, high: 130 },
  { index: 1, low: 80, high: 110 },
];

function loadSample(): Scenario {
  const result = parseScenarioText(readFileSync(resolve(REPO_ROOT, 'scenarios', `${SAMPLE}.vcscenario.json`), 'utf8'));
  if (!result.ok) throw new Error(`sample ${SAMPLE} is invalid`);
  return result.value;
}

/** The sample as it is after the edits the test makes in the form. */
function edited(): Scenario {
  const scenario = JSON.parse(JSON.stringify(loadSample())) as Scenario;
  for (const r of RANGES) scenario.measures![r.index]!.uncertainty = { low: r.low / 100, high: r.high / 100 };
  return scenario;
}

const cell = (v: number, lang: 'nl' | 'en' = 'nl') => formatMoney(v, { lang, unit: 'euro', symbol: false });

async function tableTexts(page: Page, testId: string): Promise<{ header: string; cells: string[] }[]> {
  return page
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => ({
        header: tr.querySelector('th')?.textContent ?? '',
        cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
      })),
    );
}

/** Types a range into a measure's form, as a person would: details, Laag, Enter, Hoog, Enter. */
async function giveRange(page: Page, name: string, low: number, high: number): Promise<void> {
  const details = page.getByRole('button', { name: `Details van ${name}` });
  if ((await details.getAttribute('aria-expanded')) !== 'true') await details.click();
  const form = page.locator('fieldset.measures-uncertainty');
  await form.getByLabel('Laag').fill(String(low));
  await form.getByLabel('Laag').press('Enter');
  await form.getByLabel('Hoog').fill(String(high));
  await form.getByLabel('Hoog').press('Enter');
  await form.locator('.measures-uncertainty__range', { hasText: `${low}% – ${high}%` }).waitFor();
  await details.click();
}

async function panelShot(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.locator('.projection-panel').screenshot({ path: resolve(RESULTS_DIR, `${name}.png`) });
}

describeInBrowser('the uncertainty in Chromium', () => {
  let session: BrowserSession;
  afterEach(async () => {
    await session?.close();
  });

  it('draws the band from ranges typed in the measure form, in the worker, equal to simulate() with the same seed and draws', async () => {
    session = await openApp(`?sample=${SAMPLE}`, { width: 1440, height: 2200 });
    const { page } = session;
    const sample = loadSample();
    await page.getByTestId('year-table').waitFor();
    await page.getByTestId('band-hint').waitFor();
    expect(await page.getByTestId('band-hint').textContent()).toContain('Geef maatregelen een bandbreedte om de onzekerheid te zien');

    for (const r of RANGES) await giveRange(page, sample.measures![r.index]!.name, r.low, r.high);

    const scenario = edited();
    const plan = drawPlan(scenario);
    expect(plan).toEqual({ draws: 5000, seed: 1, reduced: false });
    const expected = simulate(scenario, { draws: plan.draws, seed: plan.seed });
    // Wait for the band of the last edit (not one in between).
    await page.waitForFunction(
      (p90) => {
        const row = document.querySelectorAll('[data-testid="band-table"] tbody tr')[2];
        return row !== undefined && [...row.querySelectorAll('td')].map((td) => td.textContent).join('|') === p90;
      },
      expected.savings.p90.map((v) => cell(v)).join('|'),
    );
    const rows = await tableTexts(page, 'band-table');
    expect(rows[0]!.cells).toEqual(expected.savings.p10.map((v) => cell(v)));
    expect(rows[1]!.cells).toEqual(expected.savings.p50.map((v) => cell(v)));
    expect(rows[2]!.cells).toEqual(expected.savings.p90.map((v) => cell(v)));
    expect(rows[3]!.cells).toEqual(project(scenario).savings.total.map((v) => cell(v)));
    expect(rows[4]!.cells).toEqual(expected.savings.targetMet.map((v) => (v === null ? '—' : formatChance(v, 'nl'))));
    for (let i = 0; i < expected.years.length; i++) {
      expect(expected.savings.p10[i]!).toBeLessThanOrEqual(expected.savings.p50[i]!);
      expect(expected.savings.p50[i]!).toBeLessThanOrEqual(expected.savings.p90[i]!);
    }
    expect(expected.savings.p10.at(-1)!).toBeLessThan(expected.savings.p90.at(-1)!);
    // Computed in the Web Worker, loaded under the app's CSP from http://127.0.0.1.
    const note = page.getByTestId('band-note');
    expect(await note.getAttribute('data-engine')).toBe('worker');
    expect(await note.textContent()).toContain('Bandbreedte uit 5.000 trekkingen (seed 1).');
    const label = (await page.locator('[data-testid="savings-chart"] canvas').getAttribute('aria-label')) ?? '';
    expect(label.replace(/\u00a0/g, ' ')).toContain(
      `bandbreedte 2025 van € ${cell(expected.savings.p10.at(-1)!)} tot € ${cell(expected.savings.p90.at(-1)!)}`,
    );
    expect(session.foreignRequests).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await panelShot(page, 'uncertainty-band-nl');

    // The Onzekerheid tab: the tornado ranked as sensitivity() ranks it.
    await page.getByRole('tab', { name: 'Onzekerheid' }).click();
    await page.getByTestId('tornado-table').waitFor();
    await page.locator('[data-testid="tornado"] canvas').waitFor();
    const tornado = sensitivity(scenario);
    const tornadoRows = await tableTexts(page, 'tornado-table');
    expect(tornadoRows.map((r) => r.header)).toEqual(tornado.rows.map((r) => `${render('nl', r.label)}${r.kind === 'measure' ? 'maatregel' : 'aanname'}`));
    expect(tornadoRows.map((r) => r.cells.slice(1))).toEqual(tornado.rows.map((r) => [cell(r.savingsAtLow), cell(r.savingsAtHigh), cell(r.swing)]));
    const cumulative = await tableTexts(page, 'cumulative-band-table');
    expect(cumulative[1]!.cells).toEqual(expected.cumulative.p50.map((v) => cell(v)));
    expect(await axeViolations(page)).toEqual([]);
    await panelShot(page, 'uncertainty-tab-nl');

    // A tornado cell explains itself.
    await page.getByTestId('tornado-table').locator('td[data-r="0"][data-c="3"]').focus();
    const tip = page.getByRole('tooltip');
    await tip.waitFor();
    expect(await tip.textContent()).toContain('Uitslag = |besparing bij hoog − besparing bij laag|');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    // English, in thousands.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Uncertainty' }).waitFor();
    await page.getByTestId('tornado-table').waitFor();
    expect(await page.getByRole('heading', { name: 'Which uncertainty moves the savings of 2025 most' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await panelShot(page, 'uncertainty-tab-en');
    await page.getByRole('tab', { name: 'Savings' }).click();
    await page.getByTestId('band-table').waitFor();
    const en = await tableTexts(page, 'band-table');
    expect(en[4]!.header).toBe('Chance the target is met');
    expect(en[1]!.cells).toEqual(expected.savings.p50.map((v) => cell(v, 'en')));
    await panelShot(page, 'uncertainty-band-en');
  });

  it('still draws the band where the worker cannot load: in-process, the same figures', async () => {
    session = await openApp('', { width: 1440, height: 1600 });
    const { page } = session;
    // As if a policy or file:// refused the worker's script.
    await page.route('**/monte-carlo.worker-*.js', (route) => route.abort());
    await page.goto(`${session.server.url}?sample=zwolle-samenspel`);
    const scenario = parseScenarioText(readFileSync(resolve(REPO_ROOT, 'scenarios', 'zwolle-samenspel.vcscenario.json'), 'utf8'));
    if (!scenario.ok) throw new Error('sample invalid');
    const expected = simulate(scenario.value, { draws: 5000, seed: 1 });
    await page.getByTestId('band-table').waitFor();
    expect(await page.getByTestId('band-note').getAttribute('data-engine')).toBe('in-process');
    expect((await tableTexts(page, 'band-table'))[1]!.cells).toEqual(expected.savings.p50.map((v) => cell(v)));
  });

  it('loads the worker from file:// where the page may read its own files, as Electron’s file:// pages may', async () => {
    // Plain Chromium refuses every module script from file:// (the app itself would not start);
    // Electron grants its file:// pages access to their own files, which this flag reproduces.
    const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: [...CHROMIUM_ARGS, '--allow-file-access-from-files'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 1400 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${pathToFileURL(resolve(REPO_ROOT, 'dist', 'index.html')).href}?sample=zwolle-samenspel`);
      await page.getByTestId('band-table').waitFor();
      expect(await page.getByTestId('band-note').getAttribute('data-engine')).toBe('worker');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
