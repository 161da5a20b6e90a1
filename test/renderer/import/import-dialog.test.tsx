// The import dialog with real files: detection shown, the mapping changes the preview, problems
// listed with their rows, and the callbacks get data the engine accepts.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import { ImportDialog, type ImportDialogProps } from '../../../renderer/components/import/ImportDialog';
import { useAppStore } from '../../../renderer/store/store';
import { parseScenario } from '../../../shared/scenario/parse';
import type { Line, Scenario } from '../../../shared/scenario/schema';

// jsdom has no TextDecoder; the browser and Node do.
(globalThis as { TextDecoder?: unknown }).TextDecoder ??= NodeTextDecoder;

jest.setTimeout(60_000);

const FIXTURES = resolve(__dirname, '..', '..', 'fixtures', 'import');
const fixture = (name: string) => new File([readFileSync(resolve(FIXTURES, name))], name);
const nbsp = (s: string | null | undefined) => (s ?? '').replace(/\u00a0/g, ' ');

class MemoryStorage {
  items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

function setup(props: Partial<ImportDialogProps> = {}) {
  act(() => useAppStore.setState({ lang: 'nl' }));
  const onNewScenario = jest.fn<void, [Scenario]>();
  const onAddLines = jest.fn<void, [Line[]]>();
  const storage = props.storage ?? new MemoryStorage();
  const user = userEvent.setup();
  const view = render(<ImportDialog onNewScenario={onNewScenario} onAddLines={onAddLines} storage={storage} {...props} />);
  return { user, onNewScenario, onAddLines, storage, ...view };
}

async function upload(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.upload(screen.getByLabelText('Bestand (.xlsx of .csv)'), fixture(name));
  await screen.findByTestId('import-summary', {}, { timeout: 20_000 });
}

const summary = () => nbsp(screen.getByTestId('import-summary').textContent);
const fieldFor = (column: string) => screen.getByRole('combobox', { name: `Veld voor kolom „${column}”` }) as HTMLSelectElement;

describe('a Dutch Excel CSV', () => {
  it('shows what was detected, the guessed mapping, the rows that cannot be read, and makes a valid scenario', async () => {
    const { user, onNewScenario } = setup();
    await upload(user, 'begroting-2024-nl.csv');
    const facts = nbsp(screen.getByTestId('import-detection').textContent);
    expect(facts).toContain('Scheidingstekenpuntkomma (;)');
    expect(facts).toContain('Decimalendecimale komma (1.234,56)');
    expect(facts).toContain('TekensetUTF-8 met BOM');
    expect(facts).toContain('Kopregelrij 3');
    expect(fieldFor('Begroting 2024').value).toBe('amount');
    expect(fieldFor('Prijs per cliënt').value).toBe('unitCost');
    expect(summary()).toBe('10 regels te importeren, samen € 16.305.344,12 in het basisjaar.');
    const problems = within(screen.getByTestId('import-problems')).getAllByRole('listitem').map((li) => li.textContent);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^Rij 15: Bedrag \(kolom „Begroting 2024”\) „€ 12\.34,5” is geen getal/);
    expect(problems[1]).toMatch(/^Rij 16: soort „Lasten” is onbekend/);
    expect(problems[2]).toMatch(/^Rij 17: /);
    const skipped = within(screen.getByTestId('import-skipped')).getAllByRole('listitem').map((li) => li.textContent);
    expect(skipped[0]).toMatch(/^Rij 9: totaalregel/);
    // The preview marks each row.
    const table = screen.getByRole('table', { name: 'Voorbeeld: kies per kolom wat erin staat' });
    const row15 = within(table).getByRole('rowheader', { name: '15' }).closest('tr')!;
    expect(row15.textContent).toContain('✗ niet te lezen');

    // Base year from the heading "Begroting 2024"; title from the file name.
    expect((screen.getByLabelText('Basisjaar (het jaar van de bedragen)') as HTMLInputElement).value).toBe('2024');
    expect((screen.getByLabelText('Titel van het nieuwe scenario') as HTMLInputElement).value).toBe('begroting-2024-nl');
    expect(screen.queryByRole('button', { name: 'Toevoegen aan huidig scenario' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Nieuw scenario' }));
    expect(onNewScenario).toHaveBeenCalledTimes(1);
    const scenario = onNewScenario.mock.calls[0]![0];
    expect(parseScenario(JSON.parse(JSON.stringify(scenario))).ok).toBe(true);
    expect(scenario).toMatchObject({ title: 'begroting-2024-nl', baseYear: 2024, description: 'Begrotingsregels geïmporteerd uit begroting-2024-nl.csv.' });
    expect(scenario.lines).toHaveLength(10);
    expect(scenario.lines[9]).toEqual({ id: 'sociaal-wijkteam', name: 'Sociaal wijkteam', kind: 'other', amount: 1250000, taakveld: '6.2', wageShare: 0.9 });
  });

  it('a changed mapping changes the preview at once, and is remembered for the same headings', async () => {
    const storage = new MemoryStorage();
    const first = setup({ storage });
    await upload(first.user, 'begroting-2024-nl.csv');
    await first.user.selectOptions(fieldFor('Begroting 2024'), 'ignore');
    // Only the two lines with clients × price are left; the others now have no amount.
    expect(summary()).toBe('2 regels te importeren, samen € 6.896.555,00 in het basisjaar.');
    expect(within(screen.getByTestId('import-problems')).getAllByRole('listitem').length).toBeGreaterThan(3);
    await first.user.selectOptions(fieldFor('Begroting 2024'), 'amount');
    await first.user.selectOptions(fieldFor('Toelichting'), 'ignore');
    expect(summary()).toBe('10 regels te importeren, samen € 16.305.344,12 in het basisjaar.');
    // Choosing a field another column has moves it: one column per field.
    await first.user.selectOptions(fieldFor('Groep'), 'organisation');
    expect(fieldFor('Organisatie').value).toBe('ignore');
    await first.user.click(screen.getByRole('button', { name: 'Nieuw scenario' }));
    expect(first.onNewScenario.mock.calls[0]![0].lines[0]).toMatchObject({ organisation: 'Vitale Coalitie' });
    expect(first.onNewScenario.mock.calls[0]![0].lines[1]!.notes).toBeUndefined();
    first.unmount();

    const second = setup({ storage });
    await upload(second.user, 'begroting-2024-nl.csv');
    expect(screen.getByText('De koppeling van de vorige keer met deze kolommen is gebruikt.', { exact: false })).toBeTruthy();
    expect(fieldFor('Groep').value).toBe('organisation');
    expect(fieldFor('Toelichting').value).toBe('ignore');
    await second.user.click(screen.getByRole('button', { name: 'Opnieuw raden' }));
    expect(fieldFor('Toelichting').value).toBe('notes');
  });

  it('another decimal style re-reads the numbers and keeps the mapping', async () => {
    const { user } = setup();
    await upload(user, 'begroting-2024-nl.csv');
    await user.selectOptions(fieldFor('Toelichting'), 'ignore');
    await user.selectOptions(screen.getByLabelText('Decimalen'), 'point');
    await waitFor(() => expect(summary()).not.toContain('10 regels'));
    expect(fieldFor('Toelichting').value).toBe('ignore');
    await user.selectOptions(screen.getByLabelText('Decimalen'), 'comma');
    await waitFor(() => expect(summary()).toContain('10 regels'));
  });

  it('adds the lines to the current scenario with ids unique among its lines', async () => {
    const { user, onAddLines } = setup({ existingLineIds: ['welzijn-stichtse-vecht', 'sociaal-wijkteam'], baseYear: 2024 });
    await upload(user, 'begroting-2024-nl.csv');
    await user.click(screen.getByRole('button', { name: 'Toevoegen aan huidig scenario' }));
    const lines = onAddLines.mock.calls[0]![0];
    expect(lines.map((l) => l.id)).toContain('welzijn-stichtse-vecht-2');
    expect(lines.map((l) => l.id)).toContain('sociaal-wijkteam-2');
    expect(new Set(lines.map((l) => l.id)).size).toBe(10);
  });
});

describe('other inputs', () => {
  it('reads cells pasted from Excel (tabs) and reports the bad row', async () => {
    setup();
    const area = screen.getByLabelText('Of plak hier cellen uit Excel (met de kopregel)');
    const text = readFileSync(resolve(FIXTURES, 'plakken.tsv'), 'utf8');
    fireEvent.paste(area, { clipboardData: { getData: () => text } });
    await screen.findByTestId('import-summary');
    const facts = nbsp(screen.getByTestId('import-detection').textContent);
    expect(facts).toContain('Formaatgeplakte cellen');
    expect(facts).toContain('Scheidingstekentab');
    expect(summary()).toBe('3 regels te importeren, samen € 7.127.750,00 in het basisjaar.');
    expect(within(screen.getByTestId('import-problems')).getByRole('listitem').textContent).toMatch(/^Rij 5: .*„twee ton” is geen getal/);
  });

  it('reads "Bedragen x € 1.000" above the headings as the unit, shows it, and lets it be changed (#19)', async () => {
    const { user } = setup();
    const area = screen.getByLabelText('Of plak hier cellen uit Excel (met de kopregel)');
    const text = ['Programma 6 Sociaal domein', 'Bedragen x € 1.000', 'Taakveld\tOmschrijving\tBegroting 2024', '6.1\tSamenkracht en burgerparticipatie\t13.174'].join('\n');
    fireEvent.paste(area, { clipboardData: { getData: () => text } });
    await screen.findByTestId('import-summary');
    expect(nbsp(screen.getByTestId('import-detection').textContent)).toContain('Bedragen× € 1.000 (uit rij 2: „Bedragen x € 1.000”)');
    expect(summary()).toBe('1 regel te importeren, samen € 13.174.000,00 in het basisjaar.');
    await user.selectOptions(screen.getByLabelText('Eenheid van de bedragen'), '1');
    await waitFor(() => expect(summary()).toBe('1 regel te importeren, samen € 13.174,00 in het basisjaar.'));
    expect(nbsp(screen.getByTestId('import-detection').textContent)).toContain('Bedragenin euro (gekozen)');
  });

  it('a table copied from a web page: its HTML cells are read, not the page text (#19)', async () => {
    setup();
    const area = screen.getByLabelText('Of plak hier cellen uit Excel (met de kopregel)');
    const html = '<p>Begroting</p><table><tr><td>Bedragen x € 1.000</td></tr><tr><th>Taakveld</th><th>Omschrijving</th><th>Begroting 2024</th></tr><tr><td>6.1</td><td>Samenkracht</td><td>13.174</td></tr></table>';
    fireEvent.paste(area, { clipboardData: { getData: (type: string) => (type === 'text/html' ? html : 'Begroting Taakveld Omschrijving 6.1 Samenkracht 13.174') } });
    await screen.findByTestId('import-summary');
    expect(summary()).toBe('1 regel te importeren, samen € 13.174.000,00 in het basisjaar.');
  });

  it('reads an XLSX, offers its sheets, and reads the chosen one', async () => {
    const { user, onNewScenario } = setup();
    await upload(user, 'begroting-2024.xlsx');
    expect(nbsp(screen.getByTestId('import-detection').textContent)).toContain('WerkbladBegroting 2024 (1 van 2 werkbladen)');
    expect(screen.queryByLabelText('Scheidingsteken')).toBeNull();
    expect(summary()).toBe('5 regels te importeren, samen € 9.861.055,00 in het basisjaar.');
    await user.selectOptions(screen.getByLabelText('Werkblad'), 'Meerjarig (x € 1.000)');
    // Two year columns: the multi-year estimate (format version 2); the horizon follows its years.
    await waitFor(() => expect(fieldFor('Begroting 2024 (x € 1.000)').value).toBe('estimate'));
    expect(fieldFor('Begroting 2025 (x € 1.000)').value).toBe('estimate');
    expect(summary()).toBe('3 regels te importeren, samen € 7.127.250,00 in het basisjaar.');
    await user.click(screen.getByRole('button', { name: 'Nieuw scenario' }));
    const created = onNewScenario.mock.calls[0]![0];
    expect(created.lines.map((l) => l.amounts ?? l.amount ?? 0)).toEqual([{ '2024': 1020000, '2025': 1045500 }, { '2024': 1742500, '2025': 1786600 }, 0]);
    expect(created.horizon).toEqual({ from: 2024, to: 2025 });
  });

  it('a row that looked like a subtotal can be taken in after all', async () => {
    const { user } = setup();
    await user.upload(screen.getByLabelText('Bestand (.xlsx of .csv)'), new File(['Omschrijving;Bedrag\nA;100\nB;50\nC;150\n'], 'som.csv'));
    await screen.findByTestId('import-summary');
    expect(summary()).toBe('2 regels te importeren, samen € 150,00 in het basisjaar.');
    await user.click(screen.getByRole('button', { name: 'Toch als regel opnemen (Rij 4)' }));
    expect(summary()).toBe('3 regels te importeren, samen € 300,00 in het basisjaar.');
    await user.click(screen.getByRole('button', { name: 'Weer overslaan (Rij 4)' }));
    expect(summary()).toBe('2 regels te importeren, samen € 150,00 in het basisjaar.');
  });

  it('refuses a paste beyond the row limit and says which limit, instead of reading it', async () => {
    setup();
    const area = screen.getByLabelText('Of plak hier cellen uit Excel (met de kopregel)');
    const text = `Omschrijving\tBedrag\n${'Bibliotheek\t1000\n'.repeat(20_000)}`;
    fireEvent.paste(area, { clipboardData: { getData: () => text } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'De geplakte tekst heeft meer dan 20.000 rijen; er worden hoogstens 20.000 rijen gelezen. Er is niets toegevoegd; plak minder rijen tegelijk of laat weg wat geen begrotingsregel is.',
    );
    expect(screen.queryByTestId('import-summary')).toBeNull();
  });

  it('says why a file cannot be read', async () => {
    const { user } = setup();
    await user.upload(screen.getByLabelText('Bestand (.xlsx of .csv)'), new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0])], 'oud.xls'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Dit is een oud Excel-bestand \(\.xls\)/);
    expect(screen.queryByRole('button', { name: 'Nieuw scenario' })).toBeNull();
  });

  it('speaks English', async () => {
    act(() => useAppStore.setState({ lang: 'en' }));
    const user = userEvent.setup();
    render(<ImportDialog onNewScenario={jest.fn()} onAddLines={jest.fn()} storage={null} />);
    act(() => useAppStore.setState({ lang: 'en' }));
    await user.upload(screen.getByLabelText('File (.xlsx or .csv)'), fixture('budget-2024-en.csv'));
    await screen.findByTestId('import-summary');
    expect(nbsp(screen.getByTestId('import-detection').textContent)).toContain('Separatorcomma (,)');
    expect(nbsp(screen.getByTestId('import-summary').textContent)).toBe('5 lines to import, together €10,000,539.12 in the base year.');
    expect(screen.getByRole('combobox', { name: 'Field for column "Amount"' })).toBeTruthy();
  });
});

describe('a pasted subsidy register (#19 item 3)', () => {
  it('says which lines get the default group, and the scenario has it', async () => {
    const { user, onNewScenario } = setup();
    const paste = screen.getByLabelText('Of plak hier cellen uit Excel (met de kopregel)');
    await user.click(paste);
    await user.paste(['Programma\tAanvrager\tOmschrijving\tVerleend bedrag', 'Welzijn\tMEE Samen\tCliëntondersteuning\t410.000', '\tDe Brug\tJongerenwerk\t80.000'].join('\n'));
    await screen.findByTestId('import-summary');
    expect(screen.getByTestId('import-default-group').textContent).toBe('Subsidieregister: 1 regel zonder eigen groep (Programma) krijgt de groep „Subsidies”.');
    await user.click(screen.getByRole('button', { name: 'Nieuw scenario' }));
    expect(onNewScenario.mock.calls[0]![0].lines.map((l) => l.group)).toEqual(['Welzijn', 'Subsidies']);
  });
});
