// The choice menu (keuzemenu, #22 item 2) in jsdom: entered from the header, its cards switch
// measures off and step them, the bars follow project() of the scenario with that change, the
// partners' table is the projection's organisation breakdown, "Opslaan als variant" opens the
// choice as a new tab named after it, and Esc leaves. The scenario itself is never edited.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/App';
import { createBrowserPlatform } from '../../../renderer/platform/browser-platform';
import { activeDocument } from '../../../renderer/store/documents-slice';
import { useAppStore } from '../../../renderer/store/store';
import { project } from '../../../shared/engine/project';
import { formatMoney } from '../../../shared/format/money';
import { catalogue } from '../../../shared/i18n/text';
import type { Scenario } from '../../../shared/scenario/schema';
import { VOORBEELD_V2_TEXT, voorbeeldV2 } from '../../support/voorbeeld-v2';

jest.setTimeout(60_000);

const TEXT = VOORBEELD_V2_TEXT;
const scenario = voorbeeldV2;
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\u2060/g, '');

const initialState = useAppStore.getState();
beforeEach(() => useAppStore.setState(initialState, true));

async function openMenu() {
  const platform = createBrowserPlatform(new Map(), { search: '' });
  render(<App platform={{ ...platform, getInitialScenario: async () => ({ name: 'voorbeeld-v2.json', text: TEXT, handle: null }) }} />);
  await screen.findByRole('heading', { level: 1 });
  await userEvent.click(screen.getByRole('button', { name: 'Keuzemenu' }));
  return screen.findByRole('region', { name: 'Keuzemenu' });
}

const bars = () => screen.getAllByTestId('menu-bar-amount').map((e) => e.textContent);
const expectedBars = (s: Scenario) => {
  const p = project(s);
  return p.years.map((_, i) => catalogue('nl').menu.savingsOf(p.savings.total[i]!, p.target?.amount[i] ?? null));
};
const card = (id: string) => screen.getByTestId(`menu-card-${id}`);

describe('the choice menu', () => {
  it('shows every measure as a card and the scenario’s own bars, the verdict in words, the structural part apart', async () => {
    await openMenu();
    expect(screen.getAllByRole('listitem').map((li) => li.querySelector('h3')?.textContent)).toEqual([
      '10 % korting bibliotheek',
      'Jeugdpunt halveren',
      'Verkoop pand',
      'Onderzoek inkoop',
    ]);
    expect(bars()).toEqual(expectedBars(scenario()));
    expect(plain(within(card('korting-bieb')).getByTestId('menu-card-figure').textContent)).toBe('€ 40.800 in 2027');
    expect(plain(within(card('verkoop')).getByTestId('menu-card-figure').textContent)).toBe('€ 50.000 in 2024–2027 samen');
    expect(within(card('onderzoek')).getByTestId('menu-card-figure').textContent).toBe('PM: nog niet in euro’s');
    expect(screen.getByTestId('menu-verdict')).toHaveTextContent('✓ gehaald');
    // Met in every year, but the structural part only from 2026.
    expect(plain(screen.getByTestId('menu-structural').textContent)).toBe('Structureel: ✗ niet gehaald — tekort € 40.000 in 2025');
  });

  it('a card switched off: the bars are project()’s of the file with that measure disabled, and no longer green', async () => {
    await openMenu();
    const before = activeDocument(useAppStore.getState())!.scenario;
    await userEvent.click(within(card('verkoop')).getByRole('switch', { name: /^Meenemen\s?: Verkoop pand$/ }));
    const disabled = scenario();
    disabled.measures![2]!.enabled = false;
    expect(bars()).toEqual(expectedBars(disabled));
    expect(screen.getByTestId('menu-verdict')).toHaveTextContent('✗ niet gehaald');
    // Every saving left is structural: the structural line does not repeat the shortfall.
    expect(screen.getByTestId('menu-structural').textContent).toBe('Structureel: ✗ niet gehaald');
    expect(card('verkoop')).toHaveTextContent('niet gekozen');
    expect(screen.getByTestId('menu-changed')).toHaveTextContent('1 maatregel anders dan in het scenario');
    // The menu does not edit the scenario: no history step, the same object.
    expect(activeDocument(useAppStore.getState())!.scenario).toBe(before);
    expect(activeDocument(useAppStore.getState())!.past).toEqual([]);
  });

  it('a step stronger: the strength in words and the figures of the stronger measure; at the end of the ladder nothing more', async () => {
    await openMenu();
    const stronger = within(card('korting-bieb')).getByRole('button', { name: 'Sterker: 10 % korting bibliotheek' });
    await userEvent.click(stronger);
    expect(within(card('korting-bieb')).getByRole('group', { name: /Sterkte/ })).toHaveTextContent('15%');
    const s = scenario();
    Object.assign(s.measures![0]!, { rate: 0.15 });
    expect(bars()).toEqual(expectedBars(s));
    expect(plain(within(card('korting-bieb')).getByTestId('menu-card-figure').textContent)).toBe(`${plain(formatMoney(project(s).measures[0]!.effect[3]!, { lang: 'nl' }))} in 2027`);
    for (let i = 0; i < 12; i++) await userEvent.click(stronger);
    expect(stronger).toHaveAttribute('aria-disabled', 'true');
    expect(within(card('korting-bieb')).getByRole('group', { name: /Sterkte/ })).toHaveTextContent('50%');
    // Back to the scenario's own settings.
    await userEvent.click(screen.getByRole('button', { name: 'Zoals in het scenario' }));
    expect(bars()).toEqual(expectedBars(scenario()));
  });

  it('per partner: the organisation breakdown of the chosen set, in a dialog', async () => {
    await openMenu();
    await userEvent.click(within(card('jeugdpunt-half')).getByRole('switch'));
    await userEvent.click(screen.getByRole('button', { name: 'Gevolgen per partner' }));
    const table = await screen.findByTestId('menu-partners');
    const rows = within(table).getAllByRole('row').map((r) => plain(r.textContent));
    // Without the youth centre halved, only the library loses € 40.800 in 2027.
    expect(rows).toContain('Bibliotheek Rivierenland€ 408.000€ 367.200−€ 40.800−10%−€ 121.600');
    expect(rows).toContain('Stichting Jeugdpunt€ 153.000€ 153.000€ 00%€ 0');
    expect(rows).toContain('Vaste bedragen (geen partner)€ 0−€ 50.000');
    expect(rows).toContain('Totaal€ 561.000€ 520.200−€ 40.800−€ 171.600');
    fireEvent.change(screen.getByRole('combobox', { name: 'Jaar' }), { target: { value: '2026' } });
    expect(screen.getByRole('heading', { name: 'Gevolgen per partner in 2026' })).toBeInTheDocument();
  });

  it('saved as a variant: a new tab with the chosen scenario, named after the choice; Esc leaves the menu', async () => {
    await openMenu();
    const origin = useAppStore.getState().activeDocumentId;
    await userEvent.click(within(card('jeugdpunt-half')).getByRole('switch'));
    await userEvent.click(within(card('korting-bieb')).getByRole('button', { name: /^Sterker/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan als variant' }));
    const state = useAppStore.getState();
    const variant = activeDocument(state)!;
    expect(state.documentOrder).toHaveLength(2);
    expect(variant.variantOf).toBe(origin);
    expect(variant.scenario.title).toBe(
      'Voorbeeld versie 2: meerjarenraming, incidenteel en structureel, partners — keuze: 10 % korting bibliotheek (15%), Verkoop pand, Onderzoek inkoop',
    );
    expect(variant.scenario.measures!.map((m) => [m.id, m.enabled, 'rate' in m ? m.rate : undefined])).toEqual([
      ['korting-bieb', undefined, 0.15],
      ['jeugdpunt-half', false, 0.5],
      ['verkoop', undefined, undefined],
      ['onderzoek', undefined, undefined],
    ]);
    expect(screen.getByTestId('menu-notice')).toHaveTextContent('Opgeslagen als variant');
    // The menu now shows the variant, as its own settings: nothing differs.
    expect(screen.getByTestId('menu-changed')).toHaveTextContent('Alles zoals in het scenario');
    act(() => void fireEvent.keyDown(window, { key: 'Escape' }));
    expect(screen.queryByRole('region', { name: 'Keuzemenu' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('— keuze:');
  });
});
