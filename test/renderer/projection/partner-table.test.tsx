// The per-partner view: one row per organisation (or group, kind, taakveld), sorted by the change
// (the largest cut first), adding up to the year table, with Iv3 names and explanations.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { project } from '../../../shared/engine/project';
import { formatMoney } from '../../../shared/format/money';
import { parseLocaleNumber } from '../../../shared/format/parse-number';
import { gridTexts, loadScenarioFile, renderWithPlatform, resetWith, voorbeeld } from './helpers';

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

describe('per partner', () => {
  it('lists each organisation in the last year, sorted by the change, the largest cut first', async () => {
    const scenario = stichtseVecht();
    resetWith(scenario);
    renderWithPlatform();
    const table = await openPartners();
    const p = project(scenario);
    const last = p.years.length - 1;
    const rows = gridTexts(table);
    const partners = rows.slice(0, p.breakdown.organisation.length);
    const changes = partners.map((r) => num(r.cells[2]!));
    expect(changes).toEqual([...changes].sort((a, b) => a - b));
    expect(changes[0]).toBeLessThan(0);
    // Every organisation's figures are the engine's breakdown.
    for (const row of partners) {
      const name = row.header.replace(/\d+ regels?$/, '');
      const source = p.breakdown.organisation.find((r) => (r.key ?? '(geen organisatie)') === name);
      expect(source).toBeDefined();
      expect(row.cells[0]).toBe(cell(source!.baseline[last]!));
      expect(row.cells[1]).toBe(cell(source!.scenario[last]!));
      expect(row.cells[2]).toBe(cell(source!.scenario[last]! - source!.baseline[last]!, 'always'));
    }
    // The cuts of the Kadernota 2022, per partner.
    expect(partners[0]!.header).toMatch(/^Welzijn Stichtse Vecht/);
    expect(partners[0]!.cells[2]).toBe('−87.150');
    expect(rows.at(-1)!.header).toBe('Totaal');
    expect(rows.at(-1)!.cells[2]).toBe(cell(-p.savings.total[last]!, 'always'));
  });

  it('groups lines without an organisation as “(geen organisatie)” and adds up to the year table in thousands', async () => {
    const scenario = voorbeeld();
    resetWith(scenario, { unit: 'thousand' });
    renderWithPlatform();
    const table = await openPartners();
    const rows = gridTexts(table);
    expect(rows[0]!.header).toBe('(geen organisatie)4 regels');
    const p = project(scenario);
    const fixedRow = rows.find((r) => r.header.startsWith('Vaste besparingen'))!;
    expect(fixedRow).toBeDefined();
    const total = rows.at(-1)!;
    // Σ rows (+ the fixed row) = total, in each column.
    const parts = rows.slice(0, -1);
    expect(parts.filter((r) => r.cells[0] !== '—').reduce((a, r) => a + num(r.cells[0]!), 0)).toBe(num(total.cells[0]!));
    expect(parts.reduce((a, r) => a + num(r.cells[1]!), 0)).toBe(num(total.cells[1]!));
    expect(parts.reduce((a, r) => a + num(r.cells[2]!), 0)).toBe(num(total.cells[2]!));
    // …and the total is the year table's 2023 column: baseline 6.144, savings 974.
    expect(total.cells[0]).toBe('6.144');
    expect(total.cells[2]).toBe('−974');
    expect(total.cells[1]).toBe(formatMoney(6144000 - 974000, { lang: 'nl', unit: 'thousand', symbol: false }));
    expect(p.years).toEqual([2020, 2021, 2022, 2023]);
  });

  it('shows taakvelden with their Iv3 names and sorts them by change', async () => {
    resetWith(voorbeeld());
    renderWithPlatform();
    await openPartners();
    await userEvent.selectOptions(screen.getByLabelText('Indelen per'), 'taakveld');
    const rows = gridTexts(screen.getByTestId('partner-table'));
    const headers = rows.map((r) => r.header.replace(/\d+ regels?$/, ''));
    expect(headers).toContain('6.71 Maatwerkdienstverlening 18+');
    expect(headers).toContain('6.1 Samenkracht en burgerparticipatie');
    expect(headers).toContain('(geen taakveld)');
    const changes = rows.slice(0, 3).map((r) => num(r.cells[2]!));
    expect(changes).toEqual([...changes].sort((a, b) => a - b));
    expect(rows[0]!.header).toMatch(/^6\.71/);
  });

  it('shows each partner’s change over the whole horizon beside the chosen year, adding up in thousands', async () => {
    const scenario = voorbeeld();
    resetWith(scenario, { unit: 'thousand' });
    renderWithPlatform();
    const table = await openPartners();
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers.at(-1)).toBe('Verandering2020–2023 samen');
    const rows = gridTexts(table);
    const horizon = rows.map((r) => num(r.cells[4]!));
    const total = horizon.pop()!;
    expect(horizon.reduce((a, b) => a + b, 0)).toBe(total);
    // Minus the year table's cumulative savings, in thousands: 2.143.511 → 2.144.
    expect(total).toBe(-2144);
  });

  it('adds up the whole horizon: the total change is minus the cumulative savings', async () => {
    const scenario = voorbeeld();
    resetWith(scenario);
    renderWithPlatform();
    await openPartners();
    await userEvent.selectOptions(screen.getByLabelText('Periode'), 'horizon');
    const table = screen.getByTestId('partner-table');
    expect(table.querySelector('caption')).toHaveTextContent('2020–2023 samen');
    const total = gridTexts(table).at(-1)!;
    const p = project(scenario);
    expect(total.cells[2]).toBe(cell(-p.savings.cumulative.at(-1)!, 'always'));
    expect(total.cells[0]).toBe(cell(p.baseline.total.reduce((a, b) => a + b, 0)));
  });

  it('explains a change when its cell is focused', async () => {
    resetWith(stichtseVecht());
    renderWithPlatform();
    const table = await openPartners();
    const change = table.querySelector<HTMLElement>('td[data-r="0"][data-c="2"]')!;
    act(() => change.focus());
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('Welzijn Stichtse Vecht · Verandering 2025');
    expect(tip).toHaveTextContent('Verandering = scenario − basis');
    expect(tip).toHaveTextContent(/−\u2060€\s87\.150/);
    const baseline = table.querySelector<HTMLElement>('td[data-r="0"][data-c="0"]')!;
    act(() => baseline.focus());
    // One year, baseline: the engine's breakdown explanation, line by line.
    expect(screen.getByRole('tooltip')).toHaveTextContent(/Som van 1 afgeronde regel/);
  });

  it('downloads the per-partner CSV with the change in per cent', async () => {
    resetWith(stichtseVecht());
    const { platform } = renderWithPlatform();
    await openPartners();
    const section = screen.getByRole('region', { name: 'Wat het scenario per partner betekent' });
    await userEvent.click(within(section).getByRole('button', { name: /Download CSV/ }));
    const lines = platform.downloads[0]!.text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Organisatie (Bedragen in euro);Basis 2025;Scenario 2025;Verandering 2025;Verandering % 2025;Verandering 2021–2025 samen',
    );
    expect(lines[1]).toMatch(/^Welzijn Stichtse Vecht;\d+;\d+;-87150;-\d+,\d+;-348600$/);
  });
});
