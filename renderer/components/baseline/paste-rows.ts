// Budget lines pasted from a spreadsheet, read by shared/import as the import feature reads a
// paste: tab-separated cells, numbers in the app's language, the columns by their headings when
// the first row has them, else in the lines table's order. Pure (no React, no store). A row
// that is not added is reported with its number and the reason: never dropped silently.
import { readNumberText, type DecimalStyle } from '../../../shared/format/read-number';
import { splitDelimited } from '../../../shared/import/delimited';
import { HEADERLESS_ORDER, guessMapping } from '../../../shared/import/mapping';
import { readLines, type ImportProblem, type ImportedLineData } from '../../../shared/import/read-lines';
import { readTextSource, type ImportSource } from '../../../shared/import/source';
import type { Lang } from '../../../shared/i18n/languages';
import { decimalStyleOf } from '../../../shared/format/parse-number';
import { text as say, type Text } from '../../../shared/i18n/text';

export type PastedLine = ImportedLineData;

export interface PasteRowProblem {
  /** 1-based row number in the pasted text (so people can find it in their selection). */
  row: number;
  /** The row as pasted, cells joined by " | ", for the report. */
  text: string;
  reason: Text;
}

export interface PasteResult {
  lines: { row: number; line: PastedLine }[];
  problems: PasteRowProblem[];
  /** Rows added with a remark (e.g. clients × cost used where the amount column disagreed). */
  notes: PasteRowProblem[];
  /** The first row held column headings ("Naam", "Soort", "Bedrag") and was read as such. */
  headerSkipped: boolean;
  /** The paste was beyond an import limit (rows, columns, cells, size) and read not at all: why. */
  refusal?: Text;
}

/** True when text looks like more than one cell: it has a tab or a line break. */
export function looksLikeRows(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''));
}

/** Tab-separated text as rows of cells (quoted cells whole; a final line break adds no row). */
export function splitTabbed(text: string): string[][] {
  return splitDelimited(text, '\t').map((r) => r.cells);
}

const YEAR = /^(19|20)\d{2}$/;

/**
 * The paste as an import source. shared/import takes as headings the top row with the most
 * known headings (two or more); in a paste only the first row can hold headings, and only when
 * no cell of it is a number other than a year: "Bibliotheek | Subsidie | € 1.234,50 | … | bron:
 * begroting" names two headings but is a line. Otherwise every row is read in the table's order.
 */
function pasteSource(text: string, decimal: DecimalStyle): ImportSource | Text {
  // The import dialog's limits: a paste may come from a sheet that came by e-mail.
  const read = readTextSource(text, { format: 'paste', separator: '\t', decimal });
  if (!read.ok) return read.message;
  const source = read.source;
  const heading = source.detection.headerRow;
  if (heading === undefined) return source;
  const records = splitDelimited(text, '\t');
  const first = records.find((r) => r.cells.some((c) => c.trim() !== ''));
  const isNumber = (cell: string) => !YEAR.test(cell.trim()) && readNumberText(cell, decimal) !== null;
  if (first?.row === heading && !first.cells.some(isNumber)) return source;
  const { headerRow: _, ...detection } = source.detection;
  return {
    detection,
    columns: source.columns.map(({ index, letter }) => ({ index, letter, heading: '', label: letter, multiplier: 1 })),
    rows: records.map((r) => ({ row: r.row, cells: r.cells.map((cell) => ({ text: cell })) })),
  };
}

/**
 * Reads pasted rows as budget lines without ids (linesWithIds makes them unique against the
 * scenario). `lang` decides how numbers are read: nl "1.234,50", en "1,234.50". Unlike a file
 * import, no row is taken for a total (a paste is a chosen selection), and an empty kind is
 * "Overig", not a guess.
 */
export function parsePastedRows(text: string, lang: Lang): PasteResult {
  const decimal = decimalStyleOf(lang);
  const source = pasteSource(text, decimal);
  if (!('rows' in source)) return { lines: [], problems: [], notes: [], headerSkipped: false, refusal: source };
  const headerSkipped = source.detection.headerRow !== undefined;
  const cells = new Map(source.rows.map((r) => [r.row, r.cells.map((c) => c.text.trim())]));
  const problems: PasteRowProblem[] = [];
  const rowOf = (row: number, reason: Text) => ({ row, text: (cells.get(row) ?? []).join(' | '), reason });
  const report = (row: number, reason: Text) => problems.push(rowOf(row, reason));

  // Without headings the columns are read by position: text beyond the last one means the
  // selection was wider than the table (empty cells there are harmless).
  const width = HEADERLESS_ORDER.length;
  const tooWide = new Set<number>();
  if (!headerSkipped) {
    for (const [row, texts] of cells) {
      if (!texts.slice(width).some((c) => c !== '')) continue;
      tooWide.add(row);
      report(row, say('importing.paste.tooWide', texts.length, width));
    }
  }

  const mapping = guessMapping(source);
  const amountColumn = mapping.indexOf('amount');
  const amountLabel = source.columns[amountColumn]?.label;
  const read = readLines({ ...source, rows: source.rows.filter((r) => !tooWide.has(r.row)) }, mapping, {
    keepRows: source.rows.map((r) => r.row),
  });
  const reason = (p: ImportProblem): Text => {
    const amount = cells.get(p.row)?.[amountColumn] ?? '';
    const unreadable = p.column !== undefined && p.column === amountLabel && amount !== '' && readNumberText(amount, decimal) === null;
    return unreadable ? say('importing.paste.notAnAmount', amount, decimal) : p.message;
  };
  // Rows left out on purpose (a heading between the lines) are not added either: said the same way.
  for (const p of [...read.problems, ...read.skipped]) report(p.row, reason(p));
  problems.sort((a, b) => a.row - b.row);

  const lines = read.lines.map(({ row, line, kindGuessedFrom }) => ({ row, line: kindGuessedFrom ? { ...line, kind: 'other' as const } : line }));
  return { lines, problems, notes: read.notes.map((n) => rowOf(n.row, n.message)), headerSkipped };
}
