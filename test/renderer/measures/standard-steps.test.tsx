// #21 item 5: a cut by rate is set to the usual 5, 10 or 20 % in one move, beside its rate, by
// mouse or keyboard; the step it has now shows pressed; a cut by amount and the other measure
// types have no steps.
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
const scenario = () => active(useAppStore.getState()).scenario as Scenario;
const rate = (id: string) => (scenario().measures!.find((m) => m.id === id) as Extract<Measure, { type: 'cut' }>).rate;
const labels = () => active(useAppStore.getState()).past.map((e) => e.label);
const pressed = (group: HTMLElement) => within(group).getAllByRole('button').map((b) => [b.textContent, b.getAttribute('aria-pressed')]);

beforeEach(() => load());

describe('standard steps of a cut', () => {
  it('sets the rate to 5, 10 or 20 % in one move, one history step each, and shows the step it has pressed', async () => {
    const user = userEvent.setup();
    render(<MeasuresPanel />);
    const group = screen.getByRole('group', { name: 'Standaardstap Korting Vitale Coalitie' });
    expect(pressed(group)).toEqual([
      ['5%', 'false'],
      ['10%', 'false'],
      ['20%', 'true'],
    ]);
    await user.click(within(group).getByRole('button', { name: '5%' }));
    expect(rate('korting')).toBe(0.05);
    expect(labels().at(-1)).toBe('Korting Vitale Coalitie 20% → 5%');
    expect(pressed(group).map(([, p]) => p)).toEqual(['true', 'false', 'false']);
    // The rate field and the slider follow; so does the projection.
    expect(screen.getByRole('textbox', { name: 'Kortingspercentage Korting Vitale Coalitie' })).toHaveValue('5');
    expect(screen.getByRole('slider', { name: 'Kortingspercentage Korting Vitale Coalitie' })).toHaveValue('5');
    const p = project(scenario());
    expect(p.measures.find((m) => m.id === 'korting')!.effect.at(-1)).toBeGreaterThan(0);
    // Pressing the step it has changes nothing.
    await user.click(within(group).getByRole('button', { name: '5%' }));
    expect(labels()).toHaveLength(1);
  });

  it('works from the keyboard: Tab to a step, Enter or Space', async () => {
    const user = userEvent.setup();
    render(<MeasuresPanel />);
    const group = screen.getByRole('group', { name: 'Standaardstap Korting Vitale Coalitie' });
    within(group).getByRole('button', { name: '5%' }).focus();
    await user.tab();
    expect(within(group).getByRole('button', { name: '10%' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(rate('korting')).toBe(0.1);
    await user.tab();
    await user.keyboard(' ');
    expect(rate('korting')).toBe(0.2);
    expect(labels()).toEqual(['Korting Vitale Coalitie 20% → 10%', 'Korting Vitale Coalitie 10% → 20%']);
  });

  it('a rate between the steps presses none; typed as 10 it presses 10', async () => {
    const user = userEvent.setup();
    render(<MeasuresPanel />);
    const field = screen.getByRole('textbox', { name: 'Kortingspercentage Korting Vitale Coalitie' });
    await user.clear(field);
    await user.type(field, '12,5{Enter}');
    const group = screen.getByRole('group', { name: 'Standaardstap Korting Vitale Coalitie' });
    expect(pressed(group).map(([, p]) => p)).toEqual(['false', 'false', 'false']);
    await user.clear(field);
    await user.type(field, '10{Enter}');
    expect(pressed(group).map(([, p]) => p)).toEqual(['false', 'true', 'false']);
  });

  it('only for a cut by rate: not for a cut by amount, nor for a volume change', () => {
    render(<MeasuresPanel />);
    expect(screen.getAllByRole('group', { name: /^Standaardstap / })).toHaveLength(1);
    expect(screen.queryByRole('group', { name: 'Standaardstap Jeugd-Punt' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Standaardstap Preventie' })).toBeNull();
  });

  it('in English', () => {
    load(measuresFixture(), 'en');
    render(<MeasuresPanel />);
    expect(screen.getByRole('group', { name: 'Standard step Korting Vitale Coalitie' })).toBeInTheDocument();
  });
});
