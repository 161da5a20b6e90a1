// The headline's target: met only when every year with a target is met (#20). The sample meets
// its € 165.000 in the last year; a target of € 195.000 for 2023 alone makes 2023 fall short.
import { act, render, screen } from '@testing-library/react';
import { HeadlineStrip } from '../../../renderer/components/shell/HeadlineStrip';
import { useAppStore } from '../../../renderer/store/store';
import { stichtseVecht } from '../../shared/compare/support';

const initialState = useAppStore.getState();
beforeEach(() => useAppStore.setState(initialState, true));

function show(target: Record<string, number>, lang: 'nl' | 'en' = 'nl') {
  act(() => {
    useAppStore.getState().setLang(lang);
    useAppStore.getState().openDocument({ ...stichtseVecht(), target }, 'sv.vcscenario.json');
  });
  render(<HeadlineStrip />);
  return screen.getByTestId('headline-target');
}

describe('the headline target', () => {
  it('met in every year: ✓ gehaald over the years with a target', () => {
    const target = show({ '2022': 165_000 });
    expect(target.textContent).toBe('✓ gehaald');
    expect(screen.getByRole('heading', { name: 'Taakstelling 2022–2025' })).toBeInTheDocument();
  });

  it('met in the last year but short in 2023: ✗ niet gehaald, naming 2023 and the shortfall', () => {
    const target = show({ '2022': 165_000, '2023': 195_000, '2024': 165_000 });
    expect(target.textContent?.replace(/\u00a0/g, ' ')).toBe('✗ niet gehaald (tekort € 30.000 in 2023)');
    expect(target).toHaveClass('is-short');
  });

  it('in English, several short years as runs', () => {
    const target = show({ '2022': 175_000, '2024': 165_000 }, 'en');
    expect(target.textContent).toBe('✗ not met (short in 2022–2023, most in 2022: €10,000)');
  });
});
