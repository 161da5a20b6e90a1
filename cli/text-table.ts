// A plain-text table for the terminal: the first column left-aligned, the others right-aligned,
// split into blocks of columns when it would be wider than the terminal.
import { visible } from '../shared/scenario/problem-text';

/** Width in terminal cells: one per code point (the table holds no wide or combining characters). */
const width = (text: string) => [...text].length;

const padEnd = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - width(text)));
const padStart = (text: string, to: number) => ' '.repeat(Math.max(0, to - width(text))) + text;

function fit(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

export interface TextTable {
  /** Column headers after the label column. */
  header: string[];
  /** Each row: its label, then one cell per header. A row with no cells is a subheading. */
  rows: { label: string; cells: string[] }[];
}

export function renderTextTable(given: TextTable, options: { maxWidth: number; maxLabel?: number }): string {
  // Names come from the file: on one line, and nothing in them that does not print.
  const table = { header: given.header.map(visible), rows: given.rows.map((r) => ({ label: visible(r.label), cells: r.cells.map(visible) })) };
  const gap = '  ';
  // A subheading stands on its own line: never shortened, and it does not widen the column.
  const isHeading = (r: TextTable['rows'][number]) => r.cells.length === 0;
  const labels = table.rows.map((r) => (isHeading(r) ? r.label : fit(r.label, options.maxLabel ?? 40)));
  const labelWidth = Math.max(0, ...labels.filter((_, i) => !isHeading(table.rows[i]!)).map(width));
  const columnWidths = table.header.map((h, c) =>
    Math.max(width(h), ...table.rows.map((r) => width(r.cells[c] ?? ''))),
  );

  // As many columns per block as fit beside the labels, at least one.
  const blocks: number[][] = [];
  let block: number[] = [];
  let used = labelWidth;
  columnWidths.forEach((w, c) => {
    if (block.length > 0 && used + gap.length + w > options.maxWidth) {
      blocks.push(block);
      block = [];
      used = labelWidth;
    }
    block.push(c);
    used += gap.length + w;
  });
  if (block.length > 0 || blocks.length === 0) blocks.push(block);

  const line = (label: string, cells: (c: number) => string, columns: number[]) =>
    (padEnd(label, labelWidth) + columns.map((c) => gap + padStart(cells(c), columnWidths[c] ?? 0)).join('')).trimEnd();

  return blocks
    .map((columns) =>
      [
        line('', (c) => table.header[c] ?? '', columns),
        ...table.rows.map((row, r) => {
          const label = labels[r] ?? '';
          return isHeading(row) ? label : line(label, (c) => row.cells[c] ?? '', columns);
        }),
      ].join('\n'),
    )
    .join('\n\n');
}
