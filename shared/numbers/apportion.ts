// Largest-remainder apportionment (scenario-format.md, "Rounding"): whole numbers that add up
// exactly to `total`, each as close as possible to its exact part.
// Floors first; the remainder is handed out one at a time to the largest fractional parts
// (first index on ties); a negative remainder is taken from the smallest fractional parts
// (last index on ties); round again while the remainder exceeds the number of parts.
// A part whose exact value is 0 stays 0 and takes no part.
export function apportion(exact: readonly number[], total: number): number[] {
  const n = exact.length;
  const result = new Array<number>(n);
  let remainder = total;
  for (let i = 0; i < n; i++) {
    const x = exact[i] as number;
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
  // One sort, in the direction the remainder needs.
  const order =
    remainder > 0
      ? active.sort((a, b) => (frac[b] as number) - (frac[a] as number) || a - b)
      : active.sort((a, b) => (frac[a] as number) - (frac[b] as number) || b - a);
  const step = remainder > 0 ? 1 : -1;
  while (remainder !== 0) {
    for (const i of order) {
      if (remainder === 0) break;
      result[i] = (result[i] as number) + step;
      remainder -= step;
    }
  }
  return result;
}

/** Round half away from zero, to whole units. */
export function roundHalfAway(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}
