// CompareView in jsdom: the figures on screen are the engine's (project() per scenario), in
// euros and in thousands; the partner table over every year; "what differs" as sentences grouped by
// kind; the spread across variants; Dutch and English; and no structural accessibility faults.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { CompareView } from '../../../renderer/components/compare/CompareView';
import { useAppStore } from '../../../renderer/store/store';
import { project } from '../../../shared/engine/project';
import { yearRows } from '../../../shared/format/year-rows';
import type { Scenario } from '../../../shared/scenario/schema';
import { measure, stichtseVecht, stichtseVechtEqualCut, variant, voorbeeld } from '../../shared/compare/support';

const plain = (text: string | null | undefined) => (text ?? '').replace(/\u00a0/g, ' ');
const nl = (n: number) => new Intl.NumberFormat('nl-NL').format(Math.abs(n));
const signed = (n: number) => (n > 0 ? '+' : n < 0 ? '\u2212' : '') + nl(n);

function setUi(lang: 'nl' | 'en' = 'nl', unit: 'euro' | 'thousand' = 'euro') {
  act(() => useAppStore.setState({ lang, unit }));
}

/** Rows of a table body: header cell text, then the data cells' text. */
function tableRows(table: HTMLElement): { header: string; cells: string[] }[] {
  return [...table.querySelectorAll('tbody tr')].map((tr) => ({
    header: plain(tr.querySelector('th')?.textContent),
    cells: [...tr.querySelectorAll('td')].map((td) => plain(td.textContent)),
  }));
}

const later = () =>
  variant(voorbeeld(), (s) => {
    s.title = 'Korting een jaar later';
    const korting = measure(s, 'korting');
    if (korting.type === 'cut') {
      korting.rate = 0.15;
      korting.phaseIn = { '2023': 0.5, '2024': 1 };
    }
  });

/** Stichtse Vecht as chosen (5%), and the 20% variant. */
const twentyPercent = () =>
  variant(stichtseVechtEqualCut(), (s) => {
    s.title = 'Stichtse Vecht: 20%';
  });

const items = (...pairs: [string, Scenario][]) => pairs.map(([name, scenario]) => ({ name, scenario }));

beforeEach(() => setUi());

describe('CompareView: figures equal to the engine', () => {
  const a = voorbeeld();
  const b = later();

  it('per year: the savings of each scenario and the difference to A', () => {
    render(<CompareView items={items(['Voorbeeld', a], ['Later', b])} />);
    const pa = project(a);
    const pb = project(b);
    const rows = tableRows(screen.getByTestId('compare-perYear-table'));
    expect(rows.map((r) => r.header)).toEqual(['2020', '2021', '2022', '2023']);
    rows.forEach((row, i) => {
      const sa = pa.savings.total[i] as number;
      const sb = pb.savings.total[i] as number;
      // Savings A, savings B, B − A, then the one target both share.
      expect(row.cells).toEqual([nl(sa), nl(sb), signed(sb - sa), nl(pa.target?.amount[i] as number)]);
    });
    // The worked example: 629 861 in 2022.
    expect(rows[2]?.cells[0]).toBe('629.861');
  });

  it('cumulative from the first shared year, and its difference', () => {
    render(<CompareView items={items(['Voorbeeld', a], ['Later', b])} />);
    const pa = project(a);
    const pb = project(b);
    const rows = tableRows(screen.getByTestId('compare-cumulative-table'));
    rows.forEach((row, i) => {
      const ca = pa.savings.cumulative[i] as number;
      const cb = pb.savings.cumulative[i] as number;
      expect(row.cells).toEqual([nl(ca), nl(cb), signed(cb - ca)]);
    });
    expect(rows[3]?.cells[0]).toBe('2.143.511');
  });

  it('in thousands: each scenario’s own year-table figures', () => {
    setUi('nl', 'thousand');
    render(<CompareView items={items(['Voorbeeld', a], ['Later', b])} />);
    const own = yearRows(project(b), 'thousand').find((r) => r.kind === 'savings')?.values as number[];
    const rows = tableRows(screen.getByTestId('compare-perYear-table'));
    expect(rows.map((r) => r.cells[1])).toEqual(own.map((v) => nl(v / 1000)));
    expect(rows.map((r) => r.cells[0])).toEqual(['175', '365', '630', '974']);
    expect(plain(screen.getByTestId('compare-perYear-table').querySelector('caption')?.textContent)).toMatch(/Bedragen × € 1\.000/);
  });

  it('a chart with one line per scenario and the shared target, and a sentence for the canvas', () => {
    render(<CompareView items={items(['Voorbeeld', a], ['Later', b])} />);
    const chart = screen.getByTestId('compare-chart');
    const canvas = chart.querySelector('canvas');
    expect(plain(canvas?.getAttribute('aria-label'))).toBe(
      `Besparing per jaar 2020–2023: A van € 175.000 naar € 973.949; B van € 175.000 naar € ${nl(project(b).savings.total[3] as number)}. De tabellen hieronder geven dezelfde cijfers.`,
    );
    const legend = within(chart).getByRole('list', { name: 'Legenda' });
    expect(within(legend).getAllByRole('listitem').map((li) => plain(li.textContent))).toEqual(['A Voorbeeld', 'B Later', 'Taakstelling']);
    fireEvent.click(within(chart).getByRole('button', { name: 'Cumulatief' }));
    expect(plain(chart.querySelector('canvas')?.getAttribute('aria-label'))).toMatch(/^Cumulatieve besparing 2020–2023: A van € 175\.000 naar € 2\.143\.511;/);
  });
});

/** The partner table in blocks: a partner's all-years row, then one row per year. */
function partnerBlocks(table: HTMLElement): { name: string; span: string[]; years: { year: string; cells: string[] }[] }[] {
  const out: { name: string; span: string[]; years: { year: string; cells: string[] }[] }[] = [];
  for (const tr of table.querySelectorAll('tbody tr')) {
    const first = plain(tr.querySelector('th')?.firstChild?.textContent);
    const cells = [...tr.querySelectorAll('td')].map((td) => plain(td.textContent));
    if (tr.classList.contains('is-block')) out.push({ name: first, span: cells, years: [] });
    else out.at(-1)?.years.push({ year: first, cells });
  }
  return out;
}

describe('CompareView: per partner', () => {
  it('shows per organisation what each scenario means in every shared year and all together, the largest cut first', () => {
    const a = stichtseVecht();
    const b = twentyPercent();
    render(<CompareView items={items(['5%', a], ['20%', b])} />);
    const table = screen.getByTestId('compare-partners-table');
    const blocks = partnerBlocks(table);
    const pa = project(a);
    const pb = project(b);
    const sum = (values: readonly number[]) => values.reduce((x, v) => x + v, 0);
    for (const block of blocks.slice(0, -1)) {
      const ra = pa.breakdown.organisation.find((r) => r.key === block.name);
      const rb = pb.breakdown.organisation.find((r) => r.key === block.name);
      if (!ra || !rb) throw new Error(`no ${block.name}`);
      // Every year of the horizon, for both scenarios: one baseline column (both have the same),
      // then per scenario what the partner receives, the change and the per cent.
      expect(block.years.map((y) => y.year)).toEqual(['2021', '2022', '2023', '2024', '2025']);
      block.years.forEach(({ cells }, y) => {
        const base = ra.baseline[y] as number;
        expect(cells[0]).toBe(nl(base));
        expect(cells[1]).toBe(nl(ra.scenario[y] as number));
        expect(cells[2]).toBe(signed((ra.scenario[y] as number) - base));
        expect(cells[4]).toBe(nl(rb.scenario[y] as number));
        expect(cells[5]).toBe(signed((rb.scenario[y] as number) - base));
      });
      // All years together: the sums.
      expect(block.span[0]).toBe(nl(sum(ra.baseline)));
      expect(block.span[2]).toBe(signed(sum(ra.scenario) - sum(ra.baseline)));
      expect(block.span[5]).toBe(signed(sum(rb.scenario) - sum(rb.baseline)));
    }
    // The sources' figures for 2022 under 5%.
    const in2022 = Object.fromEntries(blocks.map((bl) => [bl.name, bl.years[1]?.cells]));
    expect(in2022['Jeugd-Punt']?.[2]).toBe('−30.000');
    expect(in2022['Welzijn Stichtse Vecht']?.[2]).toBe('−87.150');
    expect(in2022['Kwadraad maatschappelijk werk']?.[2]).toBe('−47.850');
    expect(blocks[0]?.name).toBe('Bibliotheek Angstel, Vecht en Venen');
    expect(blocks.at(-1)?.name).toBe('Totaal');
    expect(blocks.at(-1)?.years[1]?.cells[2]).toBe('−165.000');
    expect(blocks.at(-1)?.span[2]).toBe(signed(-(pa.savings.cumulative.at(-1) as number)));
    expect(table.querySelector('caption')?.textContent).toMatch(/per organisatie betekent: elk jaar van 2021–2025, en de jaren samen/);
    // The year's row names its partner for a screen reader.
    expect(within(table).getAllByRole('rowheader', { name: '2022 (Jeugd-Punt)' })).toHaveLength(1);
  });

  it('shows one partner when chosen', () => {
    render(<CompareView items={items(['5%', stichtseVecht()], ['20%', twentyPercent()])} />);
    fireEvent.change(screen.getByLabelText('Toon'), { target: { value: 'k:Jeugd-Punt' } });
    expect(partnerBlocks(screen.getByTestId('compare-partners-table')).map((bl) => bl.name)).toEqual(['Jeugd-Punt']);
    fireEvent.change(screen.getByLabelText('Toon'), { target: { value: 'all' } });
    expect(partnerBlocks(screen.getByTestId('compare-partners-table'))).toHaveLength(6);
  });

  it('groups per group when no line names an organisation', () => {
    render(<CompareView items={items(['Voorbeeld', voorbeeld()], ['Later', later()])} />);
    expect((screen.getByLabelText('Indelen per') as HTMLSelectElement).value).toBe('group');
    expect(partnerBlocks(screen.getByTestId('compare-partners-table')).map((bl) => bl.name)).toEqual([
      '(geen groep)',
      'Vitale Coalitie',
      'Vaste besparingen (−) en kosten (+), niet aan een partner',
      'Totaal',
    ]);
  });

  it('grouped by taakveld, the total over all shared years is minus the cumulative savings', () => {
    render(<CompareView items={items(['5%', stichtseVecht()], ['20%', twentyPercent()])} />);
    fireEvent.change(screen.getByLabelText('Indelen per'), { target: { value: 'taakveld' } });
    const blocks = partnerBlocks(screen.getByTestId('compare-partners-table'));
    expect(blocks.at(-1)?.span[2]).toBe(signed(-(project(stichtseVecht()).savings.cumulative.at(-1) as number)));
    expect(blocks.map((bl) => bl.name)).toContain('6.1 Samenkracht en burgerparticipatie');
  });
});

describe('CompareView: what differs', () => {
  it('lists the sentences per scenario against the reference, grouped by kind', () => {
    render(<CompareView items={items(['Voorbeeld', voorbeeld()], ['Later', later()], ['Stichtse Vecht', stichtseVecht()])} />);
    const list = screen.getByTestId('compare-differences');
    const ofB = within(list).getByRole('region', { name: /B ten opzichte van A/ });
    expect(within(ofB).getAllByRole('listitem').map((li) => plain(li.textContent))).toEqual([
      '„20% korting Vitale Coalitie”: percentage 20% in A, 15% in B.',
      'B start „20% korting Vitale Coalitie” in 2023 in plaats van 2022.',
      '„20% korting Vitale Coalitie”, van kracht 2023: 100% in A, 50% in B.',
      'Titel: „Voorbeeld: korting en verschuiving” in A, „Korting een jaar later” in B.',
    ]);
    expect([...ofB.querySelectorAll('h5')].map((h) => h.textContent)).toEqual(['Maatregelen', 'Titel en gemeente']);
    const ofC = within(list).getByRole('region', { name: /C ten opzichte van A/ });
    expect([...ofC.querySelectorAll('h5')].map((h) => h.textContent)).toEqual(['Jaren en uitgangspunten', 'Begrotingsregels', 'Maatregelen', 'Titel en gemeente']);
    expect(within(ofC).getByText('A en C delen de jaren 2021–2023; A begint al in 2020; C loopt ook door tot en met 2025.')).toBeInTheDocument();
    expect(screen.getByTestId('compare-years-note').textContent).toBe(
      'Vergeleken worden de jaren 2021–2023, die alle scenario’s hebben. Niet vergeleken: A 2020; B 2020; C 2024–2025.',
    );
  });

  it('another reference turns the sentences round', () => {
    render(<CompareView items={items(['Voorbeeld', voorbeeld()], ['Later', later()])} />);
    fireEvent.change(screen.getByLabelText('Vergelijk met'), { target: { value: '1' } });
    const list = screen.getByTestId('compare-differences');
    expect(within(list).getByText('A start „20% korting Vitale Coalitie” in 2022 in plaats van 2023.')).toBeInTheDocument();
    const header = [...screen.getByTestId('compare-perYear-table').querySelectorAll('thead th')].map((th) => plain(th.textContent).trim());
    expect(header).toContain('A − B');
  });

  it('in English', () => {
    setUi('en');
    render(<CompareView items={items(['Example', voorbeeld()], ['Later', later()])} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Compared scenarios' })).toBeInTheDocument();
    expect(screen.getByText('B starts “20% korting Vitale Coalitie” in 2023 instead of 2022.')).toBeInTheDocument();
    expect(tableRows(screen.getByTestId('compare-perYear-table'))[2]?.cells[0]).toBe('629,861');
  });

  it('identical scenarios: no differences', () => {
    render(<CompareView items={items(['A', voorbeeld()], ['B', voorbeeld()])} />);
    expect(within(screen.getByTestId('compare-differences')).getByText(/Geen verschillen/)).toBeInTheDocument();
  });
});

describe('CompareView: spread across variants', () => {
  it('per measure and setting the value per variant, the minimum, maximum and average', () => {
    const a = voorbeeld();
    const b = later();
    const c = variant(a, (s) => {
      const korting = measure(s, 'korting');
      if (korting.type === 'cut') korting.rate = 0.1;
      korting.enabled = false;
    });
    render(<CompareView items={items(['A', a], ['B', b], ['C', c])} />);
    const stats = screen.getByTestId('compare-stats');
    expect(stats.textContent).toContain('Alle varianten hebben dezelfde basis');
    const rows = tableRows(screen.getByTestId('compare-stats-table'));
    const rate = rows.find((r) => r.header === 'percentage');
    expect(rate?.cells).toEqual(['20%', '15%', '10% (uit)', '10%', '20%', '15%']);
    expect(rows.find((r) => r.header.startsWith('20% korting Vitale Coalitie'))?.header).toBe(
      '20% korting Vitale Coalitie (Korting, in 3 van 3 varianten, 2 aan)',
    );
    expect(rows.find((r) => r.header === 'van kracht 2022')?.cells).toEqual(['50%', '0%', '50% (uit)', '0%', '50%', '33,33%']);
  });
});

describe('CompareView: edge cases and accessibility', () => {
  it('with fewer than two scenarios asks for another', () => {
    render(<CompareView items={items(['A', voorbeeld()])} />);
    expect(screen.getByText('Open ten minste twee scenario’s om te vergelijken.')).toBeInTheDocument();
  });

  it('with no shared year shows no year tables but still what differs', () => {
    const far = variant(voorbeeld(), (s) => {
      s.baseYear = 2024;
      s.horizon = { from: 2024, to: 2026 };
    });
    render(<CompareView items={items(['A', voorbeeld()], ['B', far])} />);
    expect(screen.queryByTestId('compare-perYear-table')).toBeNull();
    expect(screen.getByTestId('compare-years-note').textContent).toMatch(/geen jaar gemeen/);
    expect(within(screen.getByTestId('compare-differences')).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('has no structural accessibility faults (axe; colour contrast is checked in the browser)', async () => {
    const { container } = render(<CompareView items={items(['Voorbeeld', voorbeeld()], ['Stichtse Vecht', stichtseVecht()])} />);
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }, 60_000); // axe in jsdom takes seconds on a busy machine
});
