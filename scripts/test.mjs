// `npm test`: every suite — Jest's three layers (unit, component, end-to-end in Chromium) and the
// short durability run — then one plain closing line `N passed, N failed` summed over all of them.
// Extra arguments go to Jest (e.g. `npm test -- test/shared`).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPage } from './build-page.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const summaryFile = resolve(root, 'test-results/jest-summary.json');
const total = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;

rmSync(summaryFile, { force: true });
// The interactive page's script is generated (git-ignored): a clean clone has none until it is built.
try {
  await buildPage();
} catch (error) {
  console.error(`The interactive page's script could not be built: ${error instanceof Error ? error.message : error}`);
  total.failed += 1;
  exitCode = 1;
}
const jest = spawnSync(process.execPath, [resolve(root, 'node_modules/jest/bin/jest.js'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
if (existsSync(summaryFile)) {
  const counts = JSON.parse(readFileSync(summaryFile, 'utf8'));
  for (const k of Object.keys(total)) total[k] += counts[k];
} else {
  total.failed += 1; // Jest did not get as far as reporting: count the run itself as failed
}
if (jest.status !== 0) exitCode = 1;

const durability = resolve(root, 'test/durability/run.ts');
if (process.argv.length <= 2 && existsSync(durability)) {
  const run = spawnSync(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), durability, '--iterations', '30', '--seed', '20261205'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(run.stdout ?? '');
  const lost = /(\d+) saves interrupted, (\d+) files lost/.exec(run.stdout ?? '');
  if (run.status === 0 && lost && lost[2] === '0') total.passed += 1;
  else {
    total.failed += 1;
    exitCode = 1;
  }
}

const tail = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
process.stdout.write(`\n${total.passed} passed, ${total.failed} failed${tail}\n`);
process.exit(exitCode);
