// `npm run schema`: writes docs/scenario.schema.json from the zod schema.
// A test fails when the committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scenarioJsonSchemaText } from '../shared/scenario/json-schema';

const SCHEMA_FILE = resolve(__dirname, '..', 'docs', 'scenario.schema.json');

writeFileSync(SCHEMA_FILE, scenarioJsonSchemaText(), 'utf8');
console.log(`wrote ${SCHEMA_FILE}`);
