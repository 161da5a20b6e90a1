// CSV and tab-separated text (a paste from a spreadsheet) to rows of cells: quoted cells may hold
// the separator, line breaks and doubled quotes; the separator is detected from the text.

export type Separator = ';' | ',' | '\t' | '|';
export const SEPARATORS: readonly Separator[] = [';', ',', '\t', '|'];

export interface DelimitedRecord {
  /** 1-based record number: the row number a spreadsheet shows for it. */
  row: number;
  cells: string[];
}

/**
 * Splits text into records. A quoted cell ("a;b", "x ""y""", with line breaks) is one cell;
 * a quote inside an unquoted cell is an ordinary character. A final line break adds no record.
 * Lines are counted as records, so an empty line is a record with one empty cell.
 */
export function splitDelimited(text: string, separator: Separator): DelimitedRecord[] {
  const src = text.replace(/\r\n?/g, '\n');
  const records: DelimitedRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let atCellStart = true;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    records.push({ row: records.length + 1, cells });
    cells = [];
    cell = '';
    atCellStart = true;
  };
  while (i < src.length) {
    const c = src[i] as string;
    if (atCellStart && c === '"') {
      // A quoted cell, up to the closing quote followed by the separator, a line break or the end.
      let j = i + 1;
      let quoted = '';
      let closed = false;
      while (j < src.length) {
        const d = src[j] as string;
        if (d === '"') {
          if (src[j + 1] === '"') {
            quoted += '"';
            j += 2;
            continue;
          }
          const after = src[j + 1];
          if (after === undefined || after === separator || after === '\n') {
            closed = true;
            j += 1;
            break;
          }
        }
        quoted += d;
        j += 1;
      }
      if (closed) {
        cell = quoted;
        i = j;
        atCellStart = false;
        continue;
      }
      // No proper closing quote: read the quote as an ordinary character.
    }
    atCellStart = false;
    if (c === separator) {
      cells.push(cell);
      cell = '';
      atCellStart = true;
    } else if (c === '\n') {
      endRecord();
    } else {
      cell += c;
    }
    i += 1;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
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
