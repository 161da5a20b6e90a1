import fc from 'fast-check';
import { toThousands } from '../../../shared/format/thousands';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('toThousands', () => {
  it('rounds parts so that they add up to the rounded total', () => {
    // Each part alone rounds to 1, three of them to 3, but the total rounds to 2.
    expect(toThousands([600, 600, 600], 1800)).toEqual({ parts: [1, 1, 0], total: 2 });
    // The worked example's 2022 effects: 102 591 + 565 270 − 38 000 = 629 861.
    expect(toThousands([102591, 565270, -38000], 629861)).toEqual({ parts: [103, 565, -38], total: 630 });
  });

  it('leaves an exact zero at zero and never gives −0', () => {
    expect(toThousands([0, 1499, 0], 1499)).toEqual({ parts: [0, 1, 0], total: 1 });
    const { total, parts } = toThousands([-400], -400);
    expect(Object.is(total, 0)).toBe(true);
    expect(parts).toEqual([-0 + 0]);
  });

  it('handles a column that sums to a negative total (costs)', () => {
    const r = toThousands([-1500, -1500, 200], -2800);
    expect(r.total).toBe(-3);
    expect(sum(r.parts)).toBe(-3);
  });

  it('always adds up, each part within one thousand of its exact value', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5_000_000, max: 5_000_000 }), { maxLength: 12 }), (parts) => {
        const r = toThousands(parts, sum(parts));
        expect(sum(r.parts)).toBe(r.total);
        r.parts.forEach((p, i) => expect(Math.abs(p - parts[i]! / 1000)).toBeLessThan(1));
      }),
    );
  });
});
