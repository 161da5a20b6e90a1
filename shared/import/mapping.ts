// Which column is read as which field: guessed from the headings, changed by the person (or
// by --map on the command line), and remembered by heading names for the next import.
import { COLUMN_FIELDS, fieldFromName, guessHeading, normalizeHeading, type ColumnField, type ImportField } from './fields';
import { openDataMapping } from './open-data';
import { columnIndex, type ImportSource, type SourceColumn } from './source';

/** One field per column, in column order. */
export type Mapping = ColumnField[];

/**
 * Without headings, the columns are read in the order of the lines table (and of the baseline
 * editor's paste): name, kind, amount, group, organisation, taakveld, wage share, growth, notes.
 */
export const HEADERLESS_ORDER: readonly ImportField[] = ['name', 'kind', 'amount', 'group', 'organisation', 'taakveld', 'wageShare', 'volumeGrowth', 'notes'];

export interface GuessOptions {
  /**
   * With several amount columns of one year each, the base year's when `years` is 'one'; by
   * default every such column is read as the multi-year estimate.
   */
  baseYear?: number;
  /** 'estimate' (default): two or more amount columns of different years are the multi-year estimate; 'one': only one is the amount. */
  years?: 'estimate' | 'one';
}

/**
 * The amount columns of a multi-year estimate: columns guessed as an amount whose headings name
 * two or more different years ("Begroting 2025", "Raming 2026 … 2028"); for a year named twice
 * the rightmost column (the later estimate). Empty when fewer than two years.
 */
export function estimateColumns(source: ImportSource): number[] {
  const byYear = new Map<number, number>();
  source.columns.forEach((c, i) => {
    if (c.year === undefined || guessHeading(c.heading).field !== 'amount') return;
    byYear.set(c.year, i);
  });
  return byYear.size >= 2 ? [...byYear.values()].sort((a, b) => a - b) : [];
}

/**
 * The guessed mapping: each column's best field from its heading; a field goes to one column
 * only (the surest guess, then the base year's, then the leftmost), the others are ignored.
 */
export function guessMapping(source: ImportSource, options: GuessOptions = {}): Mapping {
  const { columns } = source;
  if (source.detection.openData) return openDataMapping(columns, source.detection.openData);
  if (source.detection.headerRow === undefined) {
    return columns.map((_c, i) => HEADERLESS_ORDER[i] ?? 'ignore');
  }
  const guesses = columns.map((c) => guessHeading(c.heading));
  const mapping: Mapping = columns.map(() => 'ignore');
  const taken = new Set<ColumnField>();
  // A multi-year estimate: every year's column, and no single amount column beside it.
  if (options.years !== 'one') {
    const years = estimateColumns(source);
    for (const i of years) mapping[i] = 'estimate';
    if (years.length > 0) {
      taken.add('amount');
      for (const [i, g] of guesses.entries()) if (g.field === 'amount') guesses[i] = { field: 'ignore', score: 0 };
    }
  }
  const order = columns
    .map((c, i) => ({ c, i, g: guesses[i] as { field: ColumnField; score: number } }))
    .filter((x) => x.g.score > 0)
    .sort((a, b) => {
      if (b.g.score !== a.g.score) return b.g.score - a.g.score;
      const ay = options.baseYear !== undefined && a.c.year === options.baseYear ? 1 : 0;
      const by = options.baseYear !== undefined && b.c.year === options.baseYear ? 1 : 0;
      if (by !== ay) return by - ay;
      return a.i - b.i;
    });
  // A column whose heading names the base year beats a surer guess without a year ("Totaal").
  if (options.baseYear !== undefined) {
    const ofYear = order.find((x) => x.g.field === 'amount' && x.c.year === options.baseYear);
    if (ofYear) {
      mapping[ofYear.i] = 'amount';
      taken.add('amount');
    }
  }
  for (const { i, g } of order) {
    if (taken.has(g.field) || mapping[i] !== 'ignore') continue;
    mapping[i] = g.field;
    taken.add(g.field);
  }
  // A code column followed by one without a heading that holds text: the names (budgets print
  // "6.1 | Samenkracht en burgerparticipatie | 13.174" with only the code column headed).
  const code = mapping.indexOf('taakveld');
  const next = columns[code + 1];
  if (!taken.has('name') && code >= 0 && next && next.heading === '' && mapping[code + 1] === 'ignore' && mostlyText(source, code + 1)) {
    mapping[code + 1] = 'name';
  }
  return mapping;
}

/** Whether a column's filled cells are mostly words, not numbers. */
function mostlyText(source: ImportSource, index: number): boolean {
  let text = 0;
  let filled = 0;
  for (const row of source.rows) {
    const cell = row.cells[index];
    if (!cell || (cell.text.trim() === '' && cell.value === undefined)) continue;
    filled += 1;
    if (cell.value === undefined && /\p{L}{2,}/u.test(cell.text)) text += 1;
  }
  return filled > 0 && text / filled >= 0.8;
}

/**
 * The base year the headings suggest: in the CBS layout, its last period; else the first year of
 * the multi-year estimate, or the year of the amount column, if they name one.
 */
export function suggestedBaseYear(source: ImportSource, mapping: Mapping): number | undefined {
  const periods = source.detection.openData?.years ?? [];
  if (periods.length > 0) return periods[periods.length - 1];
  const years = estimateYears(source, mapping);
  if (years.length > 0) return years[0];
  const i = mapping.indexOf('amount');
  return i >= 0 ? source.columns[i]?.year : undefined;
}

/** The years of the columns mapped as multi-year estimate, ascending. */
export function estimateYears(source: ImportSource, mapping: Mapping): number[] {
  const years = new Set<number>();
  mapping.forEach((f, i) => {
    const year = source.columns[i]?.year;
    if (f === 'estimate' && year !== undefined) years.add(year);
  });
  return [...years].sort((a, b) => a - b);
}

/** Remembering a mapping: keyed by the heading names, so the same export maps the same way next time. */
export function mappingKey(columns: readonly SourceColumn[]): string {
  return columns.map((c) => normalizeHeading(c.heading)).join('|');
}

export function mappingToRecord(columns: readonly SourceColumn[], mapping: Mapping): Record<string, ColumnField> {
  const out: Record<string, ColumnField> = {};
  columns.forEach((c, i) => {
    out[c.heading !== '' ? c.heading : c.letter] = mapping[i] ?? 'ignore';
  });
  return out;
}

/** A remembered mapping applied to these columns; undefined when it does not fit them. */
export function mappingFromRecord(columns: readonly SourceColumn[], record: unknown): Mapping | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const r = record as Record<string, unknown>;
  const mapping: Mapping = [];
  for (const c of columns) {
    const v = r[c.heading !== '' ? c.heading : c.letter];
    if (typeof v !== 'string' || !COLUMN_FIELDS.includes(v as ColumnField)) return undefined;
    mapping.push(v as ColumnField);
  }
  return mapping;
}

/**
 * Sets one column's field; a column that had that field before is set to 'ignore' (one column
 * per field). The multi-year estimate takes a column per year, and is one way of giving the
 * amount: choosing it clears the amount column, choosing an amount clears the estimate's columns.
 */
export function withColumnField(mapping: Mapping, index: number, field: ColumnField): Mapping {
  const clears = (f: ColumnField) =>
    field === 'estimate' ? f === 'amount' : field === 'amount' ? f === 'amount' || f === 'estimate' : field !== 'ignore' && f === field;
  return mapping.map((f, i) => (i === index ? field : clears(f) ? 'ignore' : f));
}

export type MapOverride = { column: string; field: string };

export type OverrideResult = { ok: true; mapping: Mapping } | { ok: false; error: 'unknown-column' | 'unknown-field'; value: string };

/**
 * Applies "column=field" overrides (command line): the column by its heading (any case), else by
 * its letter ("C"); the field by its id (amount, unitCost…) or a Dutch or English name.
 */
export function applyOverrides(columns: readonly SourceColumn[], mapping: Mapping, overrides: readonly MapOverride[]): OverrideResult {
  let out = mapping.slice();
  for (const { column, field } of overrides) {
    const want = normalizeHeading(column);
    let index = columns.findIndex((c) => c.heading !== '' && normalizeHeading(c.heading) === want);
    if (index < 0) {
      const byLetter = columnIndex(column.trim());
      if (byLetter !== undefined && byLetter < columns.length) index = byLetter;
    }
    if (index < 0) return { ok: false, error: 'unknown-column', value: column };
    const f = fieldFromName(field);
    if (!f) return { ok: false, error: 'unknown-field', value: field };
    out = withColumnField(out, index, f);
  }
  return { ok: true, mapping: out };
}
