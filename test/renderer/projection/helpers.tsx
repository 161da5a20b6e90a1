// Rendering the projection column in jsdom: a scenario in the store, a fake platform that records
// downloads, the view (tab, period…) and the uncertainty figures back to their defaults. jsdom has
// no Worker, so the uncertainty figures come from the in-process engine (the same shared/ code).
import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReactElement } from 'react';
import { ProjectionPanel } from '../../../renderer/components/projection/ProjectionPanel';
import { resetUncertainty } from '../../../renderer/components/projection/uncertainty-store';
import { resetProjectionView } from '../../../renderer/components/projection/view-store';
import { createBrowserPlatform } from '../../../renderer/platform/browser-platform';
import { PlatformProvider } from '../../../renderer/platform/context';
import type { Platform } from '../../../renderer/platform/platform';
import { useAppStore } from '../../../renderer/store/store';
import { parseScenarioText } from '../../../shared/scenario/parse';
import type { Scenario } from '../../../shared/scenario/schema';

export const REPO = resolve(__dirname, '../../..');

export function loadScenarioFile(path: string): Scenario {
  const result = parseScenarioText(readFileSync(resolve(REPO, path), 'utf8'));
  if (!result.ok) throw new Error(`${path} is invalid: ${JSON.stringify(result.problems)}`);
  return result.value;
}

/** The worked example of scenario-format.md. */
export const voorbeeld = () => loadScenarioFile('test/fixtures/voorbeeld.json');

export interface FakePlatform extends Platform {
  downloads: { fileName: string; text: string; mime: string }[];
}

/** The browser platform without samples, recording its downloads instead of offering them. */
export function fakePlatform(): FakePlatform {
  const downloads: FakePlatform['downloads'] = [];
  return {
    ...createBrowserPlatform(new Map(), { search: '' }),
    downloadText: (fileName, text, mime) => void downloads.push({ fileName, text, mime }),
    downloads,
  };
}

const initialState = useAppStore.getState();

/** A fresh store (Dutch, euros) with `scenario` open, and the default view. */
export function resetWith(scenario: Scenario, ui: { lang?: 'nl' | 'en'; unit?: 'euro' | 'thousand' } = {}): void {
  useAppStore.setState(initialState, true);
  useAppStore.getState().loadScenario(scenario, 'test.vcscenario.json');
  useAppStore.setState({ lang: ui.lang ?? 'nl', unit: ui.unit ?? 'euro' });
  resetProjectionView();
  resetUncertainty();
}

export function renderWithPlatform(ui: ReactElement = <ProjectionPanel />) {
  const platform = fakePlatform();
  const result = render(<PlatformProvider platform={platform}>{ui}</PlatformProvider>);
  return { ...result, platform };
}

/** The text of every figure cell of a grid, by row (row header text first). */
export function gridTexts(table: HTMLElement): { header: string; cells: string[] }[] {
  return [...table.querySelectorAll('tbody tr')].map((tr) => ({
    header: tr.querySelector('th')?.textContent ?? '',
    cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
  }));
}
