// Reading a YearTable (scenario-format.md, "A YearTable"): two readings, chosen by the field.
//  - listed: only the listed years count, any other year is 0 (indexation; fixed amounts
//    without `continues`);
//  - step: the value at the latest listed year ≤ y; before the first listed year there is none
//    (phaseIn, share, target, fixed amounts with `continues`).
// The engine reads each table once per projection into a series over the years it needs.
import type { YearTable } from '../scenario/schema';

/** The listed years of a table, ascending, with their values. Keys that are not years are skipped. */
export function listedYears(table: YearTable | undefined): { year: number; value: number }[] {
  if (table === undefined) return [];
  const out: { year: number; value: number }[] = [];
  for (const key of Object.keys(table)) {
    const year = Number(key);
    const value = table[key];
    if (Number.isInteger(year) && typeof value === 'number') out.push({ year, value });
  }
  return out.sort((a, b) => a.year - b.year);
}

/** The value listed for exactly `year`, else 0. */
export function listedValue(table: YearTable | undefined, year: number): number {
  return table?.[String(year)] ?? 0;
}

/**
 * The listed year the step reading takes its value from in `year`: the latest listed year ≤ year,
 * or undefined before the first listed year.
 */
export function stepSourceYear(table: YearTable | undefined, year: number): number | undefined {
  let source: number | undefined;
  for (const entry of listedYears(table)) {
    if (entry.year > year) break;
    source = entry.year;
  }
  return source;
}

/**
 * The step reading for each year from..from+count−1: the value at the latest listed year ≤ y,
 * `before` where no year ≤ y is listed.
 */
export function stepSeries(table: YearTable | undefined, from: number, count: number, before: number): Float64Array {
  const out = new Float64Array(count).fill(before);
  if (table === undefined) return out;
  // Listed years in ascending order (tables are small: insertion sort, no objects).
  const years: number[] = [];
  const values: number[] = [];
  for (const key of Object.keys(table)) {
    const year = Number(key);
    if (!Number.isInteger(year)) continue;
    let at = years.length;
    while (at > 0 && (years[at - 1] as number) > year) at--;
    years.splice(at, 0, year);
    values.splice(at, 0, table[key] as number);
  }
  // Each listed year's value holds from its year (or `from`) until the next listed year.
  for (let k = 0; k < years.length; k++) {
    const start = Math.max(0, (years[k] as number) - from);
    const end = k + 1 < years.length ? Math.min(count, (years[k + 1] as number) - from) : count;
    for (let i = start; i < end; i++) out[i] = values[k] as number;
  }
  return out;
}

/** The listed reading for each year from..from+count−1: the listed value, else 0. */
export function listedSeries(table: YearTable | undefined, from: number, count: number): Float64Array {
  const out = new Float64Array(count);
  if (table === undefined) return out;
  for (let i = 0; i < count; i++) out[i] = listedValue(table, from + i);
  return out;
}
