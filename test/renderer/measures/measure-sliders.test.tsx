// Presentation mode's sliders: the enabled measures only, name, main slider and value.
import '@testing-library/jest-dom';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { MeasureSliders } from '../../../renderer/components/measures/MeasuresPanel';
import { useAppStore } from '../../../renderer/store/store';
import type { Scenario } from '../../../shared/scenario/schema';
import { measuresFixture } from './fixture';
import { active } from '../active';

beforeEach(() => {
  act(() => {
    useAppStore.setState({ lang: 'nl' });
    useAppStore.getState().loadScenario(measuresFixture(), null);
  });
});

describe('MeasureSliders', () => {
  it('shows each enabled measure’s name and main slider with its value, nothing else', () => {
    const { container } = render(<MeasureSliders />);
    const sliders = screen.getAllByRole('slider');
    expect(sliders.map((s) => s.getAttribute('aria-valuetext'))).toHaveLength(5);
    expect(screen.queryByText('Inkoop')).toBeNull(); // switched off
    expect(screen.getByText('Korting Vitale Coalitie')).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Kortingspercentage Korting Vitale Coalitie' })).toHaveValue('20');
    expect(container.querySelectorAll('input:not([type="range"]), button, select')).toHaveLength(0);
    expect(container.querySelector('output')).toHaveTextContent('20%');
  });

  it('moves a measure live, as one history step', () => {
    render(<MeasureSliders />);
    const slider = screen.getByRole('slider', { name: 'Kortingspercentage Korting Vitale Coalitie' });
    fireEvent.change(slider, { target: { value: '10' } });
    fireEvent.change(slider, { target: { value: '5' } });
    const m = (active(useAppStore.getState()).scenario as Scenario).measures![0] as { rate: number };
    expect(m.rate).toBe(0.05);
    expect(active(useAppStore.getState()).past.map((e) => e.label)).toEqual(['Korting Vitale Coalitie 20% → 5%']);
    expect(screen.getByText('5%')).toBeInTheDocument();
  });
});
