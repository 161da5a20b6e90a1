// shared/numbers/apportion.ts as the engine relies on it (scenario-format.md, "Rounding").
import fc from 'fast-check';
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

  test('a whole part keeps its value while a part with a fraction can take the remainder (#24: € 30.001, € 47.849)', () => {
    // Stichtse Vecht with its 20 % cut switched on beside the three cuts by amount: the line
    // cells' rounding leaves one euro over in 2022 and one short in 2023.
    expect(apportion([30_000, 87_150, 47_850, 658_034.0675], 823_033)).toEqual([30_000, 87_150, 47_850, 658_033]);
    expect(apportion([30_000, 87_150, 47_850, 658_034.0675], 823_036)).toEqual([30_000, 87_150, 47_850, 658_036]);
    // Every part whole: the largest takes it (first index on ties, last for a negative remainder).
    expect(apportion([30_000, 87_150, 47_850, 639_430], 804_431)).toEqual([30_000, 87_150, 47_850, 639_431]);
    expect(apportion([30_000, 87_150, 47_850, 639_430], 804_429)).toEqual([30_000, 87_150, 47_850, 639_429]);
    expect(apportion([5, 5, 1], 12)).toEqual([6, 5, 1]);
    expect(apportion([5, 5, 1], 10)).toEqual([5, 4, 1]);
  });

  test('a part within a millionth of a whole number is that number (floating-point noise)', () => {
    expect(0.7 * 87_150).not.toBe(61_005);
    expect(apportion([0.7 * 87_150, 10.5], 61_015)).toEqual([61_005, 10]);
    expect(apportion([0.7 * 87_150, 10.5], 61_017)).toEqual([61_005, 12]);
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

  test('gives what the rule says, written out plainly, for any parts and total', () => {
    // The rule of scenario-format.md as directly as it can be written: floor, then one whole at
    // a time to the largest fractional parts (first index on ties), or from the smallest (last
    // index on ties), round after round.
    // Whole parts (within a millionth) keep their value while a part with a fraction can take it;
    // else the whole parts take it, the largest first.
    const plain = (exact: readonly number[], total: number): number[] => {
      const parts = exact.map((x) => (Math.abs(x - Math.round(x)) < 1e-6 ? Math.round(x) + 0 : x));
      const result = parts.map((x, i) => (exact[i] === 0 ? 0 : Math.floor(x)));
      let remainder = total - sum(result);
      const frac = (i: number) => (parts[i] as number) - Math.floor(parts[i] as number);
      const nonZero = exact.map((_, i) => i).filter((i) => exact[i] !== 0);
      const fractional = nonZero.filter((i) => frac(i) > 0);
      if (nonZero.length === 0) return result;
      const size = (i: number) => Math.abs(parts[i] as number);
      const order =
        fractional.length > 0
          ? remainder > 0
            ? fractional.sort((a, b) => frac(b) - frac(a) || a - b)
            : fractional.sort((a, b) => frac(a) - frac(b) || b - a)
          : remainder > 0
            ? nonZero.sort((a, b) => size(b) - size(a) || a - b)
            : nonZero.sort((a, b) => size(b) - size(a) || b - a);
      while (remainder !== 0) {
        for (const i of order) {
          if (remainder === 0) break;
          result[i] = (result[i] as number) + Math.sign(remainder);
          remainder -= Math.sign(remainder);
        }
      }
      return result;
    };
    const part = fc.oneof(fc.constant(0), fc.integer({ min: -5_000, max: 5_000 }).map((c) => c / 4), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), fc.integer({ min: -40, max: 40 }), (exact, offset) => {
        const total = sum(exact.map((x) => (x === 0 ? 0 : Math.floor(x)))) + offset;
        expect(apportion(exact, total)).toEqual(plain(exact, total));
      }),
      { numRuns: 500, seed: 20261126 },
    );
  });

  // Each of these looped forever before (issue #23: a `volume: 1e22` sample froze the app).
  test('a remainder of any size is handed out in whole rounds at once, not one at a time', () => {
    expect(apportion([0.5, 0.25], 1e15 + 1)).toEqual([5e14 + 1, 5e14]);
    expect(apportion([0.5, 0.25], -(2 ** 53 - 1))).toEqual([-(2 ** 52) + 1, -(2 ** 52)]);
  });

  test('refuses parts or a total that are not finite, and a remainder that is not a safe whole number', () => {
    expect(() => apportion([Number.NaN, 1], 1)).toThrow(RangeError);
    expect(() => apportion([1, Infinity], 1)).toThrow(RangeError);
    expect(() => apportion([0.5, 0.5], Number.NaN)).toThrow(RangeError);
    expect(() => apportion([0.5, 0.5], -Infinity)).toThrow(RangeError);
    expect(() => apportion([0.5], 0.5)).toThrow(RangeError);
  });
});
