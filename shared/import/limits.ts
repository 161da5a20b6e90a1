// What an import reads at most, and the words for a file beyond it. A list of budget lines has
// hundreds or a few thousand rows; these limits are far above that and far below what makes the
// app or `vcp import` slow or run out of memory. Each is checked before the work it bounds, and a
// file beyond one is refused as a whole, with the limit named: never read in part.
import { text, type Text } from '../i18n/text';

/** The largest file read (CSV or XLSX), in bytes. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Rows of a CSV or of the sheet read, the heading and empty rows included. */
export const MAX_IMPORT_ROWS = 20_000;
/** Columns up to the last one with something in it. */
export const MAX_IMPORT_COLUMNS = 200;
/** Cells read in all (CSV), cells written in the sheet, and cells covered by merges or names (XLSX). */
export const MAX_IMPORT_CELLS = 500_000;
/** Parts (files) in an XLSX's ZIP archive; a workbook from Excel has a few dozen. */
export const MAX_XLSX_PARTS = 1_000;
/** All parts of an XLSX unpacked together, in bytes. */
export const MAX_XLSX_UNPACKED_BYTES = 100 * 1024 * 1024;
/**
 * XML elements in all parts of an XLSX (cells, shared texts, styles…): ExcelJS keeps an object
 * for each, of 100 bytes or more; a cell is two to four (with its shared text), so a sheet at
 * the cell limit fits.
 */
export const MAX_XLSX_ELEMENTS = 2_000_000;

/** What is refused: a file (CSV or XLSX) or text pasted from a spreadsheet. */
export type ImportSubject = 'file' | 'paste';

export function tooManyBytes(size: number, subject: ImportSubject = 'file'): Text {
  return text('importing.limits.tooManyBytes', size, MAX_IMPORT_BYTES, subject);
}

/** Rows: `count` when known, else "more than". `sheet` names the sheet of an XLSX. */
export function tooManyRows(count: number | undefined, sheet?: string, subject: ImportSubject = 'file'): Text {
  return text('importing.limits.tooManyRows', count, MAX_IMPORT_ROWS, subject, sheet);
}

export function tooManyColumns(row: number, column?: string, subject: ImportSubject = 'file'): Text {
  return text('importing.limits.tooManyColumns', row, MAX_IMPORT_COLUMNS, subject, column);
}

export function tooManyCells(row: number | undefined, count?: number, subject: ImportSubject = 'file'): Text {
  return text('importing.limits.tooManyCells', row, count, MAX_IMPORT_CELLS, subject);
}

/** An XLSX part (merged cells, named ranges) that spans more cells than are read. */
export function tooLargeArea(area: 'named' | 'merged', cells: number): Text {
  return text('importing.limits.tooLargeArea', area, cells, MAX_IMPORT_CELLS);
}

export function tooManyParts(count: number): Text {
  return text('importing.limits.tooManyParts', count, MAX_XLSX_PARTS);
}

export function tooManyUnpackedBytes(part: string): Text {
  return text('importing.limits.tooManyUnpackedBytes', part, MAX_XLSX_UNPACKED_BYTES);
}

export function tooManyElements(count: number): Text {
  return text('importing.limits.tooManyElements', count, MAX_XLSX_ELEMENTS);
}
