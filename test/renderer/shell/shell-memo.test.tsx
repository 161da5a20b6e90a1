// A slider move changes the scenario and nothing the header or the document tabs show: neither
// renders again. The header's language switch renders once per header render, and the unsaved
// mark once per header or tab render that shows it, so counting those counts renders.
import { act, render } from '@testing-library/react';
import { generateLargeScenario } from '../../../shared/scenario/generate-large';
import { useAppStore } from '../../../renderer/store/store';

const renders = { language: 0, dirtyMarks: 0 };

jest.mock('../../../renderer/components/shell/LanguageSwitch', () => {
  const actual = jest.requireActual('../../../renderer/components/shell/LanguageSwitch');
  return { ...actual, LanguageSwitch: () => (renders.language++, actual.LanguageSwitch()) };
});
jest.mock('../../../renderer/components/shell/DirtyMark', () => {
  const actual = jest.requireActual('../../../renderer/components/shell/DirtyMark');
  return { ...actual, DirtyMark: (props: { className: string }) => (renders.dirtyMarks++, actual.DirtyMark(props)) };
});

// Imported after the mocks are set up.
import { DocumentTabs } from '../../../renderer/components/shell/DocumentTabs';
import { Header } from '../../../renderer/components/shell/Header';
import { active } from '../active';

/** A slider step on the first measure's rate, committed as the slider commits it (coalesced). */
function slide(rate: number) {
  act(() => {
    useAppStore.getState().commit(
      `Maatregel 1 → ${rate}`,
      (draft) => {
        const m = draft.measures![0]!;
        if (m.type === 'cut') m.rate = rate;
      },
      { coalesce: 'slider' },
    );
  });
}

it('renders neither the header nor the document tabs again when a slider moves', () => {
  const scenario = generateLargeScenario();
  expect(scenario.measures![0]!.type).toBe('cut');
  act(() => {
    useAppStore.setState({ lang: 'nl' });
    useAppStore.getState().openDocument(scenario, 'groot.vcscenario.json');
  });
  const { container } = render(
    <>
      <Header />
      <DocumentTabs />
    </>,
  );
  expect(container.querySelector('h1')?.textContent).toBe(scenario.title);
  // The first move makes the document unsaved: the header and its tab show the mark.
  slide(0.11);
  expect(container.querySelectorAll('.app-header__dirty, .doc-tabs__dirty')).toHaveLength(2);
  renders.language = 0;
  renders.dirtyMarks = 0;
  for (const rate of [0.12, 0.13, 0.14]) slide(rate);
  expect(active(useAppStore.getState()).scenario?.measures?.[0]).toMatchObject({ rate: 0.14 });
  expect(renders).toEqual({ language: 0, dirtyMarks: 0 });
  // What they show still follows the store: a new title renders both.
  act(() => useAppStore.getState().commit('Titel', (draft) => void (draft.title = 'Ander scenario')));
  expect(container.querySelector('h1')?.textContent).toBe('Ander scenario');
  expect(container.querySelector('.doc-tabs__tab')?.textContent).toContain('Ander scenario');
  expect(renders.language).toBe(1);
});
