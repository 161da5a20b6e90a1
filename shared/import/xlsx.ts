// An XLSX workbook as an import source, through ExcelJS. Formula cells give the result Excel
// stored with them (nothing is recalculated here); merged cells give the merged value in every
// row they span (a group written once beside its lines) but only once across columns (a note
// spread over several columns is not read as an amount too).
//
// ExcelJS is passed in by the caller, as shared/export/xlsx.ts does: shared/ only names its
// types. The caller's `import('exceljs')` gets the Node entry in Node and the package's browser
// build (dist/exceljs.min.js, via its "browser" field, which Vite follows without an alias) in the
// app, as a lazy chunk; a loader function is accepted so a CSV import never loads it.
import type { CellValue, Row, Workbook, Worksheet } from 'exceljs';
import type { DecimalStyle } from '../format/read-number';
import { text, type Text } from '../i18n/text';
import { MAX_IMPORT_CELLS, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, tooManyCells, tooManyColumns, tooManyRows } from './limits';
import { columnLetter, tableFromRows, type Cell, type SourceResult, type SourceRow } from './source';
import { guardXlsx, IGNORED_SHEET_NODES, unreadableXlsx } from './xlsx-guard';

/** The part of the ExcelJS module used here (the same shape as shared/export/xlsx.ts's). */
export interface ExcelModule {
  Workbook: new () => Workbook;
}

/** The module, or a function that loads it when the first XLSX arrives. */
export type ExcelLoader = ExcelModule | (() => Promise<ExcelModule>);

/** The ExcelJS module from a dynamic import, whichever way the bundler wrapped it. */
export function excelModuleOf(imported: unknown): ExcelModule {
  const m = imported as { Workbook?: unknown; default?: { Workbook?: unknown } };
  const found = typeof m?.Workbook === 'function' ? m : m?.default;
  if (!found || typeof found.Workbook !== 'function') throw new Error('ExcelJS module without Workbook');
  return found as ExcelModule;
}

export type XlsxResult = SourceResult;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

function richText(v: Record<string, unknown>): string | undefined {
  const parts = v.richText;
  return Array.isArray(parts) ? parts.map((p) => String((p as { text?: unknown }).text ?? '')).join('') : undefined;
}

/** A stored cell value (or a formula's stored result) as a Cell. */
function cellOf(value: CellValue | undefined, percentFormat: boolean): Cell {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'number') return percentFormat ? { text: String(value), value, percentFormat } : { text: String(value), value };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if (isRecord(value)) {
    const rich = richText(value);
    if (rich !== undefined) return { text: rich };
    if ('formula' in value || 'sharedFormula' in value) {
      const result = value.result as CellValue | undefined;
      if (result === undefined || result === null) return { text: '', missingResult: true };
      return cellOf(result, percentFormat);
    }
    if ('error' in value) return { text: String(value.error) };
    if ('text' in value) {
      const t = value.text;
      return { text: typeof t === 'string' ? t : isRecord(t) ? (richText(t) ?? '') : String(t ?? '') };
    }
  }
  return { text: String(value) };
}

type SheetRows = { ok: true; rows: SourceRow[] } | { ok: false; message: Text };

/**
 * The sheet's rows up to the last one with something in it, each with its cells up to its last
 * non-empty one. Cells are looked up, not created (ExcelJS's getRow/getCell would make an object
 * for every empty cell asked for). Past a limit the sheet is refused, never cut short.
 */
function readSheet(sheet: Worksheet): SheetRows {
  let lastFilled = 0;
  sheet.eachRow((_row, r) => {
    lastFilled = Math.max(lastFilled, r);
  });
  // Empty rows after the last filled one count as empty rows, as before, unless past the limit.
  const rowCount = sheet.rowCount <= MAX_IMPORT_ROWS ? sheet.rowCount : lastFilled;
  if (rowCount > MAX_IMPORT_ROWS) return { ok: false, message: tooManyRows(rowCount, sheet.name) };
  const rows: SourceRow[] = [];
  let total = 0;
  for (let r = 1; r <= rowCount; r++) {
    const row = sheet.findRow(r);
    const cells: Cell[] = [];
    const width = row ? row.cellCount : 0;
    for (let c = 1; c <= width; c++) {
      const cell = (row as Row).findCell(c);
      if (!cell) {
        cells.push({ text: '' });
        continue;
      }
      const numFmt = typeof cell.numFmt === 'string' ? cell.numFmt : '';
      const read = cellOf(cell.value, numFmt.includes('%'));
      // A merged cell that continues one to its left in the same row: shown once, read once.
      if (cell.isMerged && cell.master !== cell && cell.master.row === cell.row) read.spread = true;
      cells.push(read);
    }
    // Trailing empty cells make no columns.
    while (cells.length > 0 && (cells[cells.length - 1] as Cell).text === '' && !(cells[cells.length - 1] as Cell).missingResult) cells.pop();
    if (cells.length > MAX_IMPORT_COLUMNS) return { ok: false, message: tooManyColumns(r, columnLetter(cells.length - 1)) };
    total += cells.length;
    if (total > MAX_IMPORT_CELLS) return { ok: false, message: tooManyCells(r) };
    rows.push({ row: r, cells });
  }
  return { ok: true, rows };
}

export interface XlsxOptions {
  /** The sheet to read, by name (any case); the first visible sheet when absent. */
  sheet?: string;
  decimal?: DecimalStyle;
  excel?: ExcelLoader;
}

export async function sourceFromXlsx(bytes: Uint8Array, options: XlsxOptions = {}): Promise<XlsxResult> {
  if (!options.excel) return { ok: false, message: text('importing.open.noExcel') };
  const guarded = await guardXlsx(bytes);
  if (!guarded.ok) return guarded;
  const excel = typeof options.excel === 'function' ? await options.excel() : options.excel;
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: IGNORED_SHEET_NODES });
  } catch (error) {
    const reason = String((error as Error)?.message ?? error).split('\n')[0] as string;
    return { ok: false, message: unreadableXlsx(reason) };
  }
  const sheets = workbook.worksheets.filter((s) => s.state !== 'veryHidden');
  const names = sheets.map((s) => s.name);
  if (sheets.length === 0) {
    return { ok: false, message: text('importing.open.noSheets') };
  }
  let sheet: Worksheet | undefined;
  if (options.sheet !== undefined) {
    const wanted = options.sheet.trim().toLocaleLowerCase();
    sheet = sheets.find((s) => s.name.toLocaleLowerCase() === wanted);
    if (!sheet) {
      return { ok: false, message: text('importing.open.noSuchSheet', options.sheet, names) };
    }
  } else {
    sheet = sheets.find((s) => s.state !== 'hidden') ?? sheets[0];
  }
  const chosen = sheet as Worksheet;
  const read = readSheet(chosen);
  if (!read.ok) return read;
  const source = tableFromRows(read.rows, { format: 'xlsx', sheet: chosen.name, sheets: names }, options.decimal ? { decimal: options.decimal } : {});
  return { ok: true, source };
}
