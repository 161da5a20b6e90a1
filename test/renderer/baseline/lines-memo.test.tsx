// 300 lines: editing one cell re-renders that row only. Every row renders three TextFields with
// suggestions (group, organisation, taakveld) per render, so counting their renders by label counts rows.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { generateLargeScenario } from '../../../shared/scenario/generate-large';
import { useAppStore } from '../../../renderer/store/store';

const renders = new Map<string, number>();
jest.mock('../../../renderer/components/fields/TextField', () => {
  const actual = jest.requireActual('../../../renderer/components/fields/TextField');
  return {
    ...actual,
    TextField: (props: { label: string; list?: string }) => {
      if (props.list) renders.set(props.label, (renders.get(props.label) ?? 0) + 1);
      return actual.TextField(props);
    },
  };
});

// Imported after the mock is set up.
import { BaselinePanel } from '../../../renderer/components/baseline/BaselinePanel';
import { active } from '../active';

jest.setTimeout(120_000);

describe('the lines table on the large scenario (300 lines)', () => {
  it('renders every line, and an edit re-renders only the edited row', () => {
    const scenario = generateLargeScenario();
    act(() => {
      useAppStore.setState({ lang: 'nl', unit: 'euro' });
      useAppStore.getState().loadScenario(scenario, null);
    });
    render(<BaselinePanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Begrotingsregels' }));
    expect(document.querySelectorAll('tr[data-line-id]')).toHaveLength(300);

    const line = scenario.lines[150]!;
    const isVolume = line.volume !== undefined;
    const field = document.querySelector<HTMLInputElement>(
      `tr[data-line-id="${line.id}"] td.baseline-lines__cost input`,
    )!;
    renders.clear();
    fireEvent.change(field, { target: { value: '12' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    const after = active(useAppStore.getState()).scenario!.lines[150]!;
    expect(isVolume ? after.volume : after.amount).toBe(12);
    const rerendered = new Set([...renders.keys()].map((label) => label.replace(/^[^,]+, /, '')));
    expect([...rerendered]).toEqual([line.name]);
    expect(active(useAppStore.getState()).past).toHaveLength(1);
  });
});

