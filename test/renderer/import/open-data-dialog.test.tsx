// The import dialog on the CBS open data layout (#19 item 5): with several municipalities it asks
// which one before anything can be imported; the choice (and the report, begroting by default)
// changes what is read at once; one municipality is taken and said so; the new scenario carries
// the municipality's name. Reading is shared/import's (tested there); this pins the choices.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import { ImportDialog } from '../../../renderer/components/import/ImportDialog';
import { useAppStore } from '../../../renderer/store/store';
import type { Line, Scenario } from '../../../shared/scenario/schema';

(globalThis as { TextDecoder?: unknown }).TextDecoder ??= NodeTextDecoder;

jest.setTimeout(60_000);

const FIXTURES = resolve(__dirname, '..', '..', 'fixtures', 'import');
const fixture = (name: string) => new File([readFileSync(resolve(FIXTURES, name))], name);
const nbsp = (s: string | null | undefined) => (s ?? '').replace(/\u00a0/g, ' ');

function setup(lang: 'nl' | 'en' = 'nl') {
  act(() => useAppStore.setState({ lang }));
  const onNewScenario = jest.fn<void, [Scenario]>();
  const onAddLines = jest.fn<void, [Line[]]>();
  const user = userEvent.setup();
  render(<ImportDialog onNewScenario={onNewScenario} onAddLines={onAddLines} storage={null} />);
  return { user, onNewScenario };
}

async function upload(user: ReturnType<typeof userEvent.setup>, name: string, label = 'Bestand (.xlsx of .csv)') {
  await user.upload(screen.getByLabelText(label), fixture(name));
  await screen.findByTestId('import-summary', {}, { timeout: 20_000 });
}

const summary = () => nbsp(screen.getByTestId('import-summary').textContent);
const facts = () => nbsp(screen.getByTestId('import-detection').textContent);
const skipped = () => within(screen.getByTestId('import-skipped')).getAllByRole('listitem');

describe('the import dialog, CBS open data with several municipalities', () => {
  it('asks for the municipality first; the choice imports its lasten of the social domain, the others counted', async () => {
    const { user, onNewScenario } = setup();
    await upload(user, 'cbs-iv3-gemeenten-2024.csv');
    expect(facts()).toContain('IndelingCBS open data (Iv3), per gemeente, taakveld en categorie; 3 gemeenten');
    expect(facts()).toContain('Gemeentenog niet gekozen (3 gemeenten in het bestand)');
    expect(summary()).toBe('Kies eerst een gemeente: het bestand heeft cijfers van 3 gemeenten.');
    expect((screen.getByRole('button', { name: 'Nieuw scenario' }) as HTMLButtonElement).disabled).toBe(true);
    // Not "30 rows of other municipalities" while none is chosen: the summary asks for one.
    expect(screen.queryByTestId('import-other-municipalities')).toBeNull();
    const choice = screen.getByRole('combobox', { name: 'Gemeente' }) as HTMLSelectElement;
    expect([...choice.options].map((o) => o.textContent)).toEqual(['Kies een gemeente…', 'Zwolle (GM0193)', 'Deventer (GM0150)', 'Kampen (GM0166)']);
    // The layout's own columns say what they are read as, instead of a field to choose.
    expect(screen.queryByRole('combobox', { name: 'Veld voor kolom „Gemeenten”' })).toBeNull();
    expect(screen.getAllByText('Gemeente (CBS-indeling)')).toHaveLength(2);

    await user.selectOptions(choice, 'Zwolle (GM0193)');
    expect(summary()).toBe('9 regels te importeren, samen € 149.835.000,00 in het basisjaar.');
    expect(facts()).toContain('GemeenteZwolle (GM0193) (gekozen uit 3 gemeenten)');
    expect(facts()).toContain('VerslagsoortBegroting (standaard; ook in het bestand: Realisatie)');
    expect(screen.getByTestId('import-other-municipalities').textContent).toBe('8 rijen van 2 andere gemeenten overgeslagen.');
    // Every skipped row of Zwolle with its row and why; only a row outside the social domain can be taken in.
    const realisatie = skipped().find((li) => li.textContent?.startsWith('Rij 11:'))!;
    expect(realisatie.textContent).toBe('Rij 11: „6.1 Samenkracht en burgerparticipatie” is „Realisatie”, niet „Begroting”: niet geïmporteerd.');
    expect(within(realisatie).queryByRole('button')).toBeNull();
    const media = skipped().find((li) => li.textContent?.startsWith('Rij 8:'))!;
    await user.click(within(media).getByRole('button', { name: /Toch als regel opnemen/ }));
    expect(summary()).toBe('10 regels te importeren, samen € 153.955.000,00 in het basisjaar.');

    await user.click(screen.getByRole('button', { name: 'Nieuw scenario' }));
    const scenario = onNewScenario.mock.calls[0]![0];
    expect(scenario.municipality).toBe('Zwolle');
    expect(scenario.baseYear).toBe(2024);
    expect(scenario.lines.map((l) => l.taakveld)).toEqual(['5.6', '6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.71a', '6.71b', '6.72a']);
  });

  it('another municipality and another report change what is read at once', async () => {
    const { user } = setup();
    await upload(user, 'cbs-iv3-gemeenten-2024.csv');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Gemeente' }), 'Kampen (GM0166)');
    expect(summary()).toBe('2 regels te importeren, samen € 7.550.000,00 in het basisjaar.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Gemeente' }), 'Deventer (GM0150)');
    const report = screen.getByRole('combobox', { name: 'Verslagsoort' }) as HTMLSelectElement;
    expect(report.value).toBe('Begroting');
    await user.selectOptions(report, 'Realisatie');
    expect(summary()).toBe('1 regel te importeren, samen € 10.980.000,00 in het basisjaar.');
    expect(facts()).toContain('VerslagsoortRealisatie (gekozen)');
  });
});

describe('the import dialog, CBS open data with one municipality', () => {
  it('takes it and says so, without a choice to make', async () => {
    const { user } = setup('en');
    await upload(user, 'cbs-iv3-zwolle-2024.csv', 'File (.xlsx or .csv)');
    expect(facts()).toContain('MunicipalityZwolle (GM0193) (the only one in the file)');
    expect(screen.queryByRole('combobox', { name: 'Municipality' })).toBeNull();
    expect(summary()).toBe('5 lines to import, together €106,050,000.00 in the base year.');
  });
});
