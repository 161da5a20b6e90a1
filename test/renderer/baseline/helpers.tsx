// Shared set-up for the baseline component tests: the spec's worked example in a fresh store state.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BaselinePanel } from '../../../renderer/components/baseline/BaselinePanel';
import { HeadlineStrip } from '../../../renderer/components/shell/HeadlineStrip';
import { useAppStore } from '../../../renderer/store/store';
import type { Lang } from '../../../shared/scenario/problems';
import type { Scenario } from '../../../shared/scenario/schema';
import { active } from '../active';

export function voorbeeld(): Scenario {
  return JSON.parse(readFileSync(resolve(__dirname, 'voorbeeld.json'), 'utf8')) as Scenario;
}

export function load(scenario: Scenario = voorbeeld(), lang: Lang = 'nl'): Scenario {
  act(() => {
    useAppStore.setState({ lang, unit: 'euro' });
    useAppStore.getState().loadScenario(scenario, null);
  });
  return scenario;
}

/** The panel with the headline above it (to see the projection move), sections opened by name. */
export async function renderPanel(...sections: string[]) {
  const user = userEvent.setup();
  const view = render(
    <>
      <HeadlineStrip />
      <BaselinePanel />
    </>,
  );
  for (const name of sections) await user.click(screen.getByRole('button', { name }));
  return { user, ...view };
}

export const state = () => useAppStore.getState();
export const current = () => active(useAppStore.getState()).scenario!;
