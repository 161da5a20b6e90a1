// What an import reads at most, and the words for a file beyond it. A list of budget lines has
// hundreds or a few thousand rows; these limits are far above that and far below what makes the
// app or `vcp import` slow or run out of memory. Each is checked before the work it bounds, and a
// file beyond one is refused as a whole, with the limit named: never read in part.
import { formatNumber } from '../format/money';
import type { LocalizedText } from '../scenario/problems';

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

const nl = (n: number) => formatNumber(n, { lang: 'nl', maxDigits: 0 });
const en = (n: number) => formatNumber(n, { lang: 'en', maxDigits: 0 });
const mb = (bytes: number, lang: 'nl' | 'en') => `${formatNumber(bytes / (1024 * 1024), { lang, maxDigits: 1 })} MB`;

/** What is refused: a file (CSV or XLSX) or text pasted from a spreadsheet. */
export type ImportSubject = 'file' | 'paste';

const SUBJECT: Record<ImportSubject, LocalizedText> = {
  file: { nl: 'Het bestand', en: 'The file' },
  paste: { nl: 'De geplakte tekst', en: 'The pasted text' },
};

const NOTHING: Record<ImportSubject, LocalizedText> = {
  file: {
    nl: 'Er is niets geïmporteerd; splits het bestand of laat weg wat geen begrotingsregel is.',
    en: 'Nothing was imported; split the file or leave out what is not a budget line.',
  },
  paste: {
    nl: 'Er is niets toegevoegd; plak minder rijen tegelijk of laat weg wat geen begrotingsregel is.',
    en: 'Nothing was added; paste fewer rows at a time or leave out what is not a budget line.',
  },
};

const refusal = (nlText: string, enText: string, subject: ImportSubject = 'file'): LocalizedText => ({
  nl: `${nlText} ${NOTHING[subject].nl}`,
  en: `${enText} ${NOTHING[subject].en}`,
});

export function tooManyBytes(size: number, subject: ImportSubject = 'file'): LocalizedText {
  return refusal(
    `${SUBJECT[subject].nl} is ${mb(size, 'nl')}; er wordt hoogstens ${mb(MAX_IMPORT_BYTES, 'nl')} gelezen.`,
    `${SUBJECT[subject].en} is ${mb(size, 'en')}; at most ${mb(MAX_IMPORT_BYTES, 'en')} is read.`,
    subject,
  );
}

/** Rows: `count` when known, else "more than". `where` names the sheet of an XLSX. */
export function tooManyRows(count: number | undefined, where?: { nl: string; en: string }, subject: ImportSubject = 'file'): LocalizedText {
  const whatNl = where ? `Werkblad ${where.nl}` : SUBJECT[subject].nl;
  const whatEn = where ? `Sheet ${where.en}` : SUBJECT[subject].en;
  return refusal(
    `${whatNl} heeft ${count === undefined ? `meer dan ${nl(MAX_IMPORT_ROWS)}` : nl(count)} rijen; er worden hoogstens ${nl(MAX_IMPORT_ROWS)} rijen gelezen.`,
    `${whatEn} has ${count === undefined ? `more than ${en(MAX_IMPORT_ROWS)}` : en(count)} rows; at most ${en(MAX_IMPORT_ROWS)} rows are read.`,
    subject,
  );
}

export function tooManyColumns(row: number, column?: string, subject: ImportSubject = 'file'): LocalizedText {
  const at = column ? { nl: ` (kolom ${column})`, en: ` (column ${column})` } : { nl: '', en: '' };
  return refusal(
    `Rij ${nl(row)} heeft iets in kolom ${nl(MAX_IMPORT_COLUMNS + 1)} of verder${at.nl}; er worden hoogstens ${nl(MAX_IMPORT_COLUMNS)} kolommen gelezen.`,
    `Row ${en(row)} has something in column ${en(MAX_IMPORT_COLUMNS + 1)} or beyond${at.en}; at most ${en(MAX_IMPORT_COLUMNS)} columns are read.`,
    subject,
  );
}

export function tooManyCells(row: number | undefined, count?: number, subject: ImportSubject = 'file'): LocalizedText {
  const at = row === undefined ? { nl: '', en: '' } : { nl: ` (bij rij ${nl(row)})`, en: ` (at row ${en(row)})` };
  return refusal(
    `${SUBJECT[subject].nl} heeft ${count === undefined ? `meer dan ${nl(MAX_IMPORT_CELLS)}` : nl(count)} cellen${at.nl}; er worden hoogstens ${nl(MAX_IMPORT_CELLS)} cellen gelezen.`,
    `${SUBJECT[subject].en} has ${count === undefined ? `more than ${en(MAX_IMPORT_CELLS)}` : en(count)} cells${at.en}; at most ${en(MAX_IMPORT_CELLS)} cells are read.`,
    subject,
  );
}

/** An XLSX part (merged cells, a named range) that spans more cells than are read. */
export function tooLargeArea(what: { nl: string; en: string }, cells: number): LocalizedText {
  return refusal(
    `${what.nl} beslaan samen ${nl(cells)} cellen; hoogstens ${nl(MAX_IMPORT_CELLS)} worden gelezen.`,
    `${what.en} cover ${en(cells)} cells together; at most ${en(MAX_IMPORT_CELLS)} are read.`,
  );
}

export function tooManyParts(count: number): LocalizedText {
  return refusal(
    `Dit XLSX-bestand bestaat uit ${nl(count)} onderdelen; een werkmap van hoogstens ${nl(MAX_XLSX_PARTS)} onderdelen wordt gelezen.`,
    `This XLSX file consists of ${en(count)} parts; a workbook of at most ${en(MAX_XLSX_PARTS)} parts is read.`,
  );
}

export function tooManyUnpackedBytes(part: string): LocalizedText {
  return refusal(
    `Dit XLSX-bestand wordt uitgepakt meer dan ${mb(MAX_XLSX_UNPACKED_BYTES, 'nl')} (bij onderdeel „${part}”); er wordt hoogstens ${mb(MAX_XLSX_UNPACKED_BYTES, 'nl')} gelezen.`,
    `Unpacked, this XLSX file is more than ${mb(MAX_XLSX_UNPACKED_BYTES, 'en')} (at part "${part}"); at most ${mb(MAX_XLSX_UNPACKED_BYTES, 'en')} is read.`,
  );
}

export function tooManyElements(count: number): LocalizedText {
  return refusal(
    `Dit XLSX-bestand beschrijft ${nl(count)} XML-elementen (cellen, teksten, opmaak); er worden er hoogstens ${nl(MAX_XLSX_ELEMENTS)} gelezen.`,
    `This XLSX file describes ${en(count)} XML elements (cells, texts, formats); at most ${en(MAX_XLSX_ELEMENTS)} are read.`,
  );
}
