// A line's multi-year estimate in the baseline editor (format version 2, #19 item 4): opened
// under its row as year cells, a listed year shown, an unlisted one with the amount that counts
// there (the step), an edit committed through the engine as one undo step, and an estimate
// emptied of every year refused with the engine's reason.
import '@testing-library/jest-dom';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { project } from '../../../shared/engine/project';
import type { Scenario } from '../../../shared/scenario/schema';
import { current, load, renderPanel, state } from './helpers';

jest.setTimeout(60_000);

const v2 = (): Scenario => JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/voorbeeld-v2.json'), 'utf8')) as Scenario;
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f\u2060]/g, ' ');

describe('the multi-year estimate of a line', () => {
  it('opens under the line, shows the listed and the stepped years, and an edit is one undoable step', async () => {
    load(v2());
    const { user } = await renderPanel('Begrotingsregels');
    const open = screen.getByRole('button', { name: 'Meerjarenraming van Jeugdpunt' });
    expect(open).toHaveTextContent('Meerjarenraming (2 jaren)…');
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await user.click(open);
    expect(open).toHaveAttribute('aria-expanded', 'true');
    const cells = screen.getByRole('group', { name: 'Meerjarenraming van Jeugdpunt, per jaar' });
    const cell = (year: number) => within(cells).getByRole('textbox', { name: new RegExp(`bedrag ${year}`) }) as HTMLInputElement;
    expect(plain(cell(2025).value)).toBe('€ 200.000');
    expect(cell(2026).value).toBe('');
    expect(plain(cell(2026).placeholder)).toBe('€ 200.000');
    expect(plain(cell(2024).placeholder)).toBe('€ 0');
    fireEvent.change(cell(2026), { target: { value: '210000' } });
    fireEvent.keyDown(cell(2026), { key: 'Enter' });
    expect(current().lines[0]!.amounts).toEqual({ '2025': 200_000, '2026': 210_000, '2027': 150_000 });
    expect(project(current()).lines[0]!.baseline).toEqual([0, 200_000, 214_200, 153_000]);
    act(() => state().undo());
    expect(current().lines[0]!.amounts).toEqual({ '2025': 200_000, '2027': 150_000 });
  });

  it('a one-off line says so; the amount field and the clients × price switch are not offered for an estimate', async () => {
    load(v2());
    await renderPanel('Begrotingsregels');
    expect(screen.getByRole('button', { name: 'Eenmalig bedrag van Wijkfestival' })).toHaveTextContent('Eenmalig…');
    expect(screen.queryByRole('button', { name: /Aantal × prijs.*Jeugdpunt|Jeugdpunt.*aantal/i })).toBeNull();
  });

  it('emptying the only year of an estimate is refused with the engine’s reason', async () => {
    load(v2());
    const { user } = await renderPanel('Begrotingsregels');
    await user.click(screen.getByRole('button', { name: 'Eenmalig bedrag van Wijkfestival' }));
    const cells = screen.getByRole('group', { name: 'Eenmalig bedrag van Wijkfestival, per jaar' });
    const cell = within(cells).getByRole('textbox', { name: /bedrag 2025/ }) as HTMLInputElement;
    fireEvent.change(cell, { target: { value: '' } });
    fireEvent.keyDown(cell, { key: 'Enter' });
    expect(current().lines[2]!.amounts).toEqual({ '2025': 30_000 });
    expect(within(cells).getByText(/noemt geen enkel jaar/)).toBeInTheDocument();
  });
});
