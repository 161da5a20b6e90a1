// The import and export dialogs, opened from the header of the app.
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { project } from '../../../shared/engine/project';
import { App } from '../../../renderer/App';
import { createBrowserPlatform } from '../../../renderer/platform/browser-platform';
import { useAppStore } from '../../../renderer/store/store';
import { active } from '../active';

const id = 'stichtse-vecht-vitale-coalitie';
const text = readFileSync(resolve(__dirname, '../../../scenarios', `${id}.vcscenario.json`), 'utf8');
const samples = new Map([[id, text]]);

const initialState = useAppStore.getState();
beforeEach(() => useAppStore.setState(initialState, true));

async function renderSample() {
  const platform = createBrowserPlatform(samples, { search: '' });
  render(<App platform={{ ...platform, getInitialScenario: async () => ({ name: `${id}.vcscenario.json`, text, handle: null }) }} />);
  await screen.findByTestId('headline-savings');
}

describe('import from the header', () => {
  it('adds pasted budget lines to the open scenario in one undoable step', async () => {
    await renderSample();
    const before = active(useAppStore.getState()).scenario!;
    await userEvent.click(screen.getByRole('button', { name: 'Importeren…' }));
    const dialog = screen.getByRole('dialog', { name: /Begrotingsregels importeren/ });
    fireEvent.change(within(dialog).getByLabelText(/Of plak hier cellen uit Excel/), {
      target: { value: 'Naam\tSoort\tBedrag\nBuurtwerk Noord\tSubsidie\t€ 120.000\nMantelzorgsteunpunt\tSubsidie\t€ 80.000,50' },
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Geplakte cellen lezen' }));
    await userEvent.click(await within(dialog).findByRole('button', { name: /Toevoegen aan huidig scenario/ }));

    const after = active(useAppStore.getState()).scenario!;
    expect(after.lines.slice(before.lines.length).map((l) => [l.name, l.kind, l.amount])).toEqual([
      ['Buurtwerk Noord', 'subsidy', 120000],
      ['Mantelzorgsteunpunt', 'subsidy', 80000.5],
    ]);
    expect(project(after).baseline.total[0]).toBe(project(before).baseline.total[0]! + 120000 + 80001);
    expect(screen.queryByRole('dialog', { name: /Begrotingsregels importeren/ })).toBeNull();
    expect(active(useAppStore.getState()).past.at(-1)!.label).toBe('2 regels geïmporteerd');
    useAppStore.getState().undo();
    expect(active(useAppStore.getState()).scenario).toEqual(before);
  });

  it('opens an imported scenario as a new, unsaved document', async () => {
    await renderSample();
    await userEvent.click(screen.getByRole('button', { name: 'Importeren…' }));
    const dialog = screen.getByRole('dialog', { name: /Begrotingsregels importeren/ });
    fireEvent.change(within(dialog).getByLabelText(/Of plak hier cellen uit Excel/), {
      target: { value: 'Naam\tSoort\tBedrag\nBibliotheek\tSubsidie\t€ 400.000' },
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Geplakte cellen lezen' }));
    await userEvent.click(await within(dialog).findByRole('button', { name: /^Nieuw scenario/ }));
    const scenario = active(useAppStore.getState()).scenario!;
    expect(scenario.lines.map((l) => [l.name, l.amount])).toEqual([['Bibliotheek', 400000]]);
    expect(active(useAppStore.getState()).past).toEqual([]);
  });
});

describe('export from the header', () => {
  it('opens the export dialog with a preview of the open scenario', async () => {
    await renderSample();
    await userEvent.click(screen.getByRole('button', { name: 'Exporteren…' }));
    const dialog = screen.getByRole('dialog', { name: 'Exporteren' });
    const savings2025 = project(active(useAppStore.getState()).scenario!).savings.total.at(-1)!;
    expect(savings2025).toBe(165000);
    expect(within(dialog).getAllByText('165.000').length).toBeGreaterThan(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('dialog', { name: 'Exporteren' })).toBeNull();
  });
});
