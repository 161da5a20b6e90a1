// The app in the pseudo-locale (qps): every text on every screen must come from the catalogue.
// A string written in a component, or one chosen by `lang === 'nl' ? … : …`, shows up here
// without the pseudo-locale's brackets.
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { App } from '../../../renderer/App';
import { createBrowserPlatform } from '../../../renderer/platform/browser-platform';
import { useAppStore } from '../../../renderer/store/store';
import { OTHER_TAAKVELDEN, TAAKVELDEN } from '../../../shared/taakvelden';
import { dataStrings, findUnwrappedTexts } from '../../support/pseudo-check';

const SAMPLE = 'stichtse-vecht-vitale-coalitie';
const text = readFileSync(resolve(__dirname, '../../../scenarios', `${SAMPLE}.vcscenario.json`), 'utf8');
const samples = new Map([[SAMPLE, text]]);
// The user's own words (titles, names, descriptions) are data, not catalogue text; so is the
// file name. Short strings (ids, codes) are left out: they could hide a word.
// The official Iv3 names of the taakvelden are reference data, Dutch in every language.
const DATA = dataStrings([JSON.parse(text), `${SAMPLE}.vcscenario.json`, TAAKVELDEN, OTHER_TAAKVELDEN]).filter((s) => s.length >= 3);

const initialState = useAppStore.getState();
beforeEach(() => {
  useAppStore.setState(initialState, true);
  useAppStore.getState().setLang('qps');
});

async function openSample() {
  const platform = createBrowserPlatform(samples, { search: '' });
  render(<App platform={{ ...platform, getInitialScenario: async () => ({ name: `${SAMPLE}.vcscenario.json`, text, handle: null }) }} />);
  await screen.findByRole('heading', { level: 1 });
}

const unwrapped = () => findUnwrappedTexts(document.body, DATA);

describe('the pseudo-locale check itself', () => {
  it('finds text outside the brackets, in text and in accessible names, and leaves data and numbers', () => {
    document.body.innerHTML =
      '<p>⟦Savings··⟧ € 1.234</p><p>Besparing</p><button aria-label="Sluiten">⟦x⟧</button><p>Wmo begeleiding</p><p>2026–2030</p><time datetime="2024-03-05">5 March 2024</time><time>Tomorrow</time>';
    expect(findUnwrappedTexts(document.body, ['Wmo begeleiding'])).toEqual(['button[aria-label]: Sluiten', 'p: Besparing', 'time: Tomorrow']);
    document.body.innerHTML = '';
  });
});

describe('every screen in the pseudo-locale', () => {
  it('the start screen', async () => {
    const platform = createBrowserPlatform(samples, { search: '' });
    render(<App platform={{ ...platform, getInitialScenario: async () => null }} />);
    await screen.findByRole('heading', { name: /Samples/ });
    expect(unwrapped()).toEqual([]);
  });

  it('the editor: baseline, measures, projection, history, every section opened', async () => {
    await openSample();
    expect(unwrapped()).toEqual([]);
    // Open every closed section and row (baseline sections, measure rows, the history list).
    for (let round = 0; round < 3; round++) {
      for (const button of screen.queryAllByRole('button', { expanded: false })) await userEvent.click(button);
    }
    expect(screen.queryAllByRole('button', { expanded: false })).toEqual([]);
    expect(unwrapped()).toEqual([]);
    // Every tab of the projection.
    for (const tab of screen.getAllByRole('tab')) {
      await userEvent.click(tab);
      expect(unwrapped()).toEqual([]);
    }
  });

  it('the explanation of a figure', async () => {
    await openSample();
    const cell = screen.getByTestId('year-table').querySelector<HTMLElement>('td[data-r="2"][data-c="1"]');
    expect(cell).not.toBeNull();
    act(() => cell!.focus());
    const tip = await screen.findByRole('tooltip');
    expect(tip.textContent).toMatch(/⟦/);
    expect(unwrapped()).toEqual([]);
  });

  it('the shortcuts, export and import dialogs', async () => {
    await openSample();
    fireEvent.keyDown(window, { key: 'F1' });
    await screen.findByRole('dialog', { name: /Keyboard shortcuts/ });
    expect(unwrapped()).toEqual([]);
    fireEvent.keyDown(window, { key: 'Escape' });
    await userEvent.click(screen.getAllByRole('button', { name: /Export…/ })[0]!);
    expect(unwrapped()).toEqual([]);
    fireEvent.keyDown(window, { key: 'Escape' });
    await userEvent.click(screen.getAllByRole('button', { name: /Import…/ })[0]!);
    expect(unwrapped()).toEqual([]);
  });

  it('compare, with a variant', async () => {
    await openSample();
    await userEvent.click(screen.getByRole('button', { name: /Make a variant/ }));
    await userEvent.click(screen.getByRole('button', { name: /^⟦Compare/ }));
    expect(unwrapped()).toEqual([]);
  });

  it('presentation mode', async () => {
    await openSample();
    fireEvent.keyDown(window, { key: 'F5' });
    await screen.findByRole('button', { name: /Leave presentation/ });
    expect(unwrapped()).toEqual([]);
  });

  it('the choice menu, its partners and the annexes in the export dialog, a decision being recorded', async () => {
    await openSample();
    await userEvent.click(screen.getByRole('button', { name: /Choice menu/ }));
    await screen.findByRole('region', { name: /Choice menu/ });
    await userEvent.click(screen.getAllByRole('switch')[0]!);
    expect(unwrapped()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: /Effect per partner/ }));
    await screen.findByRole('table', { name: /Per partner/ });
    expect(unwrapped()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: /Save as variant/ }));
    expect(unwrapped()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: /Back to the editor/ }));
    await userEvent.click(screen.getAllByRole('button', { name: /Export…/ })[0]!);
    for (const name of [/Monitor \(PDF\)/, /Decision log \(PDF\)/, /Decision log \(Markdown\)/]) {
      await userEvent.click(screen.getByRole('radio', { name }));
      expect(unwrapped()).toEqual([]);
    }
    fireEvent.keyDown(window, { key: 'Escape' });
    // A step (a measure switched off), recorded as a decision from the history.
    await userEvent.click(screen.getAllByRole('switch')[0]!);
    fireEvent.keyDown(window, { key: 'h', ctrlKey: true });
    await userEvent.click(await screen.findByRole('button', { name: /Decision…/ }));
    await userEvent.type(screen.getByRole('textbox', { name: /Reason/ }), 'x');
    expect(unwrapped()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: /^⟦Record/ }));
    await screen.findByText(/Decision recorded/, { selector: '.history-bar__last' });
    expect(unwrapped()).toEqual([]);
  }, 30_000);
});

describe('format version 2 in the pseudo-locale', () => {
  // The worked example of "Version 2, exactly", with a range on one measure so that the
  // uncertainty tab shows the band of the net savings too.
  const V2 = 'voorbeeld-v2';
  const v2 = JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/voorbeeld-v2.json'), 'utf8'));
  v2.measures[1].uncertainty = { low: 0.6, high: 1.2 };
  const v2Text = JSON.stringify(v2);
  const v2Data = dataStrings([v2, `${V2}.vcscenario.json`, TAAKVELDEN, OTHER_TAAKVELDEN]).filter((s) => s.length >= 3);

  it('the editor, every tab and compare: one-off costs, PM, warnings, the net figures', async () => {
    const platform = createBrowserPlatform(new Map([[V2, v2Text]]), { search: '' });
    render(<App platform={{ ...platform, getInitialScenario: async () => ({ name: `${V2}.vcscenario.json`, text: v2Text, handle: null }) }} />);
    await screen.findByRole('heading', { level: 1 });
    await screen.findByTestId('headline-net');
    expect(findUnwrappedTexts(document.body, v2Data)).toEqual([]);
    for (let round = 0; round < 3; round++) {
      for (const button of screen.queryAllByRole('button', { expanded: false })) await userEvent.click(button);
    }
    expect(findUnwrappedTexts(document.body, v2Data)).toEqual([]);
    for (const tab of screen.getAllByRole('tab')) {
      await userEvent.click(tab);
      expect(findUnwrappedTexts(document.body, v2Data)).toEqual([]);
    }
    await screen.findByTestId('net-band-table', {}, { timeout: 20_000 });
    expect(findUnwrappedTexts(document.body, v2Data)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: /Make a variant/ }));
    await userEvent.click(screen.getByRole('button', { name: /^⟦Compare/ }));
    await screen.findByTestId('compare-budget-table');
    expect(findUnwrappedTexts(document.body, v2Data)).toEqual([]);
  }, 60_000);
});
