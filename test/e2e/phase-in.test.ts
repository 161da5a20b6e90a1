// The phase-in trap (#24 item 2) in real Chromium, as a policy advisor meets it in the
// Leidschendam-Voorburg case: € 10,34 mln to 37 organisations, a 20% cut, and the phase-in typed
// as the cut per year (5 / 12 / 20). The cells say what that does ("= 1% korting"), the warning
// offers 25 / 60 / 100, and after the conversion the last year saves the full 20%: € 2.068.000.
// Undo brings it back. Screenshots at the workshop sizes in Dutch and English, axe clean, and the
// text under the cells keeps the row a row at 1024 × 640.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { project } from '../../shared/engine/project';
import { formatMoney } from '../../shared/format/money';
import type { Scenario } from '../../shared/scenario/schema';
import { axeViolations, describeInBrowser, openApp, RESULTS_DIR, screenshot, WORKSHOP_SIZES, type BrowserSession } from './support';

jest.setTimeout(120_000);

const CUT = 'Korting 20% op de Vitale Coalitie';

/** 37 organisations, € 10.340.000 together, a 20% cut without a phase-in; 2023–2025 at 2023 prices. */
function leidschendamLike(): Scenario {
  const lines = Array.from({ length: 37 }, (_, i) => ({
    id: `org-${i + 1}`,
    name: i === 0 ? 'Stichting Welzijn en Sportcombinatiefunctionarissen' : `Organisatie ${i + 1}`,
    kind: 'subsidy' as const,
    group: 'Vitale Coalitie',
    amount: i === 0 ? 260_000 : 280_000,
  }));
  return {
    format: 'vitale-coalitie-scenario',
    version: 2,
    title: 'Vitale Coalitie 2023–2025',
    municipality: 'Leidschendam-Voorburg',
    baseYear: 2023,
    horizon: { from: 2023, to: 2025 },
    lines,
    measures: [{ id: 'korting', name: CUT, type: 'cut', groups: ['Vitale Coalitie'], rate: 0.2 }],
  };
}

const work = mkdtempSync(path.join(tmpdir(), 'vcp-phase-in-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The app with the scenario opened by upload (the File System Access API taken away). */
async function openScenario(s: Scenario, query: string, viewport: { width: number; height: number }): Promise<BrowserSession> {
  const session = await openApp(query, viewport);
  const { page, context } = session;
  await context.addInitScript(() => {
    delete (window as unknown as Record<string, unknown>).showOpenFilePicker;
    delete (window as unknown as Record<string, unknown>).showSaveFilePicker;
  });
  await page.reload();
  const file = path.join(work, 'leidschendam-voorburg.vcscenario.json');
  writeFileSync(file, JSON.stringify(s));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^(Openen|Open)…$/ }).first().click();
  await (await chooser).setFiles(file);
  await page.getByRole('heading', { level: 1, name: s.title }).waitFor();
  return session;
}

const money = (v: number) => formatMoney(v, { lang: 'nl', unit: 'euro' });

async function expectHeadline(page: Page, expected: string): Promise<void> {
  const el = page.getByTestId('headline-savings');
  await el.filter({ hasText: expected }).waitFor({ timeout: 5000 }).catch(() => undefined);
  expect(await el.textContent()).toBe(expected);
}

async function typePhaseIn(page: Page, word: string, values: [number, string][]): Promise<void> {
  for (const [year, value] of values) {
    const cell = page.getByRole('textbox', { name: `${word} ${year} ${CUT}` });
    await cell.fill(value);
    await cell.press('Enter');
  }
}

/** The texts under the phase-in cells, by year. */
async function inForce(page: Page): Promise<string[]> {
  return (await page.locator('.measures-years__year .measures-years__effect').allTextContents()).map((t) => t.replace(/\u00a0/g, ' '));
}

const typed = (): Scenario => {
  const s = leidschendamLike();
  Object.assign(s.measures![0]!, { phaseIn: { '2023': 0.05, '2024': 0.12, '2025': 0.2 } });
  return s;
};

describeInBrowser('the phase-in trap in Chromium', () => {
  let session: BrowserSession;
  afterEach(async () => {
    await session?.close();
  });

  it('5 / 12 / 20 on a 20% cut at 1366 × 768: the cells say 1% / 2,4% / 4%, the warning converts to 25 / 60 / 100, the last year saves the full 20%', async () => {
    session = await openScenario(leidschendamLike(), '', { width: 1366, height: 768 });
    const { page } = session;
    await expectHeadline(page, money(2_068_000));
    expect(await inForce(page)).toEqual(['= 20% korting', '= 20% korting', '= 20% korting']);

    await typePhaseIn(page, 'invoering', [[2023, '5'], [2024, '12'], [2025, '20']]);
    // What the engine makes of it: a fifth of the saving.
    expect(project(typed()).savings.total.at(-1)).toBe(413_600);
    await expectHeadline(page, money(413_600));
    expect(await inForce(page)).toEqual(['= 1% korting', '= 2,4% korting', '= 4% korting']);
    const warning = page.getByText('Invoering is het deel van de maatregel dat geldt: 100% is de hele 20% korting. 5% / 12% / 20% lijkt op het percentage per jaar. Bedoelt u 25% / 60% / 100%?');
    await warning.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'phase-in-warning-1366x768-nl');

    await page.getByRole('button', { name: `Omzetten naar 25% / 60% / 100% ${CUT}` }).click();
    const fixed = leidschendamLike();
    Object.assign(fixed.measures![0]!, { phaseIn: { '2023': 0.25, '2024': 0.6, '2025': 1 } });
    expect(project(fixed).savings.total).toEqual([517_000, 1_240_800, 2_068_000]);
    await expectHeadline(page, money(2_068_000));
    expect(await inForce(page)).toEqual(['= 5% korting', '= 12% korting', '= 20% korting']);
    expect(await warning.count()).toBe(0);
    const note = page.getByText('De invoering is nu 25% / 60% / 100%. Ongedaan maken met Ctrl+Z.');
    expect(await note.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('.history-bar__last').textContent()).toContain(`${CUT}: invoering 5% / 12% / 20% → 25% / 60% / 100% (deel van de maatregel)`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'phase-in-converted-1366x768-nl');

    await page.keyboard.press('Control+z');
    await warning.waitFor();
    await expectHeadline(page, money(413_600));
    expect(session.foreignRequests).toEqual([]);
  });

  it('a five-year horizon at 1024 × 640 (the Stichtse Vecht sample): each row’s phase-in years stay on one line', async () => {
    session = await openApp('?sample=stichtse-vecht-vitale-coalitie', { width: 1024, height: 640 });
    const { page } = session;
    await page.locator('.measures-years--phaseIn .measures-years__effect').first().waitFor();
    const rows = await page.locator('.measures-years--phaseIn').evaluateAll((sets) =>
      sets.map((set) => [...set.querySelectorAll('.measures-years__year')].map((el) => Math.round(el.getBoundingClientRect().top))),
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const tops of rows) {
      expect(tops).toHaveLength(5);
      expect(new Set(tops).size).toBe(1);
    }
    await page.locator('section.measures').screenshot({ path: path.join(RESULTS_DIR, 'phase-in-sample-1024x640-panel.png') });
  });

  for (const size of WORKSHOP_SIZES) {
    for (const lang of ['nl', 'en'] as const) {
      it(`at ${size.width} × ${size.height} in ${lang}: the texts under the cells keep the row a row, the warning fits`, async () => {
        session = await openScenario(typed(), lang === 'en' ? '?lang=en' : '', size);
        const { page } = session;
        await page.locator('.measures-phasein__warning').waitFor();
        const cells = page.locator('.measures-years--phaseIn .measures-years__year');
        expect(await cells.count()).toBe(3);
        const boxes = await cells.evaluateAll((els) =>
          els.map((el) => {
            const own = el.getBoundingClientRect();
            const input = el.querySelector('input')!.getBoundingClientRect();
            const effect = el.querySelector('.measures-years__effect')!.getBoundingClientRect();
            return { top: own.top, left: own.left, right: own.right, input, effect };
          }),
        );
        // One row of year columns, each text under its own cell and no wider than its column.
        for (const [i, b] of boxes.entries()) {
          expect(b.top).toBe(boxes[0]!.top);
          if (i > 0) expect(b.left).toBeGreaterThan(boxes[i - 1]!.right - 1);
          expect(b.effect.top).toBeGreaterThanOrEqual(b.input.bottom - 0.5);
          expect(b.effect.left).toBeGreaterThanOrEqual(b.left - 0.5);
          expect(b.effect.right).toBeLessThanOrEqual(b.right + 0.5);
        }
        // The warning and its button inside the row; nothing scrolls sideways.
        const row = await page.locator('.measures-row').first().boundingBox();
        const button = await page.locator('.measures-phasein__warning button').boundingBox();
        expect(button!.x + button!.width).toBeLessThanOrEqual(row!.x + row!.width);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
        await screenshot(page, `phase-in-${size.width}x${size.height}-${lang}`);
        await page.locator('section.measures').screenshot({ path: path.join(RESULTS_DIR, `phase-in-${size.width}x${size.height}-${lang}-panel.png`) });
      });
    }
  }
});
