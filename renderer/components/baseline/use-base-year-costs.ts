import { useMemo } from 'react';
import { project } from '../../../shared/engine/project';
import { CURRENT_VERSION, FORMAT_ID, type Line } from '../../../shared/scenario/schema';

export interface BaseYearCosts {
  year: number;
  /** Whole euros per line id, as the projection rounds them. */
  byId: ReadonlyMap<string, number>;
  /** Σ of the rounded line cells: what the projection's baseline total is in the base year. */
  total: number;
}

/**
 * Each line's baseline cost in the base year, from the engine (no formula here): the lines
 * projected over the base year alone. Measures, target and indexation play no part in that
 * year, so they are left out and the projection stays cheap even for 300 lines. The horizon
 * may start later than the base year, so the scenario's own projection does not always hold it.
 */
export function useBaseYearCosts(lines: readonly Line[] | undefined, baseYear: number): BaseYearCosts {
  return useMemo(() => {
    if (!lines || lines.length === 0) return { year: baseYear, byId: new Map(), total: 0 };
    const p = project({
      format: FORMAT_ID,
      version: CURRENT_VERSION,
      title: '-',
      baseYear,
      horizon: { from: baseYear, to: baseYear },
      lines: lines as Line[],
    });
    return {
      year: baseYear,
      byId: new Map(p.lines.map((l) => [l.id, l.baseline[0] ?? 0])),
      total: p.baseline.total[0] ?? 0,
    };
  }, [lines, baseYear]);
}
