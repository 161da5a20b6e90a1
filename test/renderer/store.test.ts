// Every edit goes through commit(); undo and redo replay immer patches and keep labels.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Scenario } from '../../shared/scenario/schema';
import { createAppStore } from '../../renderer/store/store';

const voorbeeld = JSON.parse(readFileSync(resolve(__dirname, '../fixtures/voorbeeld.json'), 'utf8')) as Scenario;

describe('scenario store', () => {
  it('undoes and redoes labelled edits in order', () => {
    const store = createAppStore();
    store.getState().loadScenario(voorbeeld, 'voorbeeld.json');
    store.getState().commit('Korting 20% → 15%', (s) => {
      const m = s.measures![0]!;
      if (m.type === 'cut') m.rate = 0.15;
    });
    store.getState().commit('Titel gewijzigd', (s) => {
      s.title = 'Variant B';
    });
    expect(store.getState().past.map((e) => e.label)).toEqual(['Korting 20% → 15%', 'Titel gewijzigd']);
    expect(store.getState().scenario!.title).toBe('Variant B');

    store.getState().undo();
    expect(store.getState().scenario!.title).toBe(voorbeeld.title);
    store.getState().undo();
    expect(store.getState().scenario).toEqual(voorbeeld);
    store.getState().undo(); // nothing left: no change, no error
    expect(store.getState().scenario).toEqual(voorbeeld);

    store.getState().redo();
    store.getState().redo();
    expect(store.getState().scenario!.title).toBe('Variant B');
    const cut = store.getState().scenario!.measures![0]!;
    expect(cut.type === 'cut' && cut.rate).toBe(0.15);
  });

  it('a new edit after undo drops the redo branch; a no-op edit records nothing', () => {
    const store = createAppStore();
    store.getState().loadScenario(voorbeeld, null);
    store.getState().commit('a', (s) => void (s.title = 'A'));
    store.getState().undo();
    store.getState().commit('b', (s) => void (s.title = 'B'));
    expect(store.getState().future).toEqual([]);
    store.getState().commit('nothing', (s) => void (s.title = 'B'));
    expect(store.getState().past.map((e) => e.label)).toEqual(['b']);
  });

  it('loading a file starts a fresh history and leaves the loaded object untouched', () => {
    const store = createAppStore();
    const copy = structuredClone(voorbeeld);
    store.getState().loadScenario(copy, null);
    store.getState().commit('a', (s) => void (s.title = 'A'));
    expect(copy.title).toBe(voorbeeld.title);
    store.getState().loadScenario(voorbeeld, null);
    expect(store.getState().past).toEqual([]);
  });
});
