// Comparing scenarios in the app, in real Chromium: two samples opened in tabs, and a variant made
// from the open one with a measure changed. The tables on the compare screen are checked against
// project() of the same scenarios, figure by figure; axe finds nothing; both languages.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { project } from '../../shared/engine/project';
import { formatMoney } from '../../shared/format/money';
import { parseScenarioText } from '../../shared/scenario/parse';
import type { Lang } from '../../shared/scenario/problems';
import type { Scenario } from '../../shared/scenario/schema';
import { saveExport, workbookNumbers } from './export-support';
import { axeViolations, describeInBrowser, openApp, REPO_ROOT, screenshot, type BrowserSession } from './support';

jest.setTimeout(120_000);

function loadSample(id: string): Scenario {
  const result = parseScenarioText(readFileSync(resolve(REPO_ROOT, 'scenarios', `${id}.vcscenario.json`), 'utf8'));
  if (!result.ok) throw new Error(`sample ${id} is invalid`);
  return result.value;
}

const cell = (value: number, lang: Lang, sign: 'auto' | 'always' = 'auto') => formatMoney(value, { lang, unit: 'euro', symbol: false, sign });

/** The rows of a compare table as text: [year, ...cells]. */
async function tableRows(page: Page, testId: string): Promise<string[][]> {
  return page.getByTestId(testId).locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => Array.from(row.querySelectorAll('th, td'), (c) => (c.textContent ?? '').trim())),
  );
}

/**
 * The per-year and cumulative tables say what the engine says for A and B over the years they
 * share: savings, cumulative savings from the first shared year, and B − A.
 */
async function expectTablesMatchEngine(page: Page, a: Scenario, b: Scenario, lang: Lang): Promise<number[]> {
  const pa = project(a);
  const pb = project(b);
  const years = pa.years.filter((y) => pb.years.includes(y));
  const perYear = await tableRows(page, 'compare-perYear-table');
  const cumulative = await tableRows(page, 'compare-cumulative-table');
  expect(perYear.map((r) => r[0])).toEqual(years.map(String));
  let sumA = 0;
  let sumB = 0;
  years.forEach((year, i) => {
    const sa = pa.savings.total[pa.years.indexOf(year)]!;
    const sb = pb.savings.total[pb.years.indexOf(year)]!;
    sumA += sa;
    sumB += sb;
    expect(perYear[i]!.slice(1, 4)).toEqual([cell(sa, lang), cell(sb, lang), cell(sb - sa, lang, 'always')]);
    expect(cumulative[i]!.slice(1, 4)).toEqual([cell(sumA, lang), cell(sumB, lang), cell(sumB - sumA, lang, 'always')]);
  });
  return years;
}

/** From the open default sample: a variant with its first cut by amount set to 0 (Home on its slider). */
async function makeVariant(page: Page, original: Scenario): Promise<Scenario> {
  await page.getByRole('heading', { level: 1, name: original.title }).waitFor();
  await page.getByRole('navigation', { name: 'Geopende scenario’s' }).getByRole('button', { name: 'Variant maken' }).click();
  const title = `${original.title} — variant 2`;
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  const cut = original.measures!.find((m) => m.type === 'cut' && m.amount !== undefined && m.enabled !== false)!;
  await page.getByRole('slider', { name: `Bedrag per jaar ${cut.name}` }).focus();
  await page.keyboard.press('Home');
  const variant: Scenario = {
    ...original,
    title,
    measures: original.measures!.map((m) => (m.id === cut.id && m.type === 'cut' ? { ...m, amount: 0 } : m)),
  };
  await page.waitForFunction(
    ([id, text]) => document.querySelector(`[data-testid="${id}"]`)?.textContent === text,
    ['headline-savings', formatMoney(project(variant).savings.total.at(-1)!, { lang: 'nl', unit: 'euro' })] as const,
  );
  return variant;
}

describeInBrowser('comparing scenarios in the app', () => {
  let session: BrowserSession;
  afterEach(async () => {
    await session?.close();
  });

  it('a variant of the open sample with one cut changed: the compare screen shows what changed and the engine’s figures', async () => {
    session = await openApp();
    const { page } = session;
    const original = loadSample('stichtse-vecht-vitale-coalitie');
    const variant = await makeVariant(page, original);
    const variantTitle = variant.title;
    const cut = original.measures!.find((m) => m.type === 'cut' && m.amount !== undefined && m.enabled !== false)!;
    const tabs = page.getByRole('navigation', { name: 'Geopende scenario’s' });

    // The tabs: the original has no unsaved changes, the variant has.
    await expect(tabs.getByRole('button', { name: original.title, exact: true }).count()).resolves.toBe(1);
    await expect(tabs.getByRole('button', { name: `${variantTitle} (niet opgeslagen wijzigingen)`, exact: true }).count()).resolves.toBe(1);

    await tabs.getByRole('button', { name: 'Vergelijken (2)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Scenario’s vergelijken' }).waitFor();
    await page.getByTestId('compare-perYear-table').waitFor();
    await expectTablesMatchEngine(page, original, variant, 'nl');
    const differences = (await page.getByTestId('compare-differences').textContent()) ?? '';
    expect(differences).toContain(cut.name);
    expect(await page.getByTestId('compare-stats-table').textContent()).toContain(cut.name);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'compare-variant-nl');

    // Leaving one out: fewer than two, and the screen says how to get more.
    await page.getByRole('checkbox', { name: new RegExp(variantTitle) }).uncheck();
    await page.getByText('Open ten minste twee scenario’s om te vergelijken.').waitFor();
    await page.getByRole('checkbox', { name: new RegExp(variantTitle) }).check();
    await page.getByTestId('compare-perYear-table').waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare scenarios' }).waitFor();
    await expectTablesMatchEngine(page, original, variant, 'en');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'compare-variant-en');

    // Back to a tab: its editor, with its own figures.
    await page.getByRole('navigation', { name: 'Open scenarios' }).getByRole('button', { name: original.title, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: original.title }).waitFor();
    expect(await page.getByTestId('headline-savings').textContent()).toBe(
      formatMoney(project(original).savings.total.at(-1)!, { lang: 'en', unit: 'euro' }),
    );
    expect(session.foreignRequests).toEqual([]);
  });

  it('with one tab open, the compare screen says how to get a second one, and makes a variant from there (keyboard only)', async () => {
    session = await openApp();
    const { page } = session;
    const original = loadSample('stichtse-vecht-vitale-coalitie');
    await page.getByRole('heading', { level: 1, name: original.title }).waitFor();
    const compare = page.getByRole('navigation', { name: 'Geopende scenario’s' }).getByRole('button', { name: 'Vergelijken (1)' });
    await compare.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Open ten minste twee scenario’s om te vergelijken.' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'compare-one-nl');
    await page.locator('main').getByRole('button', { name: 'Variant maken' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `${original.title} — variant 2` }).waitFor();
    await page.getByRole('navigation', { name: 'Geopende scenario’s' }).getByRole('button', { name: 'Vergelijken (2)' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('compare-perYear-table').waitFor();
    // A variant not yet changed: every difference is 0.
    const rows = await tableRows(page, 'compare-perYear-table');
    expect(rows.every((r) => r[3] === '0')).toBe(true);
  });

  it('two samples with different horizons: the screen says which years are compared, and the figures are the engine’s', async () => {
    session = await openApp();
    const { page } = session;
    const a = loadSample('stichtse-vecht-vitale-coalitie');
    const b = loadSample('zwolle-samenspel');
    await page.getByRole('heading', { level: 1, name: a.title }).waitFor();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: new RegExp(b.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first().click();
    await page.getByRole('heading', { level: 1, name: b.title }).waitFor();

    await page.getByRole('navigation', { name: 'Geopende scenario’s' }).getByRole('button', { name: 'Vergelijken (2)' }).click();
    await page.getByTestId('compare-perYear-table').waitFor();
    const years = await expectTablesMatchEngine(page, a, b, 'nl');
    const pa = project(a);
    const pb = project(b);
    if (pa.years.length !== years.length || pb.years.length !== years.length) {
      const note = (await page.getByTestId('compare-years-note').textContent()) ?? '';
      expect(note).toContain(String(years[0]));
      expect(note).toContain(String(years.at(-1)));
    }
    // Each partner of both scenarios is in the per-organisation table.
    const partners = (await page.getByTestId('compare-partners-table').textContent()) ?? '';
    for (const org of new Set([...a.lines, ...b.lines].map((l) => l.organisation).filter((o): o is string => !!o))) {
      expect(partners).toContain(org);
    }
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'compare-samples-nl');
    expect(session.foreignRequests).toEqual([]);
  });

  it('exports the comparison from the compare screen (Ctrl+E): CSV, XLSX, Markdown and PNG, each with the engine’s figures', async () => {
    session = await openApp();
    const { page } = session;
    const original = loadSample('stichtse-vecht-vitale-coalitie');
    const variant = await makeVariant(page, original);
    const pa = project(original);
    const pb = project(variant);
    await page.getByRole('navigation', { name: 'Geopende scenario’s' }).getByRole('button', { name: 'Vergelijken (2)' }).click();
    await page.getByTestId('compare-perYear-table').waitFor();
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Vergelijking exporteren' });
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'compare-export-nl');

    const csv = await saveExport(page, 'Vergelijking exporteren', /^CSV/);
    expect(csv.name).toBe(`Vergelijking van scenario’s - ${original.title.replace(/[:%]/g, (c) => (c === ':' ? ' ' : c)).replace(/\s+/g, ' ')} - per jaar.csv`);
    const rows = csv.bytes.toString('utf8').slice(1).split(/\r\n/).filter(Boolean).map((r) => r.split(';').map((c) => c.replace(/^"|"$/g, '')));
    const header = rows[0]!;
    const series = (label: string, name: string) => rows.find((r) => r[0] === label && r[2] === name)!;
    for (const [i, year] of pa.years.entries()) {
      const col = header.indexOf(String(year));
      expect(col).toBeGreaterThan(0);
      const num = (row: string[]) => Number(row[col]!.replace(/\./g, '').replace(',', '.'));
      expect(num(series('A', 'Besparing'))).toBe(pa.savings.total[i]);
      expect(num(series('B', 'Besparing'))).toBe(pb.savings.total[i]);
      expect(num(series('B', 'Verschil met A'))).toBe(pb.savings.total[i]! - pa.savings.total[i]!);
    }

    const xlsx = await saveExport(page, 'Vergelijking exporteren', /^Excel/);
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const { numbers } = await workbookNumbers(xlsx.bytes);
    for (const value of [...pa.savings.total, ...pb.savings.total, pa.savings.cumulative.at(-1)!, pb.savings.cumulative.at(-1)!]) expect(numbers).toContain(value);

    const md = (await saveExport(page, 'Vergelijking exporteren', /^Markdown/)).bytes.toString('utf8');
    expect(md).toContain(original.title);
    expect(md).toContain(variant.title);
    expect(md).toContain(formatMoney(pb.savings.total.at(-1)!, { lang: 'nl', unit: 'euro' }));

    const png = await saveExport(page, 'Vergelijking exporteren', /^Grafiek/);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1920);
    expect(session.foreignRequests).toEqual([]);
  });
});
