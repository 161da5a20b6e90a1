// What the engine asks of a compiled measure, whatever its type: how it changes a year's state,
// how its strength is re-applied for another factor (fast-savings.ts), and how explain() words
// what it did. Each measure type brings its own op(s) (shared/measures/<type>.ts) and compile()
// picks one per measure, once: the year loop calls `m.op.step` and never asks for a type.
// The helpers below are shared by the types' ops; nothing here imports a type of measure.
import type { Text } from '../i18n/text';
import type { Line, Measure } from '../scenario/schema';
import type { ExplainStep } from './explain';
import type { CompiledMeasure } from './model';
import type { YearTracer } from './simulate';

/** The scenario breaks a rule that validation reports (unknown id, amount line in a volume measure…). */
export class ProjectionInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProjectionInputError';
  }
}

// Strength (scenario-format.md, "Uncertainty"): multiply, then keep inside the valid range.
const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);
/** A cut rate stays in [−1, 1]. */
export const strengthenCutRate = (rate: number, factor: number) => clamp(rate * factor, -1, 1);
/** A cut amount stays ≥ 0. */
export const strengthenCutAmount = (amount: number, factor: number) => Math.max(0, amount * factor);
/** A volumeChange / unitCostChange rate stays ≥ −1. */
export const strengthenChangeRate = (rate: number, factor: number) => Math.max(-1, rate * factor);
/** A shift share stays in [0, 1]. */
export const strengthenShare = (share: number, factor: number) => clamp(share * factor, 0, 1);
/** A fixed amount has no range. */
export const strengthenFixed = (amount: number, factor: number) => amount * factor;

/** A measure's strength before any factor: what compile() multiplies by the factor. */
export interface RawStrength {
  /** A rate or an amount of the file. */
  scalar: number;
  /** A value per horizon year (a shift's share, fixed amounts). */
  series: Float64Array;
}

/** What a line event of explain() holds: one measure's change of one line in one year. */
export interface LineEvent {
  measure: CompiledMeasure;
  /** scale: cut or change; out/in: the two sides of a shift. */
  role: 'scale' | 'out' | 'in';
  volumeBefore: number;
  unitCostBefore: number;
  volumeAfter: number;
  unitCostAfter: number;
  factor: number;
}

/** What explain() hands an op to word one line event. */
export interface EventWords {
  lines: readonly Line[];
  yi: number;
  /** The measure's phase this year (1 when it has none). */
  phase: number;
  costBefore: number;
  costAfter: number;
  /** The numbers every event step shows. */
  base: Readonly<Record<string, number>>;
  /** "Korting ‘X’ (sterkte × 1,2)". */
  what: Text;
  /** The line's change in cost per client (volume lines) or cost. */
  unitCostChange: Text;
  /** The line's change in clients and cost. */
  volumeChange: Text;
  /** A cut by amount this year: the targeted lines' cost together and what they lose. */
  cutAmount: { pool: number; lost: number };
  /** A shift this year: the volume moved out of `from`. */
  moved: number;
}

export interface MeasureOp {
  /** The explanation's noun: "Korting", "Volumewijziging". */
  readonly noun: Text;
  /** The effect is a saving of its own, outside the lines (summed into the fixed savings). */
  readonly offLines: boolean;
  /**
   * Applies the measure to year `yi`'s state (volume, unitCost per line) and returns its exact
   * effect: total before − total after (or its saving outside the lines). Allocates nothing.
   */
  step(m: CompiledMeasure, yi: number, volume: Float64Array, unitCost: Float64Array, tracer: YearTracer | undefined): number;
  /** The strength before the factor, so that `restrength` can apply another factor exactly as compile() does. */
  raw(m: CompiledMeasure, from: number, yearCount: number): RawStrength;
  /** A copy whose strength fields a run may rewrite (the rest shared with `m`). */
  forRuns(m: CompiledMeasure): CompiledMeasure;
  /** Re-applies the strength step of compile() with factor `f` (m from `forRuns`). */
  restrength(m: CompiledMeasure, raw: RawStrength, f: number, yearCount: number): void;
  /** Does the measure reach line l at all (whatever the year)? */
  touches(m: CompiledMeasure, l: number): boolean;
  /** The part line l plays in a traced change. */
  role(m: CompiledMeasure, l: number): LineEvent['role'];
  /** One line event as an explanation step. */
  event(e: LineEvent, x: EventWords): ExplainStep;
  /** Why the measure changed nothing in a year where it reaches the line (null: never asked, the op reaches no line). */
  idle(m: CompiledMeasure, yi: number, year: number): Text | null;
  idleValues(m: CompiledMeasure, yi: number): Record<string, number>;
  /** An off-lines measure: where this year's amount comes from ("genoemd voor 2024"); null otherwise. */
  source(m: CompiledMeasure, year: number): Text | null;
}

/**
 * An op with its fields in one fixed order: every op then has the same object shape, so that the
 * year loop's `m.op.step` and `m.op.offLines` are monomorphic property reads whatever the type.
 */
export function measureOp(op: MeasureOp): MeasureOp {
  return {
    noun: op.noun,
    offLines: op.offLines,
    step: op.step,
    raw: op.raw,
    forRuns: op.forRuns,
    restrength: op.restrength,
    touches: op.touches,
    role: op.role,
    event: op.event,
    idle: op.idle,
    idleValues: op.idleValues,
    source: op.source,
  };
}

/** Lines by id and by group, for resolving measure targets. */
export interface LineLookup {
  byId: ReadonlyMap<string, number>;
  byGroup: ReadonlyMap<string, number[]>;
  isVolume: Uint8Array;
  lines: readonly Line[];
}

/** What compile() gives a type to compile one enabled measure. */
export interface CompileInput {
  position: number;
  factor: number;
  lookup: LineLookup;
  /** The horizon's first year and its number of years. */
  from: number;
  yearCount: number;
  /** phaseIn absent: fully in force every year. One shared series; the engine never writes to it. */
  allInForce: Float64Array;
}

export const EMPTY_LINES = new Int32Array(0);
export const NO_YEARS = new Float64Array(0);

export function measureShape(
  source: Measure,
  position: number,
  op: MeasureOp,
  factor: number,
  targets: Int32Array,
  phase: Float64Array,
  rate: number,
  amount: number,
  from: number,
  to: number,
  share: Float64Array,
  ratio: number,
  fixed: Float64Array,
): CompiledMeasure {
  // Version 2's facts beside the effect are set by compile() (model.ts), the same for every type.
  return { source, position, op, factor, targets, phase, rate, amount, from, to, share, ratio, fixed, structural: true, probability: 1, oneOffCosts: NO_YEARS };
}

/** A line is targeted when its id or its group is listed; each line once, in line order. */
export function resolveTargets(
  ids: readonly string[] | undefined,
  groups: readonly string[] | undefined,
  lookup: LineLookup,
  where: string,
): Int32Array {
  const out: number[] = [];
  for (const id of ids ?? []) {
    const l = lookup.byId.get(id);
    if (l === undefined) throw new ProjectionInputError(`${where}: unknown line "${id}"`);
    out.push(l);
  }
  for (const group of groups ?? []) {
    const members = lookup.byGroup.get(group);
    if (members === undefined) throw new ProjectionInputError(`${where}: unknown group "${group}"`);
    for (const l of members) out.push(l);
  }
  const sorted = new Int32Array(out).sort();
  let unique = 0;
  for (let k = 0; k < sorted.length; k++) {
    if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[unique++] = sorted[k] as number;
  }
  return sorted.subarray(0, unique);
}

/** Scale unitCost (field 1) or volume (field 0) of the targets by f; returns Σ (before − after) cost. */
export function scale(
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
