// docs/scenario.schema.json is generated from the zod schema (npm run schema) and committed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../../shared/scenario/json-schema';
import { scenarioArb, example } from './support';

const SCHEMA_FILE = path.resolve(__dirname, '../../../docs/scenario.schema.json');

describe('docs/scenario.schema.json', () => {
  test('is what `npm run schema` writes from the zod schema (run it after changing schema.ts)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(scenarioJsonSchemaText());
  });

  // The JSON Schema is for partners' tools; it must accept what the app accepts.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  const validate = ajv.compile(scenarioJsonSchema());

  test('accepts the worked example and generated valid scenarios', () => {
    expect(validate(example())).toBe(true);
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(validate(JSON.parse(JSON.stringify(s)))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('says the structural rules too: unknown fields, year keys, ranges', () => {
    const d = example();
    d.lines[2].wagshare = 1;
    expect(validate(d)).toBe(false);
    const e = example();
    e.target['1999'] = 1;
    expect(validate(e)).toBe(false);
    const f = example();
    f.measures[0].rate = 2;
    expect(validate(f)).toBe(false);
  });
});
