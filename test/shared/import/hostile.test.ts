// Hostile CSV text and XLSX files: the importers never hang, never throw, never cut a file short
// without saying so. Each file is made here (test/support/hostile-import), none is committed.
// Every case of issue #23 for the importers is pinned by a test below that fails on the code
// before the fix (quadratic quotes: jest's timeout; 130k rows: a RangeError; 20,005 rows:
// imported as 19,999 lines without a word; zip bomb and merge/name bombs: out of memory).
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { splitDelimited, type Separator } from '../../../shared/import/delimited';
import { MAX_IMPORT_BYTES, MAX_IMPORT_CELLS, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, MAX_XLSX_ELEMENTS, MAX_XLSX_PARTS } from '../../../shared/import/limits';
import { uniqueLineId } from '../../../shared/import/line-ids';
import { guessMapping } from '../../../shared/import/mapping';
import { openImportFile, type OpenResult } from '../../../shared/import/open';
import { importedTotal, readLines, type ImportedLine } from '../../../shared/import/read-lines';
import { linesWithIds } from '../../../shared/import/scenario';
import { readTextSource, sourceFromText, type ImportSource } from '../../../shared/import/source';
import { cell, farCellXlsx, manyRowsCsv, manyRowsXlsx, spacesDeflated, unclosedQuotesCsv, workbookFiles, workbookZip, zip, zipBombXlsx } from '../../support/hostile-import';
import { render } from '../../../shared/i18n/text';

jest.setTimeout(60_000);

const utf8 = (text: string) => new TextEncoder().encode(text);
const open = (bytes: Uint8Array, name: string) => openImportFile(bytes, name, { excel: ExcelJS });

function refused(result: OpenResult): { nl: string; en: string } {
  if (result.ok) throw new Error(`read, with ${result.source.rows.length} rows; expected a refusal`);
  return { nl: render('nl', result.message), en: render('en', result.message) };
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
    if (!at.ok) throw new Error(render('en', at.message));
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
    if (!empty.ok) throw new Error(render('en', empty.message));
    expect(empty.source.columns).toHaveLength(MAX_IMPORT_COLUMNS);
  });

  it('refuses more cells than the cell limit, and a file larger than the size limit before decoding it', async () => {
    const row = `A${';1'.repeat(59)}`;
    const text = `${row}\n`.repeat(Math.ceil(MAX_IMPORT_CELLS / 60) + 1);
    expect(refused(readTextSource(text)).en).toContain('at most 500,000 cells are read');
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61);
    expect(refused(await open(big, 'groot.csv')).nl).toContain('er wordt hoogstens 20 MB gelezen');
  });

  it('never throws and accounts for every row, whatever the text (seeded fuzz)', async () => {
    const unit = fc.constantFrom('"', ';', ',', '\t', '\n', '\r\n', '1', '.', ',5', '€ ', 'Totaal', 'Omschrijving;Bedrag\n', 'x', '\uFEFF', 'sep=;\n', '\u0000', 'ë');
    await fc.assert(
      fc.asyncProperty(fc.string({ unit, maxLength: 80 }), async (text) => {
        const opened = await open(utf8(text), 'fuzz.csv');
        if (!opened.ok) {
          expect(render('nl', opened.message).length).toBeGreaterThan(0);
          return;
        }
        accountsForEveryRow(opened.source);
      }),
      { numRuns: 400, seed: 2323 },
    );
  });
});

describe('ids for many lines of one name', () => {
  const lines = (names: readonly string[]): ImportedLine[] => names.map((name, i) => ({ row: i + 2, line: { name, kind: 'other', amount: 1 } }));

  it('gives 20,000 lines called "x" the ids x, x-2 … x-20000 in one pass (200 million tries, 2 minutes, before)', () => {
    const ids = linesWithIds(lines(Array.from({ length: 20_000 }, () => 'x'))).map((l) => l.id);
    expect(ids.slice(0, 3)).toEqual(['x', 'x-2', 'x-3']);
    expect(ids[19_999]).toBe('x-20000');
    expect(new Set(ids).size).toBe(20_000);
  });

  it('gives the ids it gave one line at a time, whatever the names and the ids already taken', () => {
    const name = fc.constantFrom('a', 'A', 'a-2', 'a-3', 'ä', '', '!', 'regel', 'regel-2', 'x'.repeat(70), `${'x'.repeat(62)}-2`);
    fc.assert(
      fc.property(fc.array(name, { maxLength: 20 }), fc.array(fc.constantFrom<string>('a', 'a-2', 'a-4', 'regel', 'x'), { maxLength: 4 }), (names, taken) => {
        const oneByOne = new Set(taken);
        const expected = names.map((n) => {
          const id = uniqueLineId(n, oneByOne);
          oneByOne.add(id);
          return id;
        });
        expect(linesWithIds(lines(names), taken).map((l) => l.id)).toEqual(expected);
      }),
      { numRuns: 500, seed: 2326 },
    );
  });
});

describe('XLSX: the archive and the sheets checked before ExcelJS reads them', () => {
  it('refuses 20,005 rows, naming the count and the limit (read as 19,999 lines without a word before)', async () => {
    const message = refused(await open(await manyRowsXlsx(20_004), 'groot.xlsx'));
    expect(message.nl).toContain('Werkblad „Blad1” heeft 20.005 rijen; er worden hoogstens 20.000 rijen gelezen.');
    expect(message.en).toContain('Sheet "Blad1" has 20,005 rows; at most 20,000 rows are read.');
  });

  it('reads a sheet of exactly the row limit whole', async () => {
    const opened = await open(await manyRowsXlsx(MAX_IMPORT_ROWS - 1), 'precies.xlsx');
    if (!opened.ok) throw new Error(render('en', opened.message));
    const result = readLines(opened.source, guessMapping(opened.source));
    expect(result.lines).toHaveLength(MAX_IMPORT_ROWS - 1);
    expect(importedTotal(result.lines)).toBe((MAX_IMPORT_ROWS - 1) * 1000);
  });

  it('reads a 1.5 KB workbook with a far cell without making every empty cell (1 GB before)', async () => {
    // ExcelJS makes a cell object for every cell asked for with getCell: 20,000 × 200 of them before.
    const rowPrototype = Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet('x').getRow(1)) as { getCell: () => unknown };
    const getCell = jest.spyOn(rowPrototype, 'getCell');
    const opened = await open(farCellXlsx('GR20000'), 'ver.xlsx');
    expect(getCell.mock.calls.length).toBeLessThan(10);
    getCell.mockRestore();
    if (!opened.ok) throw new Error(render('en', opened.message));
    const filled = opened.source.rows.filter((r) => r.cells.length > 0);
    expect(filled.map((r) => [r.row, r.cells.length])).toEqual([[20_000, 200]]);
    accountsForEveryRow(opened.source);
  });

  it('refuses a far cell past the row or column limit instead of leaving it out', async () => {
    expect(refused(await open(farCellXlsx('A1048576'), 'ver.xlsx')).nl).toContain('heeft 1.048.576 rijen');
    expect(refused(await open(farCellXlsx('GS2'), 'breed.xlsx')).nl).toContain('Rij 2 heeft iets in kolom 201 of verder (kolom GS)');
  });

  it('refuses a zip bomb (4 MB unpacking to 4 GB; Node ran out of memory before) by its stated size', async () => {
    const bomb = zipBombXlsx(4000);
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
    expect(refused(await open(bomb, 'bom.xlsx')).nl).toContain('onderdeel „xl/sharedStrings.xml” is uitgepakt groter dan het archief zegt');
  });

  it('refuses an archive that says it unpacks beyond the limit, or has too many parts', async () => {
    const files = workbookFiles([{ data: `<row r="1">${cell('A1', 'Omschrijving')}</row>` }]);
    const huge = zip([...files, { name: 'xl/media/image1.png', deflated: { data: spacesDeflated(1), statedSize: 200 * 1024 * 1024 } }]);
    expect(refused(await open(huge, 'groot.xlsx')).en).toContain('Unpacked, this XLSX file is more than 100 MB (at part "xl/media/image1.png")');
    const many = zip([...files, ...Array.from({ length: MAX_XLSX_PARTS }, (_x, i) => ({ name: `xl/extra/${i}.xml`, text: '<a/>' }))]);
    expect(refused(await open(many, 'veel.xlsx')).nl).toContain('bestaat uit 1.005 onderdelen');
  });

  it('refuses merged cells or named ranges that ExcelJS would spread over half a million cells', async () => {
    const heading = `<row r="1">${cell('A1', 'Omschrijving')}${cell('B1', 'Bedrag')}</row>`;
    const merged = workbookZip([{ data: heading, after: '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>' }]);
    expect(refused(await open(merged, 'samengevoegd.xlsx')).nl).toContain('Samengevoegde cellen beslaan samen 17.179.869.184 cellen');
    const named = workbookZip([{ data: heading }], { definedNames: '<definedName name="alles">Blad1!$A$1:$XFD$1048576</definedName>' });
    expect(refused(await open(named, 'naam.xlsx')).en).toContain('Named ranges cover 17,179,869,184 cells together');
  });

  it('reads a sheet whose data validation or column formats span the whole sheet (not spread out)', async () => {
    const data = `<row r="1">${cell('A1', 'Omschrijving')}${cell('B1', 'Bedrag')}</row><row r="2">${cell('A2', 'Bibliotheek')}${cell('B2', 1000)}</row>`;
    const validation = '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>';
    const opened = await open(workbookZip([{ data, after: validation }]), 'validatie.xlsx');
    if (!opened.ok) throw new Error(render('en', opened.message));
    expect(readLines(opened.source, guessMapping(opened.source)).lines.map((l) => l.line)).toEqual([{ name: 'Bibliotheek', kind: expect.any(String), amount: 1000 }]);
  });

  it('refuses more cells in the sheets than the cell limit', async () => {
    const row = (r: number) => `<row r="${r}">${'<c/>'.repeat(100)}</row>`;
    const rows = Array.from({ length: MAX_IMPORT_CELLS / 100 + 1 }, (_x, i) => row(i + 1)).join('');
    expect(refused(await open(workbookZip([{ data: rows }]), 'cellen.xlsx')).nl).toContain('Het bestand heeft 500.100 cellen');
  });

  it('refuses more XML elements than the limit (tiny shared texts: 34 s and 1.2 GB for 240 KB before)', async () => {
    const files = workbookFiles([{ data: `<row r="1">${cell('A1', 'Omschrijving')}</row>` }]);
    const n = MAX_XLSX_ELEMENTS / 2;
    const strings = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${'<si><t>a</t></si>'.repeat(n)}</sst>`;
    const message = refused(await open(zip([...files, { name: 'xl/sharedStrings.xml', text: strings }]), 'teksten.xlsx'));
    expect(message.en).toMatch(/^This XLSX file describes 2,000,\d{3} XML elements \(cells, texts, formats\); at most 2,000,000 are read\./);
  });

  it('never throws on generated workbooks, and accounts for every row (seeded fuzz)', async () => {
    const value = fc.oneof(fc.constantFrom('Omschrijving', 'Bedrag', 'Totaal', 'Subsidie', '€ 1.000,00', ''), fc.integer({ min: -1e6, max: 1e9 }), fc.double({ noNaN: true }), fc.string({ maxLength: 6 }));
    const sheet = fc.array(fc.array(value, { maxLength: 6 }), { maxLength: 12 });
    const merge = fc.option(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 })));
    await fc.assert(
      fc.asyncProperty(sheet, merge, async (rows, m) => {
        const workbook = new ExcelJS.Workbook();
        const ws = workbook.addWorksheet('Blad1');
        for (const r of rows) ws.addRow(r);
        if (m) ws.mergeCells(m[0], m[1], m[0] + m[2], m[1] + m[3]);
        const opened = await open(new Uint8Array(await workbook.xlsx.writeBuffer()), 'fuzz.xlsx');
        if (!opened.ok) throw new Error(render('en', opened.message));
        accountsForEveryRow(opened.source);
      }),
      { numRuns: 60, seed: 2324 },
    );
  });

  it('never throws and never hangs on damaged archives: bytes changed, cut or repeated (seeded fuzz)', async () => {
    const base = workbookZip([{ data: `<row r="1">${cell('A1', 'Omschrijving')}${cell('B1', 'Bedrag')}</row><row r="2">${cell('A2', 'Bieb')}${cell('B2', 1000)}</row>` }]);
    const edit = fc.oneof(
      fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }).map((e) => (b: Uint8Array) => {
        const out = b.slice();
        out[e.at % out.length] = e.byte;
        return out;
      }),
      fc.nat().map((n) => (b: Uint8Array) => b.slice(0, Math.max(4, n % b.length))),
      fc.tuple(fc.nat(), fc.nat({ max: 64 })).map(([at, len]) => (b: Uint8Array) => {
        const i = at % b.length;
        const end = Math.min(b.length, i + len);
        return new Uint8Array([...b.subarray(0, end), ...b.subarray(i, end), ...b.subarray(end)]);
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        const bytes = edits.reduce((b, f) => f(b), base);
        const opened = await open(bytes, 'kapot.xlsx');
        if (opened.ok) accountsForEveryRow(opened.source);
        else expect(render('nl', opened.message).length).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: 2325 },
    );
  });
});
