// The result of project(scenario): every figure in whole euros, arrays indexed like `years`.
import type { LineKind, MeasureType } from '../scenario/schema';

export interface LineProjection {
  id: string;
  name: string;
  kind: LineKind;
  group: string | null;
  organisation: string | null;
  taakveld: string | null;
  baseline: number[];
  scenario: number[];
}

export interface MeasureEffect {
  id: string;
  name: string;
  type: MeasureType;
  /** Apportioned whole euros; per year these add up exactly to savings.total. */
  effect: number[];
  /** The exact (unrounded) effect, for explanations. */
  exact: number[];
}

/** Cost per group, organisation, kind or taakveld: sums of rounded line cells. `key` null = not set. */
export interface BreakdownRow {
  key: string | null;
  lineIds: string[];
  baseline: number[];
  scenario: number[];
}

export interface Projection {
  years: number[];
  lines: LineProjection[];
  baseline: { total: number[] };
  /** scenario total = Σ rounded scenario lines − fixed (rounded fixed savings of the year). */
  scenario: { total: number[]; fixed: number[] };
  savings: { total: number[]; cumulative: number[] };
  /** Enabled measures only, in file order. */
  measures: MeasureEffect[];
  /**
   * Present when the scenario has a target; null in years before the first target year.
   * gap = target − savings (positive: short); met = savings ≥ target, per year.
   */
  target?: { amount: (number | null)[]; gap: (number | null)[]; met: (boolean | null)[] };
  breakdown: {
    group: BreakdownRow[];
    organisation: BreakdownRow[];
    kind: BreakdownRow[];
    taakveld: BreakdownRow[];
  };
}
