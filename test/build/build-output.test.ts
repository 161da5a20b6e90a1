// `npm start` and `npm run web` build the renderer with scripts/build.mjs: a fresh user sees no
// warning from it (issue #24: Rolldown's INEFFECTIVE_DYNAMIC_IMPORT, printed with raw colour
// codes, for a module the browser platform imported dynamically while the app imports it anyway).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

jest.setTimeout(120_000);

it('the web build prints nothing: no warning, no colour codes', () => {
  const run = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--web'], { cwd: root, encoding: 'utf8' });
  expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 0, stdout: '', stderr: '' });
});
