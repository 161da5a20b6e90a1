// The one list of measure types. Every module that treats measures by type reaches the type
// through this registry; its type makes the compiler name each part a new type still lacks
// (test/shared/measures/registry.test.ts shows it with a dummy type).
import type { Measure, MeasureType } from '../scenario/schema';
import { cutKind } from './cut';
import { fixedKind } from './fixed';
import type { MeasureKind } from './kind';
import { shiftKind } from './shift';
import { unitCostChangeKind } from './unit-cost-change';
import { volumeChangeKind } from './volume-change';

/** Every measure type with its kind, in the order the spec lists them (and the app offers them). */
export type MeasureKinds = { readonly [K in MeasureType]: MeasureKind<Extract<Measure, { type: K }>> };

export const MEASURE_KINDS: MeasureKinds = {
  cut: cutKind,
  volumeChange: volumeChangeKind,
  unitCostChange: unitCostChangeKind,
  shift: shiftKind,
  fixed: fixedKind,
};

/** The measure types in the spec's order. */
export const MEASURE_TYPES = Object.keys(MEASURE_KINDS) as MeasureType[];

/**
 * The kind of a measure type. Every use goes through here (or kindOf), so that a type missing
 * from MEASURE_KINDS is a compile error in this file only: the declaration above.
 */
export function kindOfType(type: MeasureType): MeasureKind<Measure> {
  return MEASURE_KINDS[type] as unknown as MeasureKind<Measure>;
}

/** The kind of a measure, typed for that measure. */
export function kindOf<M extends Measure>(measure: M): MeasureKind<M> {
  return kindOfType(measure.type) as unknown as MeasureKind<M>;
}

/** The kind of a type read from a file, or undefined for a value that is no type. */
export function measureKind(type: unknown): MeasureKind<Measure> | undefined {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(MEASURE_KINDS, type) ? kindOfType(type as MeasureType) : undefined;
}
