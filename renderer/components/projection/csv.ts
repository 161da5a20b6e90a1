// A small CSV writer for the tables behind the charts (shared/ has none yet). Dutch Excel reads
// `;`-separated files with a decimal comma; English Excel reads `,` and a decimal point.
// Numbers are written plainly (no grouping, ASCII minus) so that a spreadsheet reads them as
// numbers; the unit goes in the header, as in the table on screen.
import type { Lang } from '../../../shared/scenario/problems';

export type CsvCell = string | number | null;

export const CSV_SEPARATOR: Record<Lang, string> = { nl: ';', en: ',' };

// Machine notation, not display: no grouping, '.' as the decimal point, at most 10 decimals.
const plain = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 10 });

function numberCell(value: number, lang: Lang): string {
  const text = plain.format(value + 0); // + 0: never "-0"
  return lang === 'nl' ? text.replace('.', ',') : text;
}

/**
 * A text cell that a spreadsheet would read as a formula (=, +, −, @ first) gets a leading
 * apostrophe: scenario files travel between organisations, and a name is not a formula.
 */
function textCell(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows to CSV text, CRLF line ends, no byte-order mark (see `csvFileText`). */
export function toCsv(rows: readonly (readonly CsvCell[])[], lang: Lang): string {
  const separator = CSV_SEPARATOR[lang];
  return rows
    .map((row) =>
      row
        .map((cell) =>
          cell === null ? '' : typeof cell === 'number' ? numberCell(cell, lang) : textCell(cell, separator),
        )
        .join(separator),
    )
    .join('\r\n')
    .concat('\r\n');
}

/** The file's bytes as text: with a UTF-8 byte-order mark, without which Excel misreads "€". */
export function csvFileText(csv: string): string {
  return '\uFEFF' + csv;
}
