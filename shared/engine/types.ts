// The result of project(scenario): every figure in whole euros, arrays indexed like `years`.
import type { LineKind, MeasureType, Nature } from '../scenario/schema';

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
  /** Version 2: whether the effect may count against a structural target (natureOf). */
  nature: Nature;
  /** Version 2: the chance it is realised (default 1). */
  probability: number;
  /** Version 2: its one-off costs per year, whole euros (summed over its entries, then rounded). */
  oneOffCosts: number[];
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
  savings: {
    total: number[];
    cumulative: number[];
    /** Σ effects of structural measures; incidental = total − structural. */
    structural: number[];
    incidental: number[];
    /** Σ measures' one-off costs; net = total − oneOffCosts; netCumulative from the first year. */
    oneOffCosts: number[];
    net: number[];
    netCumulative: number[];
    /** Σ probability × effect, rounded once per year. */
    riskWeighted: number[];
    /** Σ listed realised amounts (each rounded) over all measures of the file; null where none lists the year. */
    realised: (number | null)[];
  };
  /** The first year whose net cumulative savings are ≥ 0 after having been negative; null when never negative or never back. */
  paybackYear: number | null;
  /** Pro memorie lines and measures (ids, file order): known, not yet in euros; they count as 0. */
  pm: { lines: string[]; measures: string[] };
  /** Enabled measures only, in file order. */
  measures: MeasureEffect[];
  /**
   * Present when the scenario has a target; null in years before the first target year.
   * gap = target − savings (positive: short); met = savings ≥ target, per year; structuralGap = target − structural.
   */
  target?: {
    amount: (number | null)[];
    gap: (number | null)[];
    met: (boolean | null)[];
    /** Version 2: target − structural savings (positive: the structural part falls short). */
    structuralGap: (number | null)[];
  };
  breakdown: {
    group: BreakdownRow[];
    organisation: BreakdownRow[];
    kind: BreakdownRow[];
    taakveld: BreakdownRow[];
  };
}
