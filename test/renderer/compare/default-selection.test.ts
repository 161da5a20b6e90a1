// What the compare screen ticks at first (#24 item 8): the variant and its origin, the origin as
// reference A; an unrelated sample in another tab is left out.
import { defaultComparison, type FamilyMember } from '../../../renderer/components/compare/default-selection';
import { useAppStore } from '../../../renderer/store/store';
import { openDocuments } from '../../../renderer/store/documents-slice';
import { stichtseVecht, voorbeeld } from '../../shared/compare/support';

const doc = (id: string, variantOf: string | null = null, active = false): FamilyMember => ({ id, variantOf, active });

describe('defaultComparison', () => {
  it('takes the active variant and its origin, the origin first, and leaves an unrelated tab out', () => {
    expect(defaultComparison([doc('sample'), doc('plan'), doc('variant', 'plan', true)])).toEqual(['plan', 'variant']);
  });

  it('from the origin too, with every variant of it and of its variants', () => {
    expect(defaultComparison([doc('v1', 'plan'), doc('plan', null, true), doc('other'), doc('v2', 'v1')])).toEqual(['plan', 'v1', 'v2']);
  });

  it('a closed origin: the variants made from it stay together under the first open ancestor', () => {
    expect(defaultComparison([doc('v1', 'closed', true), doc('v2', 'v1'), doc('x')])).toEqual(['v1', 'v2']);
  });

  it('without a family, every open scenario in tab order', () => {
    expect(defaultComparison([doc('a'), doc('b', null, true), doc('c')])).toEqual(['a', 'b', 'c']);
  });

  it('survives a cycle in the links', () => {
    expect(defaultComparison([doc('a', 'b', true), doc('b', 'a')]).sort()).toEqual(['a', 'b']);
  });
});

describe('a variant knows its origin', () => {
  it('Variant maken records the document it was made from', () => {
    const store = useAppStore.getState();
    const sample = store.openDocument(stichtseVecht(), 'voorbeeld.vcscenario.json');
    const plan = useAppStore.getState().openDocument(voorbeeld(), 'plan.vcscenario.json');
    const variant = useAppStore.getState().duplicateDocument('plan (variant)');
    const docs = openDocuments(useAppStore.getState());
    expect(docs.map((d) => [d.id, d.variantOf])).toEqual([
      [sample, null],
      [plan, null],
      [variant, plan],
    ]);
    expect(defaultComparison(docs)).toEqual([plan, variant]);
  });
});
