// The measures editor's one list of measure types, typed like the domain's registry
// (shared/measures/registry.ts): a type without its editor part does not compile.
import type { Measure, MeasureType } from '../../../../shared/scenario/schema';
import { cutView } from './cut';
import { fixedView } from './fixed';
import type { MeasureKindView } from './kind';
import { shiftView } from './shift';
import { unitCostChangeView } from './unit-cost-change';
import { volumeChangeView } from './volume-change';

export type MeasureKindViews = { readonly [K in MeasureType]: MeasureKindView<Extract<Measure, { type: K }>> };

export const MEASURE_VIEWS: MeasureKindViews = {
  cut: cutView,
  volumeChange: volumeChangeView,
  unitCostChange: unitCostChangeView,
  shift: shiftView,
  fixed: fixedView,
};

/** The editor part of a measure type; every use goes through here, as in shared/measures/registry.ts. */
export function viewOfType(type: MeasureType): MeasureKindView<Measure> {
  return MEASURE_VIEWS[type] as unknown as MeasureKindView<Measure>;
}

/** The editor part of a measure's type, typed for that measure. */
export function viewOf<M extends Measure>(measure: M): MeasureKindView<M> {
  return viewOfType(measure.type) as unknown as MeasureKindView<M>;
}
