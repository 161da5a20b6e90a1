// Compare, format version 2 (#20 item 6): per variant its structural savings, one-off costs and net
// savings per shared year — each variant's own projection — and the year it pays back; only when
// some compared scenario has incidental measures or one-off costs.
import { act, render, screen, within } from '@testing-library/react';
import { CompareView } from '../../../renderer/components/compare/CompareView';
import { useAppStore } from '../../../renderer/store/store';
import { project } from '../../../shared/engine/project';
import { formatMoney } from '../../../shared/format/money';
import type { Scenario } from '../../../shared/scenario/schema';
import { loadScenarioFile } from '../projection/helpers';
import { stichtseVecht, variant } from '../../shared/compare/support';

const example = () => loadScenarioFile('test/fixtures/voorbeeld-v2.json');
const cell = (v: number) => formatMoney(v, { lang: 'nl', unit: 'euro', symbol: false });
const plain = (text: string | null | undefined) => (text ?? '').replace(/\u00a0/g, ' ');
const items = (...pairs: [string, Scenario][]) => pairs.map(([name, scenario]) => ({ name, scenario }));

/** The worked example with the investment of € 600.000 instead of € 60.000: it does not pay back in 2024–2027. */
const costly = () =>
  variant(example(), (s) => {
    s.title = 'Duurdere huiskamer';
    const half = s.measures!.find((m) => m.id === 'jeugdpunt-half')!;
    half.oneOffCosts![0]!.amounts = { '2024': 600_000 };
  });

function rows(table: HTMLElement) {
  return [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => plain(td.textContent)));
}

beforeEach(() => act(() => useAppStore.setState({ lang: 'nl', unit: 'euro' })));

describe('CompareView: structural, one-off costs and net per variant', () => {
  it('each variant’s own figures per shared year, and its payback year', () => {
    const a = example();
    const b = costly();
    render(<CompareView items={items(['Voorbeeld', a], ['Duurder', b])} />);
    const table = screen.getByTestId('compare-budget-table');
    expect([...table.querySelectorAll('thead th')].map((th) => plain(th.textContent).trim())).toEqual([
      'Jaar',
      'Structureel A',
      'Eenmalige kosten A',
      'Netto A',
      'Structureel B',
      'Eenmalige kosten B',
      'Netto B',
    ]);
    const pa = project(a);
    const pb = project(b);
    rows(table).forEach((cells, i) => {
      expect(cells).toEqual(
        [pa, pb].flatMap((p) => [p.savings.structural[i]!, p.savings.oneOffCosts[i]!, p.savings.net[i]!]).map(cell),
      );
    });
    expect(rows(table)[0]).toEqual(['0', '60.000', '−60.000', '0', '600.000', '−600.000']);
    expect(screen.getByTestId('compare-payback-A')).toHaveTextContent('2025');
    expect(pb.paybackYear).toBeNull();
    expect(screen.getByTestId('compare-payback-B')).toHaveTextContent('niet binnen de jaren');
    expect(screen.getByRole('heading', { level: 3, name: 'Structureel, eenmalige kosten en netto per jaar' })).toBeInTheDocument();
  });

  it('beside a scenario without version 2’s figures: its savings are structural and net, and nothing to pay back; in thousands and English', () => {
    act(() => useAppStore.setState({ lang: 'en', unit: 'thousand' }));
    const a = example();
    const b = variant(example(), (s) => {
      s.title = 'Zonder';
      s.measures = s.measures!.filter((m) => m.type !== 'fixed').map((m) => ({ ...m, oneOffCosts: undefined }));
    });
    render(<CompareView items={items(['Voorbeeld', a], ['Zonder', b])} />);
    const table = screen.getByTestId('compare-budget-table');
    const pb = project(b);
    const k = (v: number) => formatMoney(Math.round(v / 1000) * 1000, { lang: 'en', unit: 'thousand', symbol: false });
    rows(table).forEach((cells, i) => {
      expect(cells.slice(3)).toEqual([k(pb.savings.total[i]!), k(0), k(pb.savings.total[i]!)]);
    });
    expect(rows(table)[2]!.slice(0, 3)).toEqual(['143', '20', '123']);
    expect(within(table).getByTestId('compare-payback-B')).toHaveTextContent('n/a');
    expect(within(table).getByText(/Per scenario the structural savings/)).toBeInTheDocument();
  });

  it('none when no compared scenario has incidental measures or one-off costs', () => {
    const a = stichtseVecht();
    const b = variant(stichtseVecht(), (s) => {
      s.title = 'Variant';
    });
    render(<CompareView items={items(['A', a], ['B', b])} />);
    expect(screen.getByTestId('compare-perYear-table')).toBeInTheDocument();
    expect(screen.queryByTestId('compare-budget-table')).toBeNull();
  });
});
