// Several documents open at once: each tab keeps its own scenario, history, file and saved point;
// switching parks one and brings the other back; closing brings the neighbour forward.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { variantTitle } from '../../shared/files/file-names';
import { NAME_MAX, type Scenario } from '../../shared/scenario/schema';
import { parseScenario } from '../../shared/scenario/parse';
import { uncertaintyOf } from '../../renderer/components/projection/uncertainty-store';
import { NO_UNCERTAINTY, openDocuments } from '../../renderer/store/documents-slice';
import { scenarioSelectors } from '../../renderer/store/scenario-slice';
import { createAppStore } from '../../renderer/store/store';
import { active } from './active';

const voorbeeld = JSON.parse(readFileSync(resolve(__dirname, '../fixtures/voorbeeld.json'), 'utf8')) as Scenario;
const titled = (title: string): Scenario => ({ ...voorbeeld, title });

function twoOpen() {
  const store = createAppStore();
  const a = store.getState().openDocument(titled('A'), 'a.vcscenario.json', { handle: 'h-a' });
  store.getState().commit('A1', (s) => void (s.description = 'eerste'));
  store.getState().commit('A2', (s) => void (s.description = 'tweede'));
  const b = store.getState().openDocument(titled('B'), 'b.vcscenario.json', { handle: 'h-b' });
  store.getState().commit('B1', (s) => void (s.title = 'B bewerkt'));
  return { store, a, b };
}

describe('open documents', () => {
  it('each keeps its own history, file and saved point across switches', () => {
    const { store, a, b } = twoOpen();
    expect(store.getState().activeDocumentId).toBe(b);
    expect(active(store.getState()).past.map((e) => e.label)).toEqual(['B1']);

    store.getState().switchDocument(a);
    const s = active(store.getState());
    expect(s.scenario!.title).toBe('A');
    expect(s.fileName).toBe('a.vcscenario.json');
    expect(s.fileHandle).toBe('h-a');
    expect(s.past.map((e) => e.label)).toEqual(['A1', 'A2']);
    store.getState().undo();
    store.getState().undo();
    expect(active(store.getState()).scenario!.description).toBe(voorbeeld.description);
    expect(scenarioSelectors.dirty(store.getState())).toBe(false);

    store.getState().switchDocument(b);
    expect(active(store.getState()).scenario!.title).toBe('B bewerkt');
    expect(active(store.getState()).past.map((e) => e.label)).toEqual(['B1']);
    store.getState().switchDocument(a);
    expect(active(store.getState()).future.map((e) => e.label)).toEqual(['A2', 'A1']);
  });

  it('openDocuments lists every tab with its live state, and the same list while nothing changed', () => {
    const { store, a, b } = twoOpen();
    const docs = openDocuments(store.getState());
    expect(docs.map((d) => [d.id, d.name, d.dirty, d.active])).toEqual([
      [a, 'a.vcscenario.json', true, false],
      [b, 'b.vcscenario.json', true, true],
    ]);
    expect(docs[1]!.scenario.title).toBe('B bewerkt');
    expect(openDocuments(store.getState())).toBe(docs);
    store.getState().undo();
    const after = openDocuments(store.getState());
    expect(after).not.toBe(docs);
    expect(after[1]!.dirty).toBe(false);
  });

  it('a new document opens right of the active one', () => {
    const { store, a, b } = twoOpen();
    store.getState().switchDocument(a);
    const c = store.getState().openDocument(titled('C'), null);
    expect(store.getState().documentOrder).toEqual([a, c, b]);
    expect(active(store.getState()).fileHandle).toBeNull();
    expect(scenarioSelectors.dirty(store.getState())).toBe(false);
  });

  it('closing the active one brings its right-hand neighbour forward, else the left; the last one closed is the start screen', () => {
    const { store, a, b } = twoOpen();
    const c = store.getState().openDocument(titled('C'), null);
    store.getState().switchDocument(b);
    store.getState().closeScenario();
    expect(store.getState().activeDocumentId).toBe(c);
    expect(active(store.getState()).scenario!.title).toBe('C');
    store.getState().closeScenario();
    expect(store.getState().activeDocumentId).toBe(a);
    expect(active(store.getState()).past.map((e) => e.label)).toEqual(['A1', 'A2']);
    store.getState().closeScenario();
    expect({ ...store.getState(), ...active(store.getState()) }).toMatchObject({ scenario: null, activeDocumentId: null, documentOrder: [], view: 'start', past: [] });
    expect(store.getState().documents).toEqual({});
  });

  it('a variant is an unsaved copy with no file and a history of its own; the original is untouched', () => {
    const { store, b } = twoOpen();
    const v = store.getState().duplicateDocument('B — variant 2')!;
    expect(store.getState().activeDocumentId).toBe(v);
    expect(active(store.getState())).toMatchObject({ fileName: null, fileHandle: null, past: [], future: [] });
    expect(scenarioSelectors.dirty(store.getState())).toBe(true);
    store.getState().commit('V1', (s) => void (s.description = 'variant'));
    store.getState().switchDocument(b);
    expect(active(store.getState()).scenario!.description).toBe(voorbeeld.description);
  });

  it('updateDocument reaches a parked document (a save that finished after a switch)', () => {
    const { store, a, b } = twoOpen();
    store.getState().updateDocument(a, { fileName: 'a2.vcscenario.json', backupWritten: true });
    expect(active(store.getState()).fileName).toBe('b.vcscenario.json');
    store.getState().switchDocument(a);
    expect(active(store.getState())).toMatchObject({ fileName: 'a2.vcscenario.json', backupWritten: true });
    store.getState().updateDocument(b, { savedSeq: 0 });
    store.getState().switchDocument(b);
    expect(active(store.getState()).savedSeq).toBe(0);
  });
});

describe('one home per document', () => {
  it('a switch copies nothing: every entry stays the same object, only the active id changes', () => {
    const { store, a } = twoOpen();
    const before = store.getState().documents;
    store.getState().switchDocument(a);
    expect(store.getState().documents).toBe(before);
    expect(store.getState().activeDocumentId).toBe(a);
  });

  it('an edit makes a new entry for its own document only', () => {
    const { store, a, b } = twoOpen();
    const before = store.getState().documents;
    store.getState().commit('B2', (s) => void (s.description = 'nog een'));
    expect(store.getState().documents[a]).toBe(before[a]);
    expect(store.getState().documents[b]).not.toBe(before[b]);
  });

  it('each document keeps its own uncertainty figures: a switch shows the other one\'s, or none yet', () => {
    const { store, a, b } = twoOpen();
    const figures = { scenario: store.getState().documents[b]!.scenario, figures: null, plan: null, error: 'x', engine: null };
    store.getState().setUncertainty(b, figures);
    expect(uncertaintyOf(store.getState())).toBe(figures);
    store.getState().switchDocument(a);
    expect(uncertaintyOf(store.getState())).toBe(NO_UNCERTAINTY);
    store.getState().switchDocument(b);
    expect(uncertaintyOf(store.getState())).toBe(figures);
    store.getState().clearUncertainty();
    expect(uncertaintyOf(store.getState())).toBe(NO_UNCERTAINTY);
  });

  it('each document keeps its own projection view; a new one starts from the active one', () => {
    const { store, a, b } = twoOpen();
    store.getState().setProjectionView({ tab: 'costs' });
    store.getState().switchDocument(a);
    expect(store.getState().documents[a]!.view.tab).toBe('savings');
    store.getState().switchDocument(b);
    const c = store.getState().openDocument(titled('C'), null);
    expect(store.getState().documents[c]!.view.tab).toBe('costs');
  });
});

describe('variantTitle', () => {
  it('numbers on from 2, skipping titles that are open, and counts on from the base of a variant', () => {
    expect(variantTitle('Zwolle', new Set(['Zwolle']), 'variant')).toBe('Zwolle — variant 2');
    expect(variantTitle('Zwolle', new Set(['Zwolle', 'Zwolle — variant 2']), 'variant')).toBe('Zwolle — variant 3');
    expect(variantTitle('Zwolle — variant 2', new Set(['Zwolle — variant 2']), 'variant')).toBe('Zwolle — variant 3');
  });

  it('stays within the longest title the format allows, so the variant is a valid scenario', () => {
    const long = 'x'.repeat(NAME_MAX);
    const title = variantTitle(long, new Set([long]), 'variant');
    expect(title.length).toBeLessThanOrEqual(NAME_MAX);
    expect(title.endsWith(' — variant 2')).toBe(true);
    expect(parseScenario({ ...voorbeeld, title }).ok).toBe(true);
  });
});
