// The repository stands on its own: no code, script or test reaches a path above the repository
// root (a relative path with more `../` than the file is deep), so a clone is all it needs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sourceFiles } from '../support/source-files';

const ROOT = path.resolve(__dirname, '../..');
const FOLDERS = ['shared', 'renderer', 'electron', 'cli', 'scripts', 'test', 'bench', 'node'];
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;

const files = (dir: string): string[] => sourceFiles(dir, SOURCE);

/** A line that climbs out on purpose (a refused path traversal in a test) says so. */
const ON_PURPOSE = 'climbs out on purpose';

/** Relative paths in string literals that climb above the repository root from `file`. */
function escapes(file: string, text: string): string[] {
  const depth = path.relative(ROOT, path.dirname(file)).split(path.sep).filter(Boolean).length;
  const found: string[] = [];
  for (const line of text.split('\n')) {
    if (line.includes(ON_PURPOSE)) continue;
    for (const match of line.matchAll(/['"`]((?:\.\.\/)+)([^'"`]*)['"`]/g)) {
      if (match[1]!.length / 3 > depth) found.push(`${match[1]}${match[2]}`);
    }
  }
  return found;
}

describe('the repository stands on its own', () => {
  it('finds a path that climbs out (the check can fail)', () => {
    // Four levels up from test/shared/engine is beside the repository (the path is built, so that
    // no grep for such paths finds it written here).
    const outside = `${'../'.repeat(4)}${['shared', 'spec', 'examples', 'voorbeeld.json'].join('/')}`;
    expect(escapes(path.join(ROOT, 'test/shared/engine/x.test.ts'), `path.resolve(__dirname, '${outside}')`)).toEqual([outside]);
    expect(escapes(path.join(ROOT, 'test/shared/engine/x.test.ts'), "import { a } from '../../../shared/engine/project';")).toEqual([]);
    expect(escapes(path.join(ROOT, 'test/electron/x.test.ts'), "save('../../../etc/passwd'); // climbs out on purpose")).toEqual([]);
  });

  it('no source file reaches above the repository root', () => {
    const all = FOLDERS.flatMap((f) => files(path.join(ROOT, f))).filter((f) => f !== __filename);
    expect(all.length).toBeGreaterThan(100);
    const out = all.flatMap((file) => escapes(file, readFileSync(file, 'utf8')).map((p) => `${path.relative(ROOT, file)}: ${p}`));
    expect(out).toEqual([]);
  });
});
