// CSV and tab-separated text (a paste from a spreadsheet) to rows of cells: quoted cells may hold
// the separator, line breaks and doubled quotes; the separator is detected from the text.

export type Separator = ';' | ',' | '\t' | '|';
export const SEPARATORS: readonly Separator[] = [';', ',', '\t', '|'];

export interface DelimitedRecord {
  /** 1-based record number: the row number a spreadsheet shows for it. */
  row: number;
  cells: string[];
}

/** Where splitting stops: more records, cells in one record, or cells in all than these. */
export interface SplitLimits {
  records: number;
  columns: number;
  cells: number;
}

export type SplitOutcome =
  | { ok: true; records: DelimitedRecord[] }
  /** The record (row number) that went past a limit; nothing after it was read. */
  | { ok: false; limit: keyof SplitLimits; row: number };

const QUOTE = 34;
const NEWLINE = 10;
const NO_LIMITS: SplitLimits = { records: Infinity, columns: Infinity, cells: Infinity };

/**
 * Splits text into records. A quoted cell ("a;b", "x ""y""", with line breaks) is one cell;
 * a quote inside an unquoted cell is an ordinary character. A final line break adds no record.
 * Lines are counted as records, so an empty line is a record with one empty cell.
 */
export function splitDelimited(text: string, separator: Separator): DelimitedRecord[] {
  return (splitDelimitedWithin(text, separator, NO_LIMITS) as { records: DelimitedRecord[] }).records;
}

/**
 * splitDelimited that stops at the first record past a limit, so that a hostile text costs no
 * more than the limits allow. Linear in the length of the text (see closingQuote). Empty cells
 * past the column limit at the end of a record are left out: they hold nothing.
 */
export function splitDelimitedWithin(text: string, separator: Separator, limits: SplitLimits): SplitOutcome {
  const src = text.replace(/\r\n?/g, '\n');
  const n = src.length;
  const sep = separator.charCodeAt(0);
  const records: DelimitedRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let stored = 0;
  let atCellStart = true;
  let refused: SplitOutcome | undefined;
  // A quoted cell ends at a quote that is not half of a doubled quote and is followed by the
  // separator, a line break or the end. Quotes come in runs: a run holds such a quote when it
  // is odd in length and such a character follows it, whichever cell it is read from (only the
  // run right after the opening quote is read from inside). So once a search from `failedFrom`
  // found no end, a later search needs to look at its own first run only: every run after it
  // was looked at already. That keeps a text full of unclosed quotes linear, not quadratic.
  let failedFrom = -1;
  const ends = (at: number) => at >= n || src.charCodeAt(at) === sep || src.charCodeAt(at) === NEWLINE;
  const closingQuote = (open: number): number => {
    let k = open + 1;
    for (;;) {
      k = src.indexOf('"', k);
      if (k < 0) break;
      const runStart = k;
      while (k < n && src.charCodeAt(k) === QUOTE) k += 1;
      if (runStart !== open + 1 && failedFrom >= 0 && runStart > failedFrom + 1) break;
      if ((k - runStart) % 2 === 1 && ends(k)) return k - 1;
    }
    failedFrom = open;
    return -1;
  };
  const endCell = () => {
    if (cells.length >= limits.columns) {
      if (cell !== '') refused = { ok: false, limit: 'columns', row: records.length + 1 };
    } else if (++stored > limits.cells) {
      refused = { ok: false, limit: 'cells', row: records.length + 1 };
    } else {
      cells.push(cell);
    }
    cell = '';
  };
  const endRecord = () => {
    endCell();
    if (records.length >= limits.records) refused = { ok: false, limit: 'records', row: records.length + 1 };
    records.push({ row: records.length + 1, cells });
    cells = [];
    atCellStart = true;
  };
  let i = 0;
  while (i < n && !refused) {
    if (atCellStart && src.charCodeAt(i) === QUOTE) {
      const close = closingQuote(i);
      if (close >= 0) {
        cell = src.slice(i + 1, close).replace(/""/g, '"');
        i = close + 1;
        atCellStart = false;
        continue;
      }
      // No proper closing quote: read the quote as an ordinary character.
    }
    atCellStart = false;
    let end = i;
    while (end < n && src.charCodeAt(end) !== sep && src.charCodeAt(end) !== NEWLINE) end += 1;
    cell += src.slice(i, end);
    if (end < n && src.charCodeAt(end) === sep) {
      endCell();
      atCellStart = true;
    } else if (end < n) {
      endRecord();
    }
    i = end + 1;
  }
  if (!refused && (cell !== '' || cells.length > 0)) endRecord();
  return refused ?? { ok: true, records };
}

/** Excel writes "sep=;" as the first line when asked to; it names the separator and is no data. */
export function separatorLine(text: string): Separator | undefined {
  const m = /^"?sep=(.)"?\r?(\n|$)/i.exec(text);
  const sep = m?.[1];
  return SEPARATORS.includes(sep as Separator) ? (sep as Separator) : undefined;
}

/**
 * The separator that splits the first lines into the most consistent number of cells (more
 * than one). On a tie: tab, then semicolon, then comma (a comma is also a decimal mark).
 */
export function detectSeparator(text: string): Separator {
  const declared = separatorLine(text);
  if (declared) return declared;
  const sample = text.slice(0, 64 * 1024);
  let best: { sep: Separator; score: number } | undefined;
  for (const sep of ['\t', ';', ',', '|'] as const) {
    const counts = splitDelimited(sample, sep)
      .slice(0, 100)
      .filter((r) => r.cells.some((c) => c.trim() !== ''))
      .map((r) => r.cells.length);
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const n of counts) freq.set(n, (freq.get(n) ?? 0) + 1);
    let mode = 1;
    let modeCount = 0;
    for (const [n, k] of freq) if (n > 1 && (k > modeCount || (k === modeCount && n > mode))) [mode, modeCount] = [n, k];
    if (modeCount === 0) continue;
    // Consistent rows count most; more columns break a tie between equally consistent ones.
    const score = modeCount / counts.length + Math.min(mode, 50) / 1000;
    if (!best || score > best.score + 1e-9) best = { sep, score };
  }
  return best?.sep ?? ';';
}
