// Every edit goes through commit(); undo and redo replay immer patches and keep labels.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Scenario } from '../../shared/scenario/schema';
import { currentSeq } from '../../renderer/store/documents-slice';
import { scenarioSelectors } from '../../renderer/store/scenario-slice';
import { createAppStore } from '../../renderer/store/store';
import { active } from './active';

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
    expect(active(store.getState()).past.map((e) => e.label)).toEqual(['Korting 20% → 15%', 'Titel gewijzigd']);
    expect(active(store.getState()).scenario!.title).toBe('Variant B');

    store.getState().undo();
    expect(active(store.getState()).scenario!.title).toBe(voorbeeld.title);
    store.getState().undo();
    expect(active(store.getState()).scenario).toEqual(voorbeeld);
    store.getState().undo(); // nothing left: no change, no error
    expect(active(store.getState()).scenario).toEqual(voorbeeld);

    store.getState().redo();
    store.getState().redo();
    expect(active(store.getState()).scenario!.title).toBe('Variant B');
    const cut = active(store.getState()).scenario!.measures![0]!;
    expect(cut.type === 'cut' && cut.rate).toBe(0.15);
  });

  it('a new edit after undo drops the redo branch; a no-op edit records nothing', () => {
    const store = createAppStore();
    store.getState().loadScenario(voorbeeld, null);
    store.getState().commit('a', (s) => void (s.title = 'A'));
    store.getState().undo();
    store.getState().commit('b', (s) => void (s.title = 'B'));
    expect(active(store.getState()).future).toEqual([]);
    store.getState().commit('nothing', (s) => void (s.title = 'B'));
    expect(active(store.getState()).past.map((e) => e.label)).toEqual(['b']);
  });

  it('loading a file starts a fresh history and leaves the loaded object untouched', () => {
    const store = createAppStore();
    const copy = JSON.parse(JSON.stringify(voorbeeld)) as Scenario;
    store.getState().loadScenario(copy, null);
    store.getState().commit('a', (s) => void (s.title = 'A'));
    expect(copy.title).toBe(voorbeeld.title);
    store.getState().loadScenario(voorbeeld, null);
    expect(active(store.getState()).past).toEqual([]);
  });
});

describe('validated and coalesced edits', () => {
  it('tryCommit refuses an edit that makes the scenario invalid and says where', () => {
    const store = createAppStore();
    store.getState().loadScenario(voorbeeld, null);
    const problems = store.getState().tryCommit('Horizon', (s) => void (s.horizon.to = 2200));
    expect(problems.map((p) => p.path)).toContain('horizon.to');
    expect(active(store.getState()).scenario).toEqual(voorbeeld);
    expect(active(store.getState()).past).toEqual([]);
    expect(store.getState().tryCommit('Horizon', (s) => void (s.horizon.to = 2024))).toEqual([]);
    expect(active(store.getState()).scenario!.horizon.to).toBe(2024);
  });

  it('a slider drag with one coalesce key is one undo step', () => {
    const store = createAppStore();
    store.getState().loadScenario(voorbeeld, null);
    for (const rate of [0.19, 0.18, 0.17, 0.15]) {
      store.getState().commit(`Korting ${rate * 100}%`, (s) => {
        const m = s.measures![0]!;
        if (m.type === 'cut') m.rate = rate;
      }, { coalesce: 'korting.rate' });
    }
    expect(active(store.getState()).past).toHaveLength(1);
    expect(active(store.getState()).past[0]!.label).toBe('Korting 15%');
    store.getState().undo();
    expect(active(store.getState()).scenario).toEqual(voorbeeld);
  });

  it('a long drag keeps one patch each way, and undo and redo still land on the first and last value', () => {
    const store = createAppStore();
    store.getState().loadScenario(voorbeeld, null);
    const rate = (r: number) => (s: Scenario) => {
      const m = s.measures![0]!;
      if (m.type === 'cut') m.rate = r;
    };
    for (let i = 1; i <= 300; i++) store.getState().commit('Korting', rate(0.2 - i / 1000), { coalesce: 'korting.rate' });
    const step = active(store.getState()).past[0]!;
    expect(step.patches).toHaveLength(1);
    expect(step.inversePatches).toHaveLength(1);
    const after = active(store.getState()).scenario;
    expect(after!.measures![0]).toMatchObject({ rate: 0.2 - 300 / 1000 });
    store.getState().undo();
    expect(active(store.getState()).scenario).toEqual(voorbeeld);
    store.getState().redo();
    expect(active(store.getState()).scenario).toEqual(after);
  });

  it('edits of different fields under one coalesce key all undo and redo together', () => {
    const store = createAppStore();
    store.getState().loadScenario(voorbeeld, null);
    const edits: ((s: Scenario) => void)[] = [
      (s) => void (s.measures![0]!.name = 'Eerst'),
      (s) => void (s.title = 'Titel'),
      (s) => void (s.title = 'Titel 2'),
      // A path of the same length as the last: not the same path.
      (s) => void (s.municipality = 'Gemeente'),
      (s) => void (s.measures![0]!.name = 'Daarna'),
      (s) => void (s.measures![0]!.name = 'Laatst'),
    ];
    for (const edit of edits) store.getState().commit('Bewerking', edit, { coalesce: 'k' });
    const after = active(store.getState()).scenario!;
    expect(after.title).toBe('Titel 2');
    expect(after.municipality).toBe('Gemeente');
    expect(after.measures![0]!.name).toBe('Laatst');
    expect(active(store.getState()).past).toHaveLength(1);
    store.getState().undo();
    expect(active(store.getState()).scenario).toEqual(voorbeeld);
    store.getState().redo();
    expect(active(store.getState()).scenario).toEqual(after);
  });
});

describe('the saved point (unsaved changes)', () => {
  const dirty = (store: ReturnType<typeof createAppStore>) => scenarioSelectors.dirty(store.getState());

  it('a file just opened is clean; an edit makes it dirty; undo back to the saved point cleans it', () => {
    const store = createAppStore();
    store.getState().loadScenario(voorbeeld, 'voorbeeld.json', { handle: 'h' });
    expect(dirty(store)).toBe(false);
    store.getState().commit('a', (s) => void (s.title = 'A'));
    expect(dirty(store)).toBe(true);
    store.getState().undo();
    expect(dirty(store)).toBe(false);
    store.getState().redo();
    expect(dirty(store)).toBe(true);
  });

  it('saved after two edits: undo makes it dirty, redo clean again', () => {
    const store = createAppStore();
    store.getState().loadScenario(voorbeeld, null);
    store.getState().commit('a', (s) => void (s.title = 'A'));
    store.getState().commit('b', (s) => void (s.title = 'B'));
    store.getState().updateDocument(store.getState().activeDocumentId!, { savedSeq: currentSeq(active(store.getState())), fileName: 'b.vcscenario.json', fileHandle: 'h' });
    expect(dirty(store)).toBe(false);
    expect(active(store.getState())).toMatchObject({ fileName: 'b.vcscenario.json', fileHandle: 'h' });
    store.getState().undo();
    expect(dirty(store)).toBe(true);
    store.getState().redo();
    expect(dirty(store)).toBe(false);
  });

  it('once the saved step is dropped from the history (undo, then a new edit) it cannot come back', () => {
    const store = createAppStore();
    store.getState().loadScenario(voorbeeld, null);
    store.getState().commit('a', (s) => void (s.title = 'A'));
    store.getState().updateDocument(store.getState().activeDocumentId!, { savedSeq: currentSeq(active(store.getState())), fileName: 'a.json', fileHandle: 'h' });
    store.getState().undo();
    store.getState().commit('b', (s) => void (s.title = 'B'));
    store.getState().undo();
    expect(dirty(store)).toBe(true); // back at the start, which is not what was saved
  });

  it('restored work is unsaved from the start; closing leaves nothing', () => {
    const store = createAppStore();
    store.getState().loadScenario(voorbeeld, 'x.json', { handle: 'h', dirty: true });
    expect(dirty(store)).toBe(true);
    store.getState().closeScenario();
    expect({ ...store.getState(), ...active(store.getState()) }).toMatchObject({ scenario: null, fileName: null, fileHandle: null, view: 'start' });
    expect(dirty(store)).toBe(false);
  });
});
