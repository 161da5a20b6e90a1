// The app in the pseudo-locale (qps): every text on every screen must come from the catalogue.
// A string written in a component, or one chosen by `lang === 'nl' ? … : …`, shows up here
// without the pseudo-locale's brackets.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { App } from '../../../renderer/App';
import { createBrowserPlatform } from '../../../renderer/platform/browser-platform';
import { useAppStore } from '../../../renderer/store/store';
import { dataStrings, findUnwrappedTexts } from '../../support/pseudo-check';

const SAMPLE = 'stichtse-vecht-vitale-coalitie';
const text = readFileSync(resolve(__dirname, '../../../scenarios', `${SAMPLE}.vcscenario.json`), 'utf8');
const samples = new Map([[SAMPLE, text]]);
// The user's own words (titles, names, descriptions) are data, not catalogue text; so is the
// file name. Short strings (ids, codes) are left out: they could hide a word.
const DATA = [...dataStrings(JSON.parse(text)), `${SAMPLE}.vcscenario.json`].filter((s) => s.length >= 3);

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
      '<p>⟦Savings··⟧ € 1.234</p><p>Besparing</p><button aria-label="Sluiten">⟦x⟧</button><p>Wmo begeleiding</p><p>2026–2030</p>';
    expect(findUnwrappedTexts(document.body, ['Wmo begeleiding'])).toEqual(['button[aria-label]: Sluiten', 'p: Besparing']);
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

  it('the editor: baseline, measures, projection, history', async () => {
    await openSample();
    expect(unwrapped()).toEqual([]);
  });

  it('the explanation of a figure', async () => {
    await openSample();
    const cell = document.querySelector<HTMLElement>('[data-explain], button.trace-cell, td button');
    expect(cell).not.toBeNull();
    await userEvent.click(cell!);
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
    act(() => void 0);
    void within;
  });
});
