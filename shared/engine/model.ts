// The scenario compiled for computation: every YearTable read once into a series over the
// horizon, indexation and growth multiplied out, measures resolved to line indices and their
// strength applied. project() and explain() both run on this model, so they share every formula.
import { countsInProjection, natureOf, probabilityOf } from '../scenario/measure-facts';
import { kindOf } from '../measures/registry';
import type { Line, Measure, OneOffCost, Scenario } from '../scenario/schema';
import { roundHalfAway } from '../numbers/apportion';
import { ProjectionInputError, type LineLookup, type MeasureOp } from './measure-op';
import { listedSeries, listedValue, stepSeries } from './year-table';

export interface ProjectOptions {
  /**
   * A factor per measure id on the measure's strength (cut rate or amount, change rate, shift
   * share, fixed amounts); absent means 1. After multiplying, each value is kept inside its
   * valid range (see `strengthen*`). The uncertainty feature draws these factors.
   */
  strength?: ReadonlyMap<string, number>;
}

export { ProjectionInputError } from './measure-op';
export {
  strengthenChangeRate,
  strengthenCutAmount,
  strengthenCutRate,
  strengthenFixed,
  strengthenShare,
} from './measure-op';

export function checkFigure(value: number, what: string, year: number): void {
  if (!Number.isSafeInteger(value)) {
    throw new ProjectionInputError(`${what} in ${year} is ${value}: beyond the whole euros the projection can compute exactly (scenario-format.md, "Limits")`);
  }
}

/**
 * Stops the projection at a year whose sums are not whole numbers of euros the engine can hold
 * exactly (NaN, ±Infinity, or beyond ±Number.MAX_SAFE_INTEGER): any line cell that is shows in
 * them, and rounding and apportioning could not add up. Validation refuses every scenario that
 * gets there (scenario-format.md, "Limits"); this is the engine's own guard for anything that
 * skipped validation or a drawn strength that goes where factor 1 does not.
 */
export function checkYearFigures(year: number, baselineTotal: number, linesWithMeasures: number, fixed: number, cumulative: number): void {
  checkFigure(baselineTotal, 'the baseline total', year);
  checkFigure(linesWithMeasures, 'the lines with measures, together,', year);
  checkFigure(fixed, 'the fixed savings', year);
  checkFigure(cumulative, 'the cumulative savings', year);
}

/**
 * An enabled measure, ready to apply. Every field is set for every op (one object shape); what a
 * field means for a type is its op's business (shared/measures/<type>.ts).
 */
export interface CompiledMeasure {
  source: Measure;
  /** Position among the enabled measures (= index in Projection.measures). */
  position: number;
  /** What the measure does, chosen by its type at compile time. */
  op: MeasureOp;
  /** The strength factor from options (1 by default). */
  factor: number;
  /** cut, volumeChange, unitCostChange: the targeted line indices, ascending, each once. */
  targets: Int32Array;
  /** cut, volumeChange, unitCostChange, per horizon year: how much is in force (phaseIn step reading; 1 when absent). Empty for other types. */
  phase: Float64Array;
  /** cut with rate, volumeChange, unitCostChange: the rate after strength and clamping. */
  rate: number;
  /** cut with amount: euros per year after strength and clamping. */
  amount: number;
  /** shift: line indices. */
  from: number;
  to: number;
  /** shift: the share per horizon year after strength and clamping. Empty for other types. */
  share: Float64Array;
  ratio: number;
  /** fixed: the saving per horizon year (listed or step reading) after strength. Empty for other types. */
  fixed: Float64Array;
  /** Version 2: the measure's nature is structural (natureOf). */
  structural: boolean;
  /** Version 2: the chance it is realised (probabilityOf). */
  probability: number;
  /** Version 2: its one-off costs per horizon year, summed over its entries, then rounded; NO_YEARS when it has none. */
  oneOffCosts: Float64Array;
}

export interface Model {
  scenario: Scenario;
  baseYear: number;
  /** The horizon's years, from..to. */
  years: number[];
  yearCount: number;
  lines: readonly Line[];
  lineCount: number;
  lineIndexById: ReadonlyMap<string, number>;
  isVolume: Uint8Array;
  /** How each line gives its cost: LINE_FORM (amount, volume, amounts, pm). */
  form: Uint8Array;
  wageShare: Float64Array;
  volumeGrowth: Float64Array;
  /** Index rates by year, listed reading, at [year − baseYear] for baseYear..horizon.to. */
  wage: Float64Array;
  price: Float64Array;
  /**
   * Per line, per horizon year: index(L, y) and growth(L, y). Lines with the same wage share / growth rate share one array.
   * For an `amounts` line (version 2) `growth` holds its estimate per year (step reading, or listed for `oneOff`) and
   * unitCost0 is 1, so that its cost is estimate(y) × index(L, y) by the same multiplication; a PM line has unitCost0 0.
   */
  index: readonly Float64Array[];
  growth: readonly Float64Array[];
  /**
   * The base year's state: volume lines (volume, unitCost); amount lines (1, amount), so that
   * cost = volume × unitCost holds for both. The baseline state of year y is in baselineState().
   */
  volume0: Float64Array;
  unitCost0: Float64Array;
  /** Enabled measures, in file order. */
  measures: CompiledMeasure[];
  /**
   * One object for every model compiled from the same frozen lines, indexation, base year and
   * horizon (see LinePart): what depends on the baseline alone can be kept by it. Null when the
   * scenario is not frozen: nothing is kept for it.
   */
  basis: object | null;
}

/** One year's index step for a line: 1 + wageShare·wage(s) + (1 − wageShare)·price(s). */
export function indexStep(wageShare: number, wage: number, price: number): number {
  return 1 + wageShare * wage + (1 - wageShare) * price;
}

/** growth(L, y) = (1 + volumeGrowth)^t. */
export function growthFactor(volumeGrowth: number, t: number): number {
  return Math.pow(1 + volumeGrowth, t);
}

/**
 * Writes the baseline state of horizon year `yi` into volume/unitCost (and its cost into
 * `cost`, when given): amount·growth·index, or volume·growth and unitCost·index.
 */
export function baselineState(model: Model, yi: number, volume: Float64Array, unitCost: Float64Array, cost?: Float64Array): void {
  const { lineCount: n, isVolume, volume0, unitCost0, growth, index } = model;
  for (let l = 0; l < n; l++) {
    const g = (growth[l] as Float64Array)[yi] as number;
    const x = (index[l] as Float64Array)[yi] as number;
    let v: number;
    let u: number;
    if (isVolume[l]) {
      v = (volume0[l] as number) * g;
      u = (unitCost0[l] as number) * x;
    } else {
      v = 1;
      u = (unitCost0[l] as number) * g * x;
    }
    volume[l] = v;
    unitCost[l] = u;
    if (cost !== undefined) cost[l] = v * u;
  }
}

export function isVolumeLine(line: Line): boolean {
  return line.volume !== undefined && line.unitCost !== undefined;
}

/** How a line gives its cost (Model.form). */
export const LINE_FORM = { amount: 0, volume: 1, amounts: 2, pm: 3 } as const;
export type LineForm = keyof typeof LINE_FORM;

export function lineForm(line: Line): LineForm {
  if (line.pm === true) return 'pm';
  if (line.amounts !== undefined) return 'amounts';
  return isVolumeLine(line) ? 'volume' : 'amount';
}

/**
 * Everything of a model but its measures: what the lines, indexation, base year and horizon
 * give. Kept per `scenario.lines` object while those stay the same, as they do when an edit
 * touches measures only (immer shares the parts of a scenario that did not change): a slider
 * move compiles only its measure. Kept only for frozen parts (immer freezes what it produces,
 * deeply): a scenario that is changed in place is compiled afresh every time. Nothing that runs
 * on a model writes to these arrays.
 */
type LinePart = Omit<Model, 'scenario' | 'measures' | 'basis'> & {
  indexation: Scenario['indexation'];
  lookup: LineLookup;
  /** phaseIn absent: fully in force every year. One shared series; the engine never writes to it. */
  allInForce: Float64Array;
  /** Kept for the next compile (the scenario's parts are frozen). */
  kept: boolean;
};

const lineParts = new WeakMap<readonly Line[], LinePart>();

/** A compiled measure with what it was compiled against, so that it is reused only on the same. */
interface CompiledEntry {
  part: LinePart;
  position: number;
  factor: number;
  compiled: CompiledMeasure;
}

const compiledMeasures = new WeakMap<Measure, CompiledEntry>();

export function compile(scenario: Scenario, options?: ProjectOptions): Model {
  const part = linePart(scenario);
  const strength = options?.strength;
  const measures: CompiledMeasure[] = [];
  for (const measure of scenario.measures ?? []) {
    // Disabled and pro memorie (version 2) measures have no effect; a PM measure is listed apart.
    if (!countsInProjection(measure)) continue;
    const factor = strength?.get(measure.id) ?? 1;
    if (!Number.isFinite(factor)) throw new RangeError(`strength factor of measure "${measure.id}" is not a finite number`);
    const position = measures.length;
    const frozen = Object.isFrozen(measure);
    const known = frozen ? compiledMeasures.get(measure) : undefined;
    if (known !== undefined && known.part === part && known.position === position && known.factor === factor) {
      measures.push(known.compiled);
      continue;
    }
    const compiled = compileMeasure(measure, position, factor, part.lookup, part.years[0] as number, part.yearCount, part.allInForce);
    compiled.structural = natureOf(measure) === 'structural';
    compiled.probability = probabilityOf(measure);
    if (measure.oneOffCosts !== undefined && measure.oneOffCosts.length > 0) {
      compiled.oneOffCosts = oneOffCostSeries(measure.oneOffCosts, part.years[0] as number, part.yearCount);
    }
    if (frozen) compiledMeasures.set(measure, { part, position, factor, compiled });
    measures.push(compiled);
  }
  const { indexation: _indexation, lookup: _lookup, allInForce: _allInForce, kept, ...model } = part;
  return { ...model, scenario, measures, basis: kept ? part : null };
}

function linePart(scenario: Scenario): LinePart {
  const { baseYear, indexation } = scenario;
  const { from, to } = scenario.horizon;
  const frozen = Object.isFrozen(scenario.lines) && (indexation === undefined || Object.isFrozen(indexation));
  const known = frozen ? lineParts.get(scenario.lines) : undefined;
  if (
    known !== undefined &&
    known.indexation === indexation &&
    known.baseYear === baseYear &&
    known.years[0] === from &&
    known.years[known.yearCount - 1] === to
  ) {
    return known;
  }
  if (!(baseYear <= from && from <= to)) {
    throw new ProjectionInputError(`horizon ${from}–${to} must satisfy baseYear (${baseYear}) ≤ from ≤ to`);
  }
  const yearCount = to - from + 1;
  const years = Array.from({ length: yearCount }, (_, i) => from + i);
  const lines = scenario.lines;
  const n = lines.length;

  const lineIndexById = new Map<string, number>();
  lines.forEach((line, l) => lineIndexById.set(line.id, l));

  const span = to - baseYear + 1;
  const wage = new Float64Array(span);
  const price = new Float64Array(span);
  for (let k = 1; k < span; k++) {
    wage[k] = listedValue(indexation?.wage, baseYear + k);
    price[k] = listedValue(indexation?.price, baseYear + k);
  }

  const isVolume = new Uint8Array(n);
  const form = new Uint8Array(n);
  const wageShare = new Float64Array(n);
  const volumeGrowth = new Float64Array(n);
  const volume0 = new Float64Array(n);
  const unitCost0 = new Float64Array(n);
  const index: Float64Array[] = [];
  const growth: Float64Array[] = [];
  // Lines often share a growth rate or a wage share: each distinct one is multiplied out once.
  const growthByRate = new Map<number, Float64Array>();
  const indexByWageShare = new Map<number, Float64Array>();
  const lead = from - baseYear;
  for (let l = 0; l < n; l++) {
    const line = lines[l] as Line;
    const shape = lineForm(line);
    const volume = shape === 'volume';
    const ws = line.wageShare ?? 0;
    const g = shape === 'amount' || volume ? (line.volumeGrowth ?? 0) : 0;
    isVolume[l] = volume ? 1 : 0;
    form[l] = LINE_FORM[shape];
    wageShare[l] = ws;
    volumeGrowth[l] = g;
    volume0[l] = volume ? (line.volume as number) : 1;
    unitCost0[l] = volume ? (line.unitCost as number) : shape === 'amount' ? (line.amount ?? 0) : shape === 'amounts' ? 1 : 0;
    let powers = shape === 'amounts' ? estimateSeries(line, from, yearCount) : growthByRate.get(g);
    if (powers === undefined) {
      powers = new Float64Array(yearCount);
      for (let yi = 0; yi < yearCount; yi++) powers[yi] = growthFactor(g, lead + yi);
      growthByRate.set(g, powers);
    }
    let indices = indexByWageShare.get(ws);
    if (indices === undefined) {
      indices = new Float64Array(yearCount);
      // index(L, y) = ∏ over s = baseYear+1 … y of the year's step; 1 in baseYear.
      let idx = 1;
      for (let k = 0; k < span; k++) {
        if (k > 0) idx *= indexStep(ws, wage[k] as number, price[k] as number);
        if (k >= lead) indices[k - lead] = idx;
      }
      indexByWageShare.set(ws, indices);
    }
    growth.push(powers);
    index.push(indices);
  }

  const byGroup = new Map<string, number[]>();
  lines.forEach((line, l) => {
    if (line.group === undefined) return;
    const members = byGroup.get(line.group);
    if (members === undefined) byGroup.set(line.group, [l]);
    else members.push(l);
  });
  const part: LinePart = {
    indexation,
    baseYear,
    years,
    yearCount,
    lines,
    lineCount: n,
    lineIndexById,
    isVolume,
    form,
    wageShare,
    volumeGrowth,
    wage,
    price,
    index,
    growth,
    volume0,
    unitCost0,
    lookup: { byId: lineIndexById, byGroup, isVolume, lines },
    allInForce: new Float64Array(yearCount).fill(1),
    kept: frozen,
  };
  if (frozen) lineParts.set(lines, part);
  return part;
}

/**
 * A measure's one-off costs per horizon year: per year the listed amounts of all its entries
 * summed, then rounded half away from zero once (scenario-format.md, "Version 2": one-off costs).
 */
export function oneOffCostSeries(costs: readonly OneOffCost[], from: number, count: number): Float64Array {
  const out = new Float64Array(count);
  let any = false;
  // Only the listed years count: walk the tables' keys, not the horizon.
  for (const cost of costs) {
    const amounts = cost.amounts;
    for (const key in amounts) {
      const i = Number(key) - from;
      if (i >= 0 && i < count) {
        out[i] = (out[i] as number) + (amounts[key] as number);
        any = true;
      }
    }
  }
  if (any) for (let i = 0; i < count; i++) if (out[i] !== 0) out[i] = roundHalfAway(out[i] as number) + 0;
  return out;
}

/** An `amounts` line's estimate per horizon year: the step reading (0 before the first year), or the listed one for `oneOff`. */
function estimateSeries(line: Line, from: number, count: number): Float64Array {
  return line.oneOff === true ? listedSeries(line.amounts, from, count) : stepSeries(line.amounts, from, count, 0);
}

function compileMeasure(
  measure: Measure,
  position: number,
  factor: number,
  lookup: LineLookup,
  from: number,
  yearCount: number,
  allInForce: Float64Array,
): CompiledMeasure {
  return kindOf(measure).compile(measure, { position, factor, lookup, from, yearCount, allInForce });
}
