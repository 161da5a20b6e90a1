// Prints one plain line, `N passed, N failed[, N skipped]`, summed over every Jest project, and
// writes the same counts to test-results/jest-summary.json for scripts/test.mjs to add up.
const { mkdirSync, writeFileSync } = require('node:fs');
const { resolve } = require('node:path');

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }
  onRunComplete(_contexts, results) {
    const counts = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    const dir = resolve(this.rootDir, 'test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(resolve(dir, 'jest-summary.json'), JSON.stringify(counts));
    const tail = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
    process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed${tail}\n`);
  }
}
module.exports = SummaryReporter;
