// One fast-check generator of measures for every property test, one entry per measure type.
// Typed by the schema's types: a new type that has no generator here does not compile, so every
// property test (engine, scenario files, uncertainty) meets it. The scenario generators
// (test/shared/*/support.ts) give the context: their lines, years, common fields and value ranges.
import fc from 'fast-check';
import { MEASURE_TYPES } from '../../shared/measures/registry';
import type { Line, Measure, MeasureType, YearTable } from '../../shared/scenario/schema';

/** The fields every measure has: id, name and whatever optional ones a generator sets. */
export type CommonFields = Pick<Measure, 'id' | 'name' | 'enabled' | 'notes' | 'uncertainty'>;
type Targets = { lines?: string[]; groups?: string[] };

export interface MeasureArbContext {
  lines: readonly Line[];
  common: fc.Arbitrary<CommonFields>;
  /** A year table over the scenario's years with values from `value`. */
  yearTable: (value: fc.Arbitrary<number>) => fc.Arbitrary<YearTable>;
  /** Non-empty targets among any lines, or (volumeOnly) among volume lines and groups of volume lines. */
  targets: (volumeOnly: boolean) => fc.Arbitrary<Targets>;
  values: {
    cutRate: fc.Arbitrary<number>;
    cutAmount: fc.Arbitrary<number>;
    changeRate: fc.Arbitrary<number>;
    share: fc.Arbitrary<number>;
    phase: fc.Arbitrary<number>;
    ratio: fc.Arbitrary<number | undefined>;
    fixedAmount: fc.Arbitrary<number>;
    continues: fc.Arbitrary<boolean | undefined>;
  };
}

const volumeIds = (lines: readonly Line[]) => lines.filter((l) => l.volume !== undefined).map((l) => l.id);
const present = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

function rateChange<T extends 'volumeChange' | 'unitCostChange'>(type: T) {
  return (c: MeasureArbContext) =>
    volumeIds(c.lines).length === 0
      ? null
      : fc
          .tuple(c.common, c.targets(true), fc.option(c.yearTable(c.values.phase), { nil: undefined }), c.values.changeRate)
          .map(([common, targets, phaseIn, rate]) => ({ ...common, type, ...targets, ...present({ phaseIn }), rate }) as Extract<Measure, { type: T }>);
}

/** Per type: valid measures in the context, or null when the lines cannot carry the type. */
export const MEASURE_ARBS: { [K in MeasureType]: (c: MeasureArbContext) => fc.Arbitrary<Extract<Measure, { type: K }>> | null } = {
  cut: (c) =>
    fc
      .tuple(
        c.common,
        c.targets(false),
        fc.option(c.yearTable(c.values.phase), { nil: undefined }),
        fc.oneof(c.values.cutRate.map((rate) => ({ rate })), c.values.cutAmount.map((amount) => ({ amount }))),
      )
      .map(([common, targets, phaseIn, strength]) => ({ ...common, type: 'cut' as const, ...targets, ...present({ phaseIn }), ...strength })),
  volumeChange: rateChange('volumeChange'),
  unitCostChange: rateChange('unitCostChange'),
  shift: (c) =>
    volumeIds(c.lines).length < 2
      ? null
      : fc
          .tuple(c.common, fc.shuffledSubarray(volumeIds(c.lines), { minLength: 2, maxLength: 2 }), c.yearTable(c.values.share), c.values.ratio)
          .map(([common, [from, to], share, ratio]) => ({ ...common, type: 'shift' as const, from: from as string, to: to as string, share, ...present({ ratio }) })),
  fixed: (c) =>
    fc
      .tuple(c.common, c.yearTable(c.values.fixedAmount), c.values.continues)
      .map(([common, amounts, continues]) => ({ ...common, type: 'fixed' as const, amounts, ...present({ continues }) })),
};

/** A valid measure of any type the lines allow. */
export function measureArb(c: MeasureArbContext): fc.Arbitrary<Measure> {
  const options = MEASURE_TYPES.map((type) => MEASURE_ARBS[type](c) as fc.Arbitrary<Measure> | null).filter((a): a is fc.Arbitrary<Measure> => a !== null);
  return fc.oneof(...options);
}

/** Targets from the given lines and groups: a subset of each, not both empty. */
export function targetsFrom(lineIds: readonly string[], groups: readonly string[]): fc.Arbitrary<Targets> {
  return fc
    .tuple(fc.subarray([...lineIds], { minLength: 0 }), fc.subarray([...groups], { minLength: 0 }))
    .filter(([l, g]) => l.length + g.length > 0)
    .map(([l, g]) => ({ ...(l.length > 0 && { lines: l }), ...(g.length > 0 && { groups: g }) }));
}

/** The volume lines' ids and the groups made of volume lines only. */
export function volumeTargets(lines: readonly Line[]): { ids: string[]; groups: string[] } {
  const groups = [...new Set(lines.map((l) => l.group).filter((g): g is string => g !== undefined))];
  return { ids: volumeIds(lines), groups: groups.filter((g) => lines.every((l) => l.group !== g || l.volume !== undefined)) };
}
