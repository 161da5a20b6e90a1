// shared/numbers/apportion.ts as the engine relies on it (scenario-format.md, "Rounding").
import { apportion } from '../../../shared/numbers/apportion';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('apportion (largest remainder)', () => {
  test('hands the remainder to the largest fractional parts', () => {
    expect(apportion([102_590.777, 565_270.316, -38_000], 629_861)).toEqual([102_591, 565_270, -38_000]);
  });

  test('ties on the fractional part: file order', () => {
    expect(apportion([0.5, 0.5, 0.5], 2)).toEqual([1, 1, 0]);
  });

  test('a negative remainder is taken from the smallest fractional parts', () => {
    expect(apportion([1.2, 2.7], 3)).toEqual([1, 2]);
  });

  test('a negative remainder on a tie: reverse file order', () => {
    expect(apportion([1.5, 1.5], 1)).toEqual([1, 0]);
  });

  test('an exact effect of 0 stays 0 and takes no part', () => {
    expect(apportion([0, 0.5, 0.5], 1)).toEqual([0, 1, 0]);
    expect(apportion([0, 0.2, 0], -1)).toEqual([0, -1, 0]);
  });

  test('a remainder larger than the number of parts goes round again', () => {
    expect(apportion([0.1, 0.2], 5)).toEqual([2, 3]);
    expect(apportion([1, 1], -3)).toEqual([-1, -2]);
  });

  test('negative exact parts floor downwards', () => {
    expect(apportion([-0.5, 1.5], 1)).toEqual([0, 1]);
    expect(apportion([-2.25, -0.75], -3)).toEqual([-2, -1]);
  });

  test('all zero: zeros (nothing can take part)', () => {
    expect(apportion([0, 0], 0)).toEqual([0, 0]);
  });

  test('the parts add up to the total whenever one part is not 0', () => {
    for (const [exact, total] of [
      [[3.3, 3.3, 3.4], 10],
      [[1e-9, -1e-9], 1],
      [[7.9, -2.2, 0, 0.01], 4],
    ] as const) {
      expect(sum(apportion(exact, total))).toBe(total);
    }
  });
});
