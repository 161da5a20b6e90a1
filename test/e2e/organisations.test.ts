// The partners in real Chromium (#21): on the Stichtse Vecht sample, from the keyboard, the list
// of partners is taken from the lines, Jeugd-Punt gets "subsidie sinds 2015", the notice-period
// warning appears beside its cut (from 2022; 1 July 2021 + 12 months: not before 1 January 2023),
// "Laat ingaan op 1 januari 2023" fixes it (the headline follows the engine on the same edit) and
// Ctrl+Z brings it back; the letter dialog opens from the partner's row. At 1024×640, 1366×768 and
// 1920×1080, in Dutch and English: axe clean, no sideways scrolling, screenshots in test-results/.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { project } from '../../shared/engine/project';
import { formatMoney } from '../../shared/format/money';
import { parseScenarioText } from '../../shared/scenario/parse';
import type { CutMeasure, Scenario } from '../../shared/scenario/schema';
import { axeViolations, describeInBrowser, openApp, REPO_ROOT, RESULTS_DIR, screenshot, WORKSHOP_SIZES, type BrowserSession } from './support';

jest.setTimeout(240_000);

const SAMPLE = 'stichtse-vecht-vitale-coalitie';

function loadSample(): Scenario {
  const result = parseScenarioText(readFileSync(resolve(REPO_ROOT, 'scenarios', `${SAMPLE}.vcscenario.json`), 'utf8'));
  if (!result.ok) throw new Error('the sample is invalid');
  return result.value;
}

const WORDS = {
  nl: {
    partners: 'Partners',
    lines: 'Begrotingsregels',
    take: 'Partners uit regels overnemen',
    since: 'Subsidie sinds, Jeugd-Punt',
    earliest: '1 januari 2023',
    warning: /Waarschuwing/,
    fix: 'Laat ingaan op 1 januari 2023',
    fixed: 'De maatregel gaat nu in op 1 januari 2023; de waarschuwing is weg.',
    letter: 'Brief aan „Jeugd-Punt”',
    cancel: 'Annuleren',
    organisation: 'Organisatie, Jeugd-Punt: jongerenwerk en sportcombinatiefunctionaris',
  },
  en: {
    partners: 'Partners',
    lines: 'Budget lines',
    take: 'Take partners from the lines',
    since: 'Subsidised since, Jeugd-Punt',
    earliest: '1 January 2023',
    warning: /Warning/,
    fix: 'Start on 1 January 2023',
    fixed: 'The measure now starts on 1 January 2023; the warning is gone.',
    letter: 'Letter to "Jeugd-Punt"',
    cancel: 'Cancel',
    organisation: 'Organisation, Jeugd-Punt: jongerenwerk en sportcombinatiefunctionaris',
  },
} as const;

/** Press a button from the keyboard: focus it, Enter. */
async function press(page: Page, name: string | RegExp): Promise<void> {
  const button = page.getByRole('button', { name, exact: typeof name === 'string' });
  await button.focus();
  await page.keyboard.press('Enter');
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
}

describeInBrowser('the partners in Chromium', () => {
  let session: BrowserSession;
  afterEach(async () => {
    await session?.close();
  });

  const cases = WORKSHOP_SIZES.flatMap((size) => (['nl', 'en'] as const).map((lang) => ({ size, lang })));
  it.each(cases)('$size.width×$size.height, $lang: the list from the lines, the warning and its fix, the letter', async ({ size, lang }) => {
    const w = WORDS[lang];
    const scenario = loadSample();
    session = await openApp(`?sample=${SAMPLE}&lang=${lang}`, size);
    const { page } = session;
    await page.getByRole('heading', { level: 1, name: scenario.title }).waitFor();
    const name = `partners-${size.width}x${size.height}-${lang}`;

    await press(page, w.partners);
    await press(page, w.take);
    const table = page.getByRole('table', { name: w.partners });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(5);
    // With the list, a line's organisation is chosen from it.
    await press(page, w.lines);
    expect(await page.getByRole('combobox', { name: w.organisation }).inputValue()).toBe('Jeugd-Punt');

    // Jeugd-Punt subsidised since 2015: long-standing at the decision of 1 July 2021.
    const since = page.getByLabel(w.since, { exact: true });
    await since.focus();
    await page.keyboard.type('2015');
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('earliest-Jeugd-Punt').textContent()).toBe(w.earliest);

    const row = page.locator('li[data-measure-id="korting-jeugd-punt"]');
    const warning = row.getByRole('group', { name: w.warning });
    await warning.waitFor();
    expect(await page.locator('.measures-notice__warning').count()).toBe(1);
    await warning.scrollIntoViewIfNeeded();
    await noSidewaysScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `${name}-warning`);
    // Close-ups: the measure with its warning, and the partners section.
    await row.screenshot({ path: resolve(RESULTS_DIR, `${name}-warning-row.png`) });
    await page.locator('.baseline-partners').screenshot({ path: resolve(RESULTS_DIR, `${name}-section.png`) });

    // The fix, from the keyboard; the headline is the engine's on the same edit.
    await press(page, w.fix);
    await row.getByText(w.fixed).waitFor();
    expect(await row.getByRole('group', { name: w.warning }).count()).toBe(0);
    const edited = structuredClone(scenario);
    (edited.measures!.find((m) => m.id === 'korting-jeugd-punt') as CutMeasure).phaseIn = { 2023: 1 };
    const last = edited.horizon.to - edited.horizon.from;
    expect(await page.getByTestId('headline-savings').textContent()).toBe(formatMoney(project(edited).savings.total[last]!, { lang }));
    const cumulative = project(edited).savings.cumulative[last]!;
    expect(cumulative).toBe(project(scenario).savings.cumulative[last]! - 30000);
    expect(await page.getByTestId('headline-cumulative').textContent()).toBe(formatMoney(cumulative, { lang }));

    // Undo brings the early cut and its warning back.
    await page.keyboard.press('Control+z');
    await warning.waitFor();

    // The letter to Jeugd-Punt, from its row.
    await press(page, w.letter);
    const dialog = page.getByRole('dialog', { name: w.letter });
    await dialog.waitFor();
    await dialog.getByRole('row').filter({ hasText: '2022' }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // The dialog as the screen shows it (a full-page picture would put it at the top of a long page).
    await page.screenshot({ path: resolve(RESULTS_DIR, `${name}-letter.png`) });
    await press(page, w.cancel);
    await dialog.waitFor({ state: 'hidden' });
    expect(session.foreignRequests).toEqual([]);
  });
});
