// The year table under the savings chart: the engine's figures for the worked example, columns
// that add up in thousands, the explanation of a cell on focus, the CSV behind the chart.
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { project } from '../../../shared/engine/project';
import { explain } from '../../../shared/engine/explain';
import { render as renderText } from '../../../shared/i18n/text';
import { formatMoney } from '../../../shared/format/money';
import { parseLocaleNumber } from '../../../shared/format/parse-number';
import { toThousands } from '../../../shared/format/thousands';
import { useAppStore } from '../../../renderer/store/store';
import { gridTexts, renderWithPlatform, resetWith, voorbeeld } from './helpers';
import { active } from '../active';

const cell = (v: number | null, sign: 'auto' | 'always' = 'auto') =>
  v === null ? '—' : formatMoney(v, { lang: 'nl', unit: 'euro', symbol: false, sign });
/** Intl puts a no-break space between € and the digits. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const num = (text: string) => {
  const parsed = parseLocaleNumber(text.replace('+', ''), 'nl');
  if (!parsed) throw new Error(`not a number: ${text}`);
  return parsed.value;
};

describe('year table', () => {
  it('shows the engine’s figures for the worked example, in euros', () => {
    const scenario = voorbeeld();
    resetWith(scenario);
    renderWithPlatform();
    const p = project(scenario);
    const rows = gridTexts(screen.getByTestId('year-table'));
    const expected = [
      p.baseline.total,
      p.scenario.total,
      p.savings.total,
      p.savings.cumulative,
      ...p.measures.map((m) => m.effect),
      p.target!.amount,
    ].map((values) => values.map((v) => cell(v)));
    expected.push(p.target!.gap.map((v) => cell(v, 'always')));
    // Format version 2: "Extra formatie" is a fixed amount without `continues`, so incidental by
    // default; the table adds the structural and incidental savings and the structural shortfall.
    expected.push(p.savings.structural.map((v) => cell(v)), p.savings.incidental.map((v) => cell(v)));
    expected.push(p.target!.structuralGap.map((v) => cell(v, 'always')));
    expect(rows.map((r) => r.cells)).toEqual(expected);
    expect(rows.map((r) => r.header)).toEqual([
      'Basis (zonder maatregelen)',
      'Scenario',
      'Besparing',
      'Cumulatief',
      'Per maatregel: 20% korting Vitale Coalitie',
      'Per maatregel: Van individuele begeleiding naar huiskamers',
      'Per maatregel: Extra formatie',
      'Taakstelling',
      'Tekort (+) / overschot (−)',
      'Structurele besparing',
      'Incidentele besparing',
      'Structureel tekort (+) / overschot (−)',
    ]);
    // The worked example of scenario-format.md, as printed there.
    expect(rows[2]!.cells).toEqual(['175.000', '364.701', '629.861', '973.949']);
    expect(rows[6]!.cells).toEqual(['0', '0', '−38.000', '0']);
    expect(rows[8]!.cells).toEqual(['+325.000', '+635.299', '+870.139', '+1.026.051']);
    // Without the one-off cost of 2022 the structural savings are € 38.000 more that year.
    expect(rows[9]!.cells).toEqual(['175.000', '364.701', '667.861', '973.949']);
    expect(rows[11]!.cells).toEqual(['+325.000', '+635.299', '+832.139', '+1.026.051']);
    expect(screen.getByRole('grid', { name: /Bedragen in euro/ })).toBeInTheDocument();
  });

  it('adds up in thousands: savings = Σ measures and baseline − scenario = savings in every column', () => {
    const scenario = voorbeeld();
    resetWith(scenario, { unit: 'thousand' });
    renderWithPlatform();
    const p = project(scenario);
    const table = screen.getByTestId('year-table');
    const rows = gridTexts(table);
    const values = rows.map((r) => r.cells.map(num));
    const [baseline, scen, savings, , ...rest] = values;
    const measures = rest.slice(0, p.measures.length);
    const [target, gap] = rest.slice(p.measures.length);
    p.years.forEach((_, i) => {
      const split = toThousands(p.measures.map((m) => m.effect[i]!), p.savings.total[i]!);
      expect(savings![i]).toBe(split.total);
      expect(measures.map((m) => m[i])).toEqual(split.parts);
      expect(measures.reduce((a, m) => a + m[i]!, 0)).toBe(savings![i]);
      expect(baseline![i]! - scen![i]!).toBe(savings![i]);
      expect(target![i]! - savings![i]!).toBe(gap![i]);
    });
    expect(rows[2]!.cells).toEqual(['175', '365', '630', '974']);
    const caption = table.querySelector('caption')!;
    expect(caption).toHaveTextContent('× € 1.000');
    expect(caption).toHaveTextContent(/zo dat alles optelt/);
  });

  it('explains a cell when it is focused, with the engine’s value, and hides it on Escape', async () => {
    const scenario = voorbeeld();
    resetWith(scenario);
    renderWithPlatform();
    const table = screen.getByTestId('year-table');
    // Savings 2022: row 3, column 3.
    const target = table.querySelector<HTMLElement>('td[data-r="2"][data-c="2"]')!;
    act(() => target.focus());
    const tip = screen.getByRole('tooltip');
    expect(tip).toBeVisible();
    expect(target).toHaveAttribute('aria-describedby', tip.id);
    const engine = explain(scenario, { figure: 'savings', year: 2022 });
    expect(engine.value).toBe(629861);
    expect(tip).toHaveTextContent(renderText('nl', engine.title));
    expect(tip).toHaveTextContent('€ 629.861');
    for (const step of engine.steps) expect(tip).toHaveTextContent(plain(renderText('nl', step.label)));
    expect(target).toHaveAccessibleDescription(/Besparing 2022 €\s629\.861/);

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(screen.getByRole('tooltip', { hidden: true })).not.toBeVisible();
    expect(target).toHaveFocus();
  });

  it('moves between cells with the arrow keys, one tab stop, and explains the new cell', async () => {
    const scenario = voorbeeld();
    resetWith(scenario);
    renderWithPlatform();
    const table = screen.getByTestId('year-table');
    const tabStops = table.querySelectorAll('td[tabindex="0"]');
    expect(tabStops).toHaveLength(1);
    act(() => (tabStops[0] as HTMLElement).focus());
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    // Row 5 (the first measure), 2022.
    const focused = document.activeElement as HTMLElement;
    expect(focused).toHaveAttribute('data-r', '4');
    expect(focused).toHaveAttribute('data-c', '2');
    expect(focused).toHaveTextContent('102.591');
    expect(table.querySelectorAll('td[tabindex="0"]')).toHaveLength(1);
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('20% korting Vitale Coalitie');
    expect(tip).toHaveTextContent('€ 102.591');
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toHaveAttribute('data-c', '3');
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    expect(document.activeElement).toHaveAttribute('data-r', '0');
    expect(document.activeElement).toHaveAttribute('data-c', '0');
  });

  it('explains a cell on hover, and Escape closes it where the focus is', async () => {
    resetWith(voorbeeld());
    renderWithPlatform();
    const table = screen.getByTestId('year-table');
    const gapCell = table.querySelector<HTMLElement>('td[data-r="8"][data-c="3"]')!;
    fireEvent.mouseOver(gapCell);
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('+\u2060€ 1.026.051');
    expect(gapCell).toHaveAttribute('aria-describedby', tip.id);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('notes the exact euros behind a figure shown in thousands', () => {
    const scenario = voorbeeld();
    resetWith(scenario, { unit: 'thousand' });
    renderWithPlatform();
    const target = screen.getByTestId('year-table').querySelector<HTMLElement>('td[data-r="2"][data-c="3"]')!;
    act(() => target.focus());
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('974 × € 1.000');
    expect(tip).toHaveTextContent('exact € 973.949');
  });

  it('follows an edit: the figures change with the scenario', () => {
    resetWith(voorbeeld());
    renderWithPlatform();
    act(() =>
      useAppStore.getState().commit('Korting 20% → 10%', (s) => {
        const m = s.measures![0]!;
        if (m.type === 'cut') m.rate = 0.1;
      }),
    );
    const p = project(active(useAppStore.getState()).scenario!);
    const rows = gridTexts(screen.getByTestId('year-table'));
    expect(rows[2]!.cells).toEqual(p.savings.total.map((v) => cell(v)));
    expect(rows[4]!.cells[3]).toBe(cell(p.measures[0]!.effect[3]!));
  });

  it('downloads the CSV behind the chart: semicolons, whole numbers, the unit in the header', async () => {
    resetWith(voorbeeld(), { unit: 'thousand' });
    const { platform } = renderWithPlatform();
    const section = screen.getByRole('region', { name: 'Besparing per jaar' });
    await userEvent.click(within(section).getByRole('button', { name: /Download CSV/ }));
    expect(platform.downloads).toHaveLength(1);
    const { fileName, text, mime } = platform.downloads[0]!;
    expect(fileName).toBe('besparing-per-jaar.csv');
    expect(mime).toMatch(/^text\/csv/);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = plain(text.slice(1)).split('\r\n');
    expect(lines[0]).toBe('Bedragen × € 1.000;2020;2021;2022;2023');
    expect(lines[3]).toBe('Besparing;175;365;630;974');
    expect(lines[5]).toBe('20% korting Vitale Coalitie;0;0;103;205');
    expect(lines[7]).toBe('Extra formatie;0;0;-38;0');
    expect(lines[9]).toBe('Tekort (+) / overschot (−);325;635;870;1026');
  });
});
