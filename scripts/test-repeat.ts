// `npm run test:repeat -- [JEST ARGS...] [--times N]`: runs the same Jest selection N times
// (default 10) and reports per test how often it failed. A test that fails in any run is failing:
// CI throws away a submission for one random failure (#25). Examples:
//   npm run test:repeat -- test/e2e/files.test.ts --times 20
//   npm run test:repeat -- --selectProjects e2e --times 10
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseRepeatArgs, repeatReport, tallyRun, type JestJson, type TestTally } from './repeat-tally';

const root = resolve(__dirname, '..');
const { times, jestArgs } = parseRepeatArgs(process.argv.slice(2));
const work = mkdtempSync(join(tmpdir(), 'vcp-repeat-'));
const counts = new Map<string, TestTally>();
let failedRuns = 0;
try {
  for (let run = 1; run <= times; run++) {
    const out = join(work, `run-${run}.json`);
    const started = Date.now();
    const jest = spawnSync(process.execPath, [resolve(root, 'node_modules/jest/bin/jest.js'), ...jestArgs, '--json', `--outputFile=${out}`, '--silent'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let result: JestJson;
    try {
      result = JSON.parse(readFileSync(out, 'utf8')) as JestJson;
    } catch {
      failedRuns += 1;
      console.log(`run ${run}/${times}: Jest wrote no result (exit ${jest.status})\n${(jest.stderr ?? '').slice(-2000)}`);
      continue;
    }
    const before = new Map([...counts].map(([name, e]) => [name, e.failed]));
    tallyRun(counts, result, root);
    if (jest.status !== 0) failedRuns += 1;
    console.log(`run ${run}/${times}: ${result.numPassedTests} passed, ${result.numFailedTests} failed (${Math.round((Date.now() - started) / 1000)} s)`);
    for (const [name, e] of counts) if (e.failed > (before.get(name) ?? 0)) console.log(`  failed: ${name}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`\n${repeatReport(counts, times)}`);
process.exit(failedRuns > 0 ? 1 : 0);
