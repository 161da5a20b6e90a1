// Largest-remainder apportionment (scenario-format.md, "Rounding"): whole numbers that add up
// exactly to `total`, each as close as possible to its exact part.
// Floors first; the remainder is handed out one at a time to the largest fractional parts
// (first index on ties); a negative remainder is taken from the smallest fractional parts
// (last index on ties); round again while the remainder exceeds the number of parts.
// A part whose exact value is 0 stays 0 and takes no part.
export function apportion(exact: readonly number[], total: number): number[] {
  const result = exact.map((x) => (x === 0 ? 0 : Math.floor(x)));
  let remainder = total;
  for (const r of result) remainder -= r;
  if (remainder === 0) return result;
  const active: number[] = [];
  for (let i = 0; i < exact.length; i++) if (exact[i] !== 0) active.push(i);
  if (active.length === 0) return result;
  const frac = (i: number) => (exact[i] as number) - Math.floor(exact[i] as number);
  // One sort, in the direction the remainder needs.
  const order =
    remainder > 0
      ? active.sort((a, b) => frac(b) - frac(a) || a - b)
      : active.sort((a, b) => frac(a) - frac(b) || b - a);
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
