// What version 2 says of every measure, whatever its type (docs/scenario-format.md, "Version 2,
// exactly"): whether it counts in the projection, its nature, status and probability, with their
// defaults written once.
import type { Measure, MeasureStatus, Nature } from './schema';

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
