// What the measures editor knows of one measure type, as one object (one module per type beside
// this file, listed once in registry.ts): its words, what it may target, a new measure's
// defaults, the one number its slider moves, its year table and its own form fields.
import type { ComponentType } from 'react';
import type { Text } from '../../../../shared/i18n/text';
import type { Lang, Problem } from '../../../../shared/scenario/problems';
import type { Line, Measure, Scenario, YearTable } from '../../../../shared/scenario/schema';

/** One edit of the measure being shown, through the engine's validation; its problems. */
export type Edit = (label: string, recipe: (m: Measure, draft: Scenario) => void) => Problem[];

/** Whether a measure of a type can be added to the lines, and if not, why (a message key). */
export type Addability = 'ok' | 'needsVolumeLine' | 'needsTwoVolumeLines';

export type StrengthKind = 'rate' | 'amount' | 'share' | 'fixed';

export interface Strength {
  kind: StrengthKind;
  unit: 'percent' | 'euro';
  /** The value now (a fraction for percent); undefined when nothing is set for that year. */
  value: number;
  /** For share and fixed: the year whose value the slider edits (the last listed, else the horizon's first). */
  year?: number;
}

export interface SliderRange {
  min: number;
  max: number;
  step: number;
}

export type YearTableField = 'phaseIn' | 'share' | 'amounts';

/** What a new measure is made from: its id and name, the horizon's first year, the lines. */
export interface NewMeasure {
  id: string;
  name: string;
  first: string;
  lines: readonly Line[];
  volumeLines: readonly Line[];
}

export interface MeasureKindView<M extends Measure> {
  /** The type's name in the editor, what it does, and a new measure's name (catalogue area measureKinds). */
  readonly words: { readonly name: Text; readonly hint: Text; readonly defaultName: Text };
  /** What the measure may target: any line, volume lines only, or no lines (null). */
  readonly targets: 'lines' | 'volumeLines' | null;
  addability(volumeLineCount: number): Addability;
  /** A new measure with defaults that pass validation (the lines allow it: see addability). */
  create(n: NewMeasure): M;
  strength(m: M, horizonFrom: number): Strength;
  /** Writes a strength value into a draft measure (inside a commit recipe). */
  setStrength(m: M, strength: Pick<Strength, 'kind' | 'year'>, value: number): void;
  strengthLabel(lang: Lang, m: M, strength: Strength): string;
  /** The slider's range for a percent strength, in whole per cents (`pct`: the value now). */
  percentRange(pct: number): SliderRange;
  /** The euro scale the slider offers for a euro strength (see sliderRange); 0 for none. */
  reference(m: M, lines: readonly Line[], baseline: ReadonlyMap<string, number>): number;
  readonly yearTable: {
    readonly field: YearTableField;
    of(m: M): YearTable | undefined;
    /** Writes the table into a draft measure. */
    set(m: M, table: YearTable): void;
    /** The engine counts only the listed years (no step reading). */
    listedOnly(m: M): boolean;
  };
  /** The type's own fields in the form, or null. */
  readonly Fields: ComponentType<{ measure: M; edit: Edit }> | null;
  /** Values of its strength that are set in one move beside its slider (a cut's 5, 10 and 20 %); none when absent. */
  steps?(m: M, strength: Strength): readonly number[];
}
