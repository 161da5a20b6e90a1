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
  /** With several amount columns ("Begroting 2024", "Begroting 2025"), the one of this year. */
  baseYear?: number;
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

/** The base year the headings suggest: the year of the amount column, if it names one; in the CBS layout, its last period. */
export function suggestedBaseYear(source: ImportSource, mapping: Mapping): number | undefined {
  const years = source.detection.openData?.years ?? [];
  if (years.length > 0) return years[years.length - 1];
  const i = mapping.indexOf('amount');
  return i >= 0 ? source.columns[i]?.year : undefined;
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

/** Sets one column's field; a column that had that field before is set to 'ignore' (one column per field). */
export function withColumnField(mapping: Mapping, index: number, field: ColumnField): Mapping {
  return mapping.map((f, i) => (i === index ? field : field !== 'ignore' && f === field ? 'ignore' : f));
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
