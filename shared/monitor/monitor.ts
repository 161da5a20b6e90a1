// The realisation monitor (#22): per measure and year what was planned (its apportioned effect
// in the projection) against what was realised (`realised`, format version 2), a traffic light,
// the shortfall, and how the year's shortfall is covered by measures that realised more than
// planned. Made for the council each quarter; the app's view and every monitor export read it.
import type { Projection } from '../engine/types';
import { natureOf, statusOf } from '../scenario/measure-facts';
import type { MeasureStatus, Nature, Scenario } from '../scenario/schema';
import { roundEuro } from '../engine/project';

export type TrafficLight = 'green' | 'orange' | 'red';

/** Realised ÷ planned: green from 90 %, orange from 50 %, red below. */
export const LIGHT_THRESHOLDS = { green: 0.9, orange: 0.5 } as const;

/** The light of a year: null where nothing is realised yet, or nothing (or a cost) was planned. */
export function trafficLight(planned: number, realised: number | null): TrafficLight | null {
  if (realised === null || planned <= 0) return null;
  const share = realised / planned;
  if (share >= LIGHT_THRESHOLDS.green) return 'green';
  if (share >= LIGHT_THRESHOLDS.orange) return 'orange';
  return 'red';
}

export interface MonitorMeasure {
  id: string;
  name: string;
  status: MeasureStatus;
  nature: Nature;
  /** Whether the measure counts in the projection (enabled, not PM); planned is 0 when not. */
  counts: boolean;
  /** Per year: the apportioned effect in the projection, whole euros. */
  planned: number[];
  /** Per year: the listed realised amount, rounded; null where not reported. */
  realised: (number | null)[];
  /** Per year: planned − realised where reported (positive: short). */
  shortfall: (number | null)[];
  light: (TrafficLight | null)[];
}

export interface Monitor {
  title: string;
  years: number[];
  measures: MonitorMeasure[];
  /** Per year, over all measures. */
  totals: {
    planned: number[];
    riskWeighted: number[];
    /** Σ realised (projection.savings.realised); null where no measure reports the year. */
    realised: (number | null)[];
    /** Σ planned of the measures that report the year; null where none does. */
    plannedReported: (number | null)[];
    /** Σ of the shortfalls of measures short of plan. */
    short: (number | null)[];
    /** Σ of what measures realised beyond plan: it covers shortfalls first. */
    surplus: (number | null)[];
    /** short − surplus where positive: still to be covered. 0 when covered. */
    uncovered: (number | null)[];
  };
  /** Per year: how many reported measure-years had each light. */
  lights: Record<TrafficLight, number>;
  /** The last year any measure reports; null when none. */
  lastReportedYear: number | null;
}

/**
 * The monitor of a scenario: every measure that is planned in the projection or reports a
 * realisation, in file order. Planned figures are the projection's, so the monitor adds up to it.
 */
export function buildMonitor(scenario: Scenario, projection: Projection): Monitor {
  const years = projection.years;
  const Y = years.length;
  const effects = new Map(projection.measures.map((m) => [m.id, m]));
  const measures: MonitorMeasure[] = [];
  for (const m of scenario.measures ?? []) {
    const row = effects.get(m.id);
    if (row === undefined && m.realised === undefined) continue;
    const planned = row ? [...row.effect] : new Array<number>(Y).fill(0);
    const realised = years.map((y) => {
      const v = m.realised?.[String(y)];
      return v === undefined ? null : roundEuro(v);
    });
    measures.push({
      id: m.id,
      name: m.name,
      status: statusOf(m),
      nature: row?.nature ?? natureOf(m),
      counts: row !== undefined,
      planned,
      realised,
      shortfall: realised.map((r, yi) => (r === null ? null : (planned[yi] as number) - r)),
      light: realised.map((r, yi) => trafficLight(planned[yi] as number, r)),
    });
  }
  const perYear = (f: (m: MonitorMeasure, yi: number) => number): (number | null)[] =>
    years.map((_, yi) => {
      const reporting = measures.filter((m) => m.realised[yi] !== null);
      return reporting.length === 0 ? null : reporting.reduce((s, m) => s + f(m, yi), 0);
    });
  const short = perYear((m, yi) => Math.max(m.shortfall[yi] as number, 0));
  const surplus = perYear((m, yi) => Math.max(-(m.shortfall[yi] as number), 0));
  const lights: Record<TrafficLight, number> = { green: 0, orange: 0, red: 0 };
  for (const m of measures) for (const l of m.light) if (l !== null) lights[l] += 1;
  let lastReportedYear: number | null = null;
  projection.savings.realised.forEach((r, yi) => {
    if (r !== null) lastReportedYear = years[yi] as number;
  });
  return {
    title: scenario.title,
    years: [...years],
    measures,
    totals: {
      planned: [...projection.savings.total],
      riskWeighted: [...projection.savings.riskWeighted],
      realised: [...projection.savings.realised],
      plannedReported: perYear((m, yi) => m.planned[yi] as number),
      short,
      surplus,
      uncovered: short.map((s, yi) => (s === null ? null : Math.max(s - (surplus[yi] as number), 0))),
    },
    lights,
    lastReportedYear,
  };
}
