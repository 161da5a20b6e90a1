// Largest-remainder apportionment (scenario-format.md, "Rounding"): whole numbers that add up
// exactly to `total`, each as close as possible to its exact part.
// Floors first; the remainder is handed out one at a time to the largest fractional parts
// (first index on ties); a negative remainder is taken from the smallest fractional parts
// (last index on ties); round again while the remainder exceeds the number of parts.
// A part whose exact value is 0 stays 0 and takes no part.
export function apportion(exact: readonly number[], total: number): number[] {
  const result = exact.map((x) => (x === 0 ? 0 : Math.floor(x)));
  const active = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).filter(({ i }) => exact[i] !== 0);
  let remainder = total - result.reduce((a, b) => a + b, 0);
  if (active.length === 0) return result;
  const byLargest = [...active].sort((a, b) => b.frac - a.frac || a.i - b.i);
  const bySmallest = [...active].sort((a, b) => a.frac - b.frac || b.i - a.i);
  while (remainder !== 0) {
    const order = remainder > 0 ? byLargest : bySmallest;
    const step = remainder > 0 ? 1 : -1;
    for (const { i } of order) {
      if (remainder === 0) break;
      result[i] = (result[i] ?? 0) + step;
      remainder -= step;
    }
  }
  return result;
}

/** Round half away from zero, to whole units. */
export function roundHalfAway(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}
