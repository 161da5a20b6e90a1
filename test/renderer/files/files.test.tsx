// File handling in the renderer (jsdom), against an in-memory platform: the unsaved mark and
// the window title, Save and Save As, the conflict question, several documents as tabs and
// Save / Don't save / Cancel before a tab with unsaved work closes, bad files refused with their problems, backups after edits and the restore
// offer, menu commands, the close request from main, shortcuts and drops.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/App';
import { commands } from '../../../renderer/commands/commands';
import { useAppStore } from '../../../renderer/store/store';
import { parseScenarioText } from '../../../shared/scenario/parse';
import { serializeScenario } from '../../../shared/scenario/serialize';
import type { Scenario } from '../../../shared/scenario/schema';
import { FakePlatform, FIXTURE_TEXT } from './fake-platform';
import { active } from '../active';

jest.mock('../../../shared/scenario/parse', () => {
  const actual = jest.requireActual('../../../shared/scenario/parse');
  return { ...actual, parseScenarioText: jest.fn(actual.parseScenarioText) };
});

const fixture = (() => {
  const parsed = parseScenarioText(FIXTURE_TEXT);
  if (!parsed.ok) throw new Error('fixture invalid');
  return parsed.value;
})();
const textWith = (title: string) => serializeScenario({ ...fixture, title } as Scenario);
const FIXED_NOW = new Date('2025-03-05T14:02:00.000Z');
const fileOptions = { backupDelay: 20, now: () => FIXED_NOW };

const initialState = useAppStore.getState();
beforeEach(() => {
  useAppStore.setState(initialState, true);
  document.title = '';
});

async function renderWith(platform: FakePlatform) {
  render(<App platform={platform} fileOptions={fileOptions} />);
  if (platform['initial' as keyof FakePlatform]) await screen.findByTestId('headline-savings');
  return platform;
}

/** A platform with the fixture open from a file on its disk. */
async function withOpenFile() {
  const platform = new FakePlatform({ name: 'plan.vcscenario.json', text: FIXTURE_TEXT, handle: 'h-plan' });
  await renderWith(platform);
  return platform;
}

/** The status region is always in the page: wait for what it should say, not for the region. */
const statusSays = (text: string) => waitFor(() => expect(screen.getByTestId('file-status')).toHaveTextContent(text));

const edit = (title = 'Variant B') => act(() => useAppStore.getState().commit(`Titel: ${title}`, (s) => void (s.title = title)));

describe('the unsaved mark', () => {
  it('shows in the window title and the header after an edit, and goes with undo back to the saved point', async () => {
    const platform = await withOpenFile();
    expect(document.title).toBe('plan.vcscenario.json — Vitale Coalitie Scenarioplanner');
    expect(screen.getByTestId('document-name')).toHaveTextContent(/^plan\.vcscenario\.json$/);
    edit();
    expect(document.title).toBe('plan.vcscenario.json ● — Vitale Coalitie Scenarioplanner');
    expect(screen.getByTestId('document-name')).toHaveTextContent('niet opgeslagen wijzigingen');
    expect(platform.lastState).toMatchObject({ dirty: true, name: 'plan.vcscenario.json', handle: 'h-plan', lang: 'nl' });
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(document.title).toBe('plan.vcscenario.json — Vitale Coalitie Scenarioplanner');
    expect(platform.lastState).toMatchObject({ dirty: false });
    fireEvent.keyDown(window, { key: 'y', ctrlKey: true });
    expect(document.title).toContain('●');
  });

  it('after a save, undo moves away from the saved point again (dirty), redo back (clean)', async () => {
    await withOpenFile();
    edit('A');
    edit('B');
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await waitFor(() => expect(document.title).not.toContain('●'));
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(document.title).toContain('●');
    fireEvent.keyDown(window, { key: 'y', ctrlKey: true });
    expect(document.title).not.toContain('●');
  });

  it('a slider drag that keeps growing the saved step is unsaved again', async () => {
    await withOpenFile();
    const drag = (rate: number) =>
      act(() => useAppStore.getState().commit('Korting', (s) => void ((s.measures![0] as { rate: number }).rate = rate), { coalesce: 'rate' }));
    drag(0.19);
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await waitFor(() => expect(document.title).not.toContain('●'));
    drag(0.18); // joins the step that was saved
    expect(active(useAppStore.getState()).past).toHaveLength(1);
    expect(document.title).toContain('●');
  });

  it('in English too', async () => {
    await withOpenFile();
    edit();
    act(() => useAppStore.getState().setLang('en'));
    expect(screen.getByTestId('document-name')).toHaveTextContent('unsaved changes');
  });
});

describe('save', () => {
  it('Ctrl+S writes the stable format to the open file and clears the mark', async () => {
    const platform = await withOpenFile();
    edit('Opgeslagen versie');
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await waitFor(() => expect(platform.calls).toContain('saveFile:h-plan:false'));
    const written = platform.disk.get('h-plan')!.text;
    const parsed = parseScenarioText(written);
    if (!parsed.ok) throw new Error('not valid');
    expect(written).toBe(serializeScenario(parsed.value));
    expect(parsed.value).toMatchObject({ title: 'Opgeslagen versie', updatedAt: FIXED_NOW.toISOString() });
    await waitFor(() => expect(document.title).not.toContain('●'));
    await statusSays('Opgeslagen als „plan.vcscenario.json”.');
  });

  it('a scenario without a file (a sample, a new one) is saved with Save As, named after its title', async () => {
    const platform = new FakePlatform({ name: 'voorbeeld.vcscenario.json', text: FIXTURE_TEXT, handle: null });
    await renderWith(platform);
    edit('Stichtse Vecht: 5% / 10%');
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await waitFor(() => expect(platform.calls).toContain('saveFileAs:voorbeeld.vcscenario.json'));
    await waitFor(() => expect(document.title).toBe('nieuw.vcscenario.json — Vitale Coalitie Scenarioplanner'));
    expect(active(useAppStore.getState()).fileHandle).toBe('h-new');
    act(() => useAppStore.getState().loadScenario(fixture, null));
    edit('Stichtse Vecht: 5% / 10%');
    fireEvent.keyDown(window, { key: 'S', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(platform.calls).toContain('saveFileAs:Stichtse Vecht 5% 10%.vcscenario.json'));
  });

  it('a cancelled Save As leaves everything unsaved', async () => {
    const platform = new FakePlatform({ name: 'x.vcscenario.json', text: FIXTURE_TEXT, handle: null });
    platform.saveAsTarget = null;
    await renderWith(platform);
    edit();
    fireEvent.keyDown(window, { key: 'S', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(platform.calls.some((c) => c.startsWith('saveFileAs'))).toBe(true));
    expect(document.title).toContain('●');
  });

  it('a failed save says why, and keeps the work unsaved', async () => {
    const platform = await withOpenFile();
    platform.saveFailure = { kind: 'failed', name: 'plan.vcscenario.json', reason: 'disk-full' };
    edit();
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('„plan.vcscenario.json” kon niet worden opgeslagen: de schijf is vol.');
    expect(alert).toHaveTextContent('Uw werk is niet verloren');
    expect(document.title).toContain('●');
  });

  it("a colleague's save landing at the same moment is reported, with the name its version is kept under", async () => {
    const platform = await withOpenFile();
    platform.disk.get('h-plan')!.writtenDuringSave = 'plan (conflict 2026-12-05 18.44.55).vcscenario.json';
    edit('Mijn versie');
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('een ander programma of een collega schreef op hetzelfde moment in dit bestand');
    expect(alert).toHaveTextContent('„plan (conflict 2026-12-05 18.44.55).vcscenario.json”');
    await waitFor(() => expect(document.title).not.toContain('●'));
  });

  it('a field being typed in is committed before Ctrl+S saves', async () => {
    const platform = await withOpenFile();
    const input = document.createElement('input');
    input.addEventListener('blur', () => useAppStore.getState().commit('Titel', (s) => void (s.title = input.value)));
    document.body.appendChild(input);
    input.focus();
    input.value = 'Getypt, nog niet bevestigd';
    fireEvent.keyDown(input, { key: 's', ctrlKey: true });
    await waitFor(() => expect(platform.calls).toContain('saveFile:h-plan:false'));
    expect(platform.disk.get('h-plan')!.text).toContain('"title": "Getypt, nog niet bevestigd"');
    expect(document.activeElement).toBe(input);
    input.remove();
  });
});

describe('a file changed on disk since it was opened', () => {
  async function conflict() {
    const platform = await withOpenFile();
    platform.disk.get('h-plan')!.changedOnDisk = true;
    edit('Mijn versie');
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveAccessibleName('„plan.vcscenario.json” is gewijzigd sinds u het opende');
    expect(dialog).toHaveTextContent('er blijft een kopie van als .bak');
    expect(within(dialog).getByRole('button', { name: 'Annuleren' })).toHaveFocus();
    return { platform, dialog };
  }

  it('is not overwritten without asking; Cancel leaves it alone and the work unsaved', async () => {
    const { platform, dialog } = await conflict();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(platform.calls.filter((c) => c.startsWith('saveFile'))).toEqual(['saveFile:h-plan:false']);
    expect(document.title).toContain('●');
  });

  it('Overwrite saves over it', async () => {
    const { platform, dialog } = await conflict();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Overschrijven' }));
    await waitFor(() => expect(platform.calls).toContain('saveFile:h-plan:true'));
    expect(platform.disk.get('h-plan')!.text).toContain('Mijn versie');
    await waitFor(() => expect(document.title).not.toContain('●'));
  });

  it('a second save says nothing of the first while it is under way: no "Opgeslagen" until it is written (#25)', async () => {
    const platform = await withOpenFile();
    edit('Eerste versie');
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await statusSays('Opgeslagen als „plan.vcscenario.json”.');
    const status = screen.getByTestId('file-status');
    platform.disk.get('h-plan')!.changedOnDisk = true;
    edit('Tweede versie');
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    const dialog = await screen.findByRole('alertdialog');
    expect(status).not.toHaveTextContent('Opgeslagen');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(status).not.toHaveTextContent('Opgeslagen');
    expect(document.title).toContain('●');
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await userEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Overschrijven' }));
    await statusSays('Opgeslagen als „plan.vcscenario.json”.');
    expect(platform.disk.get('h-plan')!.text).toContain('Tweede versie');
  });

  it('Save as… saves elsewhere and leaves the changed file as it is', async () => {
    const { platform, dialog } = await conflict();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Opslaan als…' }));
    await waitFor(() => expect(platform.calls).toContain('saveFile:h-plan:false'));
    await waitFor(() => expect(platform.disk.get('h-new')?.text).toContain('Mijn versie'));
    expect(platform.disk.get('h-plan')!.text).toBe(FIXTURE_TEXT);
    expect(active(useAppStore.getState()).fileHandle).toBe('h-new');
  });
});

describe('opening', () => {
  it('a bad file shows its problems with their locations; the open work stays, unasked', async () => {
    const platform = await withOpenFile();
    edit('Onopgeslagen werk');
    platform.nextOpen = { kind: 'opened', file: { name: 'kapot.vcscenario.json', text: FIXTURE_TEXT.replace('"amount": 400000', '"amount": -1'), handle: 'h-kapot' } };
    fireEvent.keyDown(window, { key: 'o', ctrlKey: true });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('„kapot.vcscenario.json” kon niet worden geopend');
    expect(within(alert).getByText('lines[0].amount')).toBeInTheDocument();
    expect(alert).toHaveTextContent('Er is niets veranderd');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(active(useAppStore.getState()).scenario!.title).toBe('Onopgeslagen werk');
    expect(document.title).toContain('●');
  });

  it('a file that cannot be read says why', async () => {
    const platform = await withOpenFile();
    platform.nextOpen = { kind: 'failed', name: 'weg.vcscenario.json', reason: 'not-found' };
    fireEvent.keyDown(window, { key: 'o', ctrlKey: true });
    expect(await screen.findByRole('alert')).toHaveTextContent('„weg.vcscenario.json” kon niet worden geopend: het bestand of de map bestaat niet (meer).');
  });

  it('an older version is migrated in memory, and the notice says the original is unchanged until saved', async () => {
    const platform = await withOpenFile();
    const parse = parseScenarioText as jest.MockedFunction<typeof parseScenarioText>;
    parse.mockReturnValueOnce({ ok: true, value: { ...fixture, title: 'Uit versie 0' }, migratedFrom: 0 });
    platform.nextOpen = { kind: 'opened', file: { name: 'oud.vcscenario.json', text: '{}', handle: 'h-oud' } };
    fireEvent.keyDown(window, { key: 'o', ctrlKey: true });
    await statusSays(
      '„oud.vcscenario.json” is gemaakt met bestandsversie 0 en is hier omgezet naar de huidige versie. Het originele bestand blijft ongewijzigd totdat u opslaat.',
    );
    expect(active(useAppStore.getState()).scenario!.title).toBe('Uit versie 0');
    expect(platform.calls.filter((c) => c.startsWith('saveFile'))).toEqual([]);
  });

  describe('next to unsaved work: every document is a tab of its own', () => {
    /** plan.vcscenario.json open and edited (backed up), then ander.vcscenario.json opened with Ctrl+O. */
    async function twoTabs() {
      const platform = await withOpenFile();
      platform.disk.set('h-ander', { name: 'ander.vcscenario.json', text: textWith('Ander') });
      edit('Mijn werk');
      await waitFor(() => expect(platform.backups.size).toBe(1));
      platform.nextOpen = { kind: 'opened', file: { name: 'ander.vcscenario.json', text: textWith('Ander'), handle: 'h-ander' } };
      fireEvent.keyDown(window, { key: 'o', ctrlKey: true });
      await waitFor(() => expect(active(useAppStore.getState()).scenario!.title).toBe('Ander'));
      const tabs = screen.getByRole('navigation', { name: 'Geopende scenario’s' });
      return { platform, tabs };
    }
    const tabButton = (tabs: HTMLElement, name: RegExp) => within(tabs).getByRole('button', { name });

    it('opening another file asks nothing and keeps the unsaved work, with its history and backup, in its tab', async () => {
      const { platform, tabs } = await twoTabs();
      expect(screen.queryByRole('alertdialog')).toBeNull();
      expect(document.title).toBe('ander.vcscenario.json — Vitale Coalitie Scenarioplanner');
      expect(tabButton(tabs, /^Ander$/)).toHaveAttribute('aria-current', 'page');
      expect(tabButton(tabs, /^Mijn werk \(niet opgeslagen wijzigingen\)$/)).not.toHaveAttribute('aria-current');
      // Main knows about both: one unsaved document, its backup kept.
      expect(platform.lastState).toMatchObject({ dirty: true, unsavedCount: 1, name: 'plan.vcscenario.json', handle: 'h-ander' });
      expect(platform.lastState!.backupIds).toEqual([...platform.backups.keys()]);

      await userEvent.click(tabButton(tabs, /^Mijn werk/));
      expect(active(useAppStore.getState()).scenario!.title).toBe('Mijn werk');
      expect(active(useAppStore.getState()).fileHandle).toBe('h-plan');
      expect(document.title).toBe('plan.vcscenario.json ● — Vitale Coalitie Scenarioplanner');
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Mijn werk');
      // Its own history came along: undo goes back to the file as opened, which is clean again.
      fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
      expect(active(useAppStore.getState()).scenario!.title).toBe(fixture.title);
      await waitFor(() => expect(platform.backups.size).toBe(0));
      expect(platform.lastState).toMatchObject({ dirty: false, unsavedCount: 0, backupIds: [] });
    });

    it('closing a tab with unsaved work asks: Cancel keeps it', async () => {
      const { tabs } = await twoTabs();
      await userEvent.click(within(tabs).getByRole('button', { name: '„Mijn werk” sluiten' }));
      const dialog = await screen.findByRole('alertdialog');
      expect(dialog).toHaveAccessibleName('Wijzigingen in „plan.vcscenario.json” opslaan?');
      expect(within(dialog).getByRole('button', { name: 'Opslaan' })).toHaveFocus();
      await userEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
      expect(active(useAppStore.getState()).scenario!.title).toBe('Mijn werk');
      expect(useAppStore.getState().documentOrder).toHaveLength(2);
    });

    it("Don't save closes the tab and removes its backup; the tab next to it comes forward", async () => {
      const { platform, tabs } = await twoTabs();
      await userEvent.click(within(tabs).getByRole('button', { name: '„Mijn werk” sluiten' }));
      await userEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Niet opslaan' }));
      await waitFor(() => expect(useAppStore.getState().documentOrder).toHaveLength(1));
      expect(active(useAppStore.getState()).scenario!.title).toBe('Ander');
      expect(platform.backups.size).toBe(0);
      expect(platform.disk.get('h-plan')!.text).toBe(FIXTURE_TEXT);
    });

    it('Save saves first, then closes', async () => {
      const { platform, tabs } = await twoTabs();
      await userEvent.click(within(tabs).getByRole('button', { name: '„Mijn werk” sluiten' }));
      await userEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Opslaan' }));
      await waitFor(() => expect(useAppStore.getState().documentOrder).toHaveLength(1));
      expect(platform.disk.get('h-plan')!.text).toContain('"title": "Mijn werk"');
      expect(platform.backups.size).toBe(0);
    });

    it('Esc is Cancel', async () => {
      const { tabs } = await twoTabs();
      await userEvent.click(within(tabs).getByRole('button', { name: '„Mijn werk” sluiten' }));
      const dialog = await screen.findByRole('alertdialog');
      fireEvent(dialog, new Event('cancel', { cancelable: true }));
      await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
      expect(useAppStore.getState().documentOrder).toHaveLength(2);
    });

    it('a file that is open already is not opened twice: its tab comes forward, edits and all', async () => {
      const { platform } = await twoTabs();
      platform.nextOpen = { kind: 'opened', file: { name: 'plan.vcscenario.json', text: FIXTURE_TEXT, handle: 'h-plan' } };
      fireEvent.keyDown(window, { key: 'o', ctrlKey: true });
      await waitFor(() => expect(active(useAppStore.getState()).scenario!.title).toBe('Mijn werk'));
      expect(useAppStore.getState().documentOrder).toHaveLength(2);
      expect(screen.getByTestId('file-status')).toHaveTextContent('„plan.vcscenario.json” was al geopend');
    });

    it('a pending backup is still written when the tab is left before it was due', async () => {
      const platform = await withOpenFile();
      platform.nextOpen = { kind: 'opened', file: { name: 'ander.vcscenario.json', text: textWith('Ander'), handle: 'h-ander' } };
      edit('Net bewerkt');
      fireEvent.keyDown(window, { key: 'o', ctrlKey: true }); // before the backup delay is over
      await waitFor(() => expect(active(useAppStore.getState()).scenario!.title).toBe('Ander'));
      await waitFor(() => expect(platform.backups.size).toBe(1));
      expect([...platform.backups.values()][0]).toMatchObject({ title: 'Net bewerkt', handle: 'h-plan' });
    });

    it('"save before closing" saves every tab with unsaved work', async () => {
      const { platform } = await twoTabs();
      edit('Ander bewerkt');
      act(() => platform.closeRequested('req-all'));
      await waitFor(() => expect(platform.closeAnswers).toEqual([['req-all', true]]));
      expect(platform.disk.get('h-plan')!.text).toContain('"title": "Mijn werk"');
      expect(platform.disk.get('h-ander')!.text).toContain('"title": "Ander bewerkt"');
      await waitFor(() => expect(platform.lastState).toMatchObject({ dirty: false, unsavedCount: 0 }));
    });
  });

  it('a sample and New open in tabs of their own; Close asks about unsaved work; the last tab closed is the start screen', async () => {
    await withOpenFile();
    edit('Mijn werk');
    act(() => useAppStore.getState().setView('start'));
    await userEvent.click(screen.getByRole('button', { name: /Nieuw scenario/ }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    act(() => useAppStore.getState().setView('start'));
    await userEvent.click(await screen.findByRole('button', { name: /Voorbeeld: korting/ }));
    await waitFor(() => expect(useAppStore.getState().documentOrder).toHaveLength(3));
    expect(active(useAppStore.getState()).scenario!.title).toBe(fixture.title);
    // Close the sample and the new one (nothing unsaved: no question), then the edited file.
    fireEvent.keyDown(window, { key: 'w', ctrlKey: true });
    await waitFor(() => expect(useAppStore.getState().documentOrder).toHaveLength(2));
    const tabs = screen.getByRole('navigation', { name: 'Geopende scenario’s' });
    await userEvent.click(within(tabs).getAllByRole('button', { name: /sluiten$/ }).at(-1)!);
    await waitFor(() => expect(useAppStore.getState().documentOrder).toHaveLength(1));
    expect(active(useAppStore.getState()).scenario!.title).toBe('Mijn werk');
    fireEvent.keyDown(window, { key: 'w', ctrlKey: true });
    await userEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Niet opslaan' }));
    await waitFor(() => expect(active(useAppStore.getState()).scenario).toBeNull());
    expect(document.title).toBe('Vitale Coalitie Scenarioplanner');
    expect(screen.queryByRole('navigation', { name: 'Geopende scenario’s' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Aan de slag');
  });

  it('Make a variant: an unsaved copy in a new tab, named as a variant; the original stays as it was', async () => {
    const platform = await withOpenFile();
    fireEvent.keyDown(window, { key: 'd', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(useAppStore.getState().documentOrder).toHaveLength(2));
    expect(active(useAppStore.getState()).scenario!.title).toBe(`${fixture.title} — variant 2`);
    expect(active(useAppStore.getState()).fileHandle).toBeNull();
    expect(document.title).toBe(`${fixture.title} — variant 2 ● — Vitale Coalitie Scenarioplanner`);
    act(() => useAppStore.getState().commit('Titel', (s) => void (s.description = 'Alleen in de variant')));
    // A second variant of the variant counts on from the base title (the button this time).
    await userEvent.click(screen.getByRole('button', { name: 'Variant maken' }));
    await waitFor(() => expect(active(useAppStore.getState()).scenario!.title).toBe(`${fixture.title} — variant 3`));
    const tabs = screen.getByRole('navigation', { name: 'Geopende scenario’s' });
    await userEvent.click(within(tabs).getByRole('button', { name: new RegExp(`^${fixture.title}$`) }));
    expect(active(useAppStore.getState()).scenario!.description).toBe(fixture.description);
    expect(active(useAppStore.getState()).fileHandle).toBe('h-plan');
    expect(platform.lastState).toMatchObject({ unsavedCount: 2 });
  });

  it('the start screen lists recent files (and says which are gone), and opens one', async () => {
    const platform = await withOpenFile();
    platform.disk.set('h-recent', { name: 'recent.vcscenario.json', text: textWith('Recent') });
    act(() => useAppStore.getState().setView('start'));
    const recent = await screen.findByRole('region', { name: 'Recent geopend' });
    await statusSays('„weg.vcscenario.json” bestaat niet meer');
    await userEvent.click(within(recent).getByRole('button', { name: /recent\.vcscenario\.json/ }));
    await waitFor(() => expect(active(useAppStore.getState()).scenario!.title).toBe('Recent'));
    expect(active(useAppStore.getState()).fileHandle).toBe('h-recent');
  });

  it('a file the OS or the menu opens arrives as an event, and opens the same way', async () => {
    const platform = await withOpenFile();
    act(() => platform.fileOpened({ kind: 'opened', file: { name: 'van-buiten.vcscenario.json', text: textWith('Van buiten'), handle: 'h-buiten' } }));
    await waitFor(() => expect(active(useAppStore.getState()).scenario!.title).toBe('Van buiten'));
    expect(active(useAppStore.getState()).fileHandle).toBe('h-buiten');
  });

  it('a file dropped on the window opens', async () => {
    const platform = await withOpenFile();
    const file = new File([textWith('Gesleept')], 'gesleept.vcscenario.json', { type: 'application/json' });
    fireEvent.dragEnter(window, { dataTransfer: { types: ['Files'], files: [file], items: [] } });
    expect(screen.getByText('Laat het bestand los om het te openen')).toBeInTheDocument();
    fireEvent.drop(window, { dataTransfer: { types: ['Files'], files: [file], items: [] } });
    await waitFor(() => expect(active(useAppStore.getState()).scenario!.title).toBe('Gesleept'));
    expect(platform.calls).toContain('openDropped:gesleept.vcscenario.json');
    expect(screen.queryByText('Laat het bestand los om het te openen')).toBeNull();
  });
});

describe('backups of unsaved work', () => {
  it('are written a moment after an edit, with title, name and handle, and removed once saved', async () => {
    const platform = await withOpenFile();
    edit('Werk in uitvoering');
    await waitFor(() => expect(platform.backups.size).toBe(1));
    const [backup] = [...platform.backups.values()];
    expect(backup).toMatchObject({ title: 'Werk in uitvoering', name: 'plan.vcscenario.json', handle: 'h-plan' });
    expect(parseScenarioText(backup!.text)).toMatchObject({ ok: true, value: { title: 'Werk in uitvoering' } });
    expect(platform.lastState).toMatchObject({ dirty: true, backupIds: [backup!.id] });
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await waitFor(() => expect(platform.backups.size).toBe(0));
    expect(platform.lastState).toMatchObject({ dirty: false, backupIds: [] });
  });

  it('one edit after another makes one backup, rewritten', async () => {
    const platform = await withOpenFile();
    edit('Een');
    edit('Twee');
    await waitFor(() => expect(platform.backups.size).toBe(1));
    edit('Drie');
    await waitFor(() => expect([...platform.backups.values()][0]!.title).toBe('Drie'));
    expect(platform.backups.size).toBe(1);
  });

  it('undo back to the saved point removes the backup', async () => {
    const platform = await withOpenFile();
    edit('Een');
    await waitFor(() => expect(platform.backups.size).toBe(1));
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(platform.backups.size).toBe(0));
  });

  it('left by an earlier session are offered at start, with title, file name and time; Restore brings the work back, unsaved', async () => {
    const platform = new FakePlatform({ name: 'plan.vcscenario.json', text: FIXTURE_TEXT, handle: 'h-plan' });
    const id = '3f2b8c1a-9d4e-4f6a-8b7c-1d2e3f4a5b6c';
    platform.backups.set(id, { id, title: 'Workshop dinsdag', name: 'plan.vcscenario.json', handle: 'h-plan', text: textWith('Workshop dinsdag'), savedAt: '2025-03-05T14:02:00.000Z' });
    await renderWith(platform);
    const offer = await screen.findByRole('dialog', { name: 'Niet-opgeslagen werk terughalen?' });
    expect(offer).toHaveTextContent('Workshop dinsdag');
    expect(offer).toHaveTextContent('plan.vcscenario.json');
    expect(within(offer).getByText(/5 maart 2025/)).toBeInTheDocument();
    await userEvent.click(within(offer).getByRole('button', { name: '„Workshop dinsdag” terughalen' }));
    await waitFor(() => expect(active(useAppStore.getState()).scenario!.title).toBe('Workshop dinsdag'));
    expect(screen.queryByRole('dialog', { name: /terughalen/ })).toBeNull();
    expect(document.title).toBe('plan.vcscenario.json ● — Vitale Coalitie Scenarioplanner');
    expect(active(useAppStore.getState()).fileHandle).toBe('h-plan');
    expect(screen.getByTestId('file-status')).toHaveTextContent('„Workshop dinsdag” is teruggehaald.');
    // Saving it removes that same backup.
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await waitFor(() => expect(platform.backups.has(id)).toBe(false));
  });

  it('Discard deletes a backup; Decide later keeps it for the next start', async () => {
    const platform = new FakePlatform(null);
    for (const [id, title] of [
      ['3f2b8c1a-9d4e-4f6a-8b7c-1d2e3f4a5b6c', 'Een'],
      ['4f2b8c1a-9d4e-4f6a-8b7c-1d2e3f4a5b6c', 'Twee'],
    ] as const) {
      platform.backups.set(id, { id, title, name: `${title}.vcscenario.json`, handle: null, text: textWith(title), savedAt: '2025-03-05T14:02:00.000Z' });
    }
    await renderWith(platform);
    const offer = await screen.findByRole('dialog', { name: 'Niet-opgeslagen werk terughalen?' });
    await userEvent.click(within(offer).getByRole('button', { name: '„Een” weggooien' }));
    await waitFor(() => expect(platform.backups.size).toBe(1));
    await userEvent.click(within(offer).getByRole('button', { name: 'Later beslissen' }));
    expect(screen.queryByRole('dialog', { name: /terughalen/ })).toBeNull();
    expect(platform.backups.size).toBe(1);
  });

  it('the offer is in English too', async () => {
    const platform = new FakePlatform(null);
    const id = '3f2b8c1a-9d4e-4f6a-8b7c-1d2e3f4a5b6c';
    platform.backups.set(id, { id, title: 'Workshop', name: 'w.vcscenario.json', handle: null, text: textWith('Workshop'), savedAt: '2025-03-05T14:02:00.000Z' });
    act(() => useAppStore.getState().setLang('en'));
    await renderWith(platform);
    const offer = await screen.findByRole('dialog', { name: 'Restore unsaved work?' });
    expect(within(offer).getByRole('button', { name: 'Restore “Workshop”' })).toBeInTheDocument();
    expect(within(offer).getByText(/5 March 2025/)).toBeInTheDocument();
  });
});

describe('from the main process', () => {
  it('menu commands run the same actions', async () => {
    const platform = await withOpenFile();
    edit('Via het menu');
    act(() => platform.menu('save'));
    await waitFor(() => expect(platform.calls).toContain('saveFile:h-plan:false'));
    act(() => platform.menu('undo'));
    expect(active(useAppStore.getState()).scenario!.title).toBe(fixture.title);
    act(() => platform.menu('redo'));
    expect(active(useAppStore.getState()).scenario!.title).toBe('Via het menu');
    act(() => platform.menu('saveAs'));
    await waitFor(() => expect(platform.calls.some((c) => c.startsWith('saveFileAs'))).toBe(true));
  });

  it('menu Make a Variant, Export… and Compare Scenarios', async () => {
    const platform = await withOpenFile();
    act(() => platform.menu('duplicate'));
    await waitFor(() => expect(useAppStore.getState().documentOrder).toHaveLength(2));
    act(() => platform.menu('export'));
    expect(useAppStore.getState().exportOpen).toBe(true);
    act(() => useAppStore.getState().setExportOpen(false));
    act(() => platform.menu('compare'));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Scenario’s vergelijken');
  });

  it('menu Undo in a text field is the field’s own undo, not the scenario’s', async () => {
    const platform = await withOpenFile();
    edit('Bewerkt');
    const input = document.createElement('input');
    document.body.appendChild(input);
    input.focus();
    const execCommand = jest.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    act(() => platform.menu('undo'));
    expect(execCommand).toHaveBeenCalledWith('undo');
    expect(active(useAppStore.getState()).scenario!.title).toBe('Bewerkt');
    input.remove();
  });

  it('a key the page handled is not run again when the menu reports it too (one press, one save)', async () => {
    const platform = await withOpenFile();
    edit();
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    act(() => platform.menu('save'));
    await waitFor(() => expect(platform.calls).toContain('saveFile:h-plan:false'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(platform.calls.filter((c) => c.startsWith('saveFile'))).toHaveLength(1);
  });

  it('"save before closing" saves and answers main', async () => {
    const platform = await withOpenFile();
    edit('Voor het sluiten');
    act(() => platform.closeRequested('req-1'));
    await waitFor(() => expect(platform.closeAnswers).toEqual([['req-1', true]]));
    expect(platform.disk.get('h-plan')!.text).toContain('Voor het sluiten');
  });

  it('"save before closing" answers false when the save did not happen', async () => {
    const platform = new FakePlatform({ name: 'x.vcscenario.json', text: FIXTURE_TEXT, handle: null });
    platform.saveAsTarget = null;
    await renderWith(platform);
    edit();
    act(() => platform.closeRequested('req-2'));
    await waitFor(() => expect(platform.closeAnswers).toEqual([['req-2', false]]));
  });
});

describe('shortcuts', () => {
  it('the file commands are in the one command list (and so in the overview)', async () => {
    await withOpenFile();
    expect(commands.filter((c) => ['new', 'open', 'save', 'saveAs', 'close'].includes(c.id)).map((c) => [c.id, c.keys])).toEqual([
      ['new', ['Mod+N']],
      ['open', ['Mod+O']],
      ['save', ['Mod+S']],
      ['saveAs', ['Mod+Shift+S']],
      ['close', ['Mod+W']],
    ]);
    fireEvent.keyDown(window, { key: 'F1' });
    const overview = screen.getByRole('dialog', { hidden: true, name: 'Sneltoetsen' });
    expect(within(overview).getByText('Opslaan als…')).toBeInTheDocument();
  });

  it('Ctrl+Alt+PageDown and PageUp go round the tabs; Ctrl+E opens the export dialog', async () => {
    await withOpenFile();
    fireEvent.keyDown(window, { key: 'd', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(useAppStore.getState().documentOrder).toHaveLength(2));
    const titles = () => active(useAppStore.getState()).scenario!.title;
    expect(titles()).toBe(`${fixture.title} — variant 2`);
    fireEvent.keyDown(window, { key: 'PageDown', ctrlKey: true, altKey: true });
    expect(titles()).toBe(fixture.title);
    fireEvent.keyDown(window, { key: 'PageDown', ctrlKey: true, altKey: true });
    expect(titles()).toBe(`${fixture.title} — variant 2`);
    fireEvent.keyDown(window, { key: 'PageUp', ctrlKey: true, altKey: true });
    expect(titles()).toBe(fixture.title);
    fireEvent.keyDown(window, { key: 'e', ctrlKey: true });
    expect(await screen.findByRole('dialog', { name: 'Exporteren' })).toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'F1' });
    const overview = screen.getByRole('dialog', { hidden: true, name: 'Sneltoetsen' });
    for (const label of ['Volgend tabblad', 'Vorig tabblad', 'Exporteren…', 'Variant maken (kopie in een nieuw tabblad)']) {
      expect(within(overview).getByText(label)).toBeInTheDocument();
    }
  });

  it('Ctrl+E on the compare screen with one tab does nothing, and is not kept for the editor', async () => {
    await withOpenFile();
    act(() => useAppStore.getState().setView('compare'));
    await screen.findByText('Open ten minste twee scenario’s om te vergelijken.');
    expect(screen.queryByRole('button', { name: 'Exporteren…' })).toBeNull();
    fireEvent.keyDown(window, { key: 'e', ctrlKey: true });
    await waitFor(() => expect(useAppStore.getState().exportOpen).toBe(false));
    act(() => useAppStore.getState().setView('editor'));
    expect(screen.queryByRole('dialog', { name: 'Exporteren' })).toBeNull();
  });

  it('in a browser, Ctrl+N and Ctrl+W stay the browser’s', async () => {
    const platform = new FakePlatform({ name: 'plan.vcscenario.json', text: FIXTURE_TEXT, handle: 'h-plan' });
    platform.kind = 'browser';
    await renderWith(platform);
    expect(commands.map((c) => c.id)).toEqual(expect.arrayContaining(['open', 'save', 'saveAs']));
    expect(commands.map((c) => c.id)).not.toContain('new');
    expect(commands.map((c) => c.id)).not.toContain('close');
  });
});
