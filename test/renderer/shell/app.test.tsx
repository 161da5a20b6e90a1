// The shell in jsdom: start screen, opening a sample, shortcuts, history, presentation mode.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { OpenedFile } from '../../../shared/ipc/contract';
import { App } from '../../../renderer/App';
import { createBrowserPlatform } from '../../../renderer/platform/browser-platform';
import type { AppPlatform } from '../../../renderer/platform/platform';
import { useAppStore } from '../../../renderer/store/store';
import { active } from '../active';

const dir = resolve(__dirname, '../../../scenarios');
const samples = new Map(
  readdirSync(dir)
    .filter((f) => f.endsWith('.vcscenario.json'))
    .map((f) => [f.replace('.vcscenario.json', ''), readFileSync(resolve(dir, f), 'utf8')]),
);

function platformWith(initial: OpenedFile | null): AppPlatform & { downloads: [string, string][] } {
  const base = createBrowserPlatform(samples, { search: '' });
  const downloads: [string, string][] = [];
  return { ...base, getInitialScenario: async () => initial, downloadText: (name, text) => void downloads.push([name, text]), downloads };
}

const initialState = useAppStore.getState();
beforeEach(() => {
  useAppStore.setState(initialState, true);
});

async function renderApp(initial: OpenedFile | null = null) {
  const platform = platformWith(initial);
  render(<App platform={platform} />);
  return platform;
}

describe('start screen', () => {
  it('lists the samples with their descriptions and opens one', async () => {
    await renderApp();
    const samplesList = await screen.findByRole('heading', { name: 'Voorbeelden' });
    expect(samplesList).toBeInTheDocument();
    const firstId = [...samples.keys()].sort()[0]!;
    const title = JSON.parse(samples.get(firstId)!).title as string;
    await userEvent.click(await screen.findByRole('button', { name: new RegExp(title.replace(/[()]/g, '.')) }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(title);
    expect(active(useAppStore.getState()).fileName).toBe(`${firstId}.vcscenario.json`);
  });

  it('marks the samples’ titles and descriptions as Dutch, untranslated, and says so under the list in English (#24 item 10l)', async () => {
    useAppStore.setState({ lang: 'en' });
    await renderApp();
    const section = (await screen.findByRole('heading', { name: 'Samples' })).closest('section')!;
    const cards = within(section).getAllByRole('button');
    expect(cards).toHaveLength(samples.size);
    for (const card of cards) {
      const [title, description] = [...card.querySelectorAll('span')];
      expect(title).toHaveAttribute('lang', 'nl');
      expect(description).toHaveAttribute('lang', 'nl');
    }
    // An amount in a title stays on one line too ("€ 165.000").
    const titles = cards.map((c) => c.querySelector('span')!.textContent!.replace(/\u00a0/g, ' '));
    expect(titles.sort()).toEqual([...samples.values()].map((text) => JSON.parse(text).title as string).sort());
    expect(within(section).getByText(/The samples are cases of Dutch municipalities, in their own words/)).toBeInTheDocument();
    // A description's typed "€ 500.000" stays on one line (#24 item 10g).
    const texts = cards.map((c) => c.textContent ?? '');
    expect(texts.some((t) => /€\u00a0\d/.test(t))).toBe(true);
    expect(texts.filter((t) => /€ \d/.test(t))).toEqual([]);
  });

  it('starts a new empty scenario that projects to zero savings', async () => {
    await renderApp();
    await userEvent.click(await screen.findByRole('button', { name: /Nieuw scenario/ }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Nieuw scenario');
    expect(screen.getByTestId('headline-savings')).toHaveTextContent('€ 0');
  });

  it('shows the problems of an invalid initial file and keeps the start screen', async () => {
    await renderApp({ name: 'kapot.vcscenario.json', text: '{"format": "vitale-coalitie-scenario", "version": 9}', handle: null });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('kapot.vcscenario.json');
    expect(alert).toHaveTextContent('nieuwere versie');
    expect(active(useAppStore.getState()).scenario).toBeNull();
  });
});

describe('editing shortcuts and history', () => {
  async function openFirstSample() {
    const id = [...samples.keys()].sort()[0]!;
    await renderApp({ name: `${id}.vcscenario.json`, text: samples.get(id)!, handle: null });
    await screen.findByTestId('headline-savings');
  }

  it('Ctrl+Z and Ctrl+Shift+Z / Ctrl+Y undo and redo scenario edits', async () => {
    await openFirstSample();
    const original = active(useAppStore.getState()).scenario!.title;
    act(() => useAppStore.getState().commit('Titel: Variant B', (s) => void (s.title = 'Variant B')));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Variant B');
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(original);
    fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Variant B');
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    fireEvent.keyDown(window, { key: 'y', ctrlKey: true });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Variant B');
  });

  it('the history lists labelled steps, jumps back to one, and exports the change log', async () => {
    const platform = platformWith(null);
    const id = [...samples.keys()].sort()[0]!;
    platform.getInitialScenario = async () => ({ name: 'x', text: samples.get(id)!, handle: null });
    render(<App platform={platform} />);
    await screen.findByTestId('headline-savings');
    act(() => {
      useAppStore.getState().commit('Stap één', (s) => void (s.title = 'A'));
      useAppStore.getState().commit('Stap twee', (s) => void (s.title = 'B'));
      useAppStore.getState().commit('Stap drie', (s) => void (s.title = 'C'));
    });
    await userEvent.click(screen.getByRole('button', { name: /Geschiedenis \(3 wijzigingen\)/ }));
    const panel = screen.getByRole('region', { name: 'Geschiedenis' });
    await userEvent.click(within(panel).getByRole('button', { name: 'Terug naar na: Stap één' }));
    expect(active(useAppStore.getState()).scenario!.title).toBe('A');
    expect(within(panel).getAllByText(/ongedaan gemaakt/)).toHaveLength(2);
    await userEvent.click(within(panel).getByRole('button', { name: /Stap drie/ }));
    expect(active(useAppStore.getState()).scenario!.title).toBe('C');
    await userEvent.click(within(panel).getByRole('button', { name: 'Wijzigingslog exporteren' }));
    expect(platform.downloads).toHaveLength(1);
    expect(platform.downloads[0]![1]).toMatch(/# Wijzigingen in „C”\n\n1\. .* — Stap één\n2\. .* — Stap twee\n3\. .* — Stap drie\n/);
  });

  it('F5 enters presentation mode with the headline and chart only; Esc leaves', async () => {
    await openFirstSample();
    fireEvent.keyDown(window, { key: 'F5' });
    expect(screen.getByRole('region', { name: 'Presentatiemodus' })).toBeInTheDocument();
    expect(screen.getByTestId('headline-savings')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Geschiedenis/ })).toBeNull();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('region', { name: 'Presentatiemodus' })).toBeNull();
  });

  it('F1 shows the shortcut overview from the command list, in English too', async () => {
    await openFirstSample();
    fireEvent.keyDown(window, { key: 'F1' });
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(within(dialog).getByText('Ongedaan maken')).toBeInTheDocument();
    expect(within(dialog).getByText('Presentatiemodus aan/uit')).toBeInTheDocument();
    act(() => useAppStore.getState().setLang('en'));
    expect(within(dialog).getByText('Presentation mode on/off')).toBeInTheDocument();
  });

  it('Ctrl+Z inside a text field is left to the field', async () => {
    await openFirstSample();
    act(() => useAppStore.getState().commit('Titel', (s) => void (s.title = 'Variant B')));
    const input = document.createElement('input');
    document.body.appendChild(input);
    fireEvent.keyDown(input, { key: 'z', ctrlKey: true });
    expect(active(useAppStore.getState()).scenario!.title).toBe('Variant B');
  });
});
