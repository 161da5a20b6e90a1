// What a scenario means per partner (organisation, group, kind, taakveld or line), every year:
// the budget before and after the measures, the change in euros and as a share of the budget,
// and the same over all the years together. One formula for the projection's "Per partner"
// table, the compare screen and the exports (and whatever else speaks to a partner).
//
// The cells are the engine's breakdown rows (sums of rounded line cells). In euros they are
// taken as they are. In thousands, per year, the budgets are apportioned (largest remainder)
// over the rounded baseline total, and the changes, with the fixed amounts (which belong to no
// partner), over minus the rounded savings — both exactly as yearRows() rounds them — and the
// budget after is the budget before plus the change. So every column adds up to the year
// table, and a partner no measure touches shows the same figure before and after. The span
// ("2021–2025 samen") is the sum of the years shown above it; the per cent is always taken
// from whole euros.
import { toThousands } from './thousands';
import type { MoneyUnit } from './money';

/** One partner's figures in euros per year, as the engine's breakdown (or a line) has them. */
export interface PartnerSource {
  /** The organisation (group, kind, taakveld, line name); null: lines without one. */
  key: string | null;
  lineIds: readonly string[];
  baseline: readonly number[];
  scenario: readonly number[];
}

export interface PartnerCells {
  /** The budget before the measures, in the unit. */
  baseline: number;
  /** After the measures. */
  scenario: number;
  /** scenario − baseline (negative: the partner receives less). */
  change: number;
  /** The change as a share of the budget before, from whole euros; null when that budget is 0. */
  changeFraction: number | null;
}

export interface PartnerYearsRow {
  key: string | null;
  lineIds: readonly string[];
  /** Per year, in the order of the years given. */
  years: PartnerCells[];
  /** All the years together: sums of the cells above; the per cent from the sums in euros. */
  span: PartnerCells;
  /** The change over all the years in whole euros, whatever the unit: what the rows are sorted by. */
  spanChangeEuro: number;
}

export interface PartnerYears {
  /** In the order of the sources. byChange() puts them in the order they are shown. */
  rows: PartnerYearsRow[];
  /** −(fixed savings) per year and together, in the unit: in the scenario, tied to no partner; null when every year has none. */
  fixed: { years: number[]; span: number } | null;
  /** All partners together: the year table's baseline and scenario, and minus its savings. */
  total: { years: PartnerCells[]; span: PartnerCells };
}

/** A change as a share of the budget before; null when there was no budget. */
export function changeFraction(change: number, baseline: number): number | null {
  return baseline === 0 ? null : change / baseline;
}

const at = (values: readonly number[], i: number): number => values[i] ?? 0;
const sum = (values: readonly number[]): number => values.reduce((a, v) => a + v, 0) + 0;

/**
 * The partners' figures for every year of `sources` (all the same length), in the unit.
 * `fixedSavings` are the projection's fixed savings per year (positive saves), whole euros.
 */
export function partnerYears(sources: readonly PartnerSource[], fixedSavings: readonly number[], unit: MoneyUnit): PartnerYears {
  const Y = fixedSavings.length;
  const n = sources.length;
  const baseEuro = sources.map((s) => Array.from({ length: Y }, (_, y) => at(s.baseline, y)));
  const changeEuro = sources.map((s, i) => Array.from({ length: Y }, (_, y) => at(s.scenario, y) - at(baseEuro[i] as number[], y) + 0));
  const fixedEuro = Array.from({ length: Y }, (_, y) => -at(fixedSavings, y) + 0);
  const totalBaseEuro = Array.from({ length: Y }, (_, y) => sum(baseEuro.map((b) => at(b, y))));
  // Minus the savings: the partners' changes and the fixed amounts together.
  const totalChangeEuro = Array.from({ length: Y }, (_, y) => sum(changeEuro.map((c) => at(c, y))) + at(fixedEuro, y));

  let base = baseEuro;
  let change = changeEuro;
  let fixed = fixedEuro;
  let totalBase = totalBaseEuro;
  let totalChange = totalChangeEuro;
  if (unit === 'thousand') {
    base = sources.map(() => new Array<number>(Y).fill(0));
    change = sources.map(() => new Array<number>(Y).fill(0));
    fixed = new Array<number>(Y).fill(0);
    totalBase = new Array<number>(Y).fill(0);
    totalChange = new Array<number>(Y).fill(0);
    for (let y = 0; y < Y; y++) {
      const b = toThousands(
        baseEuro.map((row) => at(row, y)),
        at(totalBaseEuro, y),
      );
      const c = toThousands(
        [...changeEuro.map((row) => at(row, y)), at(fixedEuro, y)],
        at(totalChangeEuro, y),
      );
      for (let i = 0; i < n; i++) {
        (base[i] as number[])[y] = at(b.parts, i) * 1000 + 0;
        (change[i] as number[])[y] = at(c.parts, i) * 1000 + 0;
      }
      fixed[y] = at(c.parts, n) * 1000 + 0;
      totalBase[y] = b.total * 1000 + 0;
      totalChange[y] = c.total * 1000 + 0;
    }
  }

  const cells = (b: number, c: number, fraction: number | null): PartnerCells => ({ baseline: b, scenario: b + c + 0, change: c, changeFraction: fraction });
  const block = (b: readonly number[], c: readonly number[], bEuro: readonly number[], cEuro: readonly number[]) => ({
    years: b.map((v, y) => cells(v, at(c, y), changeFraction(at(cEuro, y), at(bEuro, y)))),
    span: cells(sum(b), sum(c), changeFraction(sum(cEuro), sum(bEuro))),
  });

  const rows: PartnerYearsRow[] = sources.map((s, i) => ({
    key: s.key,
    lineIds: s.lineIds,
    ...block(base[i] as number[], change[i] as number[], baseEuro[i] as number[], changeEuro[i] as number[]),
    spanChangeEuro: sum(changeEuro[i] as number[]),
  }));
  return {
    rows,
    fixed: fixedEuro.some((f) => f !== 0) ? { years: fixed, span: sum(fixed) } : null,
    total: block(totalBase, totalChange, totalBaseEuro, totalChangeEuro),
  };
}

/** Partners without a key (lines without an organisation) last; then by name. */
function byKey(a: string | null, b: string | null): number {
  return (a === null ? 1 : 0) - (b === null ? 1 : 0) || (a ?? '').localeCompare(b ?? '');
}

/**
 * The order the partners are shown in: the largest cut over all the years first (in euros),
 * ties by name with the row without a key last; `ties: 'source'` keeps the sources' order on
 * ties instead of the names' (lines, which are in the file's order).
 */
export function byChange<T extends Pick<PartnerYearsRow, 'key' | 'spanChangeEuro'>>(rows: readonly T[], ties: 'key' | 'source' = 'key'): T[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) =>
        a.row.spanChangeEuro - b.row.spanChangeEuro ||
        (ties === 'key' ? byKey(a.row.key, b.row.key) : (a.row.key === null ? 1 : 0) - (b.row.key === null ? 1 : 0) || a.index - b.index),
    )
    .map(({ row }) => row);
}
