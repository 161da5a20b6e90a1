// The measures editor against the real store and engine: every edit lands in the scenario (and
// so in the projection) through commit/tryCommit with a readable label, or is refused with the
// engine's own message while the scenario stays as it was.
import '@testing-library/jest-dom';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { project } from '../../../shared/engine/project';
import { formatMoney } from '../../../shared/format/money';
import { measureColour } from '../../../shared/palette';
import { parseScenario } from '../../../shared/scenario/parse';
import type { Measure, Scenario } from '../../../shared/scenario/schema';
import { MeasuresPanel } from '../../../renderer/components/measures/MeasuresPanel';
import { useAppStore } from '../../../renderer/store/store';
import { measuresFixture } from './fixture';
import { active } from '../active';
import { render as say } from '../../../shared/i18n/text';

function load(scenario: Scenario = measuresFixture()) {
  act(() => {
    useAppStore.setState({ lang: 'nl' });
    useAppStore.getState().loadScenario(scenario, 'test.vcscenario.json');
  });
}
const state = () => useAppStore.getState();
const scenario = () => active(state()).scenario as Scenario;
const measure = (id: string) => scenario().measures!.find((m) => m.id === id) as Measure;
const labels = () => active(state()).past.map((e) => e.label);
const row = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li') as HTMLElement;

beforeEach(() => load());

describe('the list', () => {
  it('shows a heading with the note that order matters, and one row per measure in file order', () => {
    render(<MeasuresPanel />);
    expect(screen.getByRole('heading', { level: 2, name: 'Maatregelen' })).toBeInTheDocument();
    expect(screen.getByText(/De volgorde telt/)).toBeInTheDocument();
    const names = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(names).toEqual(['Korting Vitale Coalitie', 'Naar huiskamers', 'Extra formatie', 'Preventie', 'Inkoop', 'Jeugd-Punt']);
  });

  it('colours each enabled measure as the chart does: by its place among all measures, switched on or off', () => {
    const { container } = render(<MeasuresPanel />);
    const swatches = [...container.querySelectorAll<HTMLElement>('.measures-row .measures-swatch')];
    const enabledIds = project(scenario()).measures.map((m) => m.id);
    const rows = [...container.querySelectorAll<HTMLElement>('.measures-row')];
    rows.forEach((r, i) => {
      const id = r.dataset.measureId!;
      if (!enabledIds.includes(id)) expect(swatches[i]).toHaveClass('measures-swatch--off');
      else expect(swatches[i]!.style.background).toBe(hexToRgb(measureColour(i)));
    });
    // "Jeugd-Punt" comes after the switched-off "Inkoop": sixth row, sixth colour (index 5), as
    // before Inkoop was switched off.
    expect(rows.map((r) => r.dataset.measureId).indexOf('jeugdpunt')).toBe(5);
    expect(swatches[5]!.style.background).toBe(hexToRgb(measureColour(5)));
  });

  it('switches a measure off and on: the store and the projection follow, labelled', async () => {
    const user = userEvent.setup();
    render(<MeasuresPanel />);
    const toggle = screen.getByRole('switch', { name: 'Korting Vitale Coalitie' });
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    expect(within(toggle).getByText('Aan')).toBeInTheDocument();
    await user.click(toggle);
    expect(measure('korting').enabled).toBe(false);
    expect(project(scenario()).measures.map((m) => m.id)).not.toContain('korting');
    expect(screen.getByRole('switch', { name: 'Korting Vitale Coalitie' })).toHaveAttribute('aria-checked', 'false');
    expect(labels()).toEqual(['Korting Vitale Coalitie uitgezet']);
    await user.click(screen.getByRole('switch', { name: 'Inkoop' }));
    expect(measure('inkoop').enabled).toBeUndefined();
    expect(project(scenario()).measures.map((m) => m.id)).toContain('inkoop');
    expect(labels()).toEqual(['Korting Vitale Coalitie uitgezet', 'Inkoop aangezet']);
  });
});

describe('strength', () => {
  it('a slider drag commits as it moves and is one history step, labelled from start to end', () => {
    render(<MeasuresPanel />);
    const slider = screen.getByRole('slider', { name: 'Kortingspercentage Korting Vitale Coalitie' });
    expect(slider).toHaveValue('20');
    expect(slider).toHaveAttribute('aria-valuetext', '20%');
    const before = project(scenario()).savings.total;
    slider.focus();
    for (const v of ['19', '18', '17', '16', '15']) fireEvent.change(slider, { target: { value: v } });
    expect((measure('korting') as { rate: number }).rate).toBe(0.15);
    expect(active(state()).past).toHaveLength(1);
    expect(labels()).toEqual(['Korting Vitale Coalitie 20% → 15%']);
    expect(project(scenario()).savings.total).not.toEqual(before);
    // The number field beside it shows the new value.
    expect(screen.getByRole('textbox', { name: 'Kortingspercentage Korting Vitale Coalitie' })).toHaveValue('15');
    act(() => state().undo());
    expect((measure('korting') as { rate: number }).rate).toBe(0.2);
  });

  it('typing an invalid rate (150%) shows the engine’s message and leaves the scenario alone', async () => {
    const user = userEvent.setup();
    render(<MeasuresPanel />);
    const before = scenario();
    const field = screen.getByRole('textbox', { name: 'Kortingspercentage Korting Vitale Coalitie' });
    await user.clear(field);
    await user.type(field, '150{Enter}');
    const expected = parseScenario({ ...before, measures: before.measures!.map((m) => (m.id === 'korting' ? { ...m, rate: 1.5 } : m)) });
    expect(expected.ok).toBe(false);
    const message = !expected.ok ? say('nl', expected.problems[0]!.message) : '';
    expect(message).not.toBe('');
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(scenario()).toBe(before);
    expect(active(state()).past).toHaveLength(0);
  });

  it('accepts a decimal rate typed the Dutch way', async () => {
    const user = userEvent.setup();
    render(<MeasuresPanel />);
    const field = screen.getByRole('textbox', { name: 'Kortingspercentage Korting Vitale Coalitie' });
    await user.clear(field);
    await user.type(field, '12,5{Enter}');
    expect((measure('korting') as { rate: number }).rate).toBe(0.125);
    expect(labels()).toEqual(['Korting Vitale Coalitie 20% → 12,5%']);
  });

  it('a cut by amount has a euro slider up to the targeted lines’ first-year baseline', () => {
    render(<MeasuresPanel />);
    const slider = screen.getByRole('slider', { name: 'Bedrag per jaar Jeugd-Punt' });
    const welzijn2020 = project(scenario()).lines.find((l) => l.id === 'welzijn')!.baseline[0]!;
    expect(Number(slider.getAttribute('max'))).toBeGreaterThanOrEqual(welzijn2020);
    expect(Number(slider.getAttribute('max'))).toBeLessThan(2.5 * welzijn2020);
    expect(Number(slider.getAttribute('min'))).toBe(0);
    fireEvent.change(slider, { target: { value: '50000' } });
    expect((measure('jeugdpunt') as { amount: number }).amount).toBe(50000);
    const money = (v: number) => formatMoney(v, { lang: 'nl' });
    expect(labels()).toEqual([`Jeugd-Punt ${money(30000)} → ${money(50000)}`]);
  });

  it('the shift’s slider edits the share of its last listed year', () => {
    render(<MeasuresPanel />);
    const slider = screen.getByRole('slider', { name: 'Aandeel 2023 Naar huiskamers' });
    fireEvent.change(slider, { target: { value: '30' } });
    expect((measure('verschuiving') as { share: Record<string, number> }).share).toEqual({ '2020': 0.05, '2023': 0.3 });
    expect(labels()).toEqual(['Naar huiskamers: aandeel 2023 20% → 30%']);
  });
});

describe('order, add and delete', () => {
  it('moves a measure down and up with labelled buttons: the file order and the projection’s order follow', async () => {
    const user = userEvent.setup();
    render(<MeasuresPanel />);
    const up = screen.getByRole('button', { name: 'Korting Vitale Coalitie omhoog' });
    expect(up).toHaveAttribute('aria-disabled', 'true');
    await user.click(up);
    expect(active(state()).past).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Korting Vitale Coalitie omlaag' }));
    expect(scenario().measures!.map((m) => m.id).slice(0, 2)).toEqual(['verschuiving', 'korting']);
    expect(project(scenario()).measures.map((m) => m.id).slice(0, 2)).toEqual(['verschuiving', 'korting']);
    expect(screen.getAllByRole('heading', { level: 3 })[1]).toHaveTextContent('Korting Vitale Coalitie');
    expect(labels()).toEqual(['Korting Vitale Coalitie omlaag verplaatst']);
    expect(screen.getByRole('status')).toHaveTextContent('Korting Vitale Coalitie staat nu op plaats 2 van 6.');
    // Focus stays on the button that was pressed.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Korting Vitale Coalitie omlaag' }));
  });

  it('moves the focused row with Alt+ArrowUp and Alt+ArrowDown', async () => {
    const user = userEvent.setup();
    render(<MeasuresPanel />);
    screen.getByRole('slider', { name: 'Bedrag per jaar Jeugd-Punt' }).focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(scenario().measures!.map((m) => m.id)).toEqual(['korting', 'verschuiving', 'formatie', 'preventie', 'jeugdpunt', 'inkoop']);
    await user.keyboard('{Alt>}{ArrowUp}{ArrowUp}{/Alt}');
    expect(scenario().measures!.map((m) => m.id)).toEqual(['korting', 'verschuiving', 'jeugdpunt', 'formatie', 'preventie', 'inkoop']);
    expect(document.activeElement).toBe(screen.getByRole('slider', { name: 'Bedrag per jaar Jeugd-Punt' }));
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(scenario().measures!.map((m) => m.id)[3]).toBe('jeugdpunt');
    // The slider's own value did not move.
    expect((measure('jeugdpunt') as { amount: number }).amount).toBe(30000);
  });

  it('deletes a measure from a button named after it; undo brings it back', async () => {
    const user = userEvent.setup();
    render(<MeasuresPanel />);
    await user.click(screen.getByRole('button', { name: 'Extra formatie verwijderen' }));
    expect(scenario().measures!.map((m) => m.id)).not.toContain('formatie');
    expect(screen.queryByRole('heading', { level: 3, name: 'Extra formatie' })).toBeNull();
    expect(labels()).toEqual(['Maatregel Extra formatie verwijderd']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Details van Preventie' }));
    act(() => state().undo());
    expect(scenario().measures!.map((m) => m.id)[2]).toBe('formatie');
  });

  it.each([
    ['cut', 'Korting'],
    ['volumeChange', 'Minder cliënten'],
    ['unitCostChange', 'Lager tarief'],
    ['shift', 'Verschuiving naar algemene voorziening'],
    ['fixed', 'Vaste besparing'],
  ] as const)('adds a %s with defaults that validate, expanded with its name field focused', async (type, name) => {
    const user = userEvent.setup();
    render(<MeasuresPanel />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Soort maatregel' }), type);
    await user.click(screen.getByRole('button', { name: '+ Maatregel' }));
    const added = scenario().measures!.at(-1)!;
    expect(added.type).toBe(type);
    expect(added.name).toBe(name);
    expect(added.id).toMatch(/^[a-z0-9][a-z0-9_-]{0,63}$/);
    expect(parseScenario(scenario()).ok).toBe(true);
    expect(project(scenario()).measures.at(-1)!.id).toBe(added.id);
    expect(labels()).toEqual([`Maatregel ${name} toegevoegd`]);
    expect(screen.getByRole('button', { name: `Details van ${name}` })).toHaveAttribute('aria-expanded', 'true');
    expect(document.activeElement).toBe(within(row(name)).getByRole('textbox', { name: 'Naam' }));
  });

  it('gives a second measure of the same type a unique name and id', async () => {
    const user = userEvent.setup();
    render(<MeasuresPanel />);
    await user.click(screen.getByRole('button', { name: '+ Maatregel' }));
    await user.click(screen.getByRole('button', { name: '+ Maatregel' }));
    const [a, b] = scenario().measures!.slice(-2);
    expect([a!.name, b!.name]).toEqual(['Korting', 'Korting 2']);
    expect(a!.id).not.toBe(b!.id);
    expect(parseScenario(scenario()).ok).toBe(true);
  });

  it('offers a shift only when there are two volume lines, and says why not', () => {
    const s = measuresFixture();
    s.lines = s.lines.filter((l) => l.id !== 'huiskamers');
    s.measures = s.measures!.filter((m) => m.type !== 'shift');
    load(s);
    render(<MeasuresPanel />);
    const option = screen.getByRole('option', { name: /^Verschuiving/ }) as HTMLOptionElement;
    expect(option.disabled).toBe(true);
    expect(option.textContent).toContain('vraagt twee regels met aantallen');
    expect((screen.getByRole('option', { name: /^Volumewijziging/ }) as HTMLOptionElement).disabled).toBe(false);
  });
});

describe('phase-in cells', () => {
  it('show listed years as values and unlisted years greyed with the value the engine uses', () => {
    render(<MeasuresPanel />);
    const cell = (year: number, name: string) => screen.getByRole('textbox', { name: `invoering ${year} ${name}` });
    expect(cell(2020, 'Korting Vitale Coalitie')).toHaveValue('');
    expect(cell(2020, 'Korting Vitale Coalitie')).toHaveAttribute('placeholder', '0%');
    expect(cell(2022, 'Korting Vitale Coalitie')).toHaveValue('50%');
    // No phase-in: fully in force in every year.
    expect(cell(2021, 'Preventie')).toHaveAttribute('placeholder', '100%');
    // …and under each cell what the measure does that year (#24 item 2).
    expect(cell(2021, 'Preventie')).toHaveAccessibleDescription('niet ingevuld, geldt 100% =\u00a0−5% volume');
    // Shift shares: 2021 takes 2020's 5 %.
    expect(screen.getByRole('textbox', { name: 'aandeel 2021 Naar huiskamers' })).toHaveAttribute('placeholder', '5%');
    // Fixed amounts without `continues` count only where listed.
    expect(screen.getByRole('textbox', { name: 'bedrag 2023 Extra formatie' })).toHaveAttribute('placeholder', '0');
  });

  it('edits a year, clears a year, and refuses a share above 100% with the engine’s message', async () => {
    const user = userEvent.setup();
    render(<MeasuresPanel />);
    const cell = screen.getByRole('textbox', { name: 'invoering 2022 Korting Vitale Coalitie' });
    await user.clear(cell);
    await user.type(cell, '75{Enter}');
    expect((measure('korting') as { phaseIn: Record<string, number> }).phaseIn).toEqual({ '2021': 0, '2022': 0.75, '2023': 1 });
    expect(labels()).toEqual(['Korting Vitale Coalitie: invoering 2022 50% → 75%']);

    await user.clear(cell);
    await user.tab();
    expect((measure('korting') as { phaseIn: Record<string, number> }).phaseIn).toEqual({ '2021': 0, '2023': 1 });
    expect(cell).toHaveAttribute('placeholder', '0%');

    const before = scenario();
    const other = screen.getByRole('textbox', { name: 'invoering 2023 Korting Vitale Coalitie' });
    await user.clear(other);
    await user.type(other, '120%{Enter}');
    expect(scenario()).toBe(before);
    expect(other).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert').textContent).not.toBe('');
  });

  it('typing into a measure without phase-in creates one; clearing the last year removes it again', async () => {
    const user = userEvent.setup();
    render(<MeasuresPanel />);
    const cell = screen.getByRole('textbox', { name: 'invoering 2022 Preventie' });
    await user.type(cell, '50{Enter}');
    expect((measure('preventie') as { phaseIn?: unknown }).phaseIn).toEqual({ '2022': 0.5 });
    expect(screen.getByRole('textbox', { name: 'invoering 2021 Preventie' })).toHaveAttribute('placeholder', '0%');
    await user.clear(cell);
    await user.keyboard('{Enter}');
    expect('phaseIn' in measure('preventie')).toBe(false);
  });
});

describe('the expanded form', () => {
  async function expand(name: string) {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: `Details van ${name}` }));
    expect(screen.getByRole('button', { name: `Details van ${name}` })).toHaveAttribute('aria-expanded', 'true');
    return { user, form: within(row(name)) };
  }

  it('renames a measure and refuses an empty name', async () => {
    render(<MeasuresPanel />);
    const { user, form } = await expand('Preventie');
    const name = form.getByRole('textbox', { name: 'Naam' });
    await user.clear(name);
    await user.tab();
    expect(measure('preventie').name).toBe('Preventie');
    expect(form.getByRole('alert').textContent).not.toBe('');
    await user.type(name, 'Preventie jeugd{Enter}');
    expect(measure('preventie').name).toBe('Preventie jeugd');
    expect(measure('preventie').id).toBe('preventie');
    expect(labels()).toEqual(['Maatregel „Preventie” heet nu „Preventie jeugd”']);
  });

  it('cut: picks targets from groups and lines; the last target cannot be taken away', async () => {
    render(<MeasuresPanel />);
    const { user, form } = await expand('Korting Vitale Coalitie');
    await user.click(form.getByRole('checkbox', { name: 'Huiskamers in de wijk' }));
    expect((measure('korting') as { lines?: string[] }).lines).toEqual(['huiskamers']);
    expect(labels()).toEqual(['Korting Vitale Coalitie: Huiskamers in de wijk toegevoegd']);
    expect(form.getByRole('checkbox', { name: /Bibliotheek \(via groep Vitale Coalitie\)/ })).not.toBeChecked();
    await user.click(form.getByRole('checkbox', { name: 'Huiskamers in de wijk' }));
    expect('lines' in measure('korting')).toBe(false);
    const before = scenario();
    await user.click(form.getByRole('checkbox', { name: 'Vitale Coalitie' }));
    expect(scenario()).toBe(before);
    expect(form.getByRole('checkbox', { name: 'Vitale Coalitie' })).toBeChecked();
    expect(form.getByRole('alert').textContent).not.toBe('');
  });

  it('cut: switches between a rate and an amount', async () => {
    render(<MeasuresPanel />);
    const { user, form } = await expand('Jeugd-Punt');
    expect(form.getByRole('radio', { name: 'bedrag in euro' })).toBeChecked();
    await user.click(form.getByRole('radio', { name: 'percentage' }));
    const m = measure('jeugdpunt') as { rate?: number; amount?: number };
    expect(m.amount).toBeUndefined();
    expect(m.rate).toBeGreaterThan(0);
    expect(parseScenario(scenario()).ok).toBe(true);
    expect(screen.getByRole('slider', { name: 'Kortingspercentage Jeugd-Punt' })).toBeInTheDocument();
  });

  it('volume change: offers volume lines and volume-only groups only', async () => {
    render(<MeasuresPanel />);
    const { user, form } = await expand('Preventie');
    expect(form.queryByRole('checkbox', { name: 'Bibliotheek' })).toBeNull();
    expect(form.queryByRole('checkbox', { name: 'Vitale Coalitie' })).toBeNull();
    expect(form.getByText(/Alleen regels met aantallen/)).toBeInTheDocument();
    await user.click(form.getByRole('checkbox', { name: 'Huiskamers in de wijk' }));
    expect((measure('preventie') as { lines?: string[] }).lines).toEqual(['huiskamers']);
    const rate = form.getByRole('textbox', { name: 'Volume Preventie' });
    await user.clear(rate);
    await user.type(rate, '-10{Enter}');
    expect((measure('preventie') as { rate: number }).rate).toBe(-0.1);
  });

  it('tariff change: edits its targets', async () => {
    render(<MeasuresPanel />);
    const { user, form } = await expand('Inkoop');
    await user.click(form.getByRole('checkbox', { name: 'Wmo' }));
    expect((measure('inkoop') as { groups?: string[] }).groups).toEqual(['Wmo']);
    expect(screen.getByRole('slider', { name: 'Tarief Inkoop' })).toHaveValue('-3');
  });

  it('shift: from and to are volume lines; the same line twice is refused; the ratio edits', async () => {
    render(<MeasuresPanel />);
    const { user, form } = await expand('Naar huiskamers');
    const to = form.getByRole('combobox', { name: 'Naar' });
    expect(within(to).getAllByRole('option').map((o) => o.textContent)).toEqual(['Wmo-begeleiding individueel', 'Huiskamers in de wijk']);
    const before = scenario();
    await user.selectOptions(to, 'begeleiding');
    expect(scenario()).toBe(before);
    expect(form.getByRole('alert').textContent).not.toBe('');
    const ratio = form.getByRole('textbox', { name: 'Verhouding' });
    await user.type(ratio, '1,5{Enter}');
    expect((measure('verschuiving') as { ratio?: number }).ratio).toBe(1.5);
    expect(labels()).toEqual(['Naar huiskamers: verhouding 1 → 1,5']);
  });

  it('fixed: `continues` turns the step reading on for the empty years', async () => {
    render(<MeasuresPanel />);
    const { user, form } = await expand('Extra formatie');
    expect(screen.getByRole('textbox', { name: 'bedrag 2023 Extra formatie' })).toHaveAttribute('placeholder', '0');
    await user.click(form.getByRole('checkbox', { name: 'Loopt door na het laatste ingevulde jaar' }));
    expect((measure('formatie') as { continues?: boolean }).continues).toBe(true);
    expect(screen.getByRole('textbox', { name: 'bedrag 2023 Extra formatie' })).toHaveAttribute('placeholder', '−38.000');
    expect(project(scenario()).measures.find((m) => m.id === 'formatie')!.effect[3]).toBe(-38000);
  });

  it('uncertainty: low and high as per cents, shown as a range; out of bounds is refused', async () => {
    render(<MeasuresPanel />);
    const { user, form } = await expand('Korting Vitale Coalitie');
    expect(form.getByText('geen bandbreedte')).toBeInTheDocument();
    await user.type(form.getByRole('textbox', { name: 'Laag' }), '70{Enter}');
    expect(form.getByRole('textbox', { name: 'Hoog' })).toHaveValue('100');
    await user.clear(form.getByRole('textbox', { name: 'Hoog' }));
    await user.type(form.getByRole('textbox', { name: 'Hoog' }), '120{Enter}');
    expect(measure('korting').uncertainty).toEqual({ low: 0.7, high: 1.2 });
    expect(form.getByText('70% – 120%')).toBeInTheDocument();
    const before = scenario();
    const high = form.getByRole('textbox', { name: 'Hoog' });
    await user.clear(high);
    await user.type(high, '80{Enter}');
    expect(scenario()).toBe(before);
    expect(high).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('English', () => {
  it('speaks English when the language is switched', () => {
    render(<MeasuresPanel />);
    act(() => useAppStore.setState({ lang: 'en' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Measures' })).toBeInTheDocument();
    expect(screen.getByText(/Order matters/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '+ Measure' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete Extra formatie' })).toBeInTheDocument();
    const slider = screen.getByRole('slider', { name: 'Cut rate Korting Vitale Coalitie' });
    fireEvent.change(slider, { target: { value: '15' } });
    expect(labels()).toEqual(['Korting Vitale Coalitie 20% → 15%']);
  });
});

function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
