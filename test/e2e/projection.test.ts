// The projection column in real Chromium: every figure of the year table on screen equals project()
// of the same sample file, in euros and (through the header's unit switch) in thousands; a cell
// explains itself on focus and Escape closes it; the tabs switch from the keyboard; axe finds
// nothing on any tab; screenshots of each tab in Dutch and English.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { explain } from '../../shared/engine/explain';
import { project } from '../../shared/engine/project';
import { formatMoney } from '../../shared/format/money';
import { yearRows } from '../../shared/format/year-rows';
import { parseScenarioText } from '../../shared/scenario/parse';
import type { Scenario } from '../../shared/scenario/schema';
import { SETTLE_MS } from '../../renderer/components/projection/uncertainty-store';
import { axeViolations, describeInBrowser, openApp, REPO_ROOT, RESULTS_DIR, type BrowserSession } from './support';
import { render } from '../../shared/i18n/text';

// axe on a full page takes seconds; on a loaded CI machine several tabs take minutes.
jest.setTimeout(240_000);

const SAMPLES_DIR = resolve(REPO_ROOT, 'scenarios');
const sampleIds = readdirSync(SAMPLES_DIR)
  .filter((f) => f.endsWith('.vcscenario.json'))
  .map((f) => f.replace(/\.vcscenario\.json$/, ''))
  .sort();
const SAMPLE = sampleIds.find((id) => id.startsWith('stichtse-vecht')) ?? sampleIds[0]!;

function loadSample(id: string): Scenario {
  const result = parseScenarioText(readFileSync(resolve(SAMPLES_DIR, `${id}.vcscenario.json`), 'utf8'));
  if (!result.ok) throw new Error(`sample ${id} is invalid`);
  return result.value;
}

/** Intl writes a no-break space between € and the digits. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

async function yearTableOnScreen(page: Page): Promise<string[][]> {
  const table = page.getByTestId('year-table');
  await table.waitFor();
  return table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
}

/** The year table as the engine has it, formatted as the table formats it. */
function expectedYearTable(scenario: Scenario, unit: 'euro' | 'thousand', lang: 'nl' | 'en' = 'nl'): string[][] {
  return yearRows(project(scenario), unit).map((row) =>
    row.values.map((v) =>
      v === null ? '—' : formatMoney(v, { lang, unit, symbol: false, sign: row.kind === 'gap' ? 'always' : 'auto' }),
    ),
  );
}

/** Tall enough that the whole column shows above the sticky history bar. */
const TALL = { width: 1440, height: 2000 };

async function panelShot(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.locator('.projection-panel').screenshot({ path: resolve(RESULTS_DIR, `${name}.png`) });
}

describeInBrowser('the projection column in Chromium', () => {
  let session: BrowserSession;
  afterEach(async () => {
    await session?.close();
  });

  it.each(sampleIds)('shows the engine’s year table for sample %s, in euros and in thousands', async (id) => {
    session = await openApp(`?sample=${id}`);
    const { page } = session;
    const scenario = loadSample(id);
    const p = project(scenario);
    expect(await yearTableOnScreen(page)).toEqual(expectedYearTable(scenario, 'euro'));
    // In the euro table every figure is project()'s own.
    const onScreen = await yearTableOnScreen(page);
    expect(onScreen[2]).toEqual(p.savings.total.map((v) => formatMoney(v, { lang: 'nl', unit: 'euro', symbol: false })));
    expect(onScreen[0]).toEqual(p.baseline.total.map((v) => formatMoney(v, { lang: 'nl', unit: 'euro', symbol: false })));

    await page.getByRole('button', { name: 'Bedragen × € 1.000' }).click();
    await page.getByTestId('year-table').locator('caption', { hasText: '× € 1.000' }).waitFor();
    expect(await yearTableOnScreen(page)).toEqual(expectedYearTable(scenario, 'thousand'));
    expect(session.foreignRequests).toEqual([]);
  });

  it('explains a focused cell with the engine’s steps, closes on Escape, and moves with the arrow keys', async () => {
    session = await openApp(`?sample=${SAMPLE}`, { width: 1440, height: 1400 });
    const { page } = session;
    const scenario = loadSample(SAMPLE);
    const p = project(scenario);
    const last = p.years.length - 1;
    const table = page.getByTestId('year-table');
    await table.waitFor();
    // Tab into the table: one tab stop, on the first cell.
    await table.locator('td[tabindex="0"]').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    const focused = page.locator('td:focus');
    expect(await focused.getAttribute('data-r')).toBe('2');
    expect(await focused.getAttribute('data-c')).toBe(String(last));
    const tip = page.getByRole('tooltip');
    await tip.waitFor();
    const engine = explain(scenario, { figure: 'savings', year: p.years[last]! });
    const text = plain((await tip.textContent()) ?? '');
    expect(text).toContain(plain(render('nl', engine.title)));
    expect(text).toContain(plain(formatMoney(engine.value!, { lang: 'nl' })));
    for (const step of engine.steps) expect(text).toContain(plain(render('nl', step.label)));
    expect(await focused.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
    expect(await focused.getAttribute('data-r')).toBe('2');

    // Hover shows another cell's explanation; the pointer can move onto it (WCAG 1.4.13).
    const measureCell = table.locator(`td[data-r="4"][data-c="${last}"]`);
    await measureCell.hover();
    await tip.waitFor();
    const measure = explain(scenario, { figure: 'measure', measureId: p.measures[0]!.id, year: p.years[last]! });
    expect(plain((await tip.textContent()) ?? '')).toContain(plain(render('nl', measure.title)));
    const box = (await tip.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.waitForTimeout(300);
    expect(await tip.isVisible()).toBe(true);
  });

  it('switches tabs from the keyboard; axe finds nothing on any tab; screenshots in Dutch', async () => {
    session = await openApp(`?sample=${SAMPLE}`, TALL);
    const { page } = session;
    const scenario = loadSample(SAMPLE);
    const p = project(scenario);
    await page.getByTestId('year-table').waitFor();
    const tabs = page.getByRole('tab');
    expect(await tabs.allTextContents()).toEqual(['Besparing', 'Kosten', 'Per partner', 'Onzekerheid']);

    expect(await axeViolations(page)).toEqual([]);
    await panelShot(page, 'projection-savings-nl');

    await page.getByRole('tab', { name: 'Besparing' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Kosten' }).getAttribute('aria-selected')).toBe('true');
    await page.getByTestId('costs-table').waitFor();
    await page.locator('[data-testid="costs-chart"] canvas').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await panelShot(page, 'projection-costs-nl');

    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Per partner' }).getAttribute('aria-selected')).toBe('true');
    const partners = page.getByTestId('partner-table');
    await partners.waitFor();
    // The largest cut over all years first: the engine's organisation with the most negative
    // change summed over the horizon; its first row is all years together (#21 item 4).
    const change = (r: (typeof p.breakdown.organisation)[number]) => r.scenario.reduce((a, v, i) => a + v - r.baseline[i]!, 0);
    const byChange = [...p.breakdown.organisation].sort((a, b) => change(a) - change(b));
    const firstRow = partners.locator('tbody tr').first();
    expect(await firstRow.locator('th').textContent()).toContain(byChange[0]!.key ?? '(geen organisatie)');
    expect(await firstRow.locator('td').nth(2).textContent()).toBe(
      formatMoney(change(byChange[0]!), { lang: 'nl', unit: 'euro', symbol: false, sign: 'always' }),
    );
    await firstRow.locator('td').nth(2).focus();
    await page.getByRole('tooltip').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await panelShot(page, 'projection-partners-nl');
    await page.keyboard.press('Escape');
    await page.getByRole('tooltip').waitFor({ state: 'hidden' });
  });

  it('speaks English from the header’s EN button; axe finds nothing on any tab; screenshots in English', async () => {
    session = await openApp(`?sample=${SAMPLE}`, TALL);
    const { page } = session;
    const scenario = loadSample(SAMPLE);
    await page.getByTestId('year-table').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Savings' }).click();
    await page.getByTestId('year-table').waitFor();
    expect(await yearTableOnScreen(page)).toEqual(expectedYearTable(scenario, 'euro', 'en'));
    expect(await axeViolations(page)).toEqual([]);
    await panelShot(page, 'projection-savings-en');
    await page.getByRole('tab', { name: 'Costs' }).click();
    await page.getByTestId('costs-table').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await panelShot(page, 'projection-costs-en');
    await page.getByRole('tab', { name: 'Per partner' }).click();
    await page.getByTestId('partner-table').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await panelShot(page, 'projection-partners-en');

    // Thousands, cumulative: still nothing for axe.
    await page.getByRole('tab', { name: 'Savings' }).click();
    await page.getByRole('button', { name: 'Amounts × €1,000' }).click();
    await page.getByRole('button', { name: 'Cumulative' }).click();
    await page.locator('canvas[aria-label^="Cumulative savings"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await panelShot(page, 'projection-cumulative-thousands-en');
  });

  it('draws the savings chart in a drag as chart.js draws the same figures on the same axis', async () => {
    session = await openApp(`?sample=${SAMPLE}`);
    const { page } = session;
    await page.getByTestId('savings-chart').getByRole('img').waitFor();
    await page.waitForTimeout(SETTLE_MS * 2);
    expectSameDrawing(await dragDrawings(page), 'exact');
  });

  it('draws the large scenario’s chart in a drag, its Monte Carlo band over the bars, as chart.js draws it', async () => {
    session = await openApp('?generate=large');
    const { page } = session;
    await page.getByTestId('savings-chart').getByRole('img').waitFor();
    // The band computed, not on its way: the drag begins from a chart that holds still.
    await page.locator('[data-testid="band-note"]:not([aria-busy])').waitFor();
    expect(await page.locator('[data-testid="savings-chart"] canvas').getAttribute('aria-label')).toContain('bandbreedte');
    await page.waitForTimeout(SETTLE_MS * 2);
    // Down first: the way back up stays on the axis fitted at the first move (as measure 1 shrinks,
    // what the measures below it cost grows), so the whole drag draws on that axis.
    // Two of chart.js's own drawings of the same figures here already differed by up to 5 of 255
    // at a few dozen antialiased edge pixels before the still series were drawn apart (measured).
    expectSameDrawing(await dragDrawings(page, -1), 'composited');
  });
});

/**
 * The series over the moving ones that do not move (the target, the band) come back in a live
 * drawing as an image of them drawn apart: composited, not drawn in place, an antialiased edge or
 * the band's translucent fill may round differently, by a few of 255 in a channel. A bar, line or
 * marker out of place differs by far more.
 */
const COMPOSITED = { largest: 8, share: 0.01 };

interface Difference {
  /** Channel values (RGB, as shown on the white card) that differ. */
  values: number;
  /** Their share of all channel values. */
  share: number;
  /** The largest difference, of 255 (to two decimals). */
  largest: number;
}

interface DragDrawings {
  /** Each move within SETTLE_MS of the one before, on the page's clock: a drag, or the comparison proves nothing. */
  quick: boolean;
  slowest: number;
  /** The live drawing of the first move's figures against chart.js's drawing of them. */
  live: Difference;
  /** The move back against the first: other figures, another drawing. */
  back: Difference;
  /** chart.js's update once the edits rest, against its drawing of the same figures. */
  settled: Difference;
}

/**
 * In one go (a drag is quicker than SETTLE_MS): a first move (`first` steps) after a rest takes
 * chart.js's update, which fits the axis; back and forth again are live moves on that axis (the first
 * copies the axes and draws the still series apart, the second puts both back); once the edits
 * rest, chart.js's update.
 */
async function dragDrawings(page: Page, first: 1 | -1 = 1): Promise<DragDrawings> {
  return page.evaluate(async ({ settle, first }) => {
    const slider = document.querySelector<HTMLInputElement>('input[type="range"]')!;
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="savings-chart"] canvas')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    // A copy now, compared later: reading the pixels takes longer than a drag allows between moves.
    const copy = () => {
      const c = document.createElement('canvas');
      c.width = canvas.width;
      c.height = canvas.height;
      c.getContext('2d')!.drawImage(canvas, 0, 0);
      return c;
    };
    // The drag runs on a clock of its own: one frame (16 ms) passes per move, and the app's timers
    // of 50 ms or more (the settling after SETTLE_MS) wait for it. Whether moves count as one drag
    // is the app's reading of performance.now() and of those timers; on a loaded machine a frame
    // and a copy of the canvas took longer than SETTLE_MS of wall time, and the drag fell apart (#25).
    const realNow = performance.now.bind(performance);
    const realSetTimeout = window.setTimeout.bind(window);
    const realClearTimeout = window.clearTimeout.bind(window);
    let clock = realNow();
    const held = new Map<number, { at: number; run: () => void }>();
    let nextId = 1 << 30;
    performance.now = () => clock;
    window.setTimeout = ((run: (...a: unknown[]) => void, ms = 0, ...args: unknown[]) => {
      if (ms < 50) return realSetTimeout(run, ms, ...args);
      const id = nextId++;
      held.set(id, { at: clock + ms, run: () => run(...args) });
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined && held.has(id)) held.delete(id);
      else realClearTimeout(id);
    }) as typeof window.clearTimeout;
    let last = clock;
    let slowest = 0;
    const move = async (steps: number) => {
      clock += 16;
      slowest = Math.max(slowest, clock - last);
      last = clock;
      setValue.call(slider, String(Number(slider.value) + steps * Number(slider.step || 1)));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
      return copy();
    };
    let fitted: HTMLCanvasElement;
    let back: HTMLCanvasElement;
    let live: HTMLCanvasElement;
    try {
      fitted = await move(first);
      back = await move(-first);
      live = await move(first);
    } finally {
      // The real clock again (it is ahead: the edits have rested); the held timers run when due.
      performance.now = realNow;
      window.setTimeout = realSetTimeout as typeof window.setTimeout;
      window.clearTimeout = realClearTimeout as typeof window.clearTimeout;
      for (const { at, run } of held.values()) realSetTimeout(run, Math.max(0, at - clock));
    }
    const quick = slowest < settle;
    await new Promise((done) => setTimeout(done, settle * 2));
    // As the chart shows on its card (white): getImageData un-premultiplies, so a faint pixel's
    // colour alone can differ by ten where what shows differs by one.
    const shown = (c: HTMLCanvasElement) => {
      const rgba = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      const rgb = new Float64Array((rgba.length / 4) * 3);
      for (let p = 0; p < rgba.length / 4; p++) {
        const alpha = rgba[p * 4 + 3]! / 255;
        for (let k = 0; k < 3; k++) rgb[p * 3 + k] = rgba[p * 4 + k]! * alpha + 255 * (1 - alpha);
      }
      return rgb;
    };
    const compare = (a: HTMLCanvasElement, b: HTMLCanvasElement) => {
      const x = shown(a);
      const y = shown(b);
      let values = 0;
      let largest = 0;
      for (let i = 0; i < x.length; i++) {
        const d = Math.abs(x[i]! - y[i]!);
        if (d > 0) values++;
        largest = Math.max(largest, d);
      }
      return { values, share: values / x.length, largest: Math.round(largest * 100) / 100 };
    };
    return { quick, slowest, live: compare(live, fitted), back: compare(back, fitted), settled: compare(copy(), fitted) };
  }, { settle: SETTLE_MS, first });
}

/** The live drawing within COMPOSITED of chart.js's; chart.js's own two drawings `settled` alike. */
function expectSameDrawing(drawings: DragDrawings, settled: 'exact' | 'composited'): void {
  expect({ quick: drawings.quick, slowest: drawings.slowest }).toEqual({ quick: true, slowest: expect.any(Number) });
  // The move back drew other figures: the comparison sees a difference where there is one.
  expect(drawings.back.largest).toBeGreaterThan(100);
  expect(drawings.live.largest).toBeLessThanOrEqual(COMPOSITED.largest);
  expect(drawings.live.share).toBeLessThanOrEqual(COMPOSITED.share);
  if (settled === 'exact') expect(drawings.settled).toEqual({ values: 0, share: 0, largest: 0 });
  else {
    expect(drawings.settled.largest).toBeLessThanOrEqual(COMPOSITED.largest);
    expect(drawings.settled.share).toBeLessThanOrEqual(COMPOSITED.share);
  }
}
