// The projection column: a WAI-ARIA tablist, the charts' text alternatives, the costs table,
// English, and the large generated scenario.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FIRST_CHART_MARK } from '../../../renderer/components/projection/first-draw-mark';
import { SavingsChart } from '../../../renderer/components/projection/SavingsChart';
import { useProjectionView } from '../../../renderer/components/projection/view-store';
import { useAppStore } from '../../../renderer/store/store';
import { project } from '../../../shared/engine/project';
import { budgetRows } from '../../../shared/budget/rows';
import { formatMoney } from '../../../shared/format/money';
import { parseLocaleNumber } from '../../../shared/format/parse-number';
import { generateLargeScenario } from '../../../shared/scenario/generate-large';
import { CHART_MEASURES_MAX, chartMeasures } from '../../../renderer/components/projection/figures';
import { yearRows } from '../../../shared/format/year-rows';
import { gridTexts, renderWithPlatform, resetWith, voorbeeld } from './helpers';
import { active } from '../active';

const num = (text: string) => parseLocaleNumber(text.replace('+', ''), 'nl')!.value;
const cell = (v: number) => formatMoney(v, { lang: 'nl', unit: 'euro', symbol: false });

describe('tabs', () => {
  it('is a tablist whose arrow keys, Home and End move and select', async () => {
    resetWith(voorbeeld());
    renderWithPlatform();
    const tablist = screen.getByRole('tablist', { name: 'Wat het scenario doet' });
    const tabs = within(tablist).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Besparing', 'Kosten', 'Per partner', 'Onzekerheid']);
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1]);
    for (const tab of tabs) {
      const panel = document.getElementById(tab.getAttribute('aria-controls')!)!;
      expect(panel).toHaveAttribute('role', 'tabpanel');
      expect(panel).toHaveAttribute('aria-labelledby', tab.id);
    }
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Besparing');

    await userEvent.tab();
    expect(tabs[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(tabs[1]).toHaveFocus();
    expect(tabs[1]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Kosten');
    expect(screen.getByTestId('costs-table')).toBeInTheDocument();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Per partner' })).toHaveFocus();
    expect(screen.getByTestId('partner-table')).toBeInTheDocument();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Onzekerheid' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(tabs[0]).toHaveFocus();
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Onzekerheid' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Home}');
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Onzekerheid');
    // The tab stop follows the selected tab; Tab leaves the tablist for the panel.
    expect(within(tablist).getAllByRole('tab').map((t) => t.tabIndex)).toEqual([-1, -1, -1, 0]);
  });

  it('keeps the chosen tab as UI state: not in the scenario, not undoable, kept across remounts', async () => {
    resetWith(voorbeeld());
    const first = renderWithPlatform();
    await userEvent.click(screen.getByRole('tab', { name: 'Kosten' }));
    expect(useProjectionView.getState().tab).toBe('costs');
    expect(active(useAppStore.getState()).past).toHaveLength(0);
    first.unmount();
    renderWithPlatform();
    expect(screen.getByRole('tab', { name: 'Kosten' })).toHaveAttribute('aria-selected', 'true');
  });
});

describe('savings chart', () => {
  it('summarises itself for screen readers, in the unit and language of the UI', () => {
    resetWith(voorbeeld());
    renderWithPlatform();
    const img = within(screen.getByTestId('savings-chart')).getByRole('img');
    expect(img.tagName).toBe('CANVAS');
    expect(img.getAttribute('aria-label')!.replace(/\u00a0/g, ' ')).toBe(
      'Besparing 2020–2023: van € 175.000 naar € 973.949; taakstelling niet gehaald: tekort in 2020–2023, het grootst in 2023: € 1.026.051 (3 maatregelen). De tabel hieronder geeft dezelfde cijfers.',
    );
    act(() => useAppStore.setState({ lang: 'en', unit: 'thousand' }));
    expect(within(screen.getByTestId('savings-chart')).getByRole('img').getAttribute('aria-label')!.replace(/\u00a0/g, ' ')).toBe(
      'Savings 2020–2023: from 175 × €1,000 to 974 × €1,000; target not met: short in 2020–2023, most in 2023: €1,026,000 (3 measures). The table below gives the same figures.',
    );
  });

  it('names every series in a legend, the shortfall and the net savings included, and switches to cumulative', async () => {
    resetWith(voorbeeld());
    renderWithPlatform();
    const chart = screen.getByTestId('savings-chart');
    const legend = within(chart).getByRole('list', { name: 'Legenda' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '20% korting Vitale Coalitie',
      'Van individuele begeleiding naar huiskamers',
      'Extra formatie',
      'Besparing (netto, na kosten)',
      // Format version 2: "Extra formatie" is incidental by default, so hatched.
      'Gearceerd: incidentele besparing',
      'Taakstelling',
      'Tekort tot de taakstelling',
    ]);
    await userEvent.click(within(chart).getByRole('button', { name: 'Cumulatief' }));
    expect(within(chart).getByRole('button', { name: 'Cumulatief' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(chart).getByRole('img')).toHaveAttribute('aria-label', expect.stringMatching(/^Cumulatieve besparing 2020–2023: €\s2\.143\.511/));
    expect(active(useAppStore.getState()).past).toHaveLength(0);
  });

  it('marks its first drawing once per page (what ui.startup in npm run bench times), not every drawing', () => {
    // jsdom has no User Timing: a stand-in that keeps the marks' names.
    const names: string[] = [];
    const stand = { mark: (name: string) => void names.push(name), getEntriesByName: (name: string) => names.filter((n) => n === name) };
    const saved = { mark: performance.mark, getEntriesByName: performance.getEntriesByName };
    Object.assign(performance, stand);
    try {
      const marks = () => names.filter((n) => n === FIRST_CHART_MARK);
      resetWith(voorbeeld());
      renderWithPlatform();
      expect(marks()).toHaveLength(1);
      act(() =>
        useAppStore.getState().commit('korting', (s) => {
          const cut = s.measures![0]!;
          if (cut.type === 'cut') cut.rate = 0.1;
        }),
      );
      act(() => useAppStore.setState({ lang: 'en' }));
      expect(marks()).toHaveLength(1);
    } finally {
      Object.assign(performance, saved);
    }
  });

  it('stands alone (presentation mode) without the switch', () => {
    resetWith(voorbeeld());
    renderWithPlatform(<SavingsChart showModeSwitch={false} />);
    expect(screen.getByRole('img')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('costs', () => {
  it('shows cost per kind adding up to the year table’s totals, fixed savings apart', async () => {
    const scenario = voorbeeld();
    resetWith(scenario);
    renderWithPlatform();
    await userEvent.click(screen.getByRole('tab', { name: 'Kosten' }));
    const p = project(scenario);
    const rows = gridTexts(screen.getByTestId('costs-table'));
    expect(rows.map((r) => r.header)).toEqual([
      'Basis (zonder maatregelen)',
      'Basis (zonder maatregelen): Subsidies aan partners',
      'Basis (zonder maatregelen): Maatwerkvoorzieningen',
      'Basis (zonder maatregelen): Algemene voorzieningen',
      'Scenario (met maatregelen)',
      'Scenario (met maatregelen): Subsidies aan partners',
      'Scenario (met maatregelen): Maatwerkvoorzieningen',
      'Scenario (met maatregelen): Algemene voorzieningen',
      'Scenario (met maatregelen): Vaste besparingen (−) en kosten (+), niet aan een regel',
      'Besparing (netto, na kosten)',
    ]);
    expect(rows[0]!.cells).toEqual(p.baseline.total.map(cell));
    expect(rows[4]!.cells).toEqual(p.scenario.total.map(cell));
    expect(rows[9]!.cells).toEqual(p.savings.total.map(cell));
    p.years.forEach((_, i) => {
      expect(num(rows[1]!.cells[i]!) + num(rows[2]!.cells[i]!) + num(rows[3]!.cells[i]!)).toBe(num(rows[0]!.cells[i]!));
      expect([5, 6, 7, 8].reduce((a, r) => a + num(rows[r]!.cells[i]!), 0)).toBe(num(rows[4]!.cells[i]!));
    });
    expect(rows[8]!.cells).toEqual(['0', '0', '38.000', '0']);
    expect(within(screen.getByTestId('costs-chart')).getByRole('img')).toHaveAttribute(
      'aria-label',
      expect.stringMatching(/^Kosten 2020–2023\. In 2023: basis €\s6\.143\.566, scenario €\s5\.169\.617/),
    );
  });

  it('adds up per block in thousands too', async () => {
    resetWith(voorbeeld(), { unit: 'thousand' });
    renderWithPlatform();
    await userEvent.click(screen.getByRole('tab', { name: 'Kosten' }));
    const rows = gridTexts(screen.getByTestId('costs-table'));
    for (let i = 0; i < 4; i++) {
      expect(num(rows[1]!.cells[i]!) + num(rows[2]!.cells[i]!) + num(rows[3]!.cells[i]!)).toBe(num(rows[0]!.cells[i]!));
      expect([5, 6, 7, 8].reduce((a, r) => a + num(rows[r]!.cells[i]!), 0)).toBe(num(rows[4]!.cells[i]!));
      expect(num(rows[0]!.cells[i]!) - num(rows[4]!.cells[i]!)).toBe(num(rows[9]!.cells[i]!));
    }
  });
});

describe('English', () => {
  it('labels tabs, rows and figures in English with English formats', () => {
    resetWith(voorbeeld(), { lang: 'en' });
    renderWithPlatform();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Savings', 'Costs', 'Per partner', 'Uncertainty']);
    const rows = gridTexts(screen.getByTestId('year-table'));
    expect(rows[2]).toEqual({ header: 'Savings', cells: ['175,000', '364,701', '629,861', '973,949'] });
    expect(rows.map((r) => r.header).slice(-4)).toEqual([
      'Shortfall (+) / surplus (−)',
      'Structural savings',
      'Incidental savings',
      'Structural shortfall (+) / surplus (−)',
    ]);
  });
});

describe('the large generated scenario', () => {
  it('renders one row per measure and explains only the cell being shown', () => {
    const scenario = generateLargeScenario();
    resetWith(scenario);
    renderWithPlatform();
    const p = project(scenario);
    const rows = gridTexts(screen.getByTestId('year-table'));
    expect(rows).toHaveLength(4 + p.measures.length + (p.target ? 2 : 0) + budgetRows(scenario, p, 'euro').length);
    expect(rows[0]!.cells).toHaveLength(p.years.length);
    expect(rows[2]!.cells).toEqual(p.savings.total.map(cell));
    // Nothing explained until a cell is shown; the tooltip is empty and hidden.
    expect(screen.getByRole('tooltip', { hidden: true })).toBeEmptyDOMElement();
    const total = screen.getByTestId('year-table').querySelector<HTMLElement>('td[data-r="0"][data-c="0"]')!;
    act(() => total.focus());
    const tip = screen.getByRole('tooltip');
    // 300 lines are shortened to the largest few and "N other lines".
    expect(tip.querySelectorAll('li').length).toBeLessThan(12);
    expect(tip).toHaveTextContent(/andere regels samen/);
  });

  it('draws the largest measures on their own and the rest as one series, adding up to the same savings', () => {
    const scenario = generateLargeScenario();
    const p = project(scenario);
    const rows = yearRows(p, 'euro');
    const series = chartMeasures(rows);
    expect(series.shown).toHaveLength(CHART_MEASURES_MAX - 1);
    expect(series.other!.count).toBe(p.measures.length - series.shown.length);
    p.years.forEach((_, i) => {
      const sum = series.shown.reduce((a, m) => a + m.row.values[i]!, 0) + series.other!.values[i]!;
      expect(sum).toBe(p.savings.total[i]);
    });
    // The largest by Σ |savings| over the years, in the projection's order.
    const size = (values: readonly (number | null)[]) => values.reduce<number>((a, v) => a + Math.abs(v ?? 0), 0);
    const shownIndices = series.shown.map((m) => m.index);
    const rest = rows.filter((r) => r.kind === 'measure').filter((_, i) => !shownIndices.includes(i));
    expect(Math.min(...series.shown.map((m) => size(m.row.values)))).toBeGreaterThanOrEqual(Math.max(...rest.map((r) => size(r.values))));
    expect(shownIndices).toEqual([...shownIndices].sort((a, b) => a - b));
    // Colours stay the measures' own (their index in the projection).
    for (const m of series.shown) expect(m.row.measureId).toBe(p.measures[m.index]!.id);
    resetWith(scenario);
    renderWithPlatform();
    const legend = within(screen.getByTestId('savings-chart')).getByRole('list', { name: 'Legenda' });
    expect(legend).toHaveTextContent(`Overige ${series.other!.count} maatregelen samen`);
  });
});
