// The partners' screens in the pseudo-locale (qps), beside pseudo-locale.test.tsx: the list of
// partners made from the lines, the notice-period warning with its fixes beside a measure, a PM
// line with its listing, and the letter dialog with its preview. Every text must come from the
// catalogue (wrapped in ⟦ ⟧), apart from the user's own data.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { App } from '../../../renderer/App';
import { createBrowserPlatform } from '../../../renderer/platform/browser-platform';
import { scenarioOf } from '../../../renderer/store/documents-slice';
import { useAppStore } from '../../../renderer/store/store';
import { OTHER_TAAKVELDEN, TAAKVELDEN } from '../../../shared/taakvelden';
import { dataStrings, findUnwrappedTexts } from '../../support/pseudo-check';

jest.setTimeout(60_000);

const SAMPLE = 'stichtse-vecht-vitale-coalitie';
const text = readFileSync(resolve(__dirname, '../../../scenarios', `${SAMPLE}.vcscenario.json`), 'utf8');
const DATA = dataStrings([JSON.parse(text), `${SAMPLE}.vcscenario.json`, TAAKVELDEN, OTHER_TAAKVELDEN, 'wie@jeugd-punt.example']).filter((s) => s.length >= 3);
const unwrapped = () => findUnwrappedTexts(document.body, DATA);

beforeEach(() => useAppStore.getState().setLang('qps'));

it('partners, the notice-period warning, a PM line and the letter dialog: all from the catalogue', async () => {
  const platform = createBrowserPlatform(new Map([[SAMPLE, text]]), { search: '' });
  render(<App platform={{ ...platform, getInitialScenario: async () => ({ name: `${SAMPLE}.vcscenario.json`, text, handle: null }) }} />);
  await screen.findByRole('heading', { level: 1 });
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: /^⟦Partners/ }));
  await user.click(screen.getByRole('button', { name: /^⟦Budget lines/ }));
  expect(unwrapped()).toEqual([]);
  await user.click(screen.getByRole('button', { name: /^⟦Take partners from the lines/ }));
  // Jeugd-Punt subsidised since 2010 with a contact: its € 30.000 cut from 2022 comes too early.
  act(() =>
    useAppStore.getState().commit('x', (d) => {
      const partner = d.organisations!.find((o) => o.name === 'Jeugd-Punt')!;
      partner.subsidisedSince = 2010;
      partner.contact = 'wie@jeugd-punt.example';
      d.lines.find((l) => l.id === 'handjehelpen')!.pm = true;
      delete d.lines.find((l) => l.id === 'handjehelpen')!.amount;
    }),
  );
  expect(scenarioOf(useAppStore.getState())!.organisations).toHaveLength(5);
  expect(screen.getAllByRole('group', { name: /⟦Warning/ }).length).toBeGreaterThan(0);
  expect(screen.getByTestId('pm-lines')).toBeTruthy();
  expect(unwrapped()).toEqual([]);
  await user.click(screen.getByRole('button', { name: /^⟦Letter to "Jeugd-Punt"/ }));
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByRole('table')).toBeTruthy();
  expect(unwrapped()).toEqual([]);
});
