// Dragging one slider re-renders one row: rows are memoised and follow their own measure only.
// Every row renders its strength control once per render, so counting those counts rows; and the
// dragged row's thirty year cells and its head do not render again, since they did not change.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { generateLargeScenario } from '../../../shared/scenario/generate-large';
import { useAppStore } from '../../../renderer/store/store';

const rows = new Map<string, number>();
const yearCells = new Map<string, number>();
const heads = new Map<string, number>();
const count = (map: Map<string, number>, id: string) => map.set(id, (map.get(id) ?? 0) + 1);

jest.mock('../../../renderer/components/measures/StrengthControl', () => {
  const actual = jest.requireActual('../../../renderer/components/measures/StrengthControl');
  return {
    ...actual,
    StrengthControl: (props: { measure: { id: string } }) => {
      count(rows, props.measure.id);
      return actual.StrengthControl(props);
    },
  };
});
jest.mock('../../../renderer/components/measures/YearCells', () => {
  const { memo } = jest.requireActual('react');
  const actual = jest.requireActual('../../../renderer/components/measures/YearCells');
  const counted = (props: { measure: { id: string } }) => {
    count(yearCells, props.measure.id);
    return actual.YearCells(props);
  };
  return { ...actual, YearCells: counted, MemoYearCells: memo(counted, actual.sameYearCells) };
});

jest.mock('../../../renderer/components/measures/MeasureHead', () => {
  const { memo } = jest.requireActual('react');
  const actual = jest.requireActual('../../../renderer/components/measures/MeasureHead');
  // The same memo (shallow props), counted: what the row passes decides whether it renders.
  return { ...actual, MeasureHead: memo((props: { id: string }) => (count(heads, props.id), actual.MeasureHead.type(props))) };
});

// Imported after the mocks are set up.
import { MeasuresPanel } from '../../../renderer/components/measures/MeasuresPanel';
import { active } from '../active';

function renderLarge() {
  const scenario = generateLargeScenario();
  act(() => {
    useAppStore.setState({ lang: 'nl' });
    useAppStore.getState().loadScenario(scenario, null);
  });
  render(<MeasuresPanel />);
  return scenario;
}

describe('row memoisation on the large scenario (300 lines, 60 measures, 30 years)', () => {
  it('a slider drag re-renders only the row being dragged, and not its year cells', () => {
    const scenario = renderLarge();
    expect(rows.size).toBe(60);
    expect(yearCells.size).toBe(60);
    const first = scenario.measures![0]!;
    const slider = screen.getAllByRole('slider')[0]!;
    expect(heads.size).toBe(60);
    rows.clear();
    yearCells.clear();
    heads.clear();
    for (const v of ['1', '2', '3']) fireEvent.change(slider, { target: { value: v } });
    expect([...rows.keys()]).toEqual([first.id]);
    expect(rows.get(first.id)).toBe(3);
    expect([...yearCells.keys()]).toEqual([]);
    // Nor its head: switch, name and buttons stay as they are.
    expect([...heads.keys()]).toEqual([]);
    expect(active(useAppStore.getState()).past).toHaveLength(1);
  });

  it('the year cells render again when their year table changes', () => {
    const scenario = renderLarge();
    const first = scenario.measures![0]!;
    yearCells.clear();
    act(() => {
      useAppStore.getState().commit('Invoering', (draft) => {
        const m = draft.measures![0]!;
        if (m.type !== 'shift' && m.type !== 'fixed') m.phaseIn = { ...(m.phaseIn ?? {}), [String(draft.horizon.from)]: 0.5 };
      });
    });
    expect([...yearCells.keys()]).toEqual([first.id]);
  });
});
