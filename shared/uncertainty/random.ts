// Seeded randomness for the uncertainty feature: the same seed gives the same draws on every
// machine and in every build (only 32-bit integer arithmetic, no Math.random).
//
// Generator: xoshiro128** (Blackman & Vigna, 2018; https://prng.di.unimi.it/xoshiro128starstar.c),
// 128 bits of state, period 2^128 − 1, passes BigCrush; small and fast in JavaScript with
// Math.imul. Its state is filled from the 32-bit seed by a 32-bit SplitMix (golden-ratio
// increment, then a xorshift–multiply finaliser with constants from Wellons' hash-prospector),
// as Vigna advises seeding xoshiro from SplitMix: nearby seeds (1, 2, 3 …) give unrelated
// streams, and the all-zero state is avoided.
//
// Sampling: triangular(low, mode, high) by inverse CDF, one uniform per draw.

/** A stream of uniform numbers in [0, 1), 32 bits of randomness each (multiples of 2^−32). */
export type Uniform = () => number;

const TWO_POW_32 = 4294967296;

/** The seed as the generator reads it: an integer taken modulo 2^32 (so −1 ≡ 4294967295). */
export function normalizeSeed(seed: number): number {
  if (!Number.isFinite(seed) || !Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  return ((seed % TWO_POW_32) + TWO_POW_32) % TWO_POW_32 >>> 0;
}

/** xoshiro128** seeded through SplitMix32: uniform numbers in [0, 1). */
export function xoshiro128ss(seed: number): Uniform {
  let z = normalizeSeed(seed);
  const splitmix32 = (): number => {
    z = (z + 0x9e3779b9) >>> 0;
    let t = z;
    t = Math.imul(t ^ (t >>> 16), 0x21f0aaad);
    t = Math.imul(t ^ (t >>> 15), 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
  return xoshiro128ssFromState(splitmix32(), splitmix32(), splitmix32(), splitmix32());
}

/** xoshiro128** from a given 128-bit state (four 32-bit words), as in the reference C code. */
export function xoshiro128ssFromState(a: number, b: number, c: number, d: number): Uniform {
  let s0 = a | 0;
  let s1 = b | 0;
  let s2 = c | 0;
  let s3 = d | 0;
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1; // the one state xoshiro cannot leave
  return () => {
    // result = rotl(s1 · 5, 7) · 9
    const x = Math.imul(s1, 5);
    const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result / TWO_POW_32;
  };
}

/**
 * The triangular distribution's CDF at x, for low ≤ mode ≤ high:
 * (x − low)² / ((high − low)(mode − low)) up to the mode, 1 − (high − x)² / ((high − low)(high − mode)) after it.
 * A degenerate range (low = high) is a step at the mode.
 */
export function triangularCdf(x: number, low: number, mode: number, high: number): number {
  if (x < low) return 0;
  if (x >= high) return 1;
  if (x <= mode) return mode === low ? 0 : ((x - low) * (x - low)) / ((high - low) * (mode - low));
  return 1 - ((high - x) * (high - x)) / ((high - low) * (high - mode));
}

/**
 * The inverse of triangularCdf: the value x with F(x) = u, for u in [0, 1].
 * F(mode) = (mode − low)/(high − low); below it x = low + √(u(high − low)(mode − low)),
 * above it x = high − √((1 − u)(high − low)(high − mode)).
 */
export function triangularInverse(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (width === 0) return mode;
  const left = mode - low;
  if (u * width < left) return low + Math.sqrt(u * width * left);
  return high - Math.sqrt((1 - u) * width * (high - mode));
}

/** Checks low ≤ mode ≤ high, all finite. */
export function checkTriangular(low: number, mode: number, high: number): void {
  if (!(Number.isFinite(low) && Number.isFinite(mode) && Number.isFinite(high) && low <= mode && mode <= high)) {
    throw new RangeError(`a triangular distribution needs low ≤ mode ≤ high, got (${low}, ${mode}, ${high})`);
  }
}

/** One draw from triangular(low, mode, high), using one number of `uniform`. */
export function sampleTriangular(uniform: Uniform, low: number, mode: number, high: number): number {
  return triangularInverse(uniform(), low, mode, high);
}
