import fc from 'fast-check';
import {
  normalizeSeed,
  sampleTriangular,
  triangularCdf,
  triangularInverse,
  xoshiro128ss,
  xoshiro128ssFromState,
} from '../../../shared/uncertainty/random';

const TWO_POW_32 = 4294967296;
const take = (next: () => number, count: number) => Array.from({ length: count }, next);

describe('xoshiro128**', () => {
  it('gives the outputs of the reference C code (prng.di.unimi.it) from a given state', () => {
    // Outputs of xoshiro128starstar.c's next(), compiled with gcc, for these two states.
    expect(take(xoshiro128ssFromState(1, 2, 3, 4), 8).map((u) => u * TWO_POW_32)).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849,
    ]);
    expect(take(xoshiro128ssFromState(0xdeadbeef, 0x12345678, 0xffffffff, 0x80000000), 4).map((u) => u * TWO_POW_32)).toEqual([
      2576977301, 2031002624, 493879743, 1881573885,
    ]);
  });

  it('leaves the all-zero state, which would only ever give 0', () => {
    expect(take(xoshiro128ssFromState(0, 0, 0, 0), 10).some((u) => u !== 0)).toBe(true);
  });

  it('is reproducible: the same seed gives the same stream, and a known seed keeps its values', () => {
    expect(take(xoshiro128ss(2024), 1000)).toEqual(take(xoshiro128ss(2024), 1000));
    // Pinned so that a change of the generator (which changes every saved seed's result) is seen.
    expect(take(xoshiro128ss(1), 3)).toEqual([0.09156953264027834, 0.5061978038866073, 0.8881928145419806]);
  });

  it('gives unrelated streams for neighbouring seeds', () => {
    const a = take(xoshiro128ss(1), 100);
    const b = take(xoshiro128ss(2), 100);
    expect(a.filter((u, i) => u === b[i])).toHaveLength(0);
  });

  it('reads the seed modulo 2^32 and refuses a seed that is not an integer', () => {
    expect(normalizeSeed(-1)).toBe(TWO_POW_32 - 1);
    expect(normalizeSeed(TWO_POW_32 + 5)).toBe(5);
    expect(take(xoshiro128ss(-1), 5)).toEqual(take(xoshiro128ss(TWO_POW_32 - 1), 5));
    expect(() => xoshiro128ss(1.5)).toThrow(RangeError);
    expect(() => xoshiro128ss(Number.NaN)).toThrow(RangeError);
  });

  it('gives numbers in [0, 1) with the mean and spread of a uniform', () => {
    const u = take(xoshiro128ss(7), 100_000);
    expect(u.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = u.reduce((a, b) => a + b, 0) / u.length;
    // Standard error of the mean of U(0,1): √(1/12/N) ≈ 0.0009; allow 5 of them.
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / u.length));
    // Ten equal bins, χ² with 9 degrees of freedom: 27.9 is the 0.999 quantile.
    const bins = new Array<number>(10).fill(0);
    for (const x of u) bins[Math.floor(x * 10)]! += 1;
    const expected = u.length / 10;
    const chi2 = bins.reduce((a, b) => a + ((b - expected) * (b - expected)) / expected, 0);
    expect(chi2).toBeLessThan(27.9);
  });
});

describe('triangular distribution', () => {
  const ranges: [number, number, number][] = [
    [0.5, 1, 1.5],
    [0.6, 1, 1.3],
    [1, 1, 2],
    [0, 1, 1],
    [0.8, 1, 1.6],
  ];

  it('inverts its CDF: F(F⁻¹(u)) = u', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        // Kept a little away from the mode: closer, F⁻¹ is ill-conditioned (x − low cancels).
        fc.oneof(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.constant(1)),
        fc.oneof(fc.double({ min: 1.001, max: 3, noNaN: true }), fc.constant(1)),
        (u, low, high) => {
          fc.pre(high > low);
          const x = triangularInverse(u, low, 1, high);
          expect(x).toBeGreaterThanOrEqual(low);
          expect(x).toBeLessThanOrEqual(high);
          expect(triangularCdf(x, low, 1, high)).toBeCloseTo(u, 7);
        },
      ),
    );
  });

  it('has the textbook values: the ends, the mode at F(mode) = (mode − low)/(high − low), the median of a symmetric range', () => {
    expect(triangularInverse(0, 0.5, 1, 1.5)).toBe(0.5);
    expect(triangularInverse(1, 0.5, 1, 1.5)).toBe(1.5);
    expect(triangularInverse(0.5, 0.5, 1, 1.5)).toBe(1);
    expect(triangularInverse(0.4 / 0.7, 0.6, 1, 1.3)).toBeCloseTo(1, 12);
    // P10 of (0.6, 1, 1.3): 0.6 + √(0.1 · 0.7 · 0.4)
    expect(triangularInverse(0.1, 0.6, 1, 1.3)).toBeCloseTo(0.6 + Math.sqrt(0.028), 12);
    // P90: 1.3 − √(0.1 · 0.7 · 0.3)
    expect(triangularInverse(0.9, 0.6, 1, 1.3)).toBeCloseTo(1.3 - Math.sqrt(0.021), 12);
  });

  it('collapses onto the mode when low = high', () => {
    const uniform = xoshiro128ss(3);
    expect(take(() => sampleTriangular(uniform, 1, 1, 1), 100).every((x) => x === 1)).toBe(true);
    expect(triangularCdf(0.999, 1, 1, 1)).toBe(0);
    expect(triangularCdf(1, 1, 1, 1)).toBe(1);
    // A range with the mode at one end: no mass below low = mode, all of it by high = mode.
    expect(triangularCdf(1, 1, 1, 2)).toBe(0);
    expect(triangularCdf(1, 0.5, 1, 1)).toBe(1);
  });

  it.each(ranges)('draws (%p, %p, %p) as the triangular CDF says (Kolmogorov–Smirnov, α = 0.001)', (low, mode, high) => {
    const N = 20_000;
    const uniform = xoshiro128ss(Math.round(low * 1000 + high * 100));
    const x = Float64Array.from({ length: N }, () => sampleTriangular(uniform, low, mode, high)).sort();
    let d = 0;
    for (let i = 0; i < N; i++) {
      const f = triangularCdf(x[i]!, low, mode, high);
      d = Math.max(d, (i + 1) / N - f, f - i / N);
    }
    // The asymptotic critical value of the one-sample KS statistic at α = 0.001 is 1.95/√N.
    expect(d).toBeLessThan(1.95 / Math.sqrt(N));
  });

  it('has the mean (low + mode + high)/3', () => {
    const uniform = xoshiro128ss(11);
    const [low, mode, high] = [0.6, 1, 1.3];
    const N = 50_000;
    const draws = take(() => sampleTriangular(uniform, low, mode, high), N);
    const mean = draws.reduce((a, b) => a + b, 0) / N;
    const variance = (low * low + mode * mode + high * high - low * mode - low * high - mode * high) / 18;
    expect(Math.abs(mean - (low + mode + high) / 3)).toBeLessThan(5 * Math.sqrt(variance / N));
  });
});
