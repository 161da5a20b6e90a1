// The phase-in trap (#24 item 2) in the editor: under each phase-in cell what the measure does
// that year, in its type's words; a phase-in typed as rates (5 / 12 / 20 on a 20% cut) gets a
// warning with what was probably meant, and converting it is one undoable step with its label.
import '@testing-library/jest-dom';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { project } from '../../../shared/engine/project';
import type { Measure, Scenario } from '../../../shared/scenario/schema';
import { MeasuresPanel } from '../../../renderer/components/measures/MeasuresPanel';
import { useAppStore } from '../../../renderer/store/store';
import { measuresFixture } from './fixture';
import { active } from '../active';

function load(scenario: Scenario = measuresFixture(), lang: 'nl' | 'en' = 'nl') {
  act(() => {
    useAppStore.setState({ lang });
    useAppStore.getState().loadScenario(scenario, 'test.vcscenario.json');
  });
}
const state = () => useAppStore.getState();
const scenario = () => active(state()).scenario as Scenario;
const measure = (id: string) => scenario().measures!.find((m) => m.id === id) as Measure;
const phaseIn = (id: string) => (measure(id) as { phaseIn?: Record<string, number> }).phaseIn;
const labels = () => active(state()).past.map((e) => e.label);
const row = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li') as HTMLElement;
/** The texts under a row's phase-in cells, by year (no-break spaces read as spaces). */
const inForce = (name: string) =>
  Object.fromEntries(
    [...row(name).querySelectorAll<HTMLElement>('.measures-years__year')].map((cell) => [
      cell.dataset.year,
      cell.querySelector('.measures-years__effect')?.textContent?.replace(/\u00a0/g, ' '),
    ]),
  );

/** The fixture's cut "Korting Vitale Coalitie" (20%, 2020–2023) without its phase-in. */
function plainCut(): Scenario {
  const s = measuresFixture();
  const cut = s.measures!.find((m) => m.id === 'korting') as Extract<Measure, { type: 'cut' }>;
  delete cut.phaseIn;
  return s;
}

async function typePhaseIn(name: string, values: Record<number, string>) {
  const user = userEvent.setup();
  for (const [year, value] of Object.entries(values)) {
    const cell = screen.getByRole('textbox', { name: `invoering ${year} ${name}` });
    await user.clear(cell);
    await user.type(cell, `${value}{Enter}`);
  }
  return user;
}

describe('under each phase-in cell: what the measure does that year', () => {
  it('in each type’s words, the empty years as the engine reads them', () => {
    load();
    render(<MeasuresPanel />);
    // 20% cut, phase-in 2021 0%, 2022 50%, 2023 100%: 2020 is before the first listed year.
    expect(inForce('Korting Vitale Coalitie')).toEqual({ 2020: '= 0% korting', 2021: '= 0% korting', 2022: '= 10% korting', 2023: '= 20% korting' });
    // A cut by amount without a phase-in: the whole amount every year.
    const amount = '= € 30.000';
    expect(inForce('Jeugd-Punt')).toEqual({ 2020: amount, 2021: amount, 2022: amount, 2023: amount });
    // The "=" stays with its figure ("= 10%" over "korting"), and "€" with its amount.
    expect(row('Jeugd-Punt').querySelector('.measures-years__effect')!.textContent).toBe('=\u00a0€\u00a030.000');
    expect(row('Korting Vitale Coalitie').querySelector('.measures-years__effect')!.textContent).toBe('=\u00a00% korting');
    expect(inForce('Preventie')[2021]).toBe('= −5% volume');
    expect(inForce('Inkoop')[2021]).toBe('= −3% tarief');
    // A shift's shares and fixed amounts are no phase-in.
    expect(row('Naar huiskamers').querySelector('.measures-years__effect')).toBeNull();
    expect(row('Extra formatie').querySelector('.measures-years__effect')).toBeNull();
    // Read with the cell: "invoering 2022 Korting Vitale Coalitie", described "= 10% korting".
    expect(screen.getByRole('textbox', { name: 'invoering 2022 Korting Vitale Coalitie' })).toHaveAccessibleDescription('=\u00a010% korting');
  });

  it('in English', () => {
    load(measuresFixture(), 'en');
    render(<MeasuresPanel />);
    expect(inForce('Korting Vitale Coalitie')[2022]).toBe('= 10% cut');
    expect(inForce('Jeugd-Punt')[2020]).toBe('= €30,000');
    expect(inForce('Inkoop')[2020]).toBe('= −3% tariff');
  });

  it('follows the strength and the phase-in as they change', async () => {
    load();
    render(<MeasuresPanel />);
    act(() => state().commit('rate', (d) => void ((d.measures![0] as { rate: number }).rate = 0.3)));
    expect(inForce('Korting Vitale Coalitie')[2022]).toBe('= 15% korting');
    // Emptying 2022 carries 2021's 0% forward.
    await typePhaseIn('Korting Vitale Coalitie', { 2022: '' });
    expect(phaseIn('korting')).toEqual({ '2021': 0, '2023': 1 });
    expect(inForce('Korting Vitale Coalitie')).toEqual({ 2020: '= 0% korting', 2021: '= 0% korting', 2022: '= 0% korting', 2023: '= 30% korting' });
  });
});

describe('a phase-in that looks like rates', () => {
  const WARNING = 'Invoering is het deel van de maatregel dat geldt: 100% is de hele 20% korting. 5% / 12% / 20% lijkt op het percentage per jaar. Bedoelt u 25% / 60% / 100%?';

  it('5 / 12 / 20 on a 20% cut: a warning with what was probably meant; converting is one labelled, undoable step', async () => {
    load(plainCut());
    render(<MeasuresPanel />);
    const cut = within(row('Korting Vitale Coalitie'));
    await typePhaseIn('Korting Vitale Coalitie', { 2021: '5', 2022: '12' });
    expect(cut.queryByText(/lijkt op het percentage/)).toBeNull();
    await typePhaseIn('Korting Vitale Coalitie', { 2023: '20' });
    expect(phaseIn('korting')).toEqual({ '2021': 0.05, '2022': 0.12, '2023': 0.2 });
    expect(cut.getByText(WARNING)).toBeInTheDocument();
    // In a live region that was there before the warning, so it is read out when it appears.
    expect(cut.getByText(WARNING).closest('[aria-live="polite"]')).not.toBeNull();
    expect(inForce('Korting Vitale Coalitie')[2023]).toBe('= 4% korting');
    // The cut’s own effect in 2023, and the full 20% of what it targets (the Vitale Coalitie’s lines,
    // their baseline in whole euros: to the euro).
    const cutEffect = () => project(scenario()).measures.find((m) => m.id === 'korting')!.exact.at(-1)!;
    const full = 0.2 * project(scenario()).lines.filter((l) => l.group === 'Vitale Coalitie').reduce((sum, l) => sum + l.baseline.at(-1)!, 0);
    expect(cutEffect()).toBeCloseTo(full / 5, 0);

    const before = labels().length;
    const button = cut.getByRole('button', { name: 'Omzetten naar 25% / 60% / 100% Korting Vitale Coalitie' });
    expect(button).toHaveAccessibleDescription(WARNING);
    await userEvent.setup().click(button);
    expect(phaseIn('korting')).toEqual({ '2021': 0.25, '2022': 0.6, '2023': 1 });
    expect(labels()).toHaveLength(before + 1);
    expect(labels().at(-1)).toBe('Korting Vitale Coalitie: invoering 5% / 12% / 20% → 25% / 60% / 100% (deel van de maatregel)');
    expect(cut.queryByText(WARNING)).toBeNull();
    // What it did, with focus on it (the button is gone).
    const note = cut.getByText('De invoering is nu 25% / 60% / 100%. Ongedaan maken met Ctrl+Z.');
    expect(note).toHaveFocus();
    expect(inForce('Korting Vitale Coalitie')).toEqual({ 2020: '= 0% korting', 2021: '= 5% korting', 2022: '= 12% korting', 2023: '= 20% korting' });
    expect(cutEffect()).toBeCloseTo(full, 0);

    act(() => state().undo());
    expect(phaseIn('korting')).toEqual({ '2021': 0.05, '2022': 0.12, '2023': 0.2 });
    expect(cut.getByText(WARNING)).toBeInTheDocument();
    expect(cut.queryByText(/De invoering is nu/)).toBeNull();
    act(() => state().redo());
    expect(phaseIn('korting')).toEqual({ '2021': 0.25, '2022': 0.6, '2023': 1 });
    expect(cut.queryByText(WARNING)).toBeNull();
  });

  it.each([
    ['25 / 60 / 100', { 2021: '25', 2022: '60', 2023: '100' }],
    ['20 / 50 / 100', { 2021: '20', 2022: '50', 2023: '100' }],
  ])('no warning on %s', async (_name, values) => {
    load(plainCut());
    render(<MeasuresPanel />);
    await typePhaseIn('Korting Vitale Coalitie', values);
    expect(within(row('Korting Vitale Coalitie')).queryByRole('button', { name: /^Omzetten/ })).toBeNull();
    expect(screen.queryByText(/lijkt op het percentage/)).toBeNull();
  });

  it('goes when the rate no longer matches, and never changes the phase-in by itself', async () => {
    load(plainCut());
    render(<MeasuresPanel />);
    await typePhaseIn('Korting Vitale Coalitie', { 2021: '5', 2022: '12', 2023: '20' });
    expect(screen.getByText(WARNING)).toBeInTheDocument();
    act(() => state().commit('rate', (d) => void ((d.measures![0] as { rate: number }).rate = 0.25)));
    expect(screen.queryByText(/lijkt op het percentage/)).toBeNull();
    expect(phaseIn('korting')).toEqual({ '2021': 0.05, '2022': 0.12, '2023': 0.2 });
  });

  it('in English, for a volume change', async () => {
    const s = measuresFixture();
    (s.measures!.find((m) => m.id === 'preventie') as { phaseIn?: Record<string, number> }).phaseIn = { '2021': 0.01, '2022': 0.03, '2023': 0.05 };
    load(s, 'en');
    render(<MeasuresPanel />);
    expect(
      screen.getByText('Phase-in is the share of the measure in force: 100% is the whole −5% volume. 1% / 3% / 5% looks like the rate per year. Did you mean 20% / 60% / 100%?'),
    ).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Change to 20% / 60% / 100% Preventie' }));
    expect(phaseIn('preventie')).toEqual({ '2021': 0.2, '2022': 0.6, '2023': 1 });
    expect(labels().at(-1)).toBe('Preventie: phase-in 1% / 3% / 5% → 20% / 60% / 100% (share of the measure)');
  });
});
