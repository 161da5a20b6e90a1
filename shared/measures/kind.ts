// Everything the domain knows of one measure type, as one object (one module per type beside
// this file, listed once in registry.ts). The engine, validation, explain, compare and the
// exports reach a type only through its kind, so the registry's type makes the compiler name
// every part a new type still lacks — there is no `switch` on the type to forget.
import type { StatsParameter } from '../compare/types';
import type { CompileInput } from '../engine/measure-op';
import type { CompiledMeasure } from '../engine/model';
import type { Lang } from '../format/money';
import type { Text } from '../i18n/text';
import type { LocatedProblem } from '../scenario/problem-text';
import type { Measure, YearTable } from '../scenario/schema';
import type { LineIndex } from './checks';

/** How a compared value is written: "20%", "€ 30.000", "1,5". */
export type CompareFormat = 'pct' | 'euro' | 'num';

/** What differences.ts offers a type to report how two measures of that type differ. */
export interface MeasureComparer {
  /** The measure's name (of the other scenario) and the two scenarios' labels. */
  readonly name: string;
  readonly refLabel: string;
  readonly label: string;
  /** A single value that differs (nothing when equal). `words`: the field's word when not `field`. */
  scalar(field: string, from: number | string | null, to: number | string | null, format: CompareFormat, words?: string): void;
  /** Values per year (indexed like the horizons' years), as runs of years. */
  perYear(field: string, from: readonly (number | null)[], to: readonly (number | null)[], format: CompareFormat): void;
  /** Targeted lines and groups, across renamed line ids. */
  targets(x: { lines?: string[]; groups?: string[] }, y: { lines?: string[]; groups?: string[] }): void;
  /** A phase-in: a later or earlier start, then the years that still differ. */
  phaseIn(x: YearTable | undefined, y: YearTable | undefined): void;
  /** A field that names one line (a shift's from / to). */
  lineRef(field: string, from: string, to: string): void;
  /** Any other change of the measure, with its own sentence; `path` is the field under the measure. */
  changed(path: string, field: string, from: unknown, to: unknown, sentence: Text): void;
  /** The step reading of a table over the compared years (`before` before its first year). */
  step(table: YearTable | undefined, before: number | null): (number | null)[];
  /** The listed reading over the compared years (0 where not listed). */
  listed(table: YearTable | undefined): number[];
}

export interface MeasureKind<M extends Measure> {
  readonly type: M['type'];
  /** The type's part of the format (schema.ts): its fields, for the texts of schema problems. */
  readonly schema: { readonly shape: Readonly<Record<string, unknown>> };
  /** The type's fields in the order the spec lists them, for saving. */
  readonly fieldOrder: readonly string[];
  readonly words: {
    /** As a heading or table cell: "Korting", "Volumewijziging" (catalogue area measureKinds). */
    readonly title: Text;
    /** In a sentence: "korting", "volumemaatregel". */
    readonly noun: Text;
  };
  /** The semantic checks of the type's fields, on the raw (possibly malformed) measure `measures[i]`. */
  check(measure: Record<string, unknown>, i: number, index: LineIndex, out: LocatedProblem[]): void;
  /** The measure ready for the engine, with its op; throws ProjectionInputError where validation would refuse it. */
  compile(measure: M, input: CompileInput): CompiledMeasure;
  /** The settings in phrases for a council document: "20% korting op X", "ingroei …". */
  describe(measure: M, lineName: (id: string) => string, lang: Lang): string[];
  /** The strength in a few words: "20%", "€ 30.000 per jaar", "5%–20%" (blank when none). */
  strength(measure: M): Text;
  /** Reports how y differs from x, field by field. */
  compare(x: M, y: M, c: MeasureComparer): void;
  /** A parameter per compared year, as the engine reads it; undefined when the type has none. */
  statsPerYear(measure: M, parameter: StatsParameter, years: readonly number[]): number[] | undefined;
  /** A parameter with one value; undefined when the type has none. */
  statsScalar(measure: M, parameter: StatsParameter): number | undefined;
  /** The type's phase-in (cut, volumeChange, unitCostChange); null for a type without one. */
  readonly phaseIn: PhaseInKind<M> | null;
}

/** A measure's strength in force at some share of it. */
export interface InForce {
  /** The measure's strength × the share (a fraction for a rate, euros per year for an amount). */
  value: number;
  /** In words: "5% korting", "€ 250.000", "−5% volume". */
  text: Text;
}

/** What a measure does in one year of its phase-in. */
export interface PhaseInEffect extends InForce {
  year: number;
  /** The share of the measure in force, as the engine reads the phase-in that year. */
  phase: number;
}

/** A phase-in that looks like it was entered as the measure's rate per year (see ratesAsShares in targeted.ts). */
export interface RatesAsShares {
  /** The listed values in year order, as entered (5%, 12%, 20%). */
  entered: number[];
  /** The same values as shares of the measure: what was probably meant (25%, 60%, 100%). */
  meant: number[];
  /** The phase-in with the meant values in the same years. */
  phaseIn: YearTable;
}

/**
 * A phase-in (scenario-format.md, "phaseIn"): the share of the measure in force per year, not
 * its rate. What the measure does in each year is domain knowledge of its type, computed here
 * from what the engine reads; the editor only shows it.
 */
export interface PhaseInKind<M extends Measure> {
  /** What is in force in each year from..from+count−1 (an empty year carries the last listed value forward). */
  effects(measure: M, from: number, count: number): PhaseInEffect[];
  /** The whole measure (phase 1): "20% korting". */
  whole(measure: M): InForce;
  /** The phase-in read as shares, when it looks like the rate per year; null when it does not. */
  ratesAsShares(measure: M): RatesAsShares | null;
}
