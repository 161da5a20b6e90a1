// The choice menu (keuzemenu, #22 item 2) in Chromium at the sizes of a workshop: on one screen
// without sideways scroll, by keyboard, axe clean; switching a card off or stepping its strength
// changes the bars to the figures of project() for the scenario with that change (computed here
// from the file itself); the consequences per partner one click away; the choice saved as a
// variant whose title names it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { project } from '../../shared/engine/project';
import { targetCheck, targetCheckText } from '../../shared/engine/target-check';
import { formatMoney } from '../../shared/format/money';
import { catalogue, render } from '../../shared/i18n/text';
import { kindOf } from '../../shared/measures/registry';
import { atStep, stepsOf } from '../../shared/menu/steps';
import type { Lang } from '../../shared/i18n/languages';
import { parseScenarioText } from '../../shared/scenario/parse';
import type { Scenario } from '../../shared/scenario/schema';
import { axeViolations, describeInBrowser, openApp, REPO_ROOT, screenshot, type BrowserSession, WORKSHOP_SIZES } from './support';

jest.setTimeout(120_000);

const SAMPLE = 'stichtse-vecht-vitale-coalitie';

function sample(): Scenario {
  const parsed = parseScenarioText(readFileSync(resolve(REPO_ROOT, 'scenarios', `${SAMPLE}.vcscenario.json`), 'utf8'));
  if (!parsed.ok) throw new Error(SAMPLE);
  return parsed.value;
}

/** The bars' figures as the menu writes them, for a scenario projected here. */
function expectedBars(scenario: Scenario, lang: Lang): string[] {
  const p = project(scenario);
  return p.years.map((_, i) => catalogue(lang).menu.savingsOf(p.savings.total[i] as number, p.target?.amount[i] ?? null));
}

async function bars(page: Page): Promise<string[]> {
  return page.getByTestId('menu-bar-amount').allTextContents();
}

/** Waits until the bars read exactly these figures. */
async function waitForBars(page: Page, want: string[]): Promise<void> {
  await page.waitForFunction(
    (json) => JSON.stringify(Array.from(document.querySelectorAll('[data-testid="menu-bar-amount"]'), (e) => e.textContent)) === json,
    JSON.stringify(want),
  );
}

/** What does not fit: the page scrolls (down or sideways), or a part reaches outside the window. */
async function outOfView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > window.innerWidth + 1) out.push(`the page scrolls sideways: ${root.scrollWidth} > ${window.innerWidth}`);
    if (root.scrollHeight > window.innerHeight + 1) out.push(`the page scrolls: ${root.scrollHeight} > ${window.innerHeight}`);
    for (const selector of ['.choice-menu__cards', '.choice-menu__result', '.menu-cards', '.menu-bars']) {
      const e = document.querySelector(selector);
      if (!e) {
        out.push(`${selector}: missing`);
        continue;
      }
      if (e.scrollWidth > e.clientWidth + 1) out.push(`${selector} scrolls sideways: ${e.scrollWidth} > ${e.clientWidth}`);
      const r = e.getBoundingClientRect();
      if (r.right > window.innerWidth + 1 || r.left < 0) out.push(`${selector}: outside the window`);
    }
    for (const e of Array.from(document.querySelectorAll('.choice-menu h1, .choice-menu__tools .tool-button, .menu-verdict'))) {
      const r = e.getBoundingClientRect();
      if (r.top < 0 || r.bottom > window.innerHeight + 1 || r.right > window.innerWidth + 1) out.push(`${e.textContent}: outside the window`);
    }
    return out;
  });
}

/** Into the menu by keyboard: Tab from the page's start until the header's button has the focus, Enter. */
async function openMenuByKeyboard(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (focused === name) break;
  }
  expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(name);
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name }).waitFor();
}

/** Tab forward until the focus is on an element matching `selector` inside the card. */
async function tabTo(page: Page, card: string, selector: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    const there = await page.evaluate(
      ([c, s]) => document.activeElement?.matches(s as string) === true && document.activeElement.closest(`[data-testid="menu-card-${c}"]`) !== null,
      [card, selector],
    );
    if (there) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`no ${selector} in ${card} by Tab`);
}

describeInBrowser('the choice menu (keuzemenu)', () => {
  let session: BrowserSession;
  afterEach(async () => {
    await session?.close();
  });

  for (const size of WORKSHOP_SIZES) {
    it(`${size.width}×${size.height}: on one screen by keyboard; a card off and a step give project()'s figures; partners; saved as a variant`, async () => {
      session = await openApp(`?sample=${SAMPLE}`, size);
      const { page } = session;
      const scenario = sample();
      const measures = scenario.measures!;
      const first = measures[0]!;
      const last = measures[measures.length - 1]!;
      await page.getByRole('heading', { level: 1 }).waitFor();
      await openMenuByKeyboard(page, 'Keuzemenu');

      // As in the scenario: the bars are the scenario's own projection.
      expect(await bars(page)).toEqual(expectedBars(scenario, 'nl'));
      expect(await outOfView(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `choice-menu-${size.width}x${size.height}`);

      // The first card switched off with the keyboard: the figures of the file with that measure disabled.
      await tabTo(page, first.id, 'input[role="switch"]');
      await page.keyboard.press('Space');
      const withoutFirst = structuredClone(scenario);
      withoutFirst.measures![0]!.enabled = false;
      await waitForBars(page, expectedBars(withoutFirst, 'nl'));
      expect(await page.getByTestId(`menu-card-${first.id}`).getAttribute('class')).toContain('is-off');

      // The last card (switched on, if the file has it off) one step stronger: the file's measure
      // at its next step, as the unit tests pin the ladder.
      if (last.enabled === false) {
        await tabTo(page, last.id, 'input[role="switch"]');
        await page.keyboard.press('Space');
      }
      await tabTo(page, last.id, 'button[aria-label^="Sterker"]');
      await page.keyboard.press('Enter');
      const { steps, own } = stepsOf(last);
      const strongerMeasure = { ...atStep(last, steps[own + 1]!) };
      delete strongerMeasure.enabled;
      const stronger = structuredClone(withoutFirst);
      stronger.measures![measures.length - 1] = strongerMeasure;
      await waitForBars(page, expectedBars(stronger, 'nl'));
      const strength = render('nl', kindOf(strongerMeasure).strength(strongerMeasure));
      await page.getByTestId(`menu-card-${last.id}`).getByRole('group').getByText(strength).waitFor();
      // The verdict in words, as the target check says it of project().
      const p = project(stronger);
      await page.getByTestId('menu-verdict').filter({ hasText: render('nl', targetCheckText(targetCheck(p)).word) }).waitFor();
      expect(await page.getByTestId('menu-changed').textContent()).toBe('2 maatregelen anders dan in het scenario');
      expect(await outOfView(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `choice-menu-chosen-${size.width}x${size.height}`);

      // The consequences per partner, one click away (here: by keyboard), and back.
      await page.getByRole('button', { name: 'Gevolgen per partner' }).focus();
      await page.keyboard.press('Enter');
      const lastYear = p.years[p.years.length - 1]!;
      const dialog = page.getByRole('dialog', { name: `Gevolgen per partner in ${lastYear}` });
      await dialog.waitFor();
      const cut = p.breakdown.organisation.find((r) => r.key !== null && r.scenario[p.years.length - 1]! < r.baseline[p.years.length - 1]!)!;
      const change = cut.scenario[p.years.length - 1]! - cut.baseline[p.years.length - 1]!;
      await dialog.getByRole('row', { name: cut.key! }).getByText(formatMoney(change, { lang: 'nl', sign: 'always' })).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `choice-menu-partners-${size.width}x${size.height}`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Gevolgen per partner');
      // Esc closed the dialog, not the menu.
      await page.getByRole('region', { name: 'Keuzemenu' }).waitFor();

      // Saved as a variant: a new tab whose title names the choices; the menu stays, on the variant.
      await page.getByRole('button', { name: 'Opslaan als variant' }).click();
      await page.getByTestId('menu-notice').filter({ hasText: 'Opgeslagen als variant' }).waitFor();
      expect(await page.locator('.choice-menu h1').textContent()).toContain(` — keuze: ${last.name} (${strength})`);
      expect(await bars(page)).toEqual(expectedBars(stronger, 'nl'));
      expect(await page.getByTestId('menu-changed').textContent()).toBe('Alles zoals in het scenario');

      // Esc leaves the menu: the editor of the variant, two tabs.
      await page.keyboard.press('Escape');
      await page.getByRole('region', { name: 'Keuzemenu' }).waitFor({ state: 'detached' });
      expect(await page.getByRole('tab').count()).toBeGreaterThanOrEqual(2);
    });
  }

  for (const size of WORKSHOP_SIZES) {
    it(`in English at ${size.width}×${size.height}, with the partners`, async () => {
      session = await openApp(`?sample=${SAMPLE}&lang=en`, size);
      const { page } = session;
      await page.getByRole('button', { name: 'Choice menu' }).click();
      await page.getByRole('region', { name: 'Choice menu' }).waitFor();
      expect(await bars(page)).toEqual(expectedBars(sample(), 'en'));
      await page.getByRole('switch').first().click();
      expect(await outOfView(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `choice-menu-en-${size.width}x${size.height}`);
      await page.getByRole('button', { name: 'Effect per partner' }).click();
      await page.getByRole('dialog', { name: /Effect per partner in/ }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `choice-menu-partners-en-${size.width}x${size.height}`);
    });
  }

  for (const lang of ['nl', 'en'] as const) {
    it(`the follow-up in the editor (${lang}, 1366×768): a step recorded as a decision, the decision log, the monitor, the annexes in the export dialog`, async () => {
      session = await openApp(`?sample=${SAMPLE}&lang=${lang}`, { width: 1366, height: 768 });
      const { page } = session;
      const w = catalogue(lang);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // A step: the first measure switched off in the editor.
      await page.locator('#region-measures').getByRole('switch').first().click();
      await page.keyboard.press('Control+h');
      const history = page.getByRole('region', { name: w.app.history });
      await history.getByRole('button', { name: new RegExp(`^${w.decisions.record}`) }).first().click();
      await history.getByRole('textbox', { name: w.decisions.reason }).fill('Raadsvoorstel voorjaarsnota');
      await history.getByRole('combobox', { name: w.decisions.by }).fill(w.decisions.bySuggestions.raad);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `decision-form-${lang}`);
      await history.getByRole('button', { name: w.decisions.submit }).click();
      await history.getByText(`(${w.decisions.recorded})`).waitFor();
      await page.keyboard.press('Control+h');

      await page.getByRole('button', { name: w.decisions.panel, exact: true }).click();
      await page.getByTestId('decisions-table').getByText('Raadsvoorstel voorjaarsnota').waitFor();
      await page.getByRole('button', { name: w.monitor.view.panel, exact: true }).click();
      await page.getByTestId('monitor-totals').waitFor();
      await page.getByTestId('decisions-table').scrollIntoViewIfNeeded();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `follow-up-panels-${lang}`);

      await page.getByRole('button', { name: w.decisions.export }).click();
      const dialog = page.getByRole('dialog', { name: w.exportDialog.title });
      await dialog.getByTestId('annex-preview').getByText('Raadsvoorstel voorjaarsnota').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `export-annex-${lang}`);
    });
  }
});
