// Strict TypeScript over the whole tree: a type error anywhere fails the tests, not only the IDE.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

jest.setTimeout(180_000);

it('the whole tree type-checks (tsc --noEmit, strict)', () => {
  const root = resolve(__dirname, '../..');
  const run = spawnSync(process.execPath, [resolve(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', '.'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(run.stdout.trim()).toBe('');
  expect(run.status).toBe(0);
});
