// The workshop's details (#24 items 9 and 10), in real Chromium: what a user saw on screen.
import type { Page } from 'playwright-core';
import { SCENARIO_COLOURS } from '../../shared/compare/palette';
import { formatMoney, formatMoneyWithUnit } from '../../shared/format/money';
import { catalogue } from '../../shared/i18n/text';
import { MEASURE_COLOURS } from '../../shared/palette';
import { axeViolations, describeInBrowser, openApp, screenshot, WORKSHOP_SIZES, type BrowserSession } from './support';

jest.setTimeout(120_000);

const SAMPLE = 'stichtse-vecht-vitale-coalitie';

/** Two animation frames: React's commit, chart.js's drawing after it. */
async function frames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** `#0072B2` as the browser reports a computed colour: `rgb(0, 114, 178)`. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

interface SavingsColours {
  /** The legend's measures, in its order: name and swatch colour. */
  legend: { name: string; colour: string }[];
  /** The measure colours in a bar, bottom to top, as most of the bars' columns of pixels show them. */
  stack: string[];
}

/**
 * The colours of the savings chart as drawn: for each column of the canvas's pixels, the runs of
 * exact palette colours from the bottom up (a segment's edges, blended, are left out); the stack
 * is the sequence most columns show. And the legend's swatches beside it.
 */
async function savingsColours(page: Page): Promise<SavingsColours> {
  await frames(page);
  return page.getByTestId('savings-chart').evaluate((figure, palette) => {
    const legend = [...figure.querySelectorAll('.projection-legend li')].flatMap((li) => {
      const swatch = li.querySelector<HTMLElement>('.projection-legend__swatch');
      const colour = swatch ? getComputedStyle(swatch).backgroundColor : '';
      return palette.includes(colour) ? [{ name: (li.textContent ?? '').trim(), colour }] : [];
    });
    const canvas = figure.querySelector('canvas') as HTMLCanvasElement;
    const { width, height } = canvas;
    const pixels = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, width, height).data;
    const counts = new Map<string, number>();
    for (let x = 0; x < width; x++) {
      const runs: string[] = [];
      for (let y = height - 1; y >= 0; y--) {
        const p = (y * width + x) * 4;
        if (pixels[p + 3] !== 255) continue;
        const colour = `rgb(${pixels[p]}, ${pixels[p + 1]}, ${pixels[p + 2]})`;
        if (palette.includes(colour) && runs.at(-1) !== colour) runs.push(colour);
      }
      if (runs.length > 0) counts.set(runs.join('|'), (counts.get(runs.join('|')) ?? 0) + 1);
    }
    const [stack] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [''];
    return { legend, stack: stack === '' ? [] : stack.split('|') };
  }, MEASURE_COLOURS.map(rgb));
}

/** WCAG's contrast ratio of two computed colours (`rgb(…)`, `rgba(…)` taken as opaque). */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describeInBrowser('the workshop’s details in Chromium', () => {
  let session: BrowserSession;
  afterEach(async () => {
    await session?.close();
  });

  it('item 9: a measure keeps its colour when another is switched off or moved, in the bars as in the legend', async () => {
    session = await openApp(`?sample=${SAMPLE}`, { width: 1366, height: 1400 });
    const { page } = session;
    const chart = page.getByTestId('savings-chart');
    await chart.locator('.projection-legend').waitFor();
    const [blue, orange, green] = MEASURE_COLOURS.map(rgb);
    const jeugdPunt = 'Jeugd-Punt: subsidie sportcombinatiefunctionaris stopt';
    const welzijn = 'Welzijn Stichtse Vecht: korting, maatschappelijke stages en Beursvloer stoppen';
    const kwadraad = 'Kwadraad maatschappelijk werk: korting';

    const start = await savingsColours(page);
    expect(start.legend).toEqual([
      { name: jeugdPunt, colour: blue },
      { name: welzijn, colour: orange },
      { name: kwadraad, colour: green },
    ]);
    expect(start.stack).toEqual(start.legend.map((m) => m.colour));

    // The first measure off: the others keep their colours, in the legend and in the bars.
    await page.getByRole('switch', { name: jeugdPunt }).click();
    await chart.locator('.projection-legend li', { hasText: jeugdPunt }).waitFor({ state: 'detached' });
    const off = await savingsColours(page);
    expect(off.legend).toEqual([
      { name: welzijn, colour: orange },
      { name: kwadraad, colour: green },
    ]);
    expect(off.stack).toEqual([orange, green]);

    // Moved up, Kwadraad takes the second place and its colour; the bars follow the legend.
    await page.getByRole('button', { name: `${kwadraad} omhoog` }).click();
    await page.waitForFunction(
      (name) => document.querySelector('[data-testid="savings-chart"] .projection-legend li')?.textContent?.trim() === name,
      kwadraad,
    );
    const moved = await savingsColours(page);
    expect(moved.legend).toEqual([
      { name: kwadraad, colour: orange },
      { name: welzijn, colour: green },
    ]);
    expect(moved.stack).toEqual([orange, green]);

    // The year table's swatches say the same.
    const swatches = await page
      .getByTestId('year-table')
      .locator('.projection-swatch')
      .evaluateAll((spans) => spans.map((s) => getComputedStyle(s).backgroundColor));
    expect(swatches).toEqual([orange, green]);
  });

  it('item 9: the compare chart draws each scenario in its legend’s colour, also after one is left out', async () => {
    session = await openApp(`?sample=${SAMPLE}`, { width: 1366, height: 1000 });
    const { page } = session;
    const tabs = page.getByRole('navigation', { name: 'Geopende scenario’s' });
    // Three scenarios whose lines lie apart: the sample, one measure off, another one off.
    for (const [n, measure] of [[2, 'Jeugd-Punt'], [3, 'Kwadraad']] as const) {
      await tabs.getByRole('button', { name: 'Variant maken' }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(`variant ${n}$`) }).waitFor();
      await page.getByRole('switch', { name: new RegExp(`^${measure}`) }).click();
    }
    await tabs.getByRole('button', { name: 'Vergelijken (3)' }).click();
    const chart = page.getByTestId('compare-chart');
    await chart.waitFor();
    const colours = async () => {
      await frames(page);
      return chart.evaluate((figure, palette) => {
        const legend = [...figure.querySelectorAll('.compare-legend li svg line')].map((l) => getComputedStyle(l).stroke).filter((c) => palette.includes(c));
        const canvas = figure.querySelector('canvas') as HTMLCanvasElement;
        const pixels = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, canvas.width, canvas.height).data;
        const drawn = new Set<string>();
        for (let p = 0; p < pixels.length; p += 4) {
          const colour = `rgb(${pixels[p]}, ${pixels[p + 1]}, ${pixels[p + 2]})`;
          if (pixels[p + 3] === 255 && palette.includes(colour)) drawn.add(colour);
        }
        return { legend: [...new Set(legend)].sort(), drawn: [...drawn].sort() };
      }, SCENARIO_COLOURS.map(rgb));
    };
    const three = await colours();
    expect(three.drawn).toEqual(three.legend);
    expect(three.drawn).toHaveLength(3);
    await page.getByRole('checkbox', { name: /variant 2$/ }).uncheck();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="compare-chart"] .compare-legend li').length < 4);
    const two = await colours();
    expect(two.drawn).toEqual(two.legend);
    expect(two.drawn).toHaveLength(2);
  });
  it('item 10a: the active “Vergelijken” button keeps at least 4.5:1 when hovered, pressed and focused', async () => {
    session = await openApp(`?sample=${SAMPLE}`, { width: 1366, height: 768 });
    const { page } = session;
    const tabs = page.getByRole('navigation', { name: 'Geopende scenario’s' });
    await tabs.getByRole('button', { name: 'Vergelijken (1)' }).click();
    const button = tabs.getByRole('button', { name: 'Vergelijken (1)' });
    await page.getByRole('heading', { level: 2, name: 'Open ten minste twee scenario’s om te vergelijken.' }).waitFor();
    expect(await button.getAttribute('aria-current')).toBe('page');
    const colours = () => button.evaluate((b) => ({ fg: getComputedStyle(b).color, bg: getComputedStyle(b).backgroundColor }));
    const states: Record<string, number> = {};
    await page.mouse.move(0, 0);
    const rest = await colours();
    states.rest = contrast(rest.fg, rest.bg);
    await button.hover();
    const hover = await colours();
    states.hover = contrast(hover.fg, hover.bg);
    expect(hover.bg).not.toBe(rest.bg);
    await page.mouse.down();
    const active = await colours();
    states.active = contrast(active.fg, active.bg);
    await page.mouse.up();
    await page.mouse.move(0, 0);
    await button.focus();
    const focus = await colours();
    states.focus = contrast(focus.fg, focus.bg);
    for (const [state, ratio] of Object.entries(states)) expect({ state, ok: ratio >= 4.5 }).toEqual({ state, ok: true });
    // axe, with the pointer on it.
    await button.hover();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('item 10b: the history bar lies over the tables’ sticky labels, not under them', async () => {
    session = await openApp(`?sample=${SAMPLE}`, { width: 1366, height: 768 });
    const { page } = session;
    await page.getByTestId('year-table').waitFor();
    await page.getByRole('button', { name: 'Alles openklappen' }).click();
    await page.locator('.baseline-lines__name').first().waitFor();
    // One of each kind of sticky label (the baseline's tables, the year table), scrolled in turn
    // until it stands half under the history bar: the bar is what shows there.
    const found = await page.evaluate(() => {
      const bar = document.querySelector('.history-bar') as HTMLElement;
      const kinds = new Map<string, HTMLElement>();
      for (const el of document.querySelectorAll<HTMLElement>('th, td')) {
        if (getComputedStyle(el).position === 'sticky') kinds.set(el.className || el.tagName, kinds.get(el.className || el.tagName) ?? el);
      }
      return [...kinds].map(([kind, el]) => {
        window.scrollBy(0, el.getBoundingClientRect().top - bar.getBoundingClientRect().top + 8);
        const b = bar.getBoundingClientRect();
        const t = el.getBoundingClientRect();
        const under = t.bottom > b.top + 4 && t.top < b.top + 4;
        return { kind, under, barOnTop: document.elementFromPoint(t.left + 10, b.top + 4)?.closest('.history-bar') !== null };
      });
    });
    expect(found.map((f) => f.kind)).toEqual(expect.arrayContaining(['baseline-lines__name', 'baseline-table__rowhead']));
    for (const f of found) expect(f).toEqual({ kind: f.kind, under: true, barOnTop: true });
  });
  it.each(WORKSHOP_SIZES)('item 10f: measure names break between words only, at $width × $height', async (size) => {
    session = await openApp(`?sample=${SAMPLE}`, size);
    const { page } = session;
    await page.locator('.measures-row__name').first().waitFor();
    // Per name, the characters that begin a new line, with the one before: a space or a hyphen.
    const breaks = await page.locator('.measures-row__name').evaluateAll((names) =>
      names.flatMap((name) => {
        const text = name.firstChild as Text;
        const range = document.createRange();
        const out: { name: string; before: string; at: string }[] = [];
        let top = Number.NaN;
        for (let i = 0; i < text.length; i++) {
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || rect.width === 0) continue;
          if (rect.top > top + 2 && i > 0) out.push({ name: text.data, before: text.data[i - 1] as string, at: text.data.slice(i - 3, i + 3) });
          top = rect.top;
        }
        return out;
      }),
    );
    expect(breaks.length).toBeGreaterThan(0);
    expect(breaks.filter((b) => b.before !== ' ' && b.before !== '-')).toEqual([]);
    await screenshot(page, `details-measure-names-${size.width}`);
  });
  it('item 10g: an amount never breaks across lines, its sign, € and unit included (nl and en)', async () => {
    session = await openApp(`?sample=${SAMPLE}`, { width: 1366, height: 768 });
    const { page } = session;
    const amounts = (['nl', 'en'] as const).flatMap((lang) => [
      formatMoney(-87_150, { lang }),
      formatMoney(87_150, { lang, sign: 'always' }),
      formatMoney(-38_000.5, { lang, digits: 2 }),
      formatMoneyWithUnit(-1_026_051, { lang, unit: 'thousand' }),
      formatMoneyWithUnit(974_000, { lang, unit: 'thousand' }),
      catalogue(lang).app.unitThousand.replace(/^\S+ /, ''),
    ]);
    // Each in a box one pixel wide: every place the browser may break it starts a new line.
    const lines = await page.evaluate((texts) => {
      const box = document.createElement('div');
      box.style.cssText = 'width: 1px; font: 16px sans-serif;';
      document.body.append(box);
      const out = texts.map((text) => {
        box.textContent = `(${text})`;
        const node = box.firstChild as Text;
        const range = document.createRange();
        const parts: string[] = [];
        let top = Number.NaN;
        for (let i = 0; i < node.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          if (!(rect.top <= top + 2)) parts.push('');
          top = rect.top;
          parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''}${node.data[i] ?? ''}`;
        }
        return parts;
      });
      box.remove();
      return out;
    }, amounts);
    expect(lines).toEqual(amounts.map((a) => [`(${a})`]));
  });
  it.each(WORKSHOP_SIZES)('item 10h: the Gemeente and Auteur fields show the sample’s whole names, at $width × $height', async (size) => {
    session = await openApp(`?sample=${SAMPLE}`, size);
    const { page } = session;
    await page.getByTestId('year-table').waitFor();
    await page.getByRole('button', { name: 'Scenario', exact: true }).click();
    for (const name of ['Gemeente', 'Auteur']) {
      const field = page.getByRole('textbox', { name, exact: true });
      const fits = await field.evaluate((input: HTMLInputElement) => ({
        value: input.value,
        whole: input.scrollWidth <= input.clientWidth,
        wide: input.getBoundingClientRect().width >= 320,
      }));
      expect(fits).toEqual({ value: fits.value, whole: true, wide: true });
    }
  });
  it.each(WORKSHOP_SIZES)('item 10i: the export dialog keeps its buttons in view, and offers Sluiten once the file is ready, at $width × $height', async (size) => {
    session = await openApp(`?sample=${SAMPLE}`, size);
    const { page } = session;
    await page.getByTestId('year-table').waitFor();
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Exporteren' });
    await dialog.waitFor();
    // CSV shows the most options (its table and style too).
    await dialog.getByRole('radio', { name: /^CSV/ }).check();
    const inView = (name: string) =>
      dialog.getByRole('button', { name, exact: true }).evaluate((button) => {
        const r = button.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return r.top >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth && top === button;
      });
    expect({ cancel: await inView('Annuleren'), save: await inView('Opslaan') }).toEqual({ cancel: true, save: true });
    // The options scroll within the dialog: the last of them can be reached.
    const last = dialog.getByRole('radio', { name: /^Internationaal/ });
    await last.scrollIntoViewIfNeeded();
    expect(await last.isVisible()).toBe(true);
    expect({ cancel: await inView('Annuleren'), save: await inView('Opslaan') }).toEqual({ cancel: true, save: true });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await download;
    await dialog.getByText(/ is klaar\.$/).waitFor();
    expect(await dialog.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.textContent))).toEqual(['Sluiten']);
    expect(await inView('Sluiten')).toBe(true);
    await screenshot(page, `details-export-done-${size.width}`);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
  });
  it('item 10k: the amount slider’s keys step from the exact amount: € 47.850 comes back by keyboard', async () => {
    session = await openApp(`?sample=${SAMPLE}`, { width: 1366, height: 768 });
    const { page } = session;
    const name = 'Kwadraad maatschappelijk werk: korting';
    const slider = page.getByRole('slider', { name: `Bedrag per jaar ${name}` });
    const field = page.getByRole('textbox', { name: `Bedrag per jaar ${name}` });
    // Its range: € 0 … € 1.000.000 in steps of € 10.000; the sample's amount is off that grid.
    expect([await slider.getAttribute('max'), await slider.getAttribute('step')]).toEqual(['1000000', '10000']);
    const fieldId = (await field.getAttribute('id')) ?? '';
    const amount = async () => (await field.inputValue()).replace(/\D/g, '');
    /** Waits until the amount field no longer shows `was` (the key's edit committed), and reads it. */
    const after = async (was: string) => {
      await page.waitForFunction(([id, old]) => (document.getElementById(id) as HTMLInputElement).value.replace(/\D/g, '') !== old, [fieldId, was] as const);
      return amount();
    };
    expect(await amount()).toBe('47850');
    await slider.focus();
    const pressed: Record<string, string> = {};
    for (const key of ['ArrowRight', 'ArrowLeft', 'PageUp', 'PageDown', 'ArrowDown', 'ArrowUp', 'End', 'Home']) {
      const before = await amount();
      await page.keyboard.press(key);
      pressed[key] = await after(before);
    }
    expect(pressed).toEqual({
      ArrowRight: '57850',
      ArrowLeft: '47850',
      PageUp: '147850',
      PageDown: '47850',
      ArrowDown: '37850',
      ArrowUp: '47850',
      End: '1000000',
      Home: '0',
    });
  });

  it.each(WORKSHOP_SIZES.flatMap((size) => (['nl', 'en'] as const).map((lang) => ({ ...size, lang }))))(
    'the editor at $width × $height in $lang: screenshots, and axe finds nothing',
    async ({ width, height, lang }) => {
      session = await openApp(`?sample=${SAMPLE}&lang=${lang}`, { width, height });
      const { page } = session;
      await page.getByTestId('year-table').waitFor();
      await page.getByTestId('savings-chart').getByRole('img').waitFor();
      await page.mouse.move(0, 0);
      await screenshot(page, `details-editor-${width}-${lang}`);
      if (width === 1366) expect(await axeViolations(page)).toEqual([]);
    },
  );
});
