// What compareScenarios() and variantStats() return. Every amount is whole euros, computed by
// project(); arrays "per shared year" are indexed like Comparison.years.
import type { ProjectJson } from '../engine/project-json';
import type { Projection } from '../engine/types';
import type { Text } from '../i18n/text';
import type { MeasureType, Scenario } from '../scenario/schema';

export interface CompareItem {
  /** How the person knows it: a file name, a tab's title. */
  name: string;
  scenario: Scenario;
  /** Its file name where `name` is not one (a tab's title): what tells two scenarios with one title apart. */
  file?: string | null;
}

export interface CompareOptions {
  /** The scenario the others are measured against (differences, "B − A"); default 0. */
  reference?: number;
}

export interface ComparedScenario {
  index: number;
  /** "A", "B", "C"…: by position in the items, whichever is the reference. */
  label: string;
  name: string;
  /** Its file name, where it has one apart from its title (CompareItem.file, else a name that is not the title). */
  file: string | null;
  scenario: Scenario;
  /** The whole projection, every year of its own horizon. */
  projection: Projection;
  /** The `vcp project --json` shape of that whole projection. */
  json: ProjectJson;
  /** Its years that not every scenario has: shown in its own projection, not compared. */
  droppedYears: number[];
  /** Per shared year: the index of that year in projection.years. */
  yearIndex: number[];
  /** Savings per shared year (the projection's own figures). */
  savings: number[];
  /** Running total of `savings` from the first shared year (equals the projection's cumulative when the horizons start together). */
  cumulative: number[];
  /** savings − the reference's savings, per shared year (all 0 for the reference). */
  difference: number[];
  /** cumulative − the reference's cumulative. */
  cumulativeDifference: number[];
  /** The target per shared year (null before its first target year); null when the file has none. */
  target: (number | null)[] | null;
  /** target − savings per shared year; null where target is. */
  gap: (number | null)[] | null;
}

/** JSON values a difference reports. */
export type DiffValue = null | boolean | number | string | DiffValue[] | { [key: string]: DiffValue };

export type DifferenceKind =
  | 'horizon'
  | 'baseYear'
  | 'indexation'
  | 'target'
  | 'line'
  | 'measure'
  | 'title'
  | 'municipality';

export interface Difference {
  kind: DifferenceKind;
  /** 'added'/'removed': the line or measure is only in the scenario / only in the reference. */
  change: 'changed' | 'added' | 'removed';
  /** Index of the scenario compared with the reference. */
  scenario: number;
  reference: number;
  /** Where in the scenario's file (in the reference's for 'removed'): `measures[1].phaseIn`, `indexation.wage`, `lines[2].amount`. */
  path: string;
  /** The field that differs, e.g. 'rate', 'phaseIn', 'phaseInStart', 'amount', 'wage', 'enabled', 'order'. */
  field?: string;
  /** The line's or measure's id (the scenario's; the reference's when removed). */
  id?: string;
  /** For values per year: the years this difference holds for (consecutive years with the same two values are one difference). */
  years?: number[];
  /** The reference's value (null: not set / none). */
  from: DiffValue;
  /** The scenario's value. */
  to: DiffValue;
  /** The sentence: a message of the `differences` area with its arguments; render(lang, d.text) shows it. */
  text: Text;
}

export interface Comparison {
  /** The years every scenario has, ascending: the years compared. */
  years: number[];
  reference: number;
  scenarios: ComparedScenario[];
  /** Each scenario against the reference, in the scenarios' order; none for the reference itself. */
  differences: Difference[];
}

export interface ParameterStats {
  /** 'rate' | 'amount' | 'ratio' | 'share' | 'phaseIn' | 'amounts'. */
  parameter: StatsParameter;
  /** For values per year: the first and last year of a run of years with the same values. */
  years: [number, number] | null;
  /** 'fraction' (rate, share, phase-in) or 'euro'. */
  unit: 'fraction' | 'euro' | 'number';
  /** Per variant; null where the variant lacks the measure or this parameter. */
  values: (number | null)[];
  /** How many variants have a value. */
  count: number;
  min: number;
  max: number;
  mean: number;
}

export type StatsParameter = 'rate' | 'amount' | 'ratio' | 'share' | 'phaseIn' | 'amounts';

export interface MeasureStats {
  id: string;
  /** The name in the first variant that has the measure. */
  name: string;
  type: MeasureType;
  /** In how many variants the measure occurs. */
  occurs: number;
  /** In how many of those it is switched on. */
  enabled: number;
  /** Per variant: has it, and is it on. */
  presence: ('on' | 'off' | null)[];
  parameters: ParameterStats[];
}

export interface VariantStats {
  count: number;
  labels: string[];
  /** Whether every variant has the first one's baseline: lines, indexation and base year. */
  sameBaseline: boolean;
  /** Where the baselines differ from the first variant's (kinds line, indexation, baseYear). */
  baselineDifferences: Difference[];
  measures: MeasureStats[];
}
