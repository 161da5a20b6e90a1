// The editor's registry has a part for every measure type of the domain's registry, and each
// type's new measure is of its own type (the typed half: test/build/measure-registry.test.ts).
import { MEASURE_TYPES } from '../../../shared/measures/registry';
import { MEASURE_VIEWS } from '../../../renderer/components/measures/kinds/registry';

describe('the measures editor’s registry', () => {
  it('has a part for every measure type, in the same order', () => {
    expect(Object.keys(MEASURE_VIEWS)).toEqual(MEASURE_TYPES);
  });

  it.each(MEASURE_TYPES)('%s: a new measure is of its own type', (type) => {
    const line = (id: string, kind: 'individual' | 'collective') => ({ id, name: id, kind, volume: 10, unitCost: 100 });
    const lines = [line('a', 'individual'), line('b', 'collective')];
    const made = MEASURE_VIEWS[type].create({ id: 'm', name: 'M', first: '2025', lines, volumeLines: lines });
    expect(made.type).toBe(type);
  });
});
