// The notice-period check beside a measure (#21 item 2): the warning of scenarioWarnings in
// warning style, a live region that reads it out when a partner's year makes it appear, and its
// two fixes, each one labelled, undoable step — start on 1 January of the earliest year (the
// warning goes), or add the phase-out payment the partner loses (voorbeeld-v2: € 20.000 more in
// 2025, beside the € 20.000 already listed).
import '@testing-library/jest-dom';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { project } from '../../../shared/engine/project';
import { render as renderText } from '../../../shared/i18n/text';
import { scenarioWarnings } from '../../../shared/engine/warnings';
import type { CutMeasure, Scenario } from '../../../shared/scenario/schema';
import { MeasuresPanel } from '../../../renderer/components/measures/MeasuresPanel';
import { useAppStore } from '../../../renderer/store/store';
import { active } from '../active';

jest.setTimeout(60_000);

const v2 = (): Scenario => JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/voorbeeld-v2.json'), 'utf8')) as Scenario;
function load(scenario: Scenario = v2(), lang: 'nl' | 'en' = 'nl') {
  act(() => {
    useAppStore.setState({ lang });
    useAppStore.getState().loadScenario(scenario, 'v2.vcscenario.json');
  });
}
const state = () => useAppStore.getState();
const scenario = () => active(state()).scenario as Scenario;
const bieb = () => scenario().measures!.find((m) => m.id === 'korting-bieb') as CutMeasure;
const labels = () => active(state()).past.map((e) => e.label);
const row = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li') as HTMLElement;
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\u2060/g, '');

describe('the notice-period warning beside a measure', () => {
  it('shows the engine’s warning beside the measure it is about, and no other', () => {
    load();
    render(<MeasuresPanel />);
    const message = renderText('nl', scenarioWarnings(scenario(), project(scenario())).find((w) => w.code === 'notice-period')!.message);
    const warning = within(row('10 % korting bibliotheek')).getByRole('group', { name: /Waarschuwing/ });
    expect(plain(warning.textContent)).toContain(plain(message));
    expect(plain(warning.textContent)).toContain('Afbouwregeling in het scenario: € 20.000 in 2025.');
    expect(warning.closest('[aria-live="polite"]')).not.toBeNull();
    expect(within(row('Jeugdpunt halveren')).queryByRole('group', { name: /Waarschuwing/ })).toBeNull();
    expect(screen.getByTestId('notice-jeugdpunt-half')).toBeEmptyDOMElement();
  });

  it('“Laat ingaan op 1 januari 2026”: phase-in from 2026, the warning gone, one undoable step', async () => {
    load();
    render(<MeasuresPanel />);
    const cut = within(row('10 % korting bibliotheek'));
    await userEvent.setup().click(cut.getByRole('button', { name: 'Laat ingaan op 1 januari 2026' }));
    expect(bieb().phaseIn).toEqual({ 2026: 1 });
    expect(labels()).toEqual(['„10 % korting bibliotheek” gaat in op 1 januari 2026']);
    expect(cut.queryByRole('group', { name: /Waarschuwing/ })).toBeNull();
    expect(cut.getByText('De maatregel gaat nu in op 1 januari 2026; de waarschuwing is weg.')).toHaveFocus();
    act(() => state().undo());
    expect(bieb().phaseIn).toEqual({ 2025: 1 });
    expect(cut.getByRole('group', { name: /Waarschuwing/ })).toBeInTheDocument();
    expect(cut.queryByText(/de waarschuwing is weg/)).toBeNull();
  });

  it('“Afbouwregeling toevoegen”: the partner’s loss less what is listed, then nothing more to add', async () => {
    load();
    render(<MeasuresPanel />);
    const cut = within(row('10 % korting bibliotheek'));
    const add = cut.getByRole('button', { name: 'Afbouwregeling toevoegen' });
    expect(plain(add.getAttribute('aria-describedby') && document.getElementById(add.getAttribute('aria-describedby')!)!.textContent)).toBe(
      'Voegt een afbouwregeling toe van € 20.000 in 2025: wat de partner in die jaren door de maatregel misloopt.',
    );
    await userEvent.setup().click(add);
    expect(bieb().oneOffCosts).toEqual([
      { kind: 'afbouw', amounts: { 2025: 20000 } },
      { kind: 'afbouw', amounts: { 2025: 20000 }, notes: 'Afbouwregeling voor „Bibliotheek Rivierenland”: de opzegtermijn loopt tot 1 januari 2026.' },
    ]);
    expect(plain(labels()[0]!)).toBe('Afbouwregeling bij „10 % korting bibliotheek”: € 20.000 in 2025');
    // The warning stays (the phase did not change); the payment is there, the button is not.
    expect(plain(cut.getByRole('group', { name: /Waarschuwing/ }).textContent)).toContain('Afbouwregeling in het scenario: € 40.000 in 2025.');
    expect(cut.queryByRole('button', { name: 'Afbouwregeling toevoegen' })).toBeNull();
    expect(plain(cut.getByText(/Afbouwregeling toegevoegd/).textContent)).toBe('Afbouwregeling toegevoegd: € 20.000 in 2025.');
    expect(project(scenario()).savings.oneOffCosts[1]).toBe(40000);
    act(() => state().undo());
    expect(bieb().oneOffCosts).toHaveLength(1);
    expect(cut.getByRole('button', { name: 'Afbouwregeling toevoegen' })).toBeInTheDocument();
  });

  it('appears when a partner becomes long-standing, and is read out (the live region was there first)', () => {
    const s = v2();
    s.organisations![1]!.subsidisedSince = 2023;
    load(s);
    render(<MeasuresPanel />);
    const region = screen.getByTestId('notice-korting-bieb');
    expect(region).toBeEmptyDOMElement();
    expect(region).toHaveAttribute('aria-live', 'polite');
    act(() => state().commit('since', (d) => void (d.organisations![1]!.subsidisedSince = 2010)));
    expect(within(region).getByRole('group', { name: /Waarschuwing/ })).toBeInTheDocument();
  });

  it('in English', () => {
    load(v2(), 'en');
    render(<MeasuresPanel />);
    const cut = within(row('10 % korting bibliotheek'));
    expect(cut.getByRole('button', { name: 'Start on 1 January 2026' })).toBeInTheDocument();
    expect(cut.getByRole('button', { name: 'Add a phase-out payment' })).toBeInTheDocument();
  });
});
