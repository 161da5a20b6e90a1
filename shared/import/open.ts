// A file's bytes to an import source: XLSX by its ZIP signature, otherwise text (CSV, TSV, TXT)
// in whatever encoding Excel wrote it. The old binary .xls is refused with a clear message.
import type { DecimalStyle } from '../format/read-number';
import type { Separator } from './delimited';
import { text } from '../i18n/text';
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
  if (bytes.length === 0) return { ok: false, message: text('importing.open.empty') };
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
      message: text('importing.open.oldXls'),
    };
  }
  if (/\.xlsx$/i.test(fileName)) {
    return { ok: false, message: text('importing.open.invalidXlsx') };
  }
  const { text: decoded, encoding } = decodeText(bytes);
  if (decoded.includes('\u0000')) {
    return { ok: false, message: text('importing.open.notText') };
  }
  if (!/\S/.test(decoded)) return { ok: false, message: text('importing.open.empty') };
  const textOptions: Parameters<typeof readTextSource>[1] = { format: 'csv', encoding };
  if (options.separator) textOptions.separator = options.separator;
  if (options.decimal) textOptions.decimal = options.decimal;
  return readTextSource(decoded, textOptions);
}
