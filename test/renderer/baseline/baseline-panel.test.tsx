// The baseline editor: every edit goes through the engine, lands in the store with a label,
// and moves the projection; invalid input is shown next to the field and never accepted.
import { act, fireEvent, screen, within } from '@testing-library/react';
import { project } from '../../../shared/engine/project';
import { formatMoney } from '../../../shared/format/money';
import { current, load, renderPanel, state, voorbeeld } from './helpers';
import { active } from '../active';

// The machine running these may be busy; user-event on a full table is not instant.
jest.setTimeout(60_000);

const money = (v: number) => formatMoney(v, { lang: 'nl' });

beforeEach(() => load());

describe('disclosures', () => {
  it('opens and closes the panel and each section with buttons that say their state', async () => {
    const { user } = await renderPanel();
    const panel = screen.getByRole('button', { name: 'Basis' });
    expect(panel.getAttribute('aria-expanded')).toBe('true');
    const lines = screen.getByRole('button', { name: 'Begrotingsregels' });
    expect(lines.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('4 regels')).toBeTruthy();
    await user.click(lines);
    expect(lines.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('table', { name: 'Begrotingsregels' })).toBeTruthy();
    // Closing the whole panel and opening it again keeps the open sections.
    await user.click(panel);
    expect(screen.queryByRole('table')).toBeNull();
    await user.click(panel);
    expect(screen.getByRole('table', { name: 'Begrotingsregels' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Alles openklappen' }));
    for (const name of ['Scenario', 'Periode', 'Aannames', 'Taakstelling', 'Begrotingsregels']) {
      expect(screen.getByRole('button', { name }).getAttribute('aria-expanded')).toBe('true');
    }
    expect(active(state()).past).toEqual([]); // UI state is not undoable
  });
});

describe('scenario and period', () => {
  it('edits the title and municipality; an empty title is refused with the engine’s reason', async () => {
    const { user } = await renderPanel('Scenario');
    const title = screen.getByLabelText('Titel');
    await user.clear(title);
    await user.type(title, 'Variant B{Enter}');
    expect(current().title).toBe('Variant B');
    expect(active(state()).past.at(-1)!.label).toBe('Titel: Voorbeeld: korting en verschuiving → Variant B');
    await user.clear(title);
    await user.keyboard('{Enter}');
    expect(current().title).toBe('Variant B');
    expect(screen.getByRole('alert').textContent).not.toBe('');
    const municipality = screen.getByLabelText('Gemeente');
    await user.clear(municipality);
    await user.tab();
    expect('municipality' in current()).toBe(false);
  });

  it('an invalid horizon shows the engine’s message and leaves the store unchanged', async () => {
    const { user } = await renderPanel('Periode');
    const before = current();
    const to = screen.getByLabelText('Horizon tot en met');
    await user.clear(to);
    await user.type(to, '2060{Enter}');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('De horizon 2020–2060 is te lang');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(current()).toBe(before);
    expect(active(state()).past).toEqual([]);
    // Before the base year: also refused.
    const from = screen.getByLabelText('Horizon van');
    await user.clear(from);
    await user.type(from, '2019{Enter}');
    expect(screen.getAllByRole('alert').map((a) => a.textContent).join(' ')).toContain('vóór het basisjaar');
    expect(current()).toBe(before);
    // Not a year at all.
    await user.clear(from);
    await user.type(from, '20x1{Enter}');
    expect(screen.getAllByRole('alert').map((a) => a.textContent).join(' ')).toContain('geen jaartal');
    // A valid change is taken, with a label.
    await user.clear(to);
    await user.type(to, '2025{Enter}');
    expect(current().horizon).toEqual({ from: 2020, to: 2025 });
    expect(active(state()).past.map((e) => e.label)).toEqual(['Horizon tot en met: 2023 → 2025']);
  });
});

describe('the lines table', () => {
  it('editing an amount changes the store, the base-year cost and the projection', async () => {
    const { user } = await renderPanel('Begrotingsregels');
    const amount = screen.getByLabelText('Bedrag, Bibliotheek');
    expect((amount as HTMLInputElement).value).toBe('400.000');
    await user.clear(amount);
    await user.type(amount, '450.000{Enter}');
    const edited = voorbeeld();
    edited.lines[0]!.amount = 450000;
    expect(current()).toEqual(edited);
    expect(active(state()).past.at(-1)!.label).toBe(`Bedrag „Bibliotheek”: ${money(400000)} → ${money(450000)}`);
    expect(screen.getByTestId('line-cost-bibliotheek').textContent).toBe(money(450000));
    const p = project(edited);
    expect(screen.getByTestId('lines-total').textContent).toBe(money(p.baseline.total[0]!));
    expect(screen.getByTestId('headline-savings').textContent).toBe(money(p.savings.total.at(-1)!));
    expect(p.savings.total.at(-1)).not.toBe(project(voorbeeld()).savings.total.at(-1));
  });

  it('a negative amount is refused next to the cell', async () => {
    const { user } = await renderPanel('Begrotingsregels');
    const amount = screen.getByLabelText('Bedrag, Bibliotheek');
    await user.clear(amount);
    await user.type(amount, '-5{Enter}');
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(current().lines[0]!.amount).toBe(400000);
  });

  it('changes the kind with a select', async () => {
    const { user } = await renderPanel('Begrotingsregels');
    const kind = screen.getByLabelText('Soort, Bibliotheek');
    expect((kind as HTMLSelectElement).value).toBe('subsidy');
    await user.selectOptions(kind, 'Algemene voorziening');
    expect(current().lines[0]!.kind).toBe('collective');
    expect(active(state()).past.at(-1)!.label).toBe('Soort „Bibliotheek”: Subsidie → Algemene voorziening');
  });

  it('switches a line between amount and clients × cost, keeping the cost', async () => {
    const { user } = await renderPanel('Begrotingsregels');
    const toggle = screen.getByRole('button', { name: 'Aantal × prijs (Bibliotheek)' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await user.click(toggle);
    expect(current().lines[0]).toMatchObject({ volume: 1, unitCost: 400000 });
    expect(current().lines[0]!.amount).toBeUndefined();
    expect(screen.getByLabelText('Aantal cliënten, Bibliotheek')).toBeTruthy();
    expect(screen.getByTestId('line-cost-bibliotheek').textContent).toBe(money(400000));
    await user.click(screen.getByRole('button', { name: 'Aantal × prijs (Bibliotheek)' }));
    expect(current().lines[0]).toMatchObject({ amount: 400000 });
    expect(current().lines[0]!.volume).toBeUndefined();

    // Switching back restores the clients and cost it had, as long as the amount was not changed.
    await user.click(screen.getByRole('button', { name: 'Aantal × prijs (Bibliotheek)' }));
    const clients = screen.getByLabelText('Aantal cliënten, Bibliotheek');
    await user.clear(clients);
    await user.type(clients, '2{Enter}');
    expect(screen.getByTestId('line-cost-bibliotheek').textContent).toBe(money(800000));
    await user.click(screen.getByRole('button', { name: 'Aantal × prijs (Bibliotheek)' }));
    expect(current().lines[0]).toMatchObject({ amount: 800000 });
    await user.click(screen.getByRole('button', { name: 'Aantal × prijs (Bibliotheek)' }));
    expect(current().lines[0]).toMatchObject({ volume: 2, unitCost: 400000 });

    // A line that a shift moves clients from must stay a volume line: refused, with the reason.
    const before = current();
    const begeleiding = screen.getByRole('button', { name: 'Aantal × prijs (Wmo-begeleiding individueel)' });
    expect(begeleiding.getAttribute('aria-pressed')).toBe('true');
    await user.click(begeleiding);
    expect(current()).toBe(before);
    expect(begeleiding.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(begeleiding.getAttribute('aria-describedby')!)!.textContent).toContain('verschuiving');
    expect(active(state()).past.map((e) => e.label)).toEqual([
      '„Bibliotheek” als aantal × prijs',
      '„Bibliotheek” als bedrag',
      '„Bibliotheek” als aantal × prijs',
      'Aantal cliënten „Bibliotheek”: 1 → 2',
      '„Bibliotheek” als bedrag',
      '„Bibliotheek” als aantal × prijs',
    ]);
  });

  it('shows the Iv3 name next to a taakveld code and reads a typed name as its code', async () => {
    const { user } = await renderPanel('Begrotingsregels');
    const row = screen.getByLabelText('Taakveld (Iv3), Wmo-begeleiding individueel');
    expect(row.getAttribute('list')).toBeTruthy();
    expect(screen.getByText('Maatwerkdienstverlening 18+')).toBeTruthy();
    const bieb = screen.getByLabelText('Taakveld (Iv3), Bibliotheek');
    await user.type(bieb, 'wijkteams{Enter}');
    expect(current().lines[0]!.taakveld).toBe('6.2');
    expect(screen.getByText('Wijkteams')).toBeTruthy(); // base year 2020: the name up to 2022
    const datalist = document.getElementById(bieb.getAttribute('list')!)!;
    expect(datalist.querySelector('option[value="6.71"]')!.getAttribute('label')).toBe('Maatwerkdienstverlening 18+');
  });

  it('offers existing groups and organisations, and edits percentages', async () => {
    const { user } = await renderPanel('Begrotingsregels');
    const group = screen.getByLabelText('Groep, Huiskamers in de wijk');
    const options = [...document.getElementById(group.getAttribute('list')!)!.querySelectorAll('option')].map((o) => o.value);
    expect(options).toEqual(['Vitale Coalitie']);
    await user.type(group, 'Vitale Coalitie{Enter}');
    expect(current().lines[3]!.group).toBe('Vitale Coalitie');
    const wage = screen.getByLabelText('Looncomponent, Bibliotheek');
    expect((wage as HTMLInputElement).value).toBe('80');
    await user.clear(wage);
    await user.type(wage, '75{Enter}');
    expect(current().lines[0]!.wageShare).toBe(0.75);
    await user.clear(wage);
    await user.type(wage, '120{Enter}');
    expect(wage.getAttribute('aria-invalid')).toBe('true');
    expect(current().lines[0]!.wageShare).toBe(0.75);
  });

  it('adds lines with unique ids made from their names, focused; deletes one again', async () => {
    const { user } = await renderPanel('Begrotingsregels');
    await user.click(screen.getByRole('button', { name: 'Regel toevoegen' }));
    await user.click(screen.getByRole('button', { name: 'Regel toevoegen' }));
    expect(current().lines.map((l) => l.id).slice(4)).toEqual(['nieuwe-regel', 'nieuwe-regel-2']);
    expect(document.activeElement).toBe(screen.getByLabelText('Naam, regel 6'));
    await user.keyboard('Jongerenwerk{Enter}');
    expect(current().lines[5]).toEqual({ id: 'nieuwe-regel-2', name: 'Jongerenwerk', kind: 'subsidy', amount: 0 });
    await user.click(screen.getByRole('button', { name: 'Verwijder „Jongerenwerk”' }));
    expect(current().lines).toHaveLength(5);
    expect(active(state()).past.at(-1)!.label).toBe('Regel „Jongerenwerk” verwijderd');
    act(() => state().undo());
    expect(current().lines).toHaveLength(6);

    // Named first: the id comes from the name, and the amount is next.
    await user.type(screen.getByLabelText('Naam van de nieuwe regel'), 'Buurtwerk Oost{Enter}');
    expect(current().lines.at(-1)).toEqual({ id: 'buurtwerk-oost', name: 'Buurtwerk Oost', kind: 'subsidy', amount: 0 });
    expect(document.activeElement).toBe(screen.getByLabelText('Bedrag, Buurtwerk Oost'));
    expect((screen.getByLabelText('Naam van de nieuwe regel') as HTMLInputElement).value).toBe('');
    expect(active(state()).past.at(-1)!.label).toBe('Regel „Buurtwerk Oost” toegevoegd');
  });

  it('refuses to delete a line that measures refer to, naming the measures', async () => {
    const { user } = await renderPanel('Begrotingsregels');
    const before = current();
    await user.click(screen.getByRole('button', { name: 'Verwijder „Wmo-begeleiding individueel”' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(
      '„Wmo-begeleiding individueel” is niet verwijderd: de maatregel „Van individuele begeleiding naar huiskamers” verwijst ernaar.',
    );
    expect(alert.textContent).toContain('verwijst naar regel „begeleiding”, die niet bestaat');
    expect(current()).toBe(before);
    await user.click(within(alert).getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('alert')).toBeNull();
    // The library can go: the group "Vitale Coalitie" keeps a line.
    await user.click(screen.getByRole('button', { name: 'Verwijder „Bibliotheek”' }));
    expect(current().lines.map((l) => l.id)).toEqual(['welzijn', 'begeleiding', 'huiskamers']);
  });

  it('refuses a paste beyond the import limits as a whole, and says why in an alert', async () => {
    const { user } = await renderPanel('Begrotingsregels');
    const area = screen.getByLabelText('Plak regels uit een spreadsheet');
    const text = Array.from({ length: 20_001 }, (_, i) => `Regel ${i}\tSubsidie\t1.000`).join('\n');
    await user.click(area);
    fireEvent.paste(area, { clipboardData: { getData: () => text } });
    expect(current().lines).toHaveLength(4);
    const report = screen.getByTestId('paste-report');
    expect(report.getAttribute('role')).toBe('alert');
    expect(report.textContent).toContain('De geplakte tekst heeft meer dan 20.000 rijen');
  });

  it('pastes three Dutch rows as one undoable step and reports the row it cannot read', async () => {
    const { user } = await renderPanel('Begrotingsregels');
    const area = screen.getByLabelText('Plak regels uit een spreadsheet');
    const text = [
      'Jeugd-Punt\tSubsidie\t€ 1.234,50\tVitale Coalitie\tJeugd-Punt\t6.1',
      'Dagbesteding\tMaatwerk\t40 × 12.500,00\t\t\t6.71c\t80',
      'Bibliotheek\tSubsidie\t300.000',
      'Fout\tSubsidie\tduizend',
    ].join('\n');
    await user.click(area);
    fireEvent.paste(area, { clipboardData: { getData: () => text } });
    const added = current().lines.slice(4);
    expect(added).toEqual([
      { id: 'jeugd-punt', name: 'Jeugd-Punt', kind: 'subsidy', amount: 1234.5, group: 'Vitale Coalitie', organisation: 'Jeugd-Punt', taakveld: '6.1' },
      { id: 'dagbesteding', name: 'Dagbesteding', kind: 'individual', volume: 40, unitCost: 12500, taakveld: '6.71c', wageShare: 0.8 },
      { id: 'bibliotheek-2', name: 'Bibliotheek', kind: 'subsidy', amount: 300000 },
    ]);
    expect(active(state()).past.map((e) => e.label)).toEqual(['3 regels geplakt']);
    const report = screen.getByTestId('paste-report');
    expect(report.getAttribute('role')).toBe('alert');
    expect(report.textContent).toContain('3 regels geplakt');
    expect(report.textContent).toContain('Rij 4');
    expect(report.textContent).toContain('„duizend” is geen bedrag');
    expect(screen.getByTestId('line-cost-dagbesteding').textContent).toBe(money(500000));
    act(() => state().undo());
    expect(current().lines).toHaveLength(4);
  });

  it('rows pasted into a name cell become new lines too', async () => {
    await renderPanel('Begrotingsregels');
    const name = screen.getByLabelText('Naam, regel 1');
    fireEvent.paste(name, { clipboardData: { getData: () => 'A\tOverig\t10\nB\tOverig\t20\n' } });
    expect(current().lines.map((l) => l.name)).toEqual(['Bibliotheek', 'Welzijnsorganisatie', 'Wmo-begeleiding individueel', 'Huiskamers in de wijk', 'A', 'B']);
    expect(current().lines[0]!.name).toBe('Bibliotheek');
  });
});

describe('assumptions and target', () => {
  it('edits an indexation cell in per cent; emptying it unlists the year', async () => {
    const { user } = await renderPanel('Aannames');
    expect(screen.getByText('geen beleidskeuze')).toBeTruthy();
    const cell = screen.getByLabelText('Prijsindexatie 2022');
    expect((cell as HTMLInputElement).value).toBe('');
    expect(cell.getAttribute('placeholder')).toBe('0');
    await user.type(cell, '1,5{Enter}');
    expect(current().indexation!.price).toEqual({ '2021': 0.01, '2022': 0.015 });
    expect(active(state()).past.at(-1)!.label).toBe('Prijsindexatie 2022: (leeg) → 1,5%');
    const wage = screen.getByLabelText('Loonindexatie 2022');
    expect((wage as HTMLInputElement).value).toBe('1,13');
    await user.clear(wage);
    await user.tab();
    expect(current().indexation!.wage).toEqual({ '2021': 0.02 });
    const p = project(current());
    expect(screen.getByTestId('headline-savings').textContent).toBe(money(p.savings.total.at(-1)!));
  });

  it('edits a target cell; an unlisted year shows the carried value greyed', async () => {
    const { user } = await renderPanel('Taakstelling');
    const y2023 = screen.getByLabelText('Taakstelling 2023');
    await user.clear(y2023);
    await user.type(y2023, '2.500.000{Enter}');
    expect(current().target!['2023']).toBe(2500000);
    const p = project(current());
    expect(screen.getByTestId('headline-target').textContent).toContain(money(Math.max(...p.target!.gap.map((g) => g ?? 0))));
    const y2022 = screen.getByLabelText('Taakstelling 2022');
    await user.clear(y2022);
    await user.tab();
    expect('2022' in current().target!).toBe(false);
    const unlisted = screen.getByLabelText('Taakstelling 2022');
    expect(unlisted.getAttribute('placeholder')).toBe('1.000.000');
    expect(unlisted.className).toContain('is-unlisted');
    expect(unlisted.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(unlisted.getAttribute('aria-describedby')!)!.textContent).toBe('overgenomen uit 2021');
    expect(active(state()).past.map((e) => e.label)).toEqual([
      `Taakstelling 2023: ${money(2000000)} → ${money(2500000)}`,
      `Taakstelling 2022: ${money(1500000)} → (leeg)`,
    ]);
  });
});

describe('in English', () => {
  it('labels in English and reads English numbers', async () => {
    load(voorbeeld(), 'en');
    const { user } = await renderPanel('Budget lines');
    const amount = screen.getByLabelText('Amount, Bibliotheek');
    expect((amount as HTMLInputElement).value).toBe('400,000');
    await user.clear(amount);
    await user.type(amount, '412,500.50{Enter}');
    expect(current().lines[0]!.amount).toBe(412500.5);
    expect(active(state()).past.at(-1)!.label).toBe('Amount “Bibliotheek”: €400,000 → €412,501');
    expect((screen.getByLabelText('Kind, Bibliotheek') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Subsidy');
    expect(screen.getAllByRole('option', { name: 'Individual provision' })).toHaveLength(4);
  });
});
