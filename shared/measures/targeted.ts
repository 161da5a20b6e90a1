// What the three targeted types (cut, volumeChange, unitCostChange) share: lines and groups as
// targets, a phase-in, a rate. Each type's module builds its kind from these parts.
import { scale, resolveTargets, type CompileInput, type MeasureOp, type RawStrength } from '../engine/measure-op';
import type { CompiledMeasure } from '../engine/model';
import { stepSeries } from '../engine/year-table';
import { describePhaseIn } from '../export/describe-words';
import type { Lang } from '../format/money';
import { text, type Text } from '../i18n/text';
import type { StatsParameter } from '../compare/types';
import type { CutMeasure, VolumeChangeMeasure, UnitCostChangeMeasure } from '../scenario/schema';
import type { MeasureComparer } from './kind';

type Targeted = CutMeasure | VolumeChangeMeasure | UnitCostChangeMeasure;

/** The targeted line indices and the phase per horizon year (the shared all-in-force series when absent). */
export function compileTargets(measure: Targeted, input: CompileInput, where: string): { targets: Int32Array; phase: Float64Array } {
  const targets = resolveTargets(measure.lines, measure.groups, input.lookup, where);
  const phase = measure.phaseIn === undefined ? input.allInForce : stepSeries(measure.phaseIn, input.from, input.yearCount, 0);
  return { targets, phase };
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
  if (measure.phaseIn === undefined) return years.map(() => 1);
  return Array.from(stepSeries(measure.phaseIn, years[0] as number, years.length, 0));
}
