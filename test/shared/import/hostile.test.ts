// Hostile CSV text and XLSX files: the importers never hang, never throw, never cut a file short
// without saying so. Each file is made here (test/support/hostile-import), none is committed.
// Every case of issue #23 for the importers is pinned by a test below that fails on the code
// before the fix (quadratic quotes: jest's timeout; 130k rows: a RangeError; 20,005 rows:
// imported as 19,999 lines without a word; zip bomb and merge/name bombs: out of memory).
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { splitDelimited, type Separator } from '../../../shared/import/delimited';
import { MAX_IMPORT_BYTES, MAX_IMPORT_CELLS, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from '../../../shared/import/limits';
import { guessMapping } from '../../../shared/import/mapping';
import { openImportFile, type OpenResult } from '../../../shared/import/open';
import { importedTotal, readLines } from '../../../shared/import/read-lines';
import { readTextSource, sourceFromText, type ImportSource } from '../../../shared/import/source';
import { manyRowsCsv, unclosedQuotesCsv } from '../../support/hostile-import';

jest.setTimeout(60_000);

const utf8 = (text: string) => new TextEncoder().encode(text);
const open = (bytes: Uint8Array, name: string) => openImportFile(bytes, name, { excel: ExcelJS });

function refused(result: OpenResult): { nl: string; en: string } {
  if (result.ok) throw new Error(`read, with ${result.source.rows.length} rows; expected a refusal`);
  return result.message;
}

/** Every row below the heading is a line, a problem, a skipped row or an empty row, once. */
function accountsForEveryRow(source: ImportSource): void {
  const result = readLines(source, guessMapping(source, { baseYear: 2024 }));
  expect(result.lines.length + result.problems.length + result.skipped.length + result.emptyRows).toBe(source.rows.length);
  const listed = [...result.lines, ...result.problems, ...result.skipped].map((x) => x.row);
  expect(new Set(listed).size).toBe(listed.length);
}

/** The reader as it was before issue #23 (quadratic on unclosed quotes): the reference for what a text means. */
function referenceSplit(text: string, separator: Separator): string[][] {
  const src = text.replace(/\r\n?/g, '\n');
  const records: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let atCellStart = true;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    records.push(cells);
    cells = [];
    cell = '';
    atCellStart = true;
  };
  while (i < src.length) {
    const c = src[i] as string;
    if (atCellStart && c === '"') {
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

describe('CSV: linear reading, limits checked while reading', () => {
  it('reads every text as the reader before it did (quotes, doubled quotes, unclosed quotes, line breaks)', () => {
    const text = fc.string({ unit: fc.constantFrom('"', '"', ';', ',', '\n', '\r', 'a', ' ', '""'), maxLength: 60 });
    fc.assert(
      fc.property(text, fc.constantFrom<Separator>(';', ','), (t, sep) => {
        expect(splitDelimited(t, sep).map((r) => r.cells)).toEqual(referenceSplit(t, sep));
      }),
      { numRuns: 3000, seed: 23 },
    );
  });

  it('reads 1 MB of quotes that never close in one pass (took over 300 s before)', () => {
    const text = unclosedQuotesCsv(1024 * 1024);
    const records = splitDelimited(text, ';');
    expect(records).toHaveLength(text.split('\n').length - 1);
    expect(records[0]!.cells).toEqual(['"x"y', '"x"y', '"x"y']);
  });

  it('refuses 130,000 rows with the limit named, instead of overflowing the stack (exit 3 before)', async () => {
    const message = refused(await open(utf8(manyRowsCsv(130_000)), 'groot.csv'));
    expect(message.nl).toContain('meer dan 20.000 rijen; er worden hoogstens 20.000 rijen gelezen');
    expect(message.en).toContain('more than 20,000 rows; at most 20,000 rows are read');
    // And without the limit (the baseline editor's paste), no spread of the rows over the stack.
    expect(sourceFromText(manyRowsCsv(130_000)).rows).toHaveLength(130_000);
  });

  it('reads exactly the row limit, and refuses one row more', async () => {
    const at = await open(utf8(manyRowsCsv(MAX_IMPORT_ROWS - 1)), 'precies.csv');
    if (!at.ok) throw new Error(at.message.en);
    const result = readLines(at.source, guessMapping(at.source));
    expect(result.lines).toHaveLength(MAX_IMPORT_ROWS - 1);
    expect(importedTotal(result.lines)).toBe((MAX_IMPORT_ROWS - 1) * 1000);
    refused(await open(utf8(manyRowsCsv(MAX_IMPORT_ROWS)), 'een-te-veel.csv'));
  });

  it('refuses a filled cell past the column limit, and leaves empty cells past it out', () => {
    const wide = (last: string) => `Omschrijving;Bedrag${';'.repeat(MAX_IMPORT_COLUMNS)}${last}\nA;1\n`;
    const message = refused(readTextSource(wide('x')));
    expect(message.nl).toContain(`Rij 1 heeft iets in kolom 201 of verder; er worden hoogstens 200 kolommen gelezen.`);
    const empty = readTextSource(wide(''));
    if (!empty.ok) throw new Error(empty.message.en);
    expect(empty.source.columns).toHaveLength(MAX_IMPORT_COLUMNS);
  });

  it('refuses more cells than the cell limit, and a file larger than the size limit before decoding it', async () => {
    const row = `A${';1'.repeat(59)}`;
    const text = `${row}\n`.repeat(Math.ceil(MAX_IMPORT_CELLS / 60) + 1);
    expect(refused(readTextSource(text)).en).toContain('at most 1,000,000 cells are read');
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61);
    expect(refused(await open(big, 'groot.csv')).nl).toContain('er wordt hoogstens 20 MB gelezen');
  });

  it('never throws and accounts for every row, whatever the text (seeded fuzz)', async () => {
    const unit = fc.constantFrom('"', ';', ',', '\t', '\n', '\r\n', '1', '.', ',5', '€ ', 'Totaal', 'Omschrijving;Bedrag\n', 'x', '\uFEFF', 'sep=;\n', '\u0000', 'ë');
    await fc.assert(
      fc.asyncProperty(fc.string({ unit, maxLength: 80 }), async (text) => {
        const opened = await open(utf8(text), 'fuzz.csv');
        if (!opened.ok) {
          expect(opened.message.nl.length).toBeGreaterThan(0);
          return;
        }
        accountsForEveryRow(opened.source);
      }),
      { numRuns: 400, seed: 2323 },
    );
  });
});
