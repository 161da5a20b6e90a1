// A new measure type, tried in the test build only: the compiler, run over the production code
// with a dummy type added to the schema, must point at the registries and nowhere else, and a
// registry entry that lacks parts must be refused with the parts named. The schema and the
// registry are changed in memory (a compiler host that serves patched text); no file is written.
// Without the patches the tree has no type error at all: test/build/typecheck.test.ts.
import { resolve } from 'node:path';
import ts from 'typescript';

jest.setTimeout(180_000);

const root = resolve(__dirname, '../..');
const SCHEMA = resolve(root, 'shared/scenario/schema.ts');
const REGISTRY = resolve(root, 'shared/measures/registry.ts');
const VIEWS = resolve(root, 'renderer/components/measures/kinds/registry.ts');

/** The schema with a type 'dummy' in the measures' union. */
function schemaWithDummy(text: string): string {
  const union = 'export const MeasureSchema = z.discriminatedUnion(\'type\', [';
  expect(text).toContain(union);
  return text.replace(
    union,
    `export const DummyMeasureSchema = z.strictObject({ ...measureCommon, type: z.literal('dummy'), size: z.number() });\n${union}\n  DummyMeasureSchema,`,
  );
}

/** The registry with a 'dummy' entry that has some parts only. */
function registryWithPartialDummy(text: string): string {
  const last = '  fixed: fixedKind,\n';
  expect(text).toContain(last);
  // Its words are texts of the catalogue (a real type adds its own to the measureKinds area).
  return `import { DummyMeasureSchema } from '../scenario/schema';\nimport { text } from '../i18n/text';\n${text.replace(
    last,
    `${last}  dummy: { type: 'dummy', schema: DummyMeasureSchema, fieldOrder: ['size'], words: { title: text('measureKinds.cut.name'), noun: text('measureKinds.cut.noun') } },\n`,
  )}`;
}

const parsed = ts.getParsedCommandLineOfConfigFile(resolve(root, 'tsconfig.json'), {}, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (d) => {
    throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  },
}) as ts.ParsedCommandLine;
/** The production code: what ships (tests, scripts and bench aside). */
const production = parsed.fileNames.filter((f) => /^\/(shared|renderer|cli|electron|node)\//.test(f.slice(root.length)));

let previous: ts.Program | undefined;
/** The type errors of the production code, with some files' text replaced: "file: message" per error. */
function typeErrors(patches: ReadonlyMap<string, (text: string) => string>): { file: string; message: string }[] {
  const host = ts.createCompilerHost(parsed.options, true);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const patch = patches.get(resolve(fileName));
    if (patch === undefined) return read(fileName, languageVersion, onError, shouldCreate);
    return ts.createSourceFile(fileName, patch(ts.sys.readFile(fileName) as string), languageVersion, true);
  };
  const program = ts.createProgram({ rootNames: production, options: parsed.options, host, oldProgram: previous });
  previous = program;
  return ts.getPreEmitDiagnostics(program).map((d) => ({
    file: d.file ? d.file.fileName.slice(root.length + 1) : '(no file)',
    message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  }));
}

describe('a new measure type (a dummy, in the test build only)', () => {
  it('added to the schema only: the compiler names the two registries, and only them', () => {
    const errors = typeErrors(new Map([[SCHEMA, schemaWithDummy]]));
    expect([...new Set(errors.map((e) => e.file))].sort()).toEqual([VIEWS, REGISTRY].map((f) => f.slice(root.length + 1)));
    for (const e of errors) expect(e.message).toMatch(/dummy/);
  });

  it('with a registry entry that lacks parts: the compiler lists the missing parts', () => {
    const errors = typeErrors(new Map([[SCHEMA, schemaWithDummy], [REGISTRY, registryWithPartialDummy]]));
    const inRegistry = errors.filter((e) => e.file === 'shared/measures/registry.ts');
    expect(inRegistry).toHaveLength(1);
    // TypeScript names the first few missing properties and counts the rest.
    expect(inRegistry[0]?.message).toMatch(/missing the following properties[^]*check, compile, describe, strength/);
    // The editor's registry still asks for its own part.
    expect(errors.map((e) => e.file)).toContain(VIEWS.slice(root.length + 1));
  });
});
