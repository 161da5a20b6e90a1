// `npm run test:repeat` counts, per test, the runs it took part in and the runs it failed.
import { parseRepeatArgs, repeatReport, tallyRun, type JestJson, type TestTally } from '../../scripts/repeat-tally';

const run = (status: string, fileStatus = 'passed'): JestJson => ({
  numPassedTests: status === 'passed' ? 1 : 0,
  numFailedTests: status === 'failed' ? 1 : 0,
  testResults: [
    {
      name: '/repo/test/e2e/files.test.ts',
      status: fileStatus,
      assertionResults: [
        { fullName: 'files saves', status, failureMessages: status === 'failed' ? ['\nError: NotFoundError: gone\n    at line 262'] : [] },
        { fullName: 'files skipped one', status: 'pending' },
      ],
    },
    { name: '/repo/test/e2e/broken.test.ts', status: 'failed', message: 'SyntaxError: unexpected token', assertionResults: [] },
  ],
});

describe('test:repeat', () => {
  it('takes --times (both spellings) and hands every other argument to Jest', () => {
    expect(parseRepeatArgs(['test/e2e/files.test.ts', '--times', '20'])).toEqual({ times: 20, jestArgs: ['test/e2e/files.test.ts'] });
    expect(parseRepeatArgs(['--selectProjects', 'e2e', '--times=3'])).toEqual({ times: 3, jestArgs: ['--selectProjects', 'e2e'] });
    expect(parseRepeatArgs([])).toEqual({ times: 10, jestArgs: [] });
    expect(() => parseRepeatArgs(['--times', 'x'])).toThrow('--times');
    expect(() => parseRepeatArgs(['--times', '0'])).toThrow('--times');
  });

  it('counts failures per test over the runs, with the first line of the first failure; skipped tests are not counted', () => {
    const counts = new Map<string, TestTally>();
    tallyRun(counts, run('passed'), '/repo');
    tallyRun(counts, run('failed'), '/repo');
    tallyRun(counts, run('passed'), '/repo');
    expect(counts.get('test/e2e/files.test.ts › files saves')).toEqual({ runs: 3, failed: 1, message: 'Error: NotFoundError: gone' });
    expect(counts.has('test/e2e/files.test.ts › files skipped one')).toBe(false);
    expect(counts.get('test/e2e/broken.test.ts › (the file itself)')).toEqual({ runs: 3, failed: 3, message: 'SyntaxError: unexpected token' });
    expect(repeatReport(counts, 3).split('\n')).toEqual([
      '2 tests, 3 runs: 2 failed at least once.',
      '  3/3 failed  test/e2e/broken.test.ts › (the file itself)',
      '      SyntaxError: unexpected token',
      '  1/3 failed  test/e2e/files.test.ts › files saves',
      '      Error: NotFoundError: gone',
    ]);
  });

  it('reports no failing test when every run passed', () => {
    const counts = new Map<string, TestTally>();
    tallyRun(counts, { numPassedTests: 1, numFailedTests: 0, testResults: [{ name: '/repo/a.test.ts', status: 'passed', assertionResults: [{ fullName: 'a', status: 'passed' }] }] }, '/repo');
    expect(repeatReport(counts, 1)).toBe('1 tests, 1 runs: 0 failed at least once.');
  });
});
