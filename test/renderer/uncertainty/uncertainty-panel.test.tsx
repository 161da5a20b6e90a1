// The uncertainty in the projection column (jsdom): the deterministic figures render at once and
// the band when it arrives; while an edit is computed the previous band stays, marked as being
// updated; undo brings back a known band at once; a hint where no measure has a range; the
// Onzekerheid tab's tornado ranks as sensitivity() and its tables equal simulate(). The engine is
// the in-process one (jsdom has no Worker) or one whose answers the test hands out.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SavingsChart } from '../../../renderer/components/projection/SavingsChart';
import { SETTLE_MS, setUncertaintyEngine, uncertaintyOf } from '../../../renderer/components/projection/uncertainty-store';
import { useProjectionView } from '../../../renderer/components/projection/view-store';
import { useAppStore } from '../../../renderer/store/store';
import { inProcessEngine } from '../../../renderer/workers/uncertainty-client';
import { computeUncertainty, type UncertaintyRequest, type UncertaintyResponse } from '../../../renderer/workers/uncertainty-protocol';
import { project } from '../../../shared/engine/project';
import { formatMoney } from '../../../shared/format/money';
import { generateLargeScenario } from '../../../shared/scenario/generate-large';
import type { Scenario } from '../../../shared/scenario/schema';
import { formatChance } from '../../../shared/uncertainty/chance';
import { simulate } from '../../../shared/uncertainty/monte-carlo';
import { sensitivity } from '../../../shared/uncertainty/sensitivity';
import { controlledEngine as controlledEngineOf } from './controlled-engine';
import { gridTexts, loadScenarioFile, renderWithPlatform, resetWith, voorbeeld } from '../projection/helpers';
import { active } from '../active';
import { render } from '../../../shared/i18n/text';

const euro = (v: number) => formatMoney(v, { lang: 'nl', unit: 'euro', symbol: false });
const money = (v: number) => formatMoney(v, { lang: 'nl', unit: 'euro' });
const samenspel = () => loadScenarioFile('scenarios/zwolle-samenspel.vcscenario.json');
/** Stichtse Vecht with ranges on two cuts: a target from 2022 on, so 2021 has no chance. */
function stichtseVecht(): Scenario {
  const scenario = loadScenarioFile('scenarios/stichtse-vecht-vitale-coalitie.vcscenario.json');
  const copy = JSON.parse(JSON.stringify(scenario)) as Scenario;
  copy.measures![0]!.uncertainty = { low: 0.6, high: 1.3 };
  copy.measures![1]!.uncertainty = { low: 0.8, high: 1.1 };
  return copy;
}

/** An engine whose answers the test hands out, inside act(), one task later. */
function controlledEngine(compute: (request: UncertaintyRequest) => UncertaintyResponse = computeUncertainty) {
  return controlledEngineOf(compute, (give) =>
    act(async () => {
      give();
      await new Promise((r) => setTimeout(r, 0));
    }),
  );
}

/** The first measure's uncertainty range, as one undoable edit. */
function editRange(label: string, low: number, high: number): void {
  act(() =>
    useAppStore.getState().commit(label, (s) => {
      s.measures![0]!.uncertainty = { low, high };
    }),
  );
}

afterEach(() => setUncertaintyEngine(() => inProcessEngine()));

/** Waits, inside act(), until the in-process engine has answered for the open scenario. */
async function settled(): Promise<void> {
  await act(async () => {
    const deadline = Date.now() + 10_000;
    while (uncertaintyOf(useAppStore.getState()).scenario !== active(useAppStore.getState()).scenario && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 5));
    }
  });
}

describe('the band on the savings tab', () => {
  it('shows the deterministic figures at once and the band when it arrives, equal to simulate(5,000 draws, seed 1)', async () => {
    const { engine, calls } = controlledEngine();
    setUncertaintyEngine(() => engine);
    const scenario = samenspel();
    resetWith(scenario);
    renderWithPlatform();
    // At once: the year table, and a note that the band is being computed.
    expect(screen.getByTestId('year-table')).toBeInTheDocument();
    expect(screen.queryByTestId('band-table')).not.toBeInTheDocument();
    expect(screen.getByTestId('band-note')).toHaveTextContent('bandbreedte wordt berekend…');
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.request).toMatchObject({ draws: 5000, seed: 1, scenario });
    await calls[0]!.answer();

    const expected = simulate(scenario, { draws: 5000, seed: 1 });
    const rows = gridTexts(screen.getByTestId('band-table'));
    expect(rows.map((r) => r.header)).toEqual([
      'P10: 9 van de 10 trekkingen besparen meer',
      'P50: de mediaan',
      'P90: 1 van de 10 trekkingen bespaart meer',
      'Besparing zoals ingesteld (zonder onzekerheid)',
      'Kans dat de taakstelling wordt gehaald',
    ]);
    expect(rows[0]!.cells).toEqual(expected.savings.p10.map(euro));
    expect(rows[1]!.cells).toEqual(expected.savings.p50.map(euro));
    expect(rows[2]!.cells).toEqual(expected.savings.p90.map(euro));
    expect(rows[3]!.cells).toEqual(project(scenario).savings.total.map(euro));
    expect(rows[4]!.cells).toEqual(expected.savings.targetMet.map((v) => formatChance(v!, 'nl')));
    expected.savings.p10.forEach((p10, i) => {
      expect(p10).toBeLessThanOrEqual(expected.savings.p50[i]!);
      expect(expected.savings.p50[i]).toBeLessThanOrEqual(expected.savings.p90[i]!);
    });
    const note = screen.getByTestId('band-note');
    expect(note).toHaveTextContent('Bandbreedte uit 5.000 trekkingen (seed 1).');
    expect(note).not.toHaveTextContent('bezig');
    expect(note).toHaveAttribute('data-engine', 'worker');
    // The chart names the band in its text alternative, and in its legend.
    const chart = within(screen.getByTestId('savings-chart'));
    expect(chart.getByRole('img').getAttribute('aria-label')).toContain(
      `bandbreedte 2023 van ${money(expected.savings.p10[3]!)} tot ${money(expected.savings.p90[3]!)}`,
    );
    expect(chart.getByRole('list', { name: 'Legenda' })).toHaveTextContent('Bandbreedte P10–P90 (8 van de 10 trekkingen)');
    expect(chart.getByRole('list', { name: 'Legenda' })).toHaveTextContent('Mediaan (P50)');
  });

  it('keeps the previous band, marked as being updated, until the edit’s band arrives; undo shows a known band at once', async () => {
    const { engine, calls } = controlledEngine();
    setUncertaintyEngine(() => engine);
    const scenario = samenspel();
    resetWith(scenario);
    renderWithPlatform();
    await waitFor(() => expect(calls).toHaveLength(1));
    await calls[0]!.answer();
    const before = gridTexts(screen.getByTestId('band-table'));

    editRange('Samenspel: onzekerheid 50% – 150%', 0.5, 1.5);
    const edited = active(useAppStore.getState()).scenario!;
    // The old figures stay, marked; the deterministic table has the new scenario at once.
    const section = screen.getByTestId('band-table').closest('section')!;
    expect(section).toHaveAttribute('aria-busy', 'true');
    expect(section).toHaveTextContent('bandbreedte wordt bijgewerkt…');
    expect(gridTexts(screen.getByTestId('band-table'))).toEqual(before);
    expect(screen.getByTestId('band-note')).toHaveTextContent('bandbreedte wordt bijgewerkt…');
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]!.request.scenario).toBe(edited);
    await calls[1]!.answer();
    const after = simulate(edited, { draws: 5000, seed: 1 });
    expect(gridTexts(screen.getByTestId('band-table'))[2]!.cells).toEqual(after.savings.p90.map(euro));
    expect(screen.getByTestId('band-table').closest('section')).not.toHaveAttribute('aria-busy');

    // Undo: the first scenario object again, its band known: no new request, nothing stale.
    act(() => useAppStore.getState().undo());
    expect(gridTexts(screen.getByTestId('band-table'))).toEqual(before);
    expect(screen.getByTestId('band-table').closest('section')).not.toHaveAttribute('aria-busy');
    await new Promise((r) => setTimeout(r, 10));
    expect(calls).toHaveLength(2);
  });

  it('asks for an edit’s band once the edits rest, never during a drag: the band being computed is aborted at the first move, only the last edit is asked for', async () => {
    const { engine, calls } = controlledEngine();
    setUncertaintyEngine(() => engine);
    resetWith(samenspel());
    renderWithPlatform();
    await waitFor(() => expect(calls).toHaveLength(1));
    await calls[0]!.answer();
    expect(screen.getByTestId('band-table').closest('section')).not.toHaveAttribute('aria-busy', 'true');
    const edit = (high: number) => editRange(`hoog ${high}`, 0.5, high);
    const wait = (ms: number) => act(() => new Promise((r) => setTimeout(r, ms)));
    // One edit after a pause: asked for once it has rested SETTLE_MS, not at once (it may be
    // the first move of a drag).
    await wait(SETTLE_MS + 50);
    edit(1.25);
    await wait(SETTLE_MS / 2);
    expect(calls).toHaveLength(1);
    await waitFor(() => expect(calls).toHaveLength(2));
    // A drag while that band is computed makes it stale: stopped at once, so that the frames
    // have the second core, and nothing is asked while the slider moves. Nor is a known band
    // looked up by content (a JSON of the whole scenario) at every move: at the first only, an
    // edit after a rest that may be an undo.
    const stringify = jest.spyOn(JSON, 'stringify');
    for (const high of [1.3, 1.4, 1.5, 1.6, 1.7]) edit(high);
    const serialised = stringify.mock.calls.filter(([value]) => typeof value === 'object' && value !== null && 'measures' in value).length;
    stringify.mockRestore();
    expect(serialised).toBe(1);
    await wait(0);
    expect(calls[1]!.aborted).toBe(true);
    await wait(SETTLE_MS / 2);
    expect(calls).toHaveLength(2);
    // Meanwhile the band before the edits stays, marked as being updated.
    expect(screen.getByTestId('band-table').closest('section')).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(calls).toHaveLength(3));
    expect(calls[2]!.request.scenario.measures![0]!.uncertainty).toEqual({ low: 0.5, high: 1.7 });
    await calls[2]!.answer();
    expect(screen.getByTestId('band-table').closest('section')).not.toHaveAttribute('aria-busy', 'true');
    expect(gridTexts(screen.getByTestId('band-table'))[2]!.cells).toEqual(
      simulate(active(useAppStore.getState()).scenario!, { draws: 5000, seed: 1 }).savings.p90.map(euro),
    );
  });

  it('asks again for a scenario whose band was aborted when an undo brings it back', async () => {
    const { engine, calls } = controlledEngine();
    setUncertaintyEngine(() => engine);
    resetWith(samenspel());
    renderWithPlatform();
    await waitFor(() => expect(calls).toHaveLength(1));
    const opened = active(useAppStore.getState()).scenario;
    editRange('hoog 1.4', 0.5, 1.4);
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(calls[0]!.aborted).toBe(true);
    act(() => useAppStore.getState().undo());
    expect(active(useAppStore.getState()).scenario).toEqual(opened);
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]!.request.scenario).toEqual(opened);
    await calls[1]!.answer();
    expect(screen.getByTestId('band-table').closest('section')).not.toHaveAttribute('aria-busy', 'true');
  });

  it('does not show the band of another horizon: after the horizon changes, the table waits for its own', async () => {
    const { engine, calls } = controlledEngine();
    setUncertaintyEngine(() => engine);
    resetWith(samenspel());
    renderWithPlatform();
    await waitFor(() => expect(calls).toHaveLength(1));
    await calls[0]!.answer();
    expect(screen.getByTestId('band-table')).toBeInTheDocument();
    act(() =>
      useAppStore.getState().commit('Horizon tot 2024', (s) => {
        s.horizon.to = 2024;
      }),
    );
    expect(screen.queryByTestId('band-table')).not.toBeInTheDocument();
    expect(screen.getByTestId('band-note')).toHaveTextContent('bandbreedte wordt berekend…');
    await waitFor(() => expect(calls).toHaveLength(2));
    await calls[1]!.answer();
    const columns = [...screen.getByTestId('band-table').querySelectorAll('thead th')].map((th) => th.textContent);
    expect(columns.slice(1)).toEqual(['2020', '2021', '2022', '2023', '2024']);
  });

  it('explains a band cell: which percentile of how many draws, with which seed', async () => {
    resetWith(samenspel());
    renderWithPlatform();
    const table = await screen.findByTestId('band-table', undefined, { timeout: 5000 });
    const cell = table.querySelector('td[data-r="0"][data-c="3"]') as HTMLElement;
    act(() => cell.focus());
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('P10 2023');
    expect(tip).toHaveTextContent('10% van de trekkingen bespaart minder, 90% meer');
    expect(tip).toHaveTextContent('5.000 trekkingen, seed 1');
    expect(tip).toHaveTextContent('Zoals ingesteld (elke factor 1)');
  });

  it('hints where to give a range when no enabled measure has one, and draws no band', async () => {
    resetWith(voorbeeld());
    renderWithPlatform();
    expect(screen.getByTestId('band-hint')).toHaveTextContent(
      'Geef maatregelen een bandbreedte om de onzekerheid te zien: klap links een maatregel open (▸) en vul bij „Onzekerheid” laag en hoog in.',
    );
    await settled();
    expect(uncertaintyOf(useAppStore.getState()).figures?.band).toBeNull();
    expect(screen.queryByTestId('band-table')).not.toBeInTheDocument();
    expect(screen.getByTestId('savings-chart')).not.toHaveTextContent('Bandbreedte P10–P90');
  });

  it('does not show the hint in presentation mode', () => {
    resetWith(voorbeeld());
    act(() => useAppStore.setState({ presenting: true }));
    renderWithPlatform(<SavingsChart />);
    expect(screen.queryByTestId('band-hint')).not.toBeInTheDocument();
  });

  it('takes 1,000 draws for the large scenario and says so', async () => {
    // The answer is computed with few draws to keep the test short; the request is what counts.
    const { engine, calls } = controlledEngine((request) => computeUncertainty({ ...request, draws: 20 }));
    setUncertaintyEngine(() => engine);
    resetWith(generateLargeScenario());
    renderWithPlatform();
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.request.draws).toBe(1000);
    await calls[0]!.answer();
    expect(screen.getByTestId('band-note')).toHaveTextContent(
      'Bandbreedte uit 1.000 trekkingen (seed 1). Groot scenario: 1.000 trekkingen in plaats van 5.000, zodat de band het bewerken snel volgt.',
    );
  });
});

describe('the Onzekerheid tab', () => {
  it('ranks the tornado as sensitivity() does, with the band tables of savings and cumulative savings', async () => {
    const scenario = stichtseVecht();
    resetWith(scenario);
    renderWithPlatform();
    await userEvent.click(screen.getByRole('tab', { name: 'Onzekerheid' }));
    const tornadoTable = await screen.findByTestId('tornado-table', undefined, { timeout: 5000 });
    const expected = sensitivity(scenario);
    const rows = gridTexts(tornadoTable);
    expect(rows.map((r) => r.header)).toEqual(expected.rows.map((r) => `${render('nl', r.label)}${r.kind === 'measure' ? 'maatregel' : 'aanname'}`));
    expected.rows.forEach((row, i) => {
      expect(rows[i]!.cells.slice(1)).toEqual([euro(row.savingsAtLow), euro(row.savingsAtHigh), euro(row.swing)]);
    });
    const byId = (id: string) => rows[expected.rows.findIndex((r) => r.id === id)]!;
    expect(byId(scenario.measures![0]!.id).cells[0]).toBe('sterkte × 60% tot × 130%');
    expect(byId('wage').cells[0]).toBe('1 procentpunt lager en hoger, elk jaar');
    // Ranked: the swings never grow down the table.
    const swings = expected.rows.map((r) => r.swing);
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
    expect(screen.getByRole('heading', { name: 'Welke onzekerheid de besparing 2025 het meest beweegt' })).toBeInTheDocument();
    const canvas = within(screen.getByTestId('tornado')).getByRole('img');
    expect(canvas.getAttribute('aria-label')).toContain('Gevoeligheid van de besparing 2025. De grootste uitslag:');

    const band = simulate(scenario, { draws: 5000, seed: 1 });
    const savings = gridTexts(screen.getByTestId('band-table'));
    expect(savings[0]!.cells).toEqual(band.savings.p10.map(euro));
    // With 90 % certainty (the default) the savings are at least P10; at 70 % the 30th percentile (#22).
    expect(savings[3]!.header).toBe('Met 90% zekerheid minstens');
    expect(savings[3]!.cells).toEqual(band.savings.p10.map(euro));
    // No target in 2021: no chance there.
    expect(savings[5]!.cells).toEqual(band.savings.targetMet.map((v) => (v === null ? '—' : formatChance(v, 'nl'))));
    expect(savings[5]!.cells[0]).toBe('—');
    fireEvent.change(screen.getByLabelText('Zekerheid'), { target: { value: '0.7' } });
    const at70 = gridTexts(screen.getByTestId('band-table'))[3]!;
    expect(at70.header).toBe('Met 70% zekerheid minstens');
    expect(at70.cells).toEqual(simulate(scenario, { draws: 5000, seed: 1, certainty: 0.7 }).certain.savings.map(euro));
    const cumulative = gridTexts(screen.getByTestId('cumulative-band-table'));
    expect(cumulative.map((r) => r.cells)).toEqual([
      band.cumulative.p10.map(euro),
      band.cumulative.p50.map(euro),
      band.cumulative.p90.map(euro),
      project(scenario).savings.cumulative.map(euro),
    ]);
    expect(useProjectionView.getState().tab).toBe('uncertainty');
  });

  it('shows the assumptions’ tornado and the hint where no measure has a range', async () => {
    resetWith(voorbeeld());
    useProjectionView.getState().setTab('uncertainty');
    renderWithPlatform();
    expect(screen.getByTestId('uncertainty-status')).toHaveTextContent('De onzekerheid wordt berekend…');
    const table = await screen.findByTestId('tornado-table', undefined, { timeout: 5000 });
    expect(gridTexts(table).map((r) => r.header)).toEqual(
      sensitivity(voorbeeld()).rows.map((r) => `${render('nl', r.label)}aanname`),
    );
    expect(screen.getByTestId('band-hint')).toHaveTextContent('Geen ingeschakelde maatregel heeft een bandbreedte');
    expect(screen.queryByTestId('band-table')).not.toBeInTheDocument();
  });

  it('speaks English', async () => {
    const scenario = stichtseVecht();
    resetWith(scenario, { lang: 'en' });
    useProjectionView.getState().setTab('uncertainty');
    renderWithPlatform();
    const table = await screen.findByTestId('tornado-table', undefined, { timeout: 5000 });
    expect(screen.getByRole('tab', { name: 'Uncertainty' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('heading', { name: 'Which uncertainty moves the savings of 2025 most' })).toBeInTheDocument();
    const first = sensitivity(scenario).rows[0]!;
    expect(gridTexts(table)[0]!.cells[1]).toBe(formatMoney(first.savingsAtLow, { lang: 'en', unit: 'euro', symbol: false }));
    expect(gridTexts(screen.getByTestId('band-table')).map((r) => r.header)).toContain('Chance the target is met');
    expect(screen.getByText(/Range from 5,000 draws \(seed 1\)\./)).toBeInTheDocument();
  });
});
