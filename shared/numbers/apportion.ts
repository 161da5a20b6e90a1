// Largest-remainder apportionment (scenario-format.md, "Rounding"): whole numbers that add up
// exactly to `total`, each as close as possible to its exact part.
// Floors first; the remainder is handed out one at a time to the largest fractional parts
// (first index on ties); a negative remainder is taken from the smallest fractional parts
// (last index on ties); round again while the remainder exceeds the number of parts.
// A part whose exact value is 0 stays 0 and takes no part. A part that is a whole number
// already (a cut of € 30.000) keeps it while some part with a fraction can take the remainder:
// only when none has a fraction does it go to the whole parts, the largest first (first index
// on ties; last index for a negative remainder). A part within WHOLE_WITHIN of a whole number is
// that number (0.7 × 87150 is 61004.99999999999 in floating point).
//
// Terminates for any input: the whole rounds are handed out by one division, not one at a time,
// so the time is one sort of the parts whatever the remainder. Parts and total that are not
// finite, or a remainder to hand out that is not a whole number within Number.MAX_SAFE_INTEGER
// (a total that is not whole; numbers so large that whole numbers are no longer exact) are
// refused with a RangeError: no split of them adds up (the engine's figures stay far below that: scenario-format.md, "Limits").

/** How close to a whole number a part counts as that whole number: far below a cent, far above floating-point noise. */
export const WHOLE_WITHIN = 1e-6;

/** The part as apportion() reads it: a whole number when it lies within WHOLE_WITHIN of one. */
export function wholeOrExact(x: number): number {
  const nearest = Math.round(x);
  return Math.abs(x - nearest) < WHOLE_WITHIN ? nearest + 0 : x;
}

export function apportion(exact: readonly number[], total: number): number[] {
  if (!Number.isFinite(total)) throw new RangeError(`apportion: the total is ${total}, not a finite number`);
  const n = exact.length;
  const result = new Array<number>(n);
  const parts = new Float64Array(n);
  let remainder = total;
  let withFraction = 0;
  for (let i = 0; i < n; i++) {
    const x = exact[i] as number;
    if (!Number.isFinite(x)) throw new RangeError(`apportion: part ${i} is ${x}, not a finite number`);
    if (x === 0) {
      result[i] = 0;
      continue;
    }
    const part = wholeOrExact(x);
    parts[i] = part;
    const r = Math.floor(part);
    result[i] = r;
    remainder -= r;
    if (r !== part) withFraction++;
  }
  if (remainder === 0) return result;
  // The parts that take the remainder, with what orders them: the fractional parts when some
  // part has one, else every whole part by its size. Computed once, not in every comparison of
  // the sort (the projection apportions every year: 60 measures × 30 years in the large scenario).
  const active: number[] = [];
  const key = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (exact[i] === 0) continue;
    const part = parts[i] as number;
    const fraction = part - Math.floor(part);
    if (withFraction > 0 && fraction === 0) continue;
    active.push(i);
    key[i] = withFraction > 0 ? fraction : Math.abs(part);
  }
  if (active.length === 0) return result;
  if (!Number.isSafeInteger(remainder)) {
    throw new RangeError(`apportion: ${total} minus the parts rounded down is ${remainder}, not a whole number within ±${Number.MAX_SAFE_INTEGER}`);
  }
  // One sort, in the direction the remainder needs: a positive remainder to the largest
  // fractions, a negative one from the smallest; among whole parts the largest first either way.
  const first = (a: number, b: number) => (key[b] as number) - (key[a] as number);
  const order =
    remainder > 0
      ? active.sort((a, b) => first(a, b) || a - b)
      : active.sort((a, b) => (withFraction > 0 ? -first(a, b) : first(a, b)) || b - a);
  // Every whole round at once (each active part takes `rounds` more), then one more each for
  // the first `rest` in order: what handing out one at a time, round after round, gives.
  const count = order.length;
  const size = Math.abs(remainder);
  const rounds = Math.floor(size / count);
  const rest = size - rounds * count;
  const step = remainder > 0 ? 1 : -1;
  for (let k = 0; k < count; k++) {
    const i = order[k] as number;
    result[i] = (result[i] as number) + step * (rounds + (k < rest ? 1 : 0));
  }
  return result;
}

/** Round half away from zero, to whole units. */
export function roundHalfAway(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}
