// The decision log (#22 item 3) and the realisation monitor (#22 item 1) in the app: a step of
// the history recorded as a decision with a reason and who decided (saved in the scenario's
// `decisions` through the commit path: undo takes it back), listed in the editor's panel and
// removable there; the monitor's tables with the signal in colour and in words; and both as
// annexes in the export dialog, made by the same writers as `vcp export`.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/App';
import { ExportDialog } from '../../../renderer/components/export/ExportDialog';
import { createBrowserPlatform } from '../../../renderer/platform/browser-platform';
import { activeDocument } from '../../../renderer/store/documents-slice';
import { useAppStore } from '../../../renderer/store/store';
import { project } from '../../../shared/engine/project';
import { decisionsMarkdown } from '../../../shared/export/decisions';
import { monitorMarkdown, monitorSummaryTable } from '../../../shared/export/monitor';
import { buildMonitor } from '../../../shared/monitor/monitor';
import type { Scenario } from '../../../shared/scenario/schema';
import { voorbeeldV2 } from '../../support/voorbeeld-v2';

jest.setTimeout(60_000);

const scenario = voorbeeldV2;
/** The example with realisations reported in 2025 and 2026 (the monitor's own test uses the same). */
function reported(): Scenario {
  const s = scenario();
  s.measures![0]!.realised = { '2025': 35_000, '2026': 40_000 };
  s.measures![1]!.realised = { '2026': 45_000 };
  s.measures![2]!.realised = { '2025': 60_000 };
  return s;
}

const initialState = useAppStore.getState();
beforeEach(() => useAppStore.setState(initialState, true));

async function openApp(s: Scenario = scenario()) {
  const platform = createBrowserPlatform(new Map(), { search: '' });
  render(<App platform={{ ...platform, getInitialScenario: async () => ({ name: 'v2.vcscenario.json', text: JSON.stringify(s), handle: null }) }} />);
  await screen.findByRole('heading', { level: 1 });
}
const decisions = () => activeDocument(useAppStore.getState())!.scenario.decisions;

describe('the decision log', () => {
  it('records a step of the history with a reason and who decided; undo takes it back', async () => {
    await openApp();
    // A step: the sale of the building switched off.
    act(() => useAppStore.getState().commit('Verkoop pand: uit', (d) => void (d.measures![2]!.enabled = false)));
    await userEvent.click(screen.getByRole('button', { name: /^Geschiedenis/ }));
    const panel = screen.getByRole('region', { name: 'Geschiedenis' });
    await userEvent.click(within(panel).getByRole('button', { name: /^Besluit…\s?: Verkoop pand: uit$/ }));
    const form = within(panel).getByRole('form', { name: 'Besluit over: Verkoop pand: uit' });
    expect(within(form).getByRole('textbox', { name: 'Reden' })).toHaveFocus();
    await userEvent.type(within(form).getByRole('textbox', { name: 'Reden' }), 'Pand blijft nodig voor het wijkteam');
    await userEvent.type(within(form).getByRole('combobox', { name: 'Besloten door' }), 'raad');
    await userEvent.click(within(form).getByRole('button', { name: 'Vastleggen' }));

    const log = decisions()!;
    expect(log).toHaveLength(2);
    expect(log[1]).toMatchObject({ change: 'Verkoop pand: uit', reason: 'Pand blijft nodig voor het wijkteam', by: 'raad' });
    expect(new Date(log[1]!.at).toISOString()).toBe(log[1]!.at);
    // The record is a step of its own, without a "Besluit…" of its own; the step shows it is recorded.
    const steps = within(panel).getAllByRole('listitem');
    expect(steps.map((li) => li.querySelector('.link-button')?.textContent?.replace(/^\d\d:\d\d /, ''))).toEqual(['Verkoop pand: uit', 'Besluit vastgelegd: Verkoop pand: uit']);
    expect(steps[0]).toHaveTextContent('(vastgelegd)');
    expect(within(steps[1]!).queryByRole('button', { name: /^Besluit…/ })).toBeNull();
    expect(within(steps[0]!).getByRole('button', { name: /^Besluit…/ })).toHaveFocus();
    // Undo: the decision is gone, the step it was about stays.
    act(() => useAppStore.getState().undo());
    expect(decisions()).toHaveLength(1);
    expect(activeDocument(useAppStore.getState())!.scenario.measures![2]!.enabled).toBe(false);
  });

  it('lists the decisions in the editor, oldest first, and removes one as an edit', async () => {
    await openApp();
    await userEvent.click(screen.getByRole('button', { name: 'Besluitenlijst' }));
    const table = screen.getByTestId('decisions-table');
    expect(within(table).getAllByRole('row').map((r) => r.textContent?.replace(/[\u00a0\u202f]/g, ' '))).toEqual([
      'Nr.VastgelegdWijzigingRedenBesloten door',
      expect.stringMatching(/^1\d\d-06-2024,? \d\d:15 ?10 % korting bibliotheekKeuzemenu raadsvoorstel voorjaarsnotaraadVerwijderen/),
    ]);
    await userEvent.click(within(table).getByRole('button', { name: /^Verwijderen\s?: 10 % korting bibliotheek$/ }));
    expect(decisions()).toBeUndefined();
    expect(screen.getByText(/Nog geen besluiten/)).toBeInTheDocument();
    act(() => useAppStore.getState().undo());
    expect(decisions()).toHaveLength(1);
  });

  it('the panel’s export opens the export dialog on the decision log', async () => {
    await openApp();
    await userEvent.click(screen.getByRole('button', { name: 'Besluitenlijst' }));
    await userEvent.click(screen.getByRole('button', { name: 'Besluitenlijst exporteren…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Exporteren' });
    expect(within(dialog).getByRole('radio', { name: /^Besluitenlijst \(PDF\)/ })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: /^PDF/ })).not.toBeChecked();
  });
});

describe('annexes in the export dialog', () => {
  function open(s: Scenario) {
    const saved: { fileName: string; data: Uint8Array | string }[] = [];
    render(<ExportDialog open scenario={s} date="2026-12-06" onClose={() => undefined} onSave={(fileName, data) => void saved.push({ fileName, data })} />);
    return saved;
  }

  it('the decision log as Markdown: the preview and the file are decisionsMarkdown’s', async () => {
    const s = scenario();
    const saved = open(s);
    fireEvent.click(screen.getByRole('radio', { name: /^Besluitenlijst \(Markdown\)/ }));
    const md = decisionsMarkdown({ title: s.title, decisions: s.decisions!, lang: 'nl', date: '2026-12-06', municipality: 'Voorbeeldgemeente' });
    expect(screen.getByTestId('md-preview').textContent).toBe(md);
    // An annex is in euros: no unit to choose.
    expect(screen.queryByRole('radio', { name: /in euro/ })).toBeNull();
    expect(screen.getByTestId('export-file-name')).toHaveTextContent(/ - besluitenlijst\.md$/);
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByText(/is klaar/);
    expect(saved).toEqual([{ fileName: expect.stringMatching(/ - besluitenlijst\.md$/), data: md }]);
  });

  it('the monitor as Markdown and its preview as tables', async () => {
    const s = reported();
    const saved = open(s);
    fireEvent.click(screen.getByRole('radio', { name: /^Monitor \(PDF\)/ }));
    expect(within(screen.getByTestId('annex-preview')).getAllByRole('table')).toHaveLength(2);
    fireEvent.click(screen.getByRole('radio', { name: /^Monitor \(Markdown\)/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByText(/is klaar/);
    expect(saved[0]!.data).toBe(monitorMarkdown({ monitor: buildMonitor(s, project(s)), lang: 'nl', date: '2026-12-06', municipality: 'Voorbeeldgemeente' }));
  });
});

describe('the monitor in the editor', () => {
  it('shows the totals as the export does and each signal in colour and in words', async () => {
    const s = reported();
    await openApp(s);
    const toggle = screen.getByRole('button', { name: 'Monitor realisatie' });
    expect(toggle.closest('section')).toHaveTextContent('3 maatregelen · gerapporteerd tot en met 2026');
    await userEvent.click(toggle);
    const totals = screen.getByTestId('monitor-totals');
    const expected = monitorSummaryTable({ monitor: buildMonitor(s, project(s)), lang: 'nl', date: '' });
    expect(within(totals).getAllByRole('row').slice(1).map((r) => Array.from(r.children, (c) => c.textContent))).toEqual(expected.rows.map((r) => [r.label, ...r.cells]));
    const measures = screen.getByTestId('monitor-measures');
    const lights = Array.from(measures.querySelectorAll('.monitor-light'), (e) => [e.className.replace('monitor-light monitor-light--', ''), e.textContent]);
    expect(lights).toEqual([
      ['orange', 'oranje (88%)'],
      ['green', 'groen (98%)'],
      ['red', 'rood (44%)'],
      ['green', 'groen (120%)'],
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Monitor exporteren…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Exporteren' });
    expect(within(dialog).getByRole('radio', { name: /^Monitor \(PDF\)/ })).toBeChecked();
  });
});
