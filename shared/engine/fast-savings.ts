// Savings only, many times over: the same scenario projected again and again with other
// strength factors (Monte Carlo, tornado). The scenario is compiled once; each run re-applies
// the strength step to the compiled measures, runs simulateYear and rounds exactly as
// projectModel() does, but keeps only savings.total and savings.cumulative — no per-line output,
// no breakdowns, no apportioning. test/shared/uncertainty/fast-savings.test.ts proves it gives
// project()'s savings to the euro.
import type { Scenario } from '../scenario/schema';
import type { RawStrength } from './measure-op';
import { checkYearFigures, compile, type CompiledMeasure, type Model, type ProjectOptions } from './model';
import { roundEuro, targetSeries } from './project';
import { createYearState, simulateYear } from './simulate';

// Read once (see project.ts): a CommonJS build reads imported bindings through getters.
const round = roundEuro;
const simulate = simulateYear;

export interface SavingsRunner {
  /** The horizon's years. */
  readonly years: readonly number[];
  /** The enabled measures in file order; a run takes one factor per entry, by position. */
  readonly measureIds: readonly string[];
  /** The target per year in whole euros (as project() reads it), null before the first target year; undefined without a target. */
  readonly target: readonly (number | null)[] | undefined;
  /**
   * Projects with `factors[k]` on the strength of enabled measure k and writes savings.total
   * and savings.cumulative, whole euros, into the two arrays (length ≥ years.length).
   */
  run(factors: ArrayLike<number>, savings: Float64Array, cumulative: Float64Array): void;
}

/**
 * Compiles `scenario` once for many runs. Throws ProjectionInputError where project() would.
 */
export function compileSavings(scenario: Scenario): SavingsRunner {
  const base = compile(scenario);
  const { yearCount: Y, lineCount: n, years } = base;
  const from = years[0] as number;
  const raw = base.measures.map((m) => m.op.raw(m, from, Y));
  // Per-run copies of the compiled measures: the strength fields are rewritten on every run,
  // everything else (targets, phase, ratio) is shared with the base model.
  const measures: CompiledMeasure[] = base.measures.map((m) => m.op.forRuns(m));
  const model: Model = { ...base, measures };
  const M = measures.length;

  const state = createYearState(model);
  const { volume, unitCost, baseline } = state;

  // The baseline does not depend on strength: its total per year once, as projectModel() sums
  // it (rounded line cells in line order).
  const baselineTotal = new Float64Array(Y);
  for (let yi = 0; yi < Y; yi++) {
    simulate(base, yi, state);
    let sum = 0;
    for (let l = 0; l < n; l++) sum += round(baseline[l] as number);
    baselineTotal[yi] = sum;
  }

  // The strength step of each type's compile(), by its op (shared/measures/<type>.ts), with the
  // engine's own strengthen* functions; the fast-savings tests hold the two to the same result.
  function applyStrength(factors: ArrayLike<number>): void {
    if (factors.length < M) throw new RangeError(`expected ${M} strength factors, got ${factors.length}`);
    for (let k = 0; k < M; k++) {
      const m = measures[k] as CompiledMeasure;
      const f = factors[k] as number;
      m.factor = f;
      m.op.restrength(m, raw[k] as RawStrength, f, Y);
    }
  }

  return {
    years: [...years],
    measureIds: base.measures.map((m) => m.source.id),
    target: scenario.target === undefined ? undefined : targetSeries(base),
    run(factors, savings, cumulative) {
      applyStrength(factors);
      let running = 0;
      for (let yi = 0; yi < Y; yi++) {
        simulate(model, yi, state);
        // projectModel(): scenario total = Σ rounded line cells − rounded fixed savings;
        // savings = baseline total − scenario total.
        let scenSum = 0;
        for (let l = 0; l < n; l++) scenSum += round((volume[l] as number) * (unitCost[l] as number));
        const fixed = round(state.fixed);
        const scenarioYear = scenSum - fixed;
        const saved = (baselineTotal[yi] as number) - scenarioYear;
        running += saved;
        checkYearFigures(years[yi] as number, baselineTotal[yi] as number, scenSum, fixed, running);
        savings[yi] = saved + 0;
        cumulative[yi] = running + 0;
      }
    },
  };
}

/** project(scenario, options).savings, computed by the fast path. */
export function projectSavings(scenario: Scenario, options?: ProjectOptions): { total: number[]; cumulative: number[] } {
  const runner = compileSavings(scenario);
  const factors = runner.measureIds.map((id) => options?.strength?.get(id) ?? 1);
  const Y = runner.years.length;
  const savings = new Float64Array(Y);
  const cumulative = new Float64Array(Y);
  runner.run(factors, savings, cumulative);
  return { total: Array.from(savings), cumulative: Array.from(cumulative) };
}
