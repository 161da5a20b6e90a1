// One year of the projection: the baseline state, then each enabled measure in file order on
// the state left by the ones before it (scenario-format.md, "The projection").
// The state of a line is (volume, unitCost) and its cost is volume × unitCost; an amount line
// carries volume 1 and its amount as unitCost, so one multiplication serves both kinds, and
// "for a volume line the cut scales unitCost" is the same code as cutting an amount.
// The loop allocates nothing; an optional tracer sees every change, for explain().
import { baselineState, type CompiledMeasure, type Model } from './model';

/** Working buffers for one year, reused across years. */
export interface YearState {
  volume: Float64Array;
  unitCost: Float64Array;
  /** The baseline cost of each line this year (before any measure). */
  baseline: Float64Array;
  /** Exact effect of each enabled measure this year: total before − total after. */
  effect: Float64Array;
  /** Σ fixed savings of this year, exact. */
  fixed: number;
}

export function createYearState(model: Model): YearState {
  return {
    volume: new Float64Array(model.lineCount),
    unitCost: new Float64Array(model.lineCount),
    baseline: new Float64Array(model.lineCount),
    effect: new Float64Array(model.measures.length),
    fixed: 0,
  };
}

/** Receives what each measure did in a year. Only explain() passes one. */
export interface YearTracer {
  /**
   * A measure changed one line: the line's volume and unit cost before and after.
   * `factor` is what volume (volumeChange, shift) or unit cost (cut, unitCostChange) was
   * multiplied by; for a shift it is 1 and `moved` holds the volume taken from `from`.
   */
  line(
    measure: CompiledMeasure,
    line: number,
    volumeBefore: number,
    unitCostBefore: number,
    volumeAfter: number,
    unitCostAfter: number,
    factor: number,
  ): void;
  /** A cut by amount: the targeted lines' cost together (`pool`) and what they lose. */
  cutAmount(measure: CompiledMeasure, pool: number, lost: number): void;
  /** A shift: the volume moved out of `from` (before the ratio). */
  shift(measure: CompiledMeasure, moved: number): void;
}

/**
 * Runs year `yi` of the horizon into `state`: the final (volume, unitCost) per line, the exact
 * effect per measure and the exact fixed savings.
 */
export function simulateYear(model: Model, yi: number, state: YearState, tracer?: YearTracer): void {
  const { volume, unitCost, effect } = state;
  baselineState(model, yi, volume, unitCost, state.baseline);
  let fixed = 0;
  const measures = model.measures;
  for (let k = 0; k < measures.length; k++) {
    const m = measures[k] as CompiledMeasure;
    // The measure's own step, chosen once at compile time (shared/measures/<type>.ts).
    const op = m.op;
    const e = op.step(m, yi, volume, unitCost, tracer);
    if (op.offLines) fixed += e;
    effect[k] = e;
  }
  state.fixed = fixed;
}
