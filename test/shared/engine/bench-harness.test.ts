// bench/harness.ts: quantiles and the run loop (never timing itself).
import { quantile, runCase } from '../../../bench/harness';

describe('bench harness', () => {
  test('quantile: nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(xs, 0.5)).toBe(50);
    expect(quantile(xs, 0.95)).toBe(95);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });

  test('runs warm-up then the timed runs; a case may skip with a note', async () => {
    let calls = 0;
    const result = await runCase({ name: 'x', targetMs: 1, setup: () => () => calls++ }, { runs: 7, warmup: 3 });
    expect(calls).toBe(10);
    expect(result).toMatchObject({ name: 'x', runs: 7, target_ms: 1 });
    expect(await runCase({ name: 'y', setup: () => 'nothing to run' }, { runs: 1, warmup: 0 })).toEqual({ name: 'y', skipped: 'nothing to run' });
  });
});
