// The partners in the baseline editor (#21 items 1 and 6): the list made from the lines in one
// step, a rename that renames the partner on its lines (one undo step), subsidised since and the
// earliest cut from the engine's notice rule, a line's organisation chosen from the list, removal
// refused while lines name a partner, the decision date; and a line switched to PM and back,
// listed under "Nog niet in euro's".
import '@testing-library/jest-dom';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Scenario } from '../../../shared/scenario/schema';
import { active } from '../active';
import { current, load, renderPanel, state } from './helpers';

jest.setTimeout(60_000);

const v2 = (): Scenario => JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/voorbeeld-v2.json'), 'utf8')) as Scenario;
const withoutList = (): Scenario => {
  const { organisations: _list, ...rest } = v2();
  return rest as Scenario;
};
const labels = () => active(state()).past.map((e) => e.label);
const undo = () => act(() => state().undo());

describe('the list of partners', () => {
  it('is made from the organisations the lines name, in one undoable step', async () => {
    load(withoutList());
    const { user } = await renderPanel('Partners');
    expect(screen.getByText(/Maakt de lijst van de 2 organisaties die de regels al noemen: „Stichting Jeugdpunt” en „Bibliotheek Rivierenland”/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Partners uit regels overnemen' }));
    expect(current().organisations).toEqual([{ name: 'Stichting Jeugdpunt' }, { name: 'Bibliotheek Rivierenland' }]);
    expect(labels()).toEqual(['Partners uit regels overgenomen (2 partners)']);
    expect(screen.getByRole('table', { name: 'Partners' })).toBeInTheDocument();
    undo();
    expect(current().organisations).toBeUndefined();
    expect(screen.getByRole('button', { name: 'Partners uit regels overnemen' })).toBeInTheDocument();
  });

  it('the action waits for lines that name an organisation', async () => {
    const s = withoutList();
    for (const line of s.lines) delete line.organisation;
    load(s);
    await renderPanel('Partners');
    expect(screen.getByRole('button', { name: 'Partners uit regels overnemen' })).toBeDisabled();
  });

  it('renames a partner on its lines too: one step, one undo', async () => {
    load(v2());
    const { user } = await renderPanel('Partners');
    const name = screen.getByLabelText('Naam, Bibliotheek Rivierenland');
    await user.clear(name);
    await user.type(name, 'Bibliotheek Rivierenland-Oost{Enter}');
    expect(current().organisations!.map((o) => o.name)).toEqual(['Stichting Jeugdpunt', 'Bibliotheek Rivierenland-Oost']);
    expect(current().lines.find((l) => l.id === 'bibliotheek')!.organisation).toBe('Bibliotheek Rivierenland-Oost');
    expect(labels()).toEqual(['Partner „Bibliotheek Rivierenland” heet nu „Bibliotheek Rivierenland-Oost”']);
    undo();
    expect(current().lines.find((l) => l.id === 'bibliotheek')!.organisation).toBe('Bibliotheek Rivierenland');
    expect(current().organisations![1]!.name).toBe('Bibliotheek Rivierenland');
  });

  it('a duplicate name is refused with the engine’s reason', async () => {
    load(v2());
    const { user } = await renderPanel('Partners');
    const name = screen.getByLabelText('Naam, Stichting Jeugdpunt');
    await user.clear(name);
    await user.type(name, 'Bibliotheek Rivierenland{Enter}');
    expect(current().organisations![0]!.name).toBe('Stichting Jeugdpunt');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(labels()).toEqual([]);
  });

  it('subsidised since and the notice period set the earliest cut the engine allows', async () => {
    load(v2());
    const { user } = await renderPanel('Partners');
    expect(screen.getByTestId('earliest-Bibliotheek Rivierenland')).toHaveTextContent('1 januari 2026');
    expect(screen.getByTestId('earliest-Stichting Jeugdpunt')).toHaveTextContent('geen termijn');
    const since = screen.getByLabelText('Subsidie sinds, Stichting Jeugdpunt');
    await user.clear(since);
    await user.type(since, '2020{Enter}');
    expect(current().organisations![0]!.subsidisedSince).toBe(2020);
    expect(screen.getByTestId('earliest-Stichting Jeugdpunt')).toHaveTextContent('1 januari 2026');
    const months = screen.getByLabelText('Opzegtermijn (maanden), Bibliotheek Rivierenland');
    expect(months).toHaveAttribute('placeholder', '12');
    await user.type(months, '18{Enter}');
    expect(current().organisations![1]!.noticeMonths).toBe(18);
    // 1 July 2024 + 18 months = 1 January 2026: that day itself.
    expect(screen.getByTestId('earliest-Bibliotheek Rivierenland')).toHaveTextContent('1 januari 2026');
    await user.clear(months);
    await user.type(months, '19{Enter}');
    expect(screen.getByTestId('earliest-Bibliotheek Rivierenland')).toHaveTextContent('1 januari 2027');
    expect(labels().at(-1)).toBe('Opzegtermijn (maanden) „Bibliotheek Rivierenland”: 18 → 19');
    // Out of the format's range: refused, nothing changes.
    await user.clear(months);
    await user.type(months, '200{Enter}');
    expect(current().organisations![1]!.noticeMonths).toBe(19);
    expect(months).toHaveAttribute('aria-invalid', 'true');
  });

  it('contact and notes; an emptied field leaves the file', async () => {
    load(v2());
    const { user } = await renderPanel('Partners');
    const contact = screen.getByLabelText('Contactpersoon, Bibliotheek Rivierenland');
    expect(contact).toHaveValue('directie@bibliotheek.example');
    await user.clear(contact);
    await user.tab();
    expect('contact' in current().organisations![1]!).toBe(false);
    await user.type(screen.getByLabelText('Notitie, Stichting Jeugdpunt'), 'Nieuw sinds 2023{Enter}');
    expect(current().organisations![0]!.notes).toBe('Nieuw sinds 2023');
  });

  it('a partner that lines name is not removed, with those lines named; another is, and the last takes the list with it', async () => {
    load(v2());
    const { user } = await renderPanel('Partners');
    await user.click(screen.getByRole('button', { name: 'Verwijder „Stichting Jeugdpunt”' }));
    expect(screen.getByRole('alert')).toHaveTextContent('„Stichting Jeugdpunt” is niet verwijderd: de regel „Jeugdpunt” noemt deze partner.');
    expect(current().organisations).toHaveLength(2);
    await user.type(screen.getByLabelText('Naam van de nieuwe partner'), 'Vrijwilligerscentrale{Enter}');
    expect(current().organisations!.map((o) => o.name)).toEqual(['Stichting Jeugdpunt', 'Bibliotheek Rivierenland', 'Vrijwilligerscentrale']);
    expect(labels()).toEqual(['Partner „Vrijwilligerscentrale” toegevoegd']);
    await user.click(screen.getByRole('button', { name: 'Verwijder „Vrijwilligerscentrale”' }));
    expect(current().organisations).toHaveLength(2);
    // Lines free of partners: removing both ends the list.
    act(() => state().commit('x', (d) => d.lines.forEach((l) => delete l.organisation)));
    await user.click(screen.getByRole('button', { name: 'Verwijder „Stichting Jeugdpunt”' }));
    await user.click(screen.getByRole('button', { name: 'Verwijder „Bibliotheek Rivierenland”' }));
    expect(current().organisations).toBeUndefined();
  });

  it('the decision date: the default shown, a new date one step, an emptied field the default again', async () => {
    load(v2());
    await renderPanel('Partners');
    const date = screen.getByLabelText('Datum van het besluit');
    expect(date).toHaveValue('2024-07-01');
    expect(date).toHaveAccessibleDescription(/nu de standaard, 1 juli van het basisjaar \(1 juli 2024\)/);
    // Leaving the default as it is writes nothing.
    fireEvent.blur(date);
    expect(labels()).toEqual([]);
    fireEvent.change(date, { target: { value: '2024-12-15' } });
    fireEvent.blur(date);
    expect(current().decisionDate).toBe('2024-12-15');
    expect(labels()).toEqual(['Datum van het besluit: 1 juli 2024 → 15 december 2024']);
    // 15 December 2024 + 12 months: the earliest cut moves to 2026 … still 1 January 2026.
    expect(screen.getByTestId('earliest-Bibliotheek Rivierenland')).toHaveTextContent('1 januari 2026');
    expect(date).toHaveAccessibleDescription(/Maak het veld leeg voor de standaard/);
    fireEvent.change(date, { target: { value: '' } });
    fireEvent.blur(date);
    expect('decisionDate' in current()).toBe(false);
    expect(date).toHaveValue('2024-07-01');
    undo();
    expect(date).toHaveValue('2024-12-15');
  });
});

describe('a line’s organisation', () => {
  it('is chosen from the list when there is one, else typed', async () => {
    load(v2());
    const { user } = await renderPanel('Begrotingsregels');
    const select = screen.getByRole('combobox', { name: 'Organisatie, Wijkfestival' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['(geen organisatie)', 'Stichting Jeugdpunt', 'Bibliotheek Rivierenland']);
    await user.selectOptions(select, 'Stichting Jeugdpunt');
    expect(current().lines.find((l) => l.id === 'festival')!.organisation).toBe('Stichting Jeugdpunt');
    expect(labels()).toEqual(['Organisatie „Wijkfestival”: (geen organisatie) → Stichting Jeugdpunt']);
    await user.selectOptions(select, '');
    expect('organisation' in current().lines.find((l) => l.id === 'festival')!).toBe(false);
  });

  it('without a list it stays a text cell', async () => {
    load(withoutList());
    await renderPanel('Begrotingsregels');
    // A text field with the names as suggestions (a datalist), not a choice.
    expect(screen.getByLabelText('Organisatie, Wijkfestival').tagName).toBe('INPUT');
  });
});

describe('PM lines (nog niet in euro’s)', () => {
  it('lists the PM lines of the projection under the table', async () => {
    load(v2());
    await renderPanel('Begrotingsregels');
    const block = screen.getByTestId('pm-lines');
    expect(within(block).getByRole('heading', { name: 'Nog niet in euro’s' })).toBeInTheDocument();
    expect(within(block).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Uitbreiding wijkteam']);
    expect(screen.getByTestId('line-cost-wijkteam')).toHaveTextContent('PM');
  });

  it('switches a line to PM and back: its amount goes and comes back, each one step', async () => {
    load(v2());
    const { user } = await renderPanel('Begrotingsregels');
    await user.click(screen.getByRole('button', { name: 'PM, bedrag nog niet bekend (Bibliotheek)' }));
    const line = () => current().lines.find((l) => l.id === 'bibliotheek')!;
    expect(line()).toMatchObject({ pm: true });
    expect('amount' in line()).toBe(false);
    expect(screen.getByRole('button', { name: 'PM, bedrag nog niet bekend (Bibliotheek)' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('textbox', { name: 'Bedrag, Bibliotheek' })).toBeNull();
    expect(within(screen.getByTestId('pm-lines')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Bibliotheek', 'Uitbreiding wijkteam']);
    expect(labels()).toEqual(['„Bibliotheek” als PM']);
    await user.click(screen.getByRole('button', { name: 'PM, bedrag nog niet bekend (Bibliotheek)' }));
    expect(line().amount).toBe(400000);
    expect('pm' in line()).toBe(false);
    expect(labels()).toEqual(['„Bibliotheek” als PM', '„Bibliotheek” weer met een bedrag']);
    // A PM line that never had an amount gets € 0.
    await user.click(screen.getByRole('button', { name: 'PM, bedrag nog niet bekend (Uitbreiding wijkteam)' }));
    expect(current().lines.find((l) => l.id === 'wijkteam')!.amount).toBe(0);
    expect(screen.queryByTestId('pm-lines')).toBeNull();
  });

  it('multi-year amounts come back as they were', async () => {
    load(v2());
    const { user } = await renderPanel('Begrotingsregels');
    const button = screen.getByRole('button', { name: 'PM, bedrag nog niet bekend (Jeugdpunt)' });
    await user.click(button);
    expect(current().lines.find((l) => l.id === 'jeugdpunt')!.amounts).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'PM, bedrag nog niet bekend (Jeugdpunt)' }));
    expect(current().lines.find((l) => l.id === 'jeugdpunt')!.amounts).toEqual({ 2025: 200000, 2027: 150000 });
  });
});
