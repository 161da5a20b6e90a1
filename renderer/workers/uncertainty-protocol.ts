// What the projection column asks of the Monte Carlo worker, and what it gets back. The worker
// and the in-process fallback both answer with computeUncertainty(), so a test in jsdom runs the
// very code the worker runs: shared/uncertainty's simulate() and sensitivity(), nothing else.
import { countsInProjection } from '../../shared/scenario/measure-facts';
import type { Scenario } from '../../shared/scenario/schema';
import { simulate, type UncertaintyResult } from '../../shared/uncertainty/monte-carlo';
import { sensitivity, type SensitivityResult } from '../../shared/uncertainty/sensitivity';

/** The seed of the app's band: fixed, so the band holds still while unrelated fields are edited. */
export const UNCERTAINTY_SEED = 1;
/** Draws for a scenario of ordinary size (Guesstimate's 5,000). */
export const DRAWS = 5000;
/** Draws for a large scenario, so that its band still follows an edit within about a second. */
export const DRAWS_LARGE = 1000;
/**
 * Above this many units of work per draw (years × lines × (enabled measures + 1)) a scenario
 * counts as large. The samples are a few hundred; the generated large scenario (300 lines,
 * 60 measures, 31 years) is about 570,000, and 1,000 draws of it take about a second.
 */
export const LARGE_WORK = 50_000;

export interface DrawPlan {
  draws: number;
  seed: number;
  /** True when fewer draws are taken because the scenario is large (the note says so). */
  reduced: boolean;
}

export function drawPlan(scenario: Scenario): DrawPlan {
  const years = scenario.horizon.to - scenario.horizon.from + 1;
  const measures = (scenario.measures ?? []).filter(countsInProjection).length;
  const reduced = years * scenario.lines.length * (measures + 1) > LARGE_WORK;
  return { draws: reduced ? DRAWS_LARGE : DRAWS, seed: UNCERTAINTY_SEED, reduced };
}

/** True when some enabled measure has a range: only then is there a band to draw. */
export function hasUncertainty(scenario: Scenario): boolean {
  return (scenario.measures ?? []).some((m) => countsInProjection(m) && m.uncertainty !== undefined);
}

export interface UncertaintyRequest {
  /** Increases with every request; a response carries its request's number. */
  seq: number;
  scenario: Scenario;
  draws: number;
  seed: number;
}

export interface UncertaintyFigures {
  /** The Monte Carlo band; null when no enabled measure has a range (the band would be a line). */
  band: UncertaintyResult | null;
  /** The tornado of the last year: measure ranges and the indexation and growth assumptions. */
  tornado: SensitivityResult;
}

export type UncertaintyResponse =
  | { seq: number; ok: true; figures: UncertaintyFigures }
  | { seq: number; ok: false; message: string };

/** The whole job of one request; never throws (a failure is a response). */
export function computeUncertainty(request: UncertaintyRequest): UncertaintyResponse {
  const { seq, scenario, draws, seed } = request;
  try {
    const band = hasUncertainty(scenario) ? simulate(scenario, { draws, seed }) : null;
    return { seq, ok: true, figures: { band, tornado: sensitivity(scenario) } };
  } catch (error) {
    return { seq, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
