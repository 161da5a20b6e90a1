// A spreadsheet as rows of cells, whatever it came from (CSV, a paste, XLSX), with the heading
// row found and what was detected about it, so that the reader and the dialog can show it.
import { detectDecimalStyle, type DecimalStyle } from '../format/read-number';
import type { Text } from '../i18n/text';
import { detectSeparator, separatorLine, splitDelimitedWithin, type DelimitedRecord, type SplitLimits, type Separator } from './delimited';
import { guessHeading, headingGivesUnit, headingMultiplier, headingYear, unitFactor } from './fields';
import { MAX_IMPORT_BYTES, MAX_IMPORT_CELLS, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, tooManyBytes, tooManyCells, tooManyColumns, tooManyRows, type ImportSubject } from './limits';
import { detectOpenData, isOpenDataHeading, OPEN_DATA_SCALE, type OpenDataLayout } from './open-data';
import type { TextEncoding } from './text';

export interface Cell {
  /** The cell as shown: for a CSV the text, for XLSX the value as text. */
  text: string;
  /** A number the spreadsheet itself stored (XLSX), so no decimal style is needed to read it. */
  value?: number;
  /** The XLSX cell is formatted as a percentage: `value` 0.8 shows as 80%. */
  percentFormat?: boolean;
  /** An XLSX formula without a stored result (the file was never calculated by Excel). */
  missingResult?: boolean;
  /** XLSX: a merged cell continuing the one to its left; shown as a heading, never read as data. */
  spread?: boolean;
}

export interface SourceRow {
  /** The row number the spreadsheet shows (1-based), so people can find it. */
  row: number;
  cells: Cell[];
}

export interface SourceColumn {
  index: number;
  /** Spreadsheet column letter: A, B, … Z, AA. */
  letter: string;
  /** The heading as written ("" when there is no heading row or the cell is empty). */
  heading: string;
  /** What the column is called in the preview and in problems: the heading, or "Kolom C". */
  label: string;
  /** A year in the heading ("Begroting 2024"). */
  year?: number;
  /** 1000 when the heading says "x € 1.000". */
  multiplier: number;
  /** The heading names its own unit (a scale, or "in euro"): the table's caption does not apply. */
  unitGiven?: boolean;
}

export type SourceFormat = 'csv' | 'xlsx' | 'paste';

export interface Detection {
  format: SourceFormat;
  /** CSV and paste. */
  separator?: Separator;
  /** True when the separator was read from Excel's "sep=" line. */
  separatorDeclared?: boolean;
  decimal: DecimalStyle;
  /** Cells that spoke for each decimal style; both 0: `decimal` is the default for the separator. */
  decimalEvidence: { comma: number; point: number };
  encoding?: TextEncoding;
  /** XLSX: the sheet read and every sheet in the file. */
  sheet?: string;
  sheets?: string[];
  /** The heading row's number; undefined when the rows have no headings. */
  headerRow?: number;
  /**
   * The scale of the table's amounts, from a caption ("Bedragen x € 1.000" above the headings, in
   * a heading cell that names no column, or in the sheet's name). Applies to the amount and price
   * columns whose own heading gives no unit. Absent: amounts are in euros.
   */
  scale?: TableScale;
  /** The CBS open data layout (rows per municipality × taakveld × category), when the headings are its. */
  openData?: OpenDataLayout;
}

/** The scale in effect: the one chosen, else the table's own (its caption), else 1 (euros). */
export function scaleInEffect(detection: Detection, chosen?: number): number {
  return chosen ?? detection.scale?.factor ?? 1;
}

export interface TableScale {
  factor: 1000 | 1000000;
  /** Where it was read: a row of the sheet, or the sheet's name; or the layout says it (CBS open data: € 1.000). */
  row?: number;
  sheet?: string;
  openData?: true;
  /** The caption as written. */
  text: string;
}

export interface ImportSource {
  detection: Detection;
  columns: SourceColumn[];
  /** The rows below the heading row (every row when there is none), empty ones included. */
  rows: SourceRow[];
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "C" → 2, "AA" → 26; undefined when not letters. */
export function columnIndex(letter: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letter)) return undefined;
  let n = 0;
  for (const ch of letter.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const isEmpty = (cells: readonly Cell[]) => cells.every((c) => c.text.trim() === '' && c.value === undefined);
const looksNumeric = (c: Cell) => c.value !== undefined || /^[\s€+\-−(]*\d[\d\s.,]*[%)-]?\s*$/.test(c.text);

/** How many cells of a row read as known headings (text, not numbers). */
function headingScore(cells: readonly Cell[]): number {
  let n = 0;
  const seen = new Set<string>();
  for (const c of cells) {
    if (looksNumeric(c) || c.text.trim() === '') continue;
    const text = c.text.trim();
    if (seen.has(text)) continue; // a merged title repeats in every cell it spans
    seen.add(text);
    // The CBS open data headings ("Gemeenten", "TaakveldBalanspost", "Perioden") name no field of a line.
    if (guessHeading(text).score > 0 || isOpenDataHeading(text)) n += 1;
  }
  return n;
}

const TAAKVELD_LIKE = /^\d{1,2}\.\d{1,3}[a-z]?$/;

/** How many rows from the top are searched for the heading row (titles and blank rows above it). */
const HEADING_SEARCH_ROWS = 15;

/**
 * Finds the heading row (the first of the top rows with the most cells that read as known
 * headings, at least two) and describes the columns. With no such row, every row is data.
 */
export function tableFromRows(
  allRows: readonly SourceRow[],
  detection: Omit<Detection, 'headerRow' | 'decimal' | 'decimalEvidence'>,
  options: { decimal?: DecimalStyle } = {},
): ImportSource {
  // A loop, not Math.max(...rows): spreading 100,000 rows overflows the call stack.
  let width = 0;
  for (const r of allRows) width = Math.max(width, r.cells.length);
  let header = -1;
  let bestScore = 1;
  let looked = 0;
  for (let i = 0; i < allRows.length && looked < HEADING_SEARCH_ROWS; i++) {
    const cells = (allRows[i] as SourceRow).cells;
    if (isEmpty(cells)) continue;
    looked += 1;
    const score = headingScore(cells);
    if (score > bestScore) {
      bestScore = score;
      header = i;
    }
  }
  const headingRow = header >= 0 ? (allRows[header] as SourceRow) : undefined;
  // A heading under a merged one ("Begroting" over "2024" | "2025"): read the two together
  // when the lower one alone names no field.
  const above = header > 0 ? (allRows[header - 1] as SourceRow) : undefined;
  const columns: SourceColumn[] = [];
  for (let index = 0; index < width; index++) {
    const letter = columnLetter(index);
    const own = headingRow?.cells[index]?.text.trim() ?? '';
    const parent = above?.cells[index]?.text.trim() ?? '';
    const heading = own !== '' && parent !== '' && guessHeading(own).score === 0 && guessHeading(`${parent} ${own}`).score > 0 ? `${parent} ${own}` : own;
    const column: SourceColumn = {
      index,
      letter,
      heading,
      label: heading !== '' ? heading : letter,
      multiplier: headingMultiplier(heading),
    };
    const year = headingYear(heading);
    if (year !== undefined) column.year = year;
    if (headingGivesUnit(heading)) column.unitGiven = true;
    columns.push(column);
  }
  const rows = allRows.slice(header + 1);
  const openData = headingRow ? detectOpenData(columns, rows) : undefined;
  let scale = tableScale(allRows, header, detection.sheet);
  // CBS's Iv3 amounts are in € 1.000, also under a heading that says no unit ("Waarde").
  if (openData && !scale && !columns[openData.value]?.unitGiven) scale = { factor: OPEN_DATA_SCALE, openData: true, text: '' };
  const fallback: DecimalStyle = detection.separator === ',' ? 'point' : 'comma';
  // Only columns whose headings name figures speak for the decimal style: a taakveld "6.71" or a
  // date in another column says nothing about how the amounts are written.
  const numeric = new Set(['amount', 'volume', 'unitCost', 'wageShare', 'volumeGrowth']);
  const counted = columns.filter((c) => !headingRow || numeric.has(guessHeading(c.heading).field) || c.index === openData?.value).map((c) => c.index);
  const texts: string[] = [];
  for (const r of rows) {
    for (const i of counted) {
      const c = r.cells[i];
      if (!c || c.value !== undefined || c.text === '') continue;
      if (!headingRow && TAAKVELD_LIKE.test(c.text.trim())) continue;
      texts.push(c.text);
    }
  }
  const found = detectDecimalStyle(texts, fallback);
  const result: Detection = {
    ...detection,
    decimal: options.decimal ?? found.style,
    decimalEvidence: { comma: found.comma, point: found.point },
  };
  if (headingRow) result.headerRow = headingRow.row;
  if (scale) result.scale = scale;
  if (openData) result.openData = openData;
  return { detection: result, columns, rows };
}

/**
 * The table's unit: the first caption above the heading row that names one ("Bedragen x € 1.000",
 * "(x € 1.000)", "in duizenden euro's", "bedragen in miljoenen"), else a heading cell that names
 * a unit but no column, else the sheet's name. Dutch budgets put it there, not in each heading.
 */
function tableScale(allRows: readonly SourceRow[], header: number, sheet: string | undefined): TableScale | undefined {
  const found = (cell: Cell | undefined, row: number): TableScale | undefined => {
    const text = cell?.text.trim() ?? '';
    if (text === '' || text.length > 200) return undefined;
    const factor = unitFactor(text);
    return factor === 1 ? undefined : { factor, row, text };
  };
  for (let i = 0; i < header; i++) {
    const r = allRows[i] as SourceRow;
    for (const cell of r.cells) {
      const scale = found(cell, r.row);
      if (scale) return scale;
    }
  }
  const headingRow = header >= 0 ? allRows[header] : undefined;
  for (const cell of headingRow?.cells ?? []) {
    if (guessHeading(cell.text).score > 0) continue;
    const scale = found(cell, (headingRow as SourceRow).row);
    if (scale) return scale;
  }
  if (sheet !== undefined) {
    const factor = unitFactor(sheet);
    if (factor !== 1) return { factor, sheet, text: sheet };
  }
  return undefined;
}

export interface TextSourceOptions {
  format?: 'csv' | 'paste';
  /** Overrides the detected separator. */
  separator?: Separator;
  /** Overrides the detected decimal style. */
  decimal?: DecimalStyle;
  encoding?: TextEncoding;
}

export type SourceResult = { ok: true; source: ImportSource } | { ok: false; message: Text };

const IMPORT_LIMITS: SplitLimits = { records: MAX_IMPORT_ROWS, columns: MAX_IMPORT_COLUMNS, cells: MAX_IMPORT_CELLS };
const NO_LIMITS: SplitLimits = { records: Infinity, columns: Infinity, cells: Infinity };

/**
 * CSV text or a paste as a source, within the import limits (MAX_IMPORT_* in ./limits): a text
 * beyond one is refused with a message that names it, before more of it is read.
 */
export function readTextSource(text: string, options: TextSourceOptions = {}): SourceResult {
  // A UTF-16 code unit is at least one byte of the file, so this bounds the text as the file size does.
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, message: tooManyBytes(text.length, subjectOf(options)) };
  return textSource(text, options, IMPORT_LIMITS);
}

/** CSV text or a paste (tab-separated) as a source; separator and decimal style detected unless given. No limits: for text known to be small. */
export function sourceFromText(text: string, options: TextSourceOptions = {}): ImportSource {
  return (textSource(text, options, NO_LIMITS) as { source: ImportSource }).source;
}

/** A refusal speaks of "the pasted text" for a paste, of "the file" for CSV. */
const subjectOf = (options: TextSourceOptions): ImportSubject => (options.format === 'paste' ? 'paste' : 'file');

function textSource(text: string, options: TextSourceOptions, limits: SplitLimits): SourceResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const declared = separatorLine(body);
  const separator = options.separator ?? detectSeparator(body);
  // Excel's "sep=;" line is not a row of the sheet: Excel hides it, so rows count after it.
  const data = declared ? body.replace(/^[^\n]*\n?/, '') : body;
  const split = splitDelimitedWithin(data, separator, limits);
  if (!split.ok) {
    const subject = subjectOf(options);
    const message =
      split.limit === 'records'
        ? tooManyRows(undefined, undefined, subject)
        : split.limit === 'columns'
          ? tooManyColumns(split.row, undefined, subject)
          : tooManyCells(split.row, undefined, subject);
    return { ok: false, message };
  }
  const rows: SourceRow[] = split.records.map((r: DelimitedRecord) => ({ row: r.row, cells: r.cells.map((text) => ({ text })) }));
  const detection: Omit<Detection, 'headerRow' | 'decimal' | 'decimalEvidence'> = { format: options.format ?? 'csv', separator };
  if (declared && options.separator === undefined) detection.separatorDeclared = true;
  if (options.encoding) detection.encoding = options.encoding;
  return { ok: true, source: tableFromRows(rows, detection, options.decimal ? { decimal: options.decimal } : {}) };
}
