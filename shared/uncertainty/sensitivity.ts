// Which uncertainty matters most: a tornado of one-at-a-time changes to the savings of one
// year (the horizon's last, unless asked otherwise).
//
// Rows:
//  - each enabled measure with an `uncertainty`: its strength factor at `low` and at `high`
//    (every other factor 1), exactly as a Monte Carlo draw would set it;
//  - three assumptions, each shifted down and up by `assumptionShift` (default 0.01: one
//    percentage point) in every year, on a copy of the scenario:
//      wage   — the wage index rate of every year baseYear+1 … horizon.to (a year not listed
//               counts as 0, so it becomes ±0.01);
//      price  — the same for the price index;
//      growth — every line's volumeGrowth (absent counts as 0).
//    A shift in percentage points rather than a factor, because a factor says nothing where
//    the file has no indexation or growth, and because budgets state these in percentage
//    points (CPB, the provincial toezichthouder). The shifted values are kept valid: an index
//    rate stays above −1 and a growth rate at least −1.
// Ranked by swing = |savings at high − savings at low|, largest first; equal swings keep the
// order above (measures in file order, then wage, price, growth).
import { countsInProjection } from '../scenario/measure-facts';
import { compileSavings } from '../engine/fast-savings';
import { text, type Text } from '../i18n/text';
import type { Scenario, YearTable } from '../scenario/schema';
import { checkTriangular } from './random';

export type AssumptionId = 'wage' | 'price' | 'growth';

export interface TornadoRow {
  /** The measure id, or the assumption: 'wage', 'price' or 'growth'. Unique together with `kind`. */
  id: string;
  kind: 'measure' | 'assumption';
  label: Text;
  /**
   * How `low` and `high` apply: 'factor' — the measure's strength × low / × high;
   * 'shift' — low / high (fractions: −0.01 is −1 percentage point) added to the assumption's rate.
   */
  change: 'factor' | 'shift';
  low: number;
  high: number;
  /** Savings of the year in whole euros with this row at low / at high, everything else as in the file. */
  savingsAtLow: number;
  savingsAtHigh: number;
  /** |savingsAtHigh − savingsAtLow|. */
  swing: number;
}

export interface SensitivityOptions {
  /** The year whose savings are compared; default the horizon's last year. */
  year?: number;
  /** The shift of each assumption, as a fraction (default 0.01 = one percentage point). */
  assumptionShift?: number;
}

export interface SensitivityResult {
  year: number;
  /** Savings of the year with everything as in the file (the deterministic projection). */
  savings: number;
  assumptionShift: number;
  /** Largest swing first. */
  rows: TornadoRow[];
}

export const ASSUMPTION_LABELS: Record<AssumptionId, Text> = {
  wage: text('uncertainty.assumption.wage'),
  price: text('uncertainty.assumption.price'),
  growth: text('uncertainty.assumption.growth'),
};

export const DEFAULT_ASSUMPTION_SHIFT = 0.01;

export function sensitivity(scenario: Scenario, options: SensitivityOptions = {}): SensitivityResult {
  const shift = options.assumptionShift ?? DEFAULT_ASSUMPTION_SHIFT;
  if (!Number.isFinite(shift) || shift < 0) throw new RangeError(`assumptionShift must be ≥ 0, got ${shift}`);

  const runner = compileSavings(scenario);
  const { years } = runner;
  const Y = years.length;
  const year = options.year ?? (years[Y - 1] as number);
  const yi = years.indexOf(year);
  if (yi < 0) throw new RangeError(`year ${year} is not in the horizon ${years[0]}–${years[Y - 1]}`);

  const M = runner.measureIds.length;
  const factors = new Float64Array(M).fill(1);
  const savings = new Float64Array(Y);
  const cumulative = new Float64Array(Y);
  const savingsWith = (position: number, factor: number): number => {
    factors.fill(1);
    if (position >= 0) factors[position] = factor;
    runner.run(factors, savings, cumulative);
    return savings[yi] as number;
  };

  const ones = new Float64Array(M).fill(1);
  const rows: TornadoRow[] = [];
  const enabled = (scenario.measures ?? []).filter(countsInProjection);
  enabled.forEach((m, k) => {
    if (m.uncertainty === undefined) return;
    const { low, high } = m.uncertainty;
    checkTriangular(low, 1, high);
    rows.push(row(m.id, 'measure', text('uncertainty.measure', m.name), 'factor', low, high, savingsWith(k, low), savingsWith(k, high)));
  });

  for (const id of ['wage', 'price', 'growth'] as const) {
    const at = (delta: number) => {
      compileSavings(shiftAssumption(scenario, id, delta)).run(ones, savings, cumulative);
      return savings[yi] as number;
    };
    rows.push(row(id, 'assumption', ASSUMPTION_LABELS[id], 'shift', -shift, shift, at(-shift), at(shift)));
  }

  // Array.prototype.sort is stable, so equal swings keep the order they were added in.
  rows.sort((a, b) => b.swing - a.swing);
  return { year, savings: savingsWith(-1, 1), assumptionShift: shift, rows };
}

function row(
  id: string,
  kind: TornadoRow['kind'],
  label: Text,
  change: TornadoRow['change'],
  low: number,
  high: number,
  savingsAtLow: number,
  savingsAtHigh: number,
): TornadoRow {
  return { id, kind, label, change, low, high, savingsAtLow, savingsAtHigh, swing: Math.abs(savingsAtHigh - savingsAtLow) };
}

// An index rate must stay > −1 (the schema); this keeps the index step positive.
const MIN_INDEX_RATE = -0.9999;

/**
 * A copy of `scenario` with one assumption shifted by `delta` (a fraction) in every year /
 * on every line, kept inside its valid range. The original is not touched: only the parts that
 * change are copied (the lines, or the one index table), the rest is shared — cheaper than a
 * deep clone of a large scenario, and it needs no structuredClone (absent in jsdom).
 */
export function shiftAssumption(scenario: Scenario, id: AssumptionId, delta: number): Scenario {
  if (id === 'growth') {
    return { ...scenario, lines: scenario.lines.map((line) => ({ ...line, volumeGrowth: Math.max(-1, (line.volumeGrowth ?? 0) + delta) })) };
  }
  const table: YearTable = { ...(scenario.indexation?.[id] ?? {}) };
  for (let y = scenario.baseYear + 1; y <= scenario.horizon.to; y++) {
    table[String(y)] = Math.max(MIN_INDEX_RATE, (table[String(y)] ?? 0) + delta);
  }
  return { ...scenario, indexation: { ...scenario.indexation, [id]: table } };
}
