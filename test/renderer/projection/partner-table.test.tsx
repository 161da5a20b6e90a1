// The per-partner view: per organisation (or group, kind, taakveld) a block of every year of the
// horizon and the years together, sorted by the change over all years (the largest cut first),
// adding up to the year table, with Iv3 names, a choice of one partner, explanations and a CSV.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { project } from '../../../shared/engine/project';
import { formatMoney, formatPercent } from '../../../shared/format/money';
import { parseLocaleNumber } from '../../../shared/format/parse-number';
import { loadScenarioFile, renderWithPlatform, resetWith, voorbeeld } from './helpers';

const num = (text: string) => {
  const parsed = parseLocaleNumber(text.replace('+', ''), 'nl');
  if (!parsed) throw new Error(`not a number: ${text}`);
  return parsed.value;
};
const cell = (v: number, sign: 'auto' | 'always' = 'auto') => formatMoney(v, { lang: 'nl', unit: 'euro', symbol: false, sign });
const stichtseVecht = () => loadScenarioFile('scenarios/stichtse-vecht-vitale-coalitie.vcscenario.json');

async function openPartners() {
  await userEvent.click(screen.getByRole('tab', { name: 'Per partner' }));
  return screen.getByTestId('partner-table');
}

interface Block {
  name: string;
  /** The row's sub-line: "2021–2025 samen · 1 regel". */
  sub: string;
  span: string[];
  years: { year: string; cells: string[] }[];
  /** Row indices in the grid (data-r) of the block's first row. */
  row: number;
}

/** The table in blocks: a partner's row of all years together, then one row per year. */
function blocks(table: HTMLElement): Block[] {
  const out: Block[] = [];
  [...table.querySelectorAll('tbody tr')].forEach((tr, row) => {
    const th = tr.querySelector('th')!;
    const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '');
    const first = th.firstChild?.textContent ?? '';
    if (tr.classList.contains('is-block')) out.push({ name: first, sub: th.querySelector('.projection-row-sub')?.textContent ?? '', span: cells, years: [], row });
    else out.at(-1)!.years.push({ year: first, cells });
  });
  return out;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('per partner, every year', () => {
  it('shows each organisation over every year of the horizon, the largest cut over all years first, from the engine’s breakdown', async () => {
    const scenario = stichtseVecht();
    resetWith(scenario);
    renderWithPlatform();
    const table = await openPartners();
    const p = project(scenario);
    const all = blocks(table);
    const partners = all.slice(0, p.breakdown.organisation.length);
    const changes = partners.map((b) => num(b.span[2]!));
    expect(changes).toEqual([...changes].sort((a, b) => a - b));
    for (const block of partners) {
      const source = p.breakdown.organisation.find((r) => r.key === block.name);
      expect(source).toBeDefined();
      // Each year: before, after, the change in euros and per cent.
      expect(block.years.map((y) => y.year)).toEqual(p.years.map(String));
      block.years.forEach(({ cells }, y) => {
        const base = source!.baseline[y]!;
        const after = source!.scenario[y]!;
        expect(cells[0]).toBe(cell(base));
        expect(cells[1]).toBe(cell(after));
        expect(cells[2]).toBe(cell(after - base, 'always'));
        expect(cells[3]).toBe(formatPercent((after - base) / base, { lang: 'nl', digits: 1, sign: 'always' }));
      });
      // All years together: the sums.
      expect(block.span[0]).toBe(cell(sum(source!.baseline)));
      expect(block.span[2]).toBe(cell(sum(source!.scenario) - sum(source!.baseline), 'always'));
      expect(block.sub).toBe('2021–2025 samen · 1 regel');
    }
    // The cuts of the Kadernota 2022, per partner, from 2022 on: nothing in 2021.
    expect(partners[0]!.name).toBe('Welzijn Stichtse Vecht');
    expect(partners[0]!.years.map((y) => y.cells[2])).toEqual(['0', '−87.150', '−87.150', '−87.150', '−87.150']);
    expect(partners[0]!.span[2]).toBe('−348.600');
    const total = all.at(-1)!;
    expect(total.name).toBe('Totaal');
    expect(total.years.map((y) => y.cells[2])).toEqual(p.savings.total.map((v) => cell(-v, 'always')));
    expect(total.span[2]).toBe(cell(-p.savings.cumulative.at(-1)!, 'always'));
    // A year's row names its partner for a screen reader.
    expect(within(table).getByRole('rowheader', { name: '2022 (Jeugd-Punt)' })).toBeInTheDocument();
  });

  it('groups lines without an organisation as “(geen organisatie)”; in thousands each year adds up to the year table and a block to its years', async () => {
    const scenario = voorbeeld();
    resetWith(scenario, { unit: 'thousand' });
    renderWithPlatform();
    const table = await openPartners();
    const all = blocks(table);
    expect(all.map((b) => b.name)).toEqual(['(geen organisatie)', 'Vaste besparingen (−) en kosten (+), niet aan een regel', 'Totaal']);
    expect(all[0]!.sub).toBe('2020–2023 samen · 4 regels');
    const [partner, fixed, total] = all as [Block, Block, Block];
    // Per year: the partner (+ the fixed row) = the total, in each column.
    total.years.forEach(({ cells }, y) => {
      const p = partner.years[y]!.cells;
      const f = fixed.years[y]!.cells;
      expect(num(p[0]!)).toBe(num(cells[0]!));
      expect(num(p[1]!) + num(f[1]!)).toBe(num(cells[1]!));
      expect(num(p[2]!) + num(f[2]!)).toBe(num(cells[2]!));
    });
    // …and the total is the year table's: 2023 baseline 6.144, savings 974.
    expect(total.years[3]!.cells[0]).toBe('6.144');
    expect(total.years[3]!.cells[2]).toBe('−974');
    expect(total.years[3]!.cells[1]).toBe(formatMoney(6144000 - 974000, { lang: 'nl', unit: 'thousand', symbol: false }));
    // All years together: the sum of the years shown under it.
    for (const block of all) {
      expect(num(block.span[2]!)).toBe(block.years.reduce((a, y) => a + num(y.cells[2]!), 0));
    }
    expect(table.querySelector('caption')).toHaveTextContent('„samen” is de som van de jaren eronder');
  });

  it('shows taakvelden with their Iv3 names and sorts them by change', async () => {
    resetWith(voorbeeld());
    renderWithPlatform();
    await openPartners();
    await userEvent.selectOptions(screen.getByLabelText('Indelen per'), 'taakveld');
    const names = blocks(screen.getByTestId('partner-table')).map((b) => b.name);
    expect(names).toContain('6.71 Maatwerkdienstverlening 18+');
    expect(names).toContain('6.1 Samenkracht en burgerparticipatie');
    expect(names).toContain('(geen taakveld)');
    expect(names[0]).toMatch(/^6\.71/);
  });

  it('shows one partner when chosen, and every partner again', async () => {
    resetWith(stichtseVecht());
    renderWithPlatform();
    await openPartners();
    await userEvent.selectOptions(screen.getByLabelText('Toon'), 'Jeugd-Punt');
    expect(blocks(screen.getByTestId('partner-table')).map((b) => b.name)).toEqual(['Jeugd-Punt']);
    await userEvent.selectOptions(screen.getByLabelText('Toon'), 'Alle organisaties');
    expect(blocks(screen.getByTestId('partner-table'))).toHaveLength(6);
  });

  it('explains a change in a year, and a change over all years, when the cell is focused', async () => {
    resetWith(stichtseVecht());
    renderWithPlatform();
    const table = await openPartners();
    // Row 0: Welzijn, all years; row 5: Welzijn 2025.
    const change = table.querySelector<HTMLElement>('td[data-r="5"][data-c="2"]')!;
    act(() => change.focus());
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('Welzijn Stichtse Vecht · Verandering 2025');
    expect(tip).toHaveTextContent('Verandering = scenario − basis');
    expect(tip).toHaveTextContent(/−\u2060€\s87\.150/);
    const baseline = table.querySelector<HTMLElement>('td[data-r="5"][data-c="0"]')!;
    act(() => baseline.focus());
    // One year, baseline: the engine's breakdown explanation, line by line.
    expect(screen.getByRole('tooltip')).toHaveTextContent(/Som van 1 afgeronde regel/);
    act(() => table.querySelector<HTMLElement>('td[data-r="0"][data-c="2"]')!.focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent('Welzijn Stichtse Vecht · Verandering 2021–2025 samen');
    expect(screen.getByRole('tooltip')).toHaveTextContent(/−\u2060€\s348\.600/);
  });

  it('downloads the per-partner CSV: every year of every partner, with the change in per cent', async () => {
    resetWith(stichtseVecht());
    const { platform } = renderWithPlatform();
    await openPartners();
    const section = screen.getByRole('region', { name: 'Wat het scenario per partner betekent' });
    await userEvent.click(within(section).getByRole('button', { name: /Download CSV/ }));
    const lines = platform.downloads[0]!.text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Organisatie (Bedragen in euro);Jaar;Basis;Scenario;Verandering;Verandering %');
    expect(lines[1]).toMatch(/^Welzijn Stichtse Vecht;2021–2025 samen;\d+;\d+;-348600;-\d+,\d+$/);
    expect(lines[2]).toBe('Welzijn Stichtse Vecht;2021;1000000;1000000;0;0');
    expect(lines[3]).toMatch(/^Welzijn Stichtse Vecht;2022;1019000;931850;-87150;-8,55$/);
  });
});
