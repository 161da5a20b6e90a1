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

/** Scale unitCost (field 1) or volume (field 0) of the targets by f; returns Σ (before − after) cost. */
function scale(
  measure: CompiledMeasure,
  volume: Float64Array,
  unitCost: Float64Array,
  scaleVolume: boolean,
  f: number,
  tracer: YearTracer | undefined,
): number {
  const targets = measure.targets;
  let effect = 0;
  for (let k = 0; k < targets.length; k++) {
    const l = targets[k] as number;
    const v = volume[l] as number;
    const u = unitCost[l] as number;
    let v2 = v;
    let u2 = u;
    if (scaleVolume) v2 = volume[l] = v * f;
    else u2 = unitCost[l] = u * f;
    effect += v * u - v2 * u2;
    if (tracer !== undefined) tracer.line(measure, l, v, u, v2, u2, f);
  }
  return effect;
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
    // A measure with nothing in force this year changes nothing: its effect is exactly 0.
    let e = 0;
    switch (m.op) {
      case 'cutRate': {
        const f = 1 - m.rate * (m.phase[yi] as number);
        if (f !== 1) e = scale(m, volume, unitCost, false, f, tracer);
        break;
      }
      case 'cutAmount': {
        const wanted = m.amount * (m.phase[yi] as number);
        if (wanted === 0) break;
        let pool = 0;
        const targets = m.targets;
        for (let t = 0; t < targets.length; t++) {
          const l = targets[t] as number;
          pool += (volume[l] as number) * (unitCost[l] as number);
        }
        // min(amount·phase, their cost), shared in proportion to each line's cost: every
        // targeted line keeps the same fraction 1 − lost/pool of its cost.
        const lost = wanted < pool ? wanted : pool;
        if (tracer !== undefined) tracer.cutAmount(m, pool, lost);
        if (pool > 0) e = scale(m, volume, unitCost, false, 1 - lost / pool, tracer);
        break;
      }
      case 'volumeChange':
      case 'unitCostChange': {
        const f = 1 + m.rate * (m.phase[yi] as number);
        if (f !== 1) e = scale(m, volume, unitCost, m.op === 'volumeChange', f, tracer);
        break;
      }
      case 'shift': {
        const share = m.share[yi] as number;
        if (share === 0) break;
        const a = m.from;
        const b = m.to;
        const va = volume[a] as number;
        const vb = volume[b] as number;
        const ua = unitCost[a] as number;
        const ub = unitCost[b] as number;
        const moved = va * share;
        const va2 = (volume[a] = va - moved);
        const vb2 = (volume[b] = vb + moved * m.ratio);
        e = va * ua - va2 * ua + (vb * ub - vb2 * ub);
        if (tracer !== undefined) {
          tracer.shift(m, moved);
          tracer.line(m, a, va, ua, va2, ua, 1);
          tracer.line(m, b, vb, ub, vb2, ub, 1);
        }
        break;
      }
      case 'fixed': {
        e = m.fixed[yi] as number;
        fixed += e;
        break;
      }
    }
    effect[k] = e;
  }
  state.fixed = fixed;
}
