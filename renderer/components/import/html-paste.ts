// A table copied from a web page (a municipality's online budget): the clipboard's HTML read as
// rows of cells, tab-separated like cells copied from Excel, so that the import reads it as it
// reads a paste. Only the text of the cells is taken (DOMParser runs no scripts and loads
// nothing); a merged cell (colspan) keeps the later columns in place. The largest table wins.
import { MAX_IMPORT_BYTES } from '../../../shared/import/limits';

/** The table's rows as tab-separated text, or null when the HTML holds no table (or is too large to read). */
export function htmlTableToText(html: string): string | null {
  if (html.length > MAX_IMPORT_BYTES || !/<table[\s>]/i.test(html)) return null;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // A line break inside a cell separates words.
  for (const br of Array.from(doc.querySelectorAll('br'))) br.replaceWith(' ');
  const tables = Array.from(doc.querySelectorAll('table'));
  const largest = tables.reduce<HTMLTableElement | null>((best, t) => (!best || t.rows.length > best.rows.length ? t : best), null);
  if (!largest || largest.rows.length === 0) return null;
  const lines: string[] = [];
  for (const row of Array.from(largest.rows)) {
    const cells: string[] = [];
    for (const cell of Array.from(row.cells)) {
      // One line per cell: line breaks and tabs inside a cell become spaces, non-breaking spaces too.
      cells.push((cell.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim());
      for (let span = 1; span < Math.min(cell.colSpan || 1, 200); span++) cells.push('');
    }
    lines.push(cells.join('\t'));
  }
  return lines.join('\n');
}
