// A file's bytes to an import source: XLSX by its ZIP signature, otherwise text (CSV, TSV, TXT)
// in whatever encoding Excel wrote it. The old binary .xls is refused with a clear message.
import type { DecimalStyle } from '../format/read-number';
import type { Separator } from './delimited';
import { MAX_IMPORT_BYTES, tooManyBytes } from './limits';
import { readTextSource, type SourceResult } from './source';
import { decodeText, looksLikeXls, looksLikeXlsx } from './text';
import { sourceFromXlsx, type ExcelLoader } from './xlsx';

export interface OpenOptions {
  sheet?: string;
  separator?: Separator;
  decimal?: DecimalStyle;
  /** ExcelJS (or a loader of it), needed for XLSX only. */
  excel?: ExcelLoader;
}

export type OpenResult = SourceResult;

export async function openImportFile(bytes: Uint8Array, fileName: string, options: OpenOptions = {}): Promise<OpenResult> {
  if (bytes.length === 0) return { ok: false, message: { nl: 'Het bestand is leeg.', en: 'The file is empty.' } };
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, message: tooManyBytes(bytes.length) };
  if (looksLikeXlsx(bytes)) {
    const xlsx: Parameters<typeof sourceFromXlsx>[1] = {};
    if (options.sheet !== undefined) xlsx.sheet = options.sheet;
    if (options.decimal) xlsx.decimal = options.decimal;
    if (options.excel) xlsx.excel = options.excel;
    return sourceFromXlsx(bytes, xlsx);
  }
  if (looksLikeXls(bytes) || /\.xls$/i.test(fileName)) {
    return {
      ok: false,
      message: {
        nl: 'Dit is een oud Excel-bestand (.xls). Open het in Excel en sla het op als Excel-werkmap (.xlsx) of als CSV.',
        en: 'This is an old Excel file (.xls). Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV.',
      },
    };
  }
  if (/\.xlsx$/i.test(fileName)) {
    return { ok: false, message: { nl: 'Dit is geen geldig XLSX-bestand.', en: 'This is not a valid XLSX file.' } };
  }
  const { text, encoding } = decodeText(bytes);
  if (text.includes('\u0000')) {
    return { ok: false, message: { nl: 'Dit is geen tekstbestand (CSV) en geen Excel-werkmap.', en: 'This is neither a text (CSV) file nor an Excel workbook.' } };
  }
  if (!/\S/.test(text)) return { ok: false, message: { nl: 'Het bestand is leeg.', en: 'The file is empty.' } };
  const textOptions: Parameters<typeof readTextSource>[1] = { format: 'csv', encoding };
  if (options.separator) textOptions.separator = options.separator;
  if (options.decimal) textOptions.decimal = options.decimal;
  return readTextSource(text, textOptions);
}
