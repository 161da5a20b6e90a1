// Format version 2 in the projection column and the headline (#20 items 4 and 6), on the worked
// example of docs/scenario-format.md (test/fixtures/voorbeeld-v2.json): the year table's rows
// structural, incidental, structural shortfall, one-off costs, net and net cumulative equal
// project(), add up in thousands and say how they came about; the headline shows the net
// cumulative savings, the payback year and the structural check; the chart's legend and summary
// name one-off costs and hatching; PM items are listed as not yet in euros; the uncertainty tab
// adds the band of the net savings. A scenario without incidental measures or one-off costs
// shows none of it.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { HeadlineStrip } from '../../../renderer/components/shell/HeadlineStrip';
import { uncertaintyOf } from '../../../renderer/components/projection/uncertainty-store';
import { useProjectionView } from '../../../renderer/components/projection/view-store';
import { useAppStore } from '../../../renderer/store/store';
import { project } from '../../../shared/engine/project';
import { formatMoney } from '../../../shared/format/money';
import type { Scenario } from '../../../shared/scenario/schema';
import { simulate } from '../../../shared/uncertainty/monte-carlo';
import { active } from '../active';
import { gridTexts, loadScenarioFile, renderWithPlatform, resetWith } from './helpers';

const example = () => loadScenarioFile('test/fixtures/voorbeeld-v2.json');
const stichtseVecht = () => loadScenarioFile('scenarios/stichtse-vecht-vitale-coalitie.vcscenario.json');
const cell = (v: number | null, sign: 'auto' | 'always' = 'auto') => (v === null ? '—' : formatMoney(v, { lang: 'nl', unit: 'euro', symbol: false, sign }));
const money = (v: number) => formatMoney(v, { lang: 'nl', unit: 'euro' });
const plain = (text: string | null | undefined) => (text ?? '').replace(/\u00a0/g, ' ');

describe('the year table, version 2', () => {
  it('adds structural, incidental, the structural shortfall, one-off costs, net and net cumulative: the engine’s figures', () => {
    const s = example();
    resetWith(s);
    renderWithPlatform();
    const p = project(s);
    const rows = gridTexts(screen.getByTestId('year-table'));
    const tail = rows.slice(-6);
    expect(tail.map((r) => r.header)).toEqual([
      'Structurele besparing',
      'Incidentele besparing',
      'Structureel tekort (+) / overschot (−)',
      'Eenmalige kosten',
      'Netto besparing (na eenmalige kosten)',
      'Netto besparing cumulatief',
    ]);
    expect(tail.map((r) => r.cells)).toEqual([
      p.savings.structural.map((v) => cell(v)),
      p.savings.incidental.map((v) => cell(v)),
      p.target!.structuralGap.map((v) => cell(v, 'always')),
      p.savings.oneOffCosts.map((v) => cell(v)),
      p.savings.net.map((v) => cell(v)),
      p.savings.netCumulative.map((v) => cell(v)),
    ]);
    // As the worked example prints them.
    expect(tail[4]!.cells).toEqual(['−60.000', '70.000', '122.799', '117.300']);
    expect(tail[5]!.cells).toEqual(['−60.000', '10.000', '132.799', '250.099']);
    // The rows above are the version-1 rows, as before.
    expect(rows.map((r) => r.header).slice(0, 4)).toEqual(['Basis (zonder maatregelen)', 'Scenario', 'Besparing', 'Cumulatief']);
  });

  it('in thousands the block adds up with the rows above it', () => {
    resetWith(example(), { unit: 'thousand' });
    renderWithPlatform();
    const rows = gridTexts(screen.getByTestId('year-table'));
    const row = (header: string) => rows.find((r) => r.header === header)!.cells.map((c) => Number(c.replace(/\./g, '').replace('−', '-')));
    const savings = row('Besparing');
    const structural = row('Structurele besparing');
    const incidental = row('Incidentele besparing');
    const costs = row('Eenmalige kosten');
    const net = row('Netto besparing (na eenmalige kosten)');
    savings.forEach((v, i) => {
      expect(structural[i]! + incidental[i]!).toBe(v);
      expect(v - costs[i]!).toBe(net[i]);
    });
    expect(costs).toEqual([60, 20, 20, 0]);
  });

  it('explains a figure of the block from the projection: the measures behind the one-off costs, savings − costs for net', () => {
    resetWith(example());
    renderWithPlatform();
    const table = screen.getByTestId('year-table');
    const rows = gridTexts(table);
    const costsRow = rows.findIndex((r) => r.header === 'Eenmalige kosten');
    act(() => table.querySelector<HTMLElement>(`td[data-r="${costsRow}"][data-c="2"]`)!.focus());
    let tip = screen.getByRole('tooltip');
    expect(plain(tip.textContent)).toContain('Eenmalige kosten 2026');
    expect(plain(tip.textContent)).toContain('Jeugdpunt halveren€ 20.001');
    expect(plain(tip.textContent)).toContain('per maatregel opgeteld en afgerond');
    act(() => table.querySelector<HTMLElement>(`td[data-r="${costsRow + 1}"][data-c="0"]`)!.focus());
    tip = screen.getByRole('tooltip');
    expect(plain(tip.textContent)).toContain('Netto besparing (na eenmalige kosten) 2024');
    expect(plain(tip.textContent)).toContain('Besparing€ 0');
    expect(plain(tip.textContent)).toContain('Eenmalige kosten€ 60.000');
    expect(plain(tip.textContent)).toContain('Netto = besparing − eenmalige kosten');
  });

  it('a scenario without incidental measures or one-off costs keeps its table as it was', () => {
    const s = stichtseVecht();
    resetWith(s);
    renderWithPlatform();
    const p = project(s);
    expect(gridTexts(screen.getByTestId('year-table'))).toHaveLength(4 + p.measures.length + (p.target ? 2 : 0));
    expect(screen.queryByTestId('not-yet-in-euros')).toBeNull();
    expect(within(screen.getByTestId('savings-chart')).queryByText(/Eenmalige kosten|Gearceerd/)).toBeNull();
  });
});

describe('the chart and what is not yet in euros', () => {
  it('names one-off costs, the net savings and the hatching in the legend, and the net and payback in its summary', () => {
    resetWith(example());
    renderWithPlatform();
    const chart = screen.getByTestId('savings-chart');
    const legend = within(chart).getByRole('list', { name: 'Legenda' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '10 % korting bibliotheek',
      'Jeugdpunt halveren',
      'Verkoop pand',
      'Eenmalige kosten (onder de nullijn)',
      'Besparing (netto, na kosten)',
      'Gearceerd: incidentele besparing',
      'Taakstelling',
    ]);
    // "Verkoop pand" is incidental: its swatch is striped.
    const swatch = within(legend).getByText('Verkoop pand').closest('li')!.querySelector<HTMLElement>('.projection-legend__swatch')!;
    expect(swatch.style.background).toMatch(/repeating-linear-gradient/);
    expect(plain(within(chart).getByRole('img').getAttribute('aria-label'))).toContain(
      `; na eenmalige kosten netto van ${plain(money(-60_000))} naar € 117.300, terugverdiend in 2025`,
    );
    act(() => useProjectionView.getState().setSavingsMode('cumulative'));
    expect(within(chart).getByRole('list', { name: 'Legenda' })).toHaveTextContent('Netto besparing cumulatief (na eenmalige kosten)');
    expect(plain(within(chart).getByRole('img').getAttribute('aria-label'))).toContain(
      `na eenmalige kosten netto van ${plain(money(-60_000))} naar € 250.099, terugverdiend in 2025`,
    );
  });

  it('lists the PM line and the PM measure under "Nog niet in euro’s"', () => {
    resetWith(example());
    renderWithPlatform();
    const block = screen.getByRole('region', { name: 'Nog niet in euro’s' });
    expect(within(block).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Uitbreiding wijkteam (begrotingsregel)',
      'Onderzoek inkoop (maatregel)',
    ]);
  });
});

describe('the headline, version 2', () => {
  function show(scenario: Scenario, lang: 'nl' | 'en' = 'nl') {
    resetWith(scenario, { lang });
    render(<HeadlineStrip />);
  }

  it('the net cumulative savings and the payback year, the structural part and the structural check: the engine’s figures', () => {
    const s = example();
    show(s);
    const p = project(s);
    expect(plain(screen.getByTestId('headline-net').textContent)).toBe(plain(money(p.savings.netCumulative.at(-1)!)));
    expect(plain(screen.getByTestId('headline-net').textContent)).toBe('€ 250.099');
    expect(screen.getByRole('heading', { name: 'Netto besparing cumulatief 2024–2027' })).toBeInTheDocument();
    expect(p.paybackYear).toBe(2025);
    expect(screen.getByTestId('headline-payback')).toHaveTextContent('terugverdiend in 2025');
    expect(plain(screen.getByTestId('headline-structural').textContent)).toBe('waarvan structureel € 117.300');
    expect(plain(screen.getByTestId('headline-target').textContent)).toBe('✓ gehaald (€ 37.300 over in 2027)');
    expect(plain(screen.getByTestId('headline-structural-check').textContent)).toBe('structureel pas vanaf 2026 (tekort € 40.000 in 2025)');
    expect(screen.getByTestId('headline-structural-check')).toHaveClass('is-short');
  });

  it('planned beside risk-weighted and realised (#22): the engine’s riskWeighted and realised, the latest reported year', () => {
    const s = example();
    show(s);
    const p = project(s);
    expect(p.savings.riskWeighted.at(-1)).toBe(74_715);
    expect(plain(screen.getByTestId('headline-risk-realised').textContent)).toBe('naar risico gewogen € 74.715 · gerealiseerd in 2025: € 35.000 van € 90.000');
  });

  it('no risk-weighted or realised line when every chance is 1 and nothing is reported', () => {
    const s = example();
    for (const m of s.measures ?? []) {
      delete m.probability;
      delete m.realised;
    }
    show(s);
    expect(screen.queryByTestId('headline-risk-realised')).toBeNull();
  });

  it('never paid back within the horizon; structurally short in the last year; in English', () => {
    const s = example();
    const bieb = s.measures!.find((m) => m.id === 'korting-bieb')!;
    bieb.oneOffCosts = [{ kind: 'afbouw', amounts: { '2025': 400_000 } }];
    s.target = { '2025': 80_000, '2027': 130_000 };
    show(s, 'en');
    const p = project(s);
    expect(p.paybackYear).toBeNull();
    expect(p.savings.netCumulative.at(-1)).toBeLessThan(0);
    expect(screen.getByTestId('headline-net')).toHaveClass('is-negative');
    expect(screen.getByTestId('headline-payback')).toHaveTextContent('not yet paid back by the end of 2027');
    expect(plain(screen.getByTestId('headline-structural-check').textContent)).toBe('not met structurally (short in 2025 and 2027, most in 2025: €40,000)');
  });

  it('paid back, then below zero again by a later one-off cost: says both', () => {
    const s = example();
    s.measures!.find((m) => m.id === 'verkoop')!.oneOffCosts = [{ kind: 'overig', amounts: { '2027': 300_000 } }];
    show(s);
    const p = project(s);
    expect(p.paybackYear).toBe(2025);
    expect(p.savings.netCumulative.at(-1)).toBe(-49_901);
    expect(screen.getByTestId('headline-payback')).toHaveTextContent('in 2025 terugverdiend, eind 2027 weer negatief');
    expect(screen.getByTestId('headline-net')).toHaveClass('is-negative');
  });

  it('structurally met too; a scenario without one-off costs has three figures; without incidental measures, no structural line', () => {
    const s = example();
    s.measures = s.measures!.map((m) => ({ ...m, oneOffCosts: undefined }));
    s.target = { '2026': 100_000 };
    show(s);
    expect(screen.queryByTestId('headline-net')).toBeNull();
    expect(screen.getByRole('region', { name: 'Besparing' }).querySelectorAll('.headline__figure')).toHaveLength(3);
    expect(screen.getByTestId('headline-structural-check')).toHaveTextContent('ook structureel gehaald');
    act(() => useAppStore.getState().loadScenario(stichtseVecht(), 'sv.vcscenario.json'));
    expect(screen.queryByTestId('headline-structural-check')).toBeNull();
    expect(screen.queryByTestId('headline-structural')).toBeNull();
  });
});

describe('the uncertainty tab, version 2', () => {
  it('adds the band of the net savings: the savings band minus each year’s one-off costs (simulate’s net)', async () => {
    const s = example();
    s.measures![1]!.uncertainty = { low: 0.6, high: 1.2 };
    resetWith(s);
    act(() => useProjectionView.getState().setTab('uncertainty'));
    renderWithPlatform();
    await waitFor(() => expect(uncertaintyOf(useAppStore.getState()).scenario).toBe(active(useAppStore.getState()).scenario), { timeout: 20_000 });
    const table = await screen.findByTestId('net-band-table', {}, { timeout: 20_000 });
    const band = simulate(s, { draws: 5000, seed: 1 });
    const rows = gridTexts(table);
    expect(rows.map((r) => r.header)).toEqual([
      'P10: 9 van de 10 trekkingen besparen meer',
      'P50: de mediaan',
      'P90: 1 van de 10 trekkingen bespaart meer',
      'Met 90% zekerheid minstens',
      'Netto besparing zoals ingesteld',
    ]);
    expect(rows[1]!.cells).toEqual(band.net.p50.map((v) => cell(v)));
    expect(rows[3]!.cells).toEqual(band.certain.net.map((v) => cell(v)));
    expect(rows[4]!.cells).toEqual(project(s).savings.net.map((v) => cell(v)));
    expect(screen.getByRole('heading', { name: 'Bandbreedte van de netto besparing (na eenmalige kosten)' })).toBeInTheDocument();
  });
});
