// Dragging one slider re-renders one row: rows are memoised and follow their own measure only.
// Every row renders its year cells once per render, so counting YearCells renders counts rows.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { generateLargeScenario } from '../../../shared/scenario/generate-large';
import { useAppStore } from '../../../renderer/store/store';

const renders = new Map<string, number>();
jest.mock('../../../renderer/components/measures/YearCells', () => {
  const actual = jest.requireActual('../../../renderer/components/measures/YearCells');
  return {
    ...actual,
    YearCells: (props: { measure: { id: string } }) => {
      renders.set(props.measure.id, (renders.get(props.measure.id) ?? 0) + 1);
      return actual.YearCells(props);
    },
  };
});

// Imported after the mock is set up.
import { MeasuresPanel } from '../../../renderer/components/measures/MeasuresPanel';

describe('row memoisation on the large scenario (300 lines, 60 measures, 30 years)', () => {
  it('a slider drag re-renders only the row being dragged', () => {
    const scenario = generateLargeScenario();
    act(() => {
      useAppStore.setState({ lang: 'nl' });
      useAppStore.getState().loadScenario(scenario, null);
    });
    render(<MeasuresPanel />);
    expect(renders.size).toBe(60);
    const first = scenario.measures![0]!;
    const slider = screen.getAllByRole('slider')[0]!;
    renders.clear();
    for (const v of ['1', '2', '3']) fireEvent.change(slider, { target: { value: v } });
    expect([...renders.keys()]).toEqual([first.id]);
    expect(useAppStore.getState().past).toHaveLength(1);
  });
});
