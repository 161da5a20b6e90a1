// What the three targeted types (cut, volumeChange, unitCostChange) share: lines and groups as
// targets, a phase-in, a rate. Each type's module builds its kind from these parts.
import { scale, resolveTargets, type CompileInput, type MeasureOp, type RawStrength } from '../engine/measure-op';
import type { CompiledMeasure } from '../engine/model';
import { listedYears, stepSeries } from '../engine/year-table';
import { describePhaseIn } from '../export/describe-words';
import type { Lang } from '../format/money';
import { text, type Text } from '../i18n/text';
import type { StatsParameter } from '../compare/types';
import type { CutMeasure, VolumeChangeMeasure, UnitCostChangeMeasure, YearTable } from '../scenario/schema';
import type { InForce, MeasureComparer, PhaseInKind, RatesAsShares } from './kind';

type Targeted = CutMeasure | VolumeChangeMeasure | UnitCostChangeMeasure;

/** The targeted line indices and the phase per horizon year (the shared all-in-force series when absent). */
export function compileTargets(measure: Targeted, input: CompileInput, where: string): { targets: Int32Array; phase: Float64Array } {
  const targets = resolveTargets(measure.lines, measure.groups, input.lookup, where);
  const phase = measure.phaseIn === undefined ? input.allInForce : phaseSeries(measure.phaseIn, input.from, input.yearCount);
  return { targets, phase };
}

/**
 * The share of a measure in force in each year from..from+count−1, as the engine reads its
 * phaseIn: the step reading (an empty year carries the last listed value forward), 0 before the
 * first listed year; no phaseIn at all: fully in force.
 */
export function phaseSeries(phaseIn: YearTable | undefined, from: number, count: number): Float64Array {
  return phaseIn === undefined ? new Float64Array(count).fill(1) : stepSeries(phaseIn, from, count, 0);
}

/** A targeted op's common parts: the lines it targets, nothing moved, the phase when idle. */
export const targetedOpParts = {
  offLines: false,
  forRuns: (m: CompiledMeasure): CompiledMeasure => ({ ...m }),
  touches: (m: CompiledMeasure, l: number) => m.targets.includes(l),
  role: () => 'scale' as const,
  idle(m: CompiledMeasure, yi: number, year: number): Text {
    const phase = m.phase[yi] as number;
    return phase === 0 ? text('measureKinds.common.notInForce', year) : text('measureKinds.common.noChange', year);
  },
  idleValues: (m: CompiledMeasure, yi: number) => ({ phase: m.phase[yi] as number }),
  source: () => null,
} satisfies Partial<MeasureOp>;

/** A rate of the file as the raw strength (rate ops). */
export function rawRate(m: CompiledMeasure): RawStrength {
  const source = m.source;
  return { scalar: 'rate' in source && source.rate !== undefined ? source.rate : 0, series: new Float64Array(0) };
}

// Read once: a CommonJS build (tsx, jest) reads an imported binding through a getter at every
// call, and this one runs per measure and year (see project.ts).
const scaleLines = scale;

/** `f` times the targets' unit cost (false) or volume (true); `f` = 1 changes nothing and gives exactly 0. */
export function scaleBy(m: CompiledMeasure, volume: Float64Array, unitCost: Float64Array, scaleVolume: boolean, f: number, tracer: Parameters<MeasureOp['step']>[4]): number {
  return f !== 1 ? scaleLines(m, volume, unitCost, scaleVolume, f, tracer) : 0;
}

/** The phase-in phrase of a description, when there is one. */
export function phaseInPart(measure: Targeted, lang: Lang): string[] {
  const phase = describePhaseIn(measure.phaseIn, lang);
  return phase ? [phase] : [];
}

/** A targeted type's compare: targets, the strength (`strength`), then the phase-in. */
export function compareTargeted<M extends Targeted>(x: M, y: M, c: MeasureComparer, strength: () => void): void {
  c.targets(x, y);
  strength();
  c.phaseIn(x.phaseIn, y.phaseIn);
}

/** The phase-in per year as the engine reads it (absent: fully in force). */
export function phaseInStats(measure: Targeted, parameter: StatsParameter, years: readonly number[]): number[] | undefined {
  if (parameter !== 'phaseIn') return undefined;
  if (years.length === 0) return [];
  return Array.from(phaseSeries(measure.phaseIn, years[0] as number, years.length));
}

/** Two fractions equal as a user enters them (per cents with a few decimals): float noise aside. */
const SAME = 1e-9;

/**
 * A phase-in that looks like the measure's rate per year instead of the share of the measure in
 * force (#24: 5% / 12% / 20% on a 20% cut, meant as 25% / 60% / 100%, gives a fifth of the
 * saving). The rule: the measure has a rate r (its size |rate|, so also a −5% volume change)
 * with 0 < r < 100%, and the largest listed phase-in value equals r. A phase-in typed as rates
 * ends at the rate; one typed as shares ends at 100% (25/60/100, 20/50/100: no warning), and
 * one that stops anywhere else (a measure in force for a part only) cannot be told apart, so it
 * gets no warning either. A cut by amount has no rate: never. What was probably meant: each
 * listed value ÷ r, the largest exactly 100%.
 */
export function ratesAsShares(phaseIn: YearTable | undefined, rate: number | undefined): RatesAsShares | null {
  if (rate === undefined) return null;
  const r = Math.abs(rate);
  if (!(r > 0 && r < 1)) return null;
  const listed = listedYears(phaseIn);
  if (listed.length === 0) return null;
  const largest = Math.max(...listed.map((e) => e.value));
  if (Math.abs(largest - r) > SAME) return null;
  // Rounded to 9 decimals (0,12 / 0,2 is 0,6, not 0,6000000000000001), at most 1.
  const meant = listed.map((e) => (Math.abs(e.value - r) <= SAME ? 1 : Math.min(1, Math.round((e.value / r) * 1e9) / 1e9)));
  const table: YearTable = {};
  listed.forEach((e, i) => (table[String(e.year)] = meant[i] as number));
  return { entered: listed.map((e) => e.value), meant, phaseIn: table };
}

/**
 * The phase-in part of a targeted type's kind. `inForce`: the measure's strength as compile()
 * reads it (factor 1) times a share, in the type's words; `rate`: its rate, undefined for none.
 */
export function targetedPhaseIn<M extends Targeted>(inForce: (m: M, phase: number) => InForce, rate: (m: M) => number | undefined): PhaseInKind<M> {
  return {
    effects(m, from, count) {
      const phase = phaseSeries(m.phaseIn, from, count);
      return Array.from(phase, (p, i) => ({ year: from + i, phase: p, ...inForce(m, p) }));
    },
    whole: (m) => inForce(m, 1),
    ratesAsShares: (m) => ratesAsShares(m.phaseIn, rate(m)),
  };
}
