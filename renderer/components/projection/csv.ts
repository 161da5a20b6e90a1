// "Download CSV" under the projection's tables, written by the exports' CSV writer
// (shared/export/csv.ts): Dutch Excel reads `;` and a decimal comma, English Excel `,` and a
// decimal point. Numbers are plain (no grouping, ASCII minus) so that a spreadsheet reads them as
// numbers; the unit goes in the header, as in the table on screen. Unlike the export's
// international style, the file always starts with a UTF-8 byte-order mark (csvFileText).
import { BOM, csvRows, csvStyleOf, type CsvCell } from '../../../shared/export/csv';
import type { Lang } from '../../../shared/i18n/languages';
import type { Platform } from '../../platform/platform';

export type { CsvCell };

/** Rows to CSV text, CRLF line ends, no byte-order mark (see `csvFileText`). */
export function toCsv(rows: readonly (readonly CsvCell[])[], lang: Lang): string {
  return csvRows(rows, csvStyleOf(lang));
}

/** The file's bytes as text: with a UTF-8 byte-order mark, without which Excel misreads "€". */
export function csvFileText(csv: string): string {
  return BOM + csv;
}

/** Offers `rows` as `<name>.csv` in the language's CSV, as every table's download button does. */
export function downloadCsv(platform: Platform, name: string, rows: readonly (readonly CsvCell[])[], lang: Lang): void {
  platform.downloadText(`${name}.csv`, csvFileText(toCsv(rows, lang)), 'text/csv;charset=utf-8');
}
