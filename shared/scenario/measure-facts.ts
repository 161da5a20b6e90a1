// What version 2 says of every measure, whatever its type (docs/scenario-format.md, "Version 2,
// exactly"): whether it counts in the projection, its nature, status and probability, with their
// defaults written once; and the lines it works on.
import type { Line, Measure, MeasureStatus, Nature } from './schema';

/** Counts in the projection: enabled and not pro memorie. */
export function countsInProjection(m: Measure): boolean {
  return m.enabled !== false && m.pm !== true;
}

/** The nature given, else: a fixed measure without `continues` is incidental, every other structural. */
export function natureOf(m: Measure): Nature {
  if (m.nature !== undefined) return m.nature;
  return m.type === 'fixed' && m.continues !== true ? 'incidental' : 'structural';
}

export function statusOf(m: Measure): MeasureStatus {
  return m.status ?? 'voorstel';
}

export function probabilityOf(m: Measure): number {
  return m.probability ?? 1;
}

/**
 * The line ids a measure works on: its targets (by id or group), or a shift's two lines. Read from
 * the fields the format names targets with (`lines`, `groups`, `from`, `to`), whatever the type,
 * so a new measure type needs nothing here (its own module is its one home).
 */
export function lineIdsOfMeasure(measure: Measure, lines: readonly Line[]): Set<string> {
  const m = measure as { lines?: unknown; groups?: unknown; from?: unknown; to?: unknown };
  const ids = new Set(Array.isArray(m.lines) ? (m.lines as string[]) : []);
  const groups = new Set(Array.isArray(m.groups) ? (m.groups as string[]) : []);
  const out = new Set(lines.filter((l) => ids.has(l.id) || (l.group !== undefined && groups.has(l.group))).map((l) => l.id));
  for (const end of [m.from, m.to]) if (typeof end === 'string') out.add(end);
  return out;
}
