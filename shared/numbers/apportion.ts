// Largest-remainder apportionment (scenario-format.md, "Rounding"): whole numbers that add up
// exactly to `total`, each as close as possible to its exact part.
// Floors first; the remainder is handed out one at a time to the largest fractional parts
// (first index on ties); a negative remainder is taken from the smallest fractional parts
// (last index on ties); round again while the remainder exceeds the number of parts.
// A part whose exact value is 0 stays 0 and takes no part.
//
// Terminates for any input: the whole rounds are handed out by one division, not one at a time,
// so the time is one sort of the parts whatever the remainder. Parts and total that are not
// finite, or a remainder to hand out that is not a whole number within Number.MAX_SAFE_INTEGER
// (a total that is not whole; numbers so large that whole numbers are no longer exact) are
// refused with a RangeError: no split of them adds up (the engine's figures stay far below that: scenario-format.md, "Limits").
export function apportion(exact: readonly number[], total: number): number[] {
  if (!Number.isFinite(total)) throw new RangeError(`apportion: the total is ${total}, not a finite number`);
  const n = exact.length;
  const result = new Array<number>(n);
  let remainder = total;
  for (let i = 0; i < n; i++) {
    const x = exact[i] as number;
    if (!Number.isFinite(x)) throw new RangeError(`apportion: part ${i} is ${x}, not a finite number`);
    const r = x === 0 ? 0 : Math.floor(x);
    result[i] = r;
    remainder -= r;
  }
  if (remainder === 0) return result;
  // The fractional parts once, not in every comparison of the sort (the projection apportions
  // every year: 60 measures × 30 years in the large scenario).
  const active: number[] = [];
  const frac = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = exact[i] as number;
    if (x === 0) continue;
    active.push(i);
    frac[i] = x - Math.floor(x);
  }
  if (active.length === 0) return result;
  if (!Number.isSafeInteger(remainder)) {
    throw new RangeError(`apportion: ${total} minus the parts rounded down is ${remainder}, not a whole number within ±${Number.MAX_SAFE_INTEGER}`);
  }
  // One sort, in the direction the remainder needs.
  const order =
    remainder > 0
      ? active.sort((a, b) => (frac[b] as number) - (frac[a] as number) || a - b)
      : active.sort((a, b) => (frac[a] as number) - (frac[b] as number) || b - a);
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
