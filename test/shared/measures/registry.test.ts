// The registry holds every type the schema allows, each under its own name with the schema's own
// part: the runtime half of the check test/build/measure-registry.test.ts makes at compile time.
import { MEASURE_KINDS, MEASURE_TYPES, measureKind } from '../../../shared/measures/registry';
import { MeasureSchema } from '../../../shared/scenario/schema';

const schemaTypes: string[] = MeasureSchema.options.map((o) => [...o.shape.type.values][0] as string);

describe('the measure registry', () => {
  it('has a kind for every type of the schema, in the schema’s order, and no other', () => {
    expect(MEASURE_TYPES).toEqual(schemaTypes);
  });

  it.each(MEASURE_TYPES)('%s: the kind is of its own type, with the schema’s part for it', (type) => {
    const kind = MEASURE_KINDS[type];
    expect(kind.type).toBe(type);
    expect(kind.schema).toBe(MeasureSchema.options.find((o) => [...o.shape.type.values].includes(type as never)));
    // Every field the type's schema has is placed in the saved order, and no other.
    const common = ['id', 'name', 'type', 'enabled', 'notes', 'uncertainty', 'nature', 'oneOffCosts', 'status', 'probability', 'realised', 'pm'];
    const own = Object.keys(kind.schema.shape).filter((f) => !common.includes(f));
    expect([...kind.fieldOrder].sort()).toEqual(own.sort());
  });

  it('knows no kind for a value that is no type', () => {
    expect(measureKind('dummy')).toBeUndefined();
    expect(measureKind('toString')).toBeUndefined();
    expect(measureKind(3)).toBeUndefined();
    expect(measureKind('cut')).toBe(MEASURE_KINDS.cut);
  });
});
