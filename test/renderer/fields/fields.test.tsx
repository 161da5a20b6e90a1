// The shared inputs on their own: what the baseline's and the measures' year cells and
// suggestion cells rely on (placeholder, a year not listed, problems shown elsewhere, a datalist).
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLayoutEffect, useState } from 'react';
import { NumberField } from '../../../renderer/components/fields/NumberField';
import { TextField } from '../../../renderer/components/fields/TextField';
import { FieldProblems } from '../../../renderer/components/fields/FieldProblems';
import { useAppStore } from '../../../renderer/store/store';
import type { Problem } from '../../../shared/scenario/problems';
import { text } from '../../../shared/i18n/text';

const tooHigh: Problem = { path: 'x', code: 'too-high', message: text('app.enterNumber') };

beforeEach(() => {
  act(() => useAppStore.setState({ lang: 'nl' }));
});

/** A field over a value held here, so commits show up in it as they would from the store. */
function Held(props: { initial: number | undefined; accept?: (v: number | undefined) => boolean; onEmpty?: 'required' | 'unset' | 'unlist'; calls: (number | undefined)[] }) {
  const [value, setValue] = useState(props.initial);
  return (
    <NumberField
      variant="cell"
      label="Taakstelling 2024"
      hideLabel
      value={value}
      display="percent"
      onEmpty={props.onEmpty}
      placeholder="1,5"
      unsetDescription="overgenomen uit 2023"
      onCommit={(v) => {
        props.calls.push(v);
        if (props.accept && !props.accept(v)) return [tooHigh];
        setValue(v);
        return [];
      }}
    />
  );
}

describe('NumberField as a year cell', () => {
  it('shows an unlisted year greyed and describes it; typing lists it, emptying unlists it', async () => {
    const user = userEvent.setup();
    const calls: (number | undefined)[] = [];
    render(<Held initial={undefined} onEmpty="unlist" calls={calls} />);
    const cell = screen.getByLabelText('Taakstelling 2024') as HTMLInputElement;
    expect(cell.value).toBe('');
    expect(cell).toHaveAttribute('placeholder', '1,5');
    expect(cell.className).toContain('is-unlisted');
    expect(cell).toHaveAccessibleDescription('overgenomen uit 2023');
    // No € or % beside a cell: the heading says the unit.
    expect(cell.parentElement!.textContent).toBe('');

    // Leaving an empty, unlisted cell commits nothing.
    await user.click(cell);
    await user.tab();
    expect(calls).toEqual([]);

    await user.type(cell, '2,5{Enter}');
    expect(calls).toEqual([0.025]);
    expect(cell.value).toBe('2,5');
    expect(cell.className).not.toContain('is-unlisted');
    expect(cell).not.toHaveAttribute('aria-describedby');

    await user.clear(cell);
    await user.keyboard('{Enter}');
    expect(calls).toEqual([0.025, undefined]);
    expect(cell).toHaveAccessibleDescription('overgenomen uit 2023');
  });

  it("'unset' commits an emptied field even without a value; 'required' refuses it", async () => {
    const user = userEvent.setup();
    const unset: (number | undefined)[] = [];
    const { unmount } = render(<Held initial={undefined} onEmpty="unset" calls={unset} />);
    await user.click(screen.getByLabelText('Taakstelling 2024'));
    await user.keyboard('{Enter}');
    expect(unset).toEqual([undefined]);
    unmount();

    const required: (number | undefined)[] = [];
    render(<Held initial={0.5} calls={required} />);
    const cell = screen.getByLabelText('Taakstelling 2024');
    await user.clear(cell);
    await user.keyboard('{Enter}');
    expect(required).toEqual([]);
    expect(cell).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert').textContent).toBe('Vul een getal in.');
  });

  it('keeps refused text with the reason; Escape puts the value back', async () => {
    const user = userEvent.setup();
    const calls: (number | undefined)[] = [];
    render(<Held initial={0.5} accept={(v) => (v ?? 0) <= 1} calls={calls} />);
    const cell = screen.getByLabelText('Taakstelling 2024') as HTMLInputElement;
    await user.clear(cell);
    await user.type(cell, '120%{Enter}');
    expect(calls).toEqual([1.2]);
    expect(cell.value).toBe('120%');
    expect(cell).toHaveAccessibleDescription('Vul een getal in.');
    await user.clear(cell);
    await user.type(cell, 'veel{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('„veel” is geen getal. Schrijf bijvoorbeeld 1.234,5.');
    await user.keyboard('{Escape}');
    expect(cell.value).toBe('50');
    expect(cell).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('NumberField in a row of cells', () => {
  it('names itself with its label and another element, and reports problems to the row’s list', async () => {
    const user = userEvent.setup();
    function Row() {
      const [problems, setProblems] = useState<Problem[]>([]);
      return (
        <div>
          <h3 id="row-name">Korting</h3>
          <NumberField
            variant="cell"
            label={
              <>
                <span className="visually-hidden">invoering </span>2022
              </>
            }
            labelledBy="row-name"
            value={0.5}
            display="percent"
            format={(v) => `${v * 100}%`}
            problemsOutside={{ id: 'row-problems', onChange: setProblems }}
            onCommit={() => [tooHigh]}
          />
          <FieldProblems id="row-problems" problems={problems} />
        </div>
      );
    }
    render(<Row />);
    const cell = screen.getByRole('textbox', { name: 'invoering 2022 Korting' }) as HTMLInputElement;
    expect(cell.value).toBe('50%');
    await user.clear(cell);
    await user.type(cell, '75{Enter}');
    // One list for the row (not one under each cell), and the cell points at it.
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(cell).toHaveAccessibleDescription('Vul een getal in.');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('TextField with suggestions', () => {
  it('offers a datalist, adds a description, and Escape puts the value back', async () => {
    const user = userEvent.setup();
    const calls: string[] = [];
    render(
      <>
        <TextField hideLabel label="Taakveld, regel 1" value="6.1" list="tv" describedBy="tv-name" onCommit={(v) => (calls.push(v), [])} />
        <span id="tv-name">Samenkracht en burgerparticipatie</span>
        <datalist id="tv" />
      </>,
    );
    const input = screen.getByLabelText('Taakveld, regel 1') as HTMLInputElement;
    expect(input).toHaveAttribute('list', 'tv');
    expect(input).toHaveAttribute('autocomplete', 'off');
    expect(input).toHaveAccessibleDescription('Samenkracht en burgerparticipatie');
    await user.clear(input);
    await user.type(input, '6.2');
    await user.keyboard('{Escape}');
    expect(input.value).toBe('6.1');
    await user.tab();
    expect(calls).toEqual([]);
    await user.clear(input);
    await user.type(input, '6.2{Enter}');
    expect(calls).toEqual(['6.2']);
  });
});

describe('NumberField following its value', () => {
  it('shows a new value in the same commit as the value arrives (a slider beside it, the same frame)', () => {
    // What the field shows when the commit that brought the new value is laid out: a layout
    // effect next to it runs after React wrote the DOM and before the browser paints.
    const seen: string[] = [];
    function Beside({ value }: { value: number }) {
      useLayoutEffect(() => {
        seen.push(`${value}:${(screen.getByRole('textbox') as HTMLInputElement).value}`);
      });
      return null;
    }
    function Pair({ value }: { value: number }) {
      return (
        <>
          <NumberField label="Korting" value={value} display="percent" onCommit={() => []} />
          <Beside value={value} />
        </>
      );
    }
    const { rerender } = render(<Pair value={0.2} />);
    rerender(<Pair value={0.15} />);
    expect(seen).toEqual(['0.2:20', '0.15:15']);
  });

  it('drops its problems, here and in the row’s list, when another value arrives', async () => {
    const user = userEvent.setup();
    const reported: Problem[][] = [];
    function Row({ value }: { value: number }) {
      const [problems, setProblems] = useState<Problem[]>([]);
      return (
        <div>
          <NumberField
            label="Korting"
            value={value}
            display="percent"
            problemsOutside={{
              id: 'row-problems',
              onChange: (p) => {
                reported.push(p);
                setProblems(p);
              },
            }}
            onCommit={() => [tooHigh]}
          />
          <FieldProblems id="row-problems" problems={problems} />
        </div>
      );
    }
    const { rerender } = render(<Row value={0.2} />);
    const field = screen.getByRole('textbox') as HTMLInputElement;
    await user.clear(field);
    await user.type(field, '95{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Vul een getal in.');
    expect(field.value).toBe('95');
    // Undo, or a slider: a new value from outside.
    rerender(<Row value={0.1} />);
    expect(field.value).toBe('10');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(reported.at(-1)).toEqual([]);
  });
});
