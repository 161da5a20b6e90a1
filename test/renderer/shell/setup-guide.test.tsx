// The guide of a new scenario (#24 item 7) against the real store: three numbered steps ticked as
// the scenario gets budget lines with an amount, a measure and a target; each step's button takes
// the focus to its first field (opening the section that holds it); closed, it stays closed for
// that document; never shown for a scenario that has all three.
import '@testing-library/jest-dom';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BaselinePanel } from '../../../renderer/components/baseline/BaselinePanel';
import { MeasuresPanel } from '../../../renderer/components/measures/MeasuresPanel';
import { SetupGuide } from '../../../renderer/components/shell/SetupGuide';
import { activeDocument } from '../../../renderer/store/documents-slice';
import { useAppStore } from '../../../renderer/store/store';
import { newScenario } from '../../../shared/scenario/new-scenario';
import { parseScenarioText } from '../../../shared/scenario/parse';
import type { Scenario } from '../../../shared/scenario/schema';
import { setupSteps } from '../../../shared/scenario/setup-steps';
import type { Lang } from '../../../shared/i18n/languages';
import { findUnwrappedTexts } from '../../support/pseudo-check';

const initialState = useAppStore.getState();
const state = () => useAppStore.getState();
const commit = (recipe: (s: Scenario) => void) => act(() => state().commit('test', recipe));

function sample(id: string): Scenario {
  const parsed = parseScenarioText(readFileSync(resolve(__dirname, '../../../scenarios', `${id}.vcscenario.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`sample ${id} is invalid`);
  return parsed.value;
}

/** A new scenario (as "+ Nieuw scenario" makes it), with the editor's three parts around the guide. */
function renderNew(lang: Lang = 'nl') {
  act(() => {
    useAppStore.setState({ lang });
    state().openDocument(newScenario(2026, lang, new Date('2026-01-05T09:00:00Z')), null);
  });
  return render(
    <>
      <MeasuresPanel />
      <SetupGuide />
      <BaselinePanel />
    </>,
  );
}

const guide = () => screen.queryByRole('region', { name: 'Zo bouwt u het scenario op' });
/** The steps as the guide shows them: the step's button and whether it says it is done. */
const steps = () =>
  within(guide()!)
    .getAllByRole('listitem')
    .map((li) => `${within(li).getAllByRole('button')[0]!.textContent}: ${li.querySelector('.setup-guide__status') ? 'gedaan' : 'nog te doen'}`);

beforeEach(() => useAppStore.setState(initialState, true));

describe('the steps', () => {
  it('are ticked one by one as the scenario gets lines with an amount, a measure and a target', () => {
    renderNew();
    expect(steps()).toEqual([
      'Begrotingsregels invoeren of importeren: nog te doen',
      'Een maatregel toevoegen: nog te doen',
      'De taakstelling invullen: nog te doen',
    ]);
    // The starting line has € 0: not yet a line with an amount.
    commit((s) => void (s.lines[0]!.amount = 250_000));
    expect(steps()[0]).toBe('Begrotingsregels invoeren of importeren: gedaan');
    // Each step says whether it is done to a screen reader too (its description).
    expect(screen.getByRole('button', { name: 'Begrotingsregels invoeren of importeren' })).toHaveAccessibleDescription(/^gedaan/);
    expect(screen.getByRole('button', { name: 'Een maatregel toevoegen' })).toHaveAccessibleDescription(/^nog te doen/);

    commit((s) => void (s.measures = [{ id: 'korting', name: 'Korting', type: 'cut', rate: 0.1 }]));
    expect(steps()[1]).toBe('Een maatregel toevoegen: gedaan');
    expect(within(guide()!).queryByText(/Alle drie de stappen/)).toBeNull();

    commit((s) => void (s.target = { '2027': 25_000 }));
    expect(steps()).toEqual([
      'Begrotingsregels invoeren of importeren: gedaan',
      'Een maatregel toevoegen: gedaan',
      'De taakstelling invullen: gedaan',
    ]);
    expect(within(guide()!).getByText('Alle drie de stappen zijn gedaan. U kunt deze hulp sluiten.')).toBeInTheDocument();

    // Undone, the tick goes again: the steps are read from the scenario.
    act(() => state().undo());
    expect(steps()[2]).toBe('De taakstelling invullen: nog te doen');
  });

  it('reads the steps from the scenario: an amount or clients × price, any measure, a target that is not 0', () => {
    const base = newScenario(2026, 'nl');
    expect(setupSteps(base)).toEqual({ lines: false, measure: false, target: false });
    expect(setupSteps({ ...base, lines: [{ id: 'a', name: 'A', kind: 'individual', volume: 10, unitCost: 0 }] }).lines).toBe(false);
    expect(setupSteps({ ...base, lines: [{ id: 'a', name: 'A', kind: 'individual', volume: 10, unitCost: 900 }] }).lines).toBe(true);
    expect(setupSteps({ ...base, target: { '2026': 0 } }).target).toBe(false);
    expect(setupSteps({ ...base, measures: [{ id: 'f', name: 'F', type: 'fixed', amounts: { '2026': 1 } }] }).measure).toBe(true);
  });
});

describe('the buttons', () => {
  it('take the focus to the first field of each step, opening the section that holds it', async () => {
    const user = userEvent.setup();
    renderNew();
    const linesToggle = screen.getByRole('button', { name: 'Begrotingsregels' });
    const targetToggle = screen.getByRole('button', { name: 'Taakstelling' });
    expect(linesToggle).toHaveAttribute('aria-expanded', 'false');

    await user.click(screen.getByRole('button', { name: 'Begrotingsregels invoeren of importeren' }));
    expect(linesToggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByLabelText('Naam, regel 1')).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Een maatregel toevoegen' }));
    expect(screen.getByLabelText('Soort maatregel')).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'De taakstelling invullen' }));
    expect(targetToggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByLabelText('Taakstelling 2026')).toHaveFocus();

    // Closed again, the lines open again for the first step, and the focus goes there.
    await user.click(linesToggle);
    expect(linesToggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(screen.getByRole('button', { name: 'Begrotingsregels invoeren of importeren' }));
    expect(screen.getByLabelText('Naam, regel 1')).toHaveFocus();
    // Served: no request is left to take the focus later.
    expect(state().focusRequest).toBeNull();
  });

  it('without any line, the first step goes to the name of a new one; its import button opens the import', async () => {
    const user = userEvent.setup();
    renderNew();
    commit((s) => void (s.lines = []));
    await user.click(screen.getByRole('button', { name: 'Begrotingsregels invoeren of importeren' }));
    expect(screen.getByLabelText('Naam van de nieuwe regel')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Regels importeren…' }));
    expect(state().importOpen).toBe(true);
  });
});

describe('closing', () => {
  it('hides the guide for that document for good; the focus goes on to the baseline', async () => {
    const user = userEvent.setup();
    renderNew();
    const newId = state().activeDocumentId!;
    await user.click(within(guide()!).getByRole('button', { name: 'Hulp sluiten' }));
    expect(guide()).toBeNull();
    expect(screen.getByRole('region', { name: 'Basis' })).toHaveFocus();

    // Edits, another document and back, a variant: it does not come back.
    commit((s) => void (s.lines[0]!.amount = 1000));
    act(() => void state().openDocument(newScenario(2026, 'nl'), null));
    expect(guide()).not.toBeNull();
    act(() => state().switchDocument(newId));
    expect(guide()).toBeNull();
    act(() => void state().duplicateDocument('Variant'));
    expect(activeDocument(state())!.variantOf).toBe(newId);
    expect(guide()).toBeNull();
  });
});

describe('when it is shown', () => {
  it('never for a file or sample that has all three steps', () => {
    const complete = sample('stichtse-vecht-vitale-coalitie');
    expect(setupSteps(complete)).toEqual({ lines: true, measure: true, target: true });
    act(() => state().loadScenario(complete, 'stichtse-vecht-vitale-coalitie.vcscenario.json'));
    render(<SetupGuide />);
    expect(guide()).toBeNull();
  });

  it('for a sample that lacks a step (Kampen has no target), with the steps it has ticked', () => {
    act(() => state().loadScenario(sample('kampen-innovatiebudget'), 'kampen-innovatiebudget.vcscenario.json'));
    render(<SetupGuide />);
    expect(steps()).toEqual([
      'Begrotingsregels invoeren of importeren: gedaan',
      'Een maatregel toevoegen: gedaan',
      'De taakstelling invullen: nog te doen',
    ]);
  });

  it('in English', () => {
    renderNew('en');
    const region = screen.getByRole('region', { name: 'How to build the scenario' });
    expect(within(region).getAllByRole('listitem').map((li) => within(li).getAllByRole('button')[0]!.textContent)).toEqual([
      'Enter or import the budget lines',
      'Add a measure',
      'Fill in the savings target',
    ]);
    expect(within(region).getByRole('button', { name: 'Close the guide' })).toBeInTheDocument();
  });

  it('with every word from the catalogue (the pseudo-locale)', () => {
    renderNew('qps');
    const region = document.getElementById('region-guide')!;
    expect(region.textContent).toMatch(/⟦/);
    expect(findUnwrappedTexts(region, [])).toEqual([]);
  });
});
