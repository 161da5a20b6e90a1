// The summary as an XLSX workbook for controllers: sheets for the summary, per year, per line,
// per measure, per organisation and the assumptions. Amounts are numbers with a euro (or
// thousands) format, never text; totals are formulas with their results cached, so the file
// shows the figures at once and a controller can change a cell and recalculate. Header rows
// are frozen, columns sized to their contents.
//
// ExcelJS is passed in by the caller rather than imported here: its package entry needs Node
// (streams, fs), while the app loads its browser build lazily. shared/ only names its types.
import type { Workbook, Worksheet, Cell } from 'exceljs';
import { reportWord, type ReportWord } from './report-words';
import { localeOf, type Lang } from '../i18n/languages';
import { catalogue } from '../i18n/text';
import type { ExportSummary, SummaryBudgetRow } from './summary';
import { scenarioCaption, type ComparisonExport } from './comparison';

/** What this module needs of the ExcelJS module: `await import('exceljs')` in Node or the browser. */
export interface ExcelModule {
  Workbook: new () => Workbook;
}

/** The ExcelJS module from a dynamic import, whichever way the bundler wrapped it. */
export function excelModuleOf(imported: unknown): ExcelModule {
  const m = imported as { Workbook?: unknown; default?: { Workbook?: unknown } };
  const found = typeof m?.Workbook === 'function' ? m : m?.default;
  if (!found || typeof found.Workbook !== 'function') throw new Error('ExcelJS module without Workbook');
  return found as ExcelModule;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Number formats: euros with the sign (ASCII minus, as spreadsheets write it), or plain thousands. */
export const NUMBER_FORMATS = {
  euro: '"€ "#,##0;-"€ "#,##0',
  thousand: '#,##0;-#,##0',
  percent: '0.00%',
} as const;

export type SheetKey = 'summary' | 'year' | 'line' | 'measure' | 'organisation' | 'assumptions';
/** Version 2 (#20): the structural balance and the overview of incidental income and expenditure, when the scenario has them. */
export type BudgetSheetKey = 'balance' | 'overview';

const SHEET_WORD: Record<SheetKey, ReportWord> = {
  summary: 'summary',
  year: 'perYear',
  line: 'perLine',
  measure: 'perMeasure',
  organisation: 'perOrganisation',
  assumptions: 'assumptions',
};

/**
 * The sheet names in the summary's language, in the workbook's order; the organisation sheet per
 * line reads "Verschil per regel". The budget's sheets follow the per-year sheet when shown.
 */
export function sheetNames(summary: ExportSummary): Record<SheetKey, string> & Partial<Record<BudgetSheetKey, string>> {
  const word = (k: SheetKey) => reportWord(summary.lang, SHEET_WORD[k]);
  const budget = catalogue(summary.lang).report.budget;
  return {
    summary: word('summary'),
    year: word('year'),
    ...(summary.budget.shown && { balance: budget.sheetBalance, overview: budget.sheetOverview }),
    line: word('line'),
    measure: word('measure'),
    organisation: summary.organisations.by === 'line' ? `${catalogue(summary.lang).report.change} ${word('line').toLowerCase()}` : word('organisation'),
    assumptions: word('assumptions'),
  };
}

/** A1-style column letters: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A sheet name as a formula writes it: quoted, quotes doubled. */
const sheetRef = (name: string) => `'${name.replace(/'/g, "''")}'`;

type Value = string | number | null | { formula: string; result: number };

interface Writer {
  sheet: Worksheet;
  money: string;
  /** Writes a row at the next row number and returns that number. */
  row(values: Value[], options?: { bold?: boolean; italic?: boolean; moneyFrom?: number; fill?: boolean }): number;
  next: number;
}

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } } as const;
const TOTAL_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F5F7' } } as const;

function writer(sheet: Worksheet, money: string): Writer {
  const w: Writer = {
    sheet,
    money,
    next: 1,
    row(values, options = {}) {
      const n = w.next++;
      const row = sheet.getRow(n);
      values.forEach((v, i) => {
        if (v === null) return;
        const cell = row.getCell(i + 1);
        cell.value = v;
        if (typeof v !== 'string' && i + 1 >= (options.moneyFrom ?? Infinity)) cell.numFmt = money;
      });
      if (options.bold || options.italic) row.font = { bold: !!options.bold, italic: !!options.italic };
      if (options.fill) {
        values.forEach((_, i) => {
          row.getCell(i + 1).fill = TOTAL_FILL;
        });
      }
      return n;
    },
  };
  return w;
}

function headerRow(w: Writer, values: string[]): void {
  const n = w.row(values, { bold: true });
  const row = w.sheet.getRow(n);
  values.forEach((_, i) => {
    const cell = row.getCell(i + 1);
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8899AA' } } };
    if (i > 0) cell.alignment = { horizontal: 'right', vertical: 'bottom', wrapText: true };
  });
}

function freeze(sheet: Worksheet, rows: number, columns: number): void {
  sheet.views = [{ state: 'frozen', xSplit: columns, ySplit: rows, topLeftCell: `${columnLetter(columns + 1)}${rows + 1}`, activeCell: `${columnLetter(columns + 1)}${rows + 1}` }];
}

// One formatter per language: constructing one per cell made a large workbook take seconds.
const GROUPED = new Map<Lang, Intl.NumberFormat>();
const grouped = (lang: Lang): Intl.NumberFormat => {
  let format = GROUPED.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2 });
    GROUPED.set(lang, format);
  }
  return format;
};

/** The text a cell shows, roughly, to size its column. */
function shownLength(cell: Cell, lang: Lang): number {
  const v = cell.value as Value | undefined;
  if (v === null || v === undefined) return 0;
  if (typeof v === 'string') return v.length;
  const n = typeof v === 'number' ? v : v.result;
  const shown = grouped(lang).format(n);
  return shown.length + (cell.numFmt?.includes('€') ? 3 : 0) + (cell.numFmt?.includes('%') ? 3 : 0);
}

/** Column widths that fit the contents: at least `min`, text columns at most `max` (then wrapped). */
function fitColumns(sheet: Worksheet, lang: Lang, options: { min?: number; max?: number; wrap?: number[] } = {}): void {
  const { min = 8, max = 60, wrap = [] } = options;
  const widths: number[] = [];
  sheet.eachRow((row) => {
    row.eachCell((cell, col) => {
      widths[col] = Math.max(widths[col] ?? 0, shownLength(cell, lang));
    });
  });
  widths.forEach((width, col) => {
    if (!width) return;
    const column = sheet.getColumn(col);
    column.width = Math.min(max, Math.max(min, width + 2));
  });
  for (const col of wrap) {
    sheet.getColumn(col).eachCell((cell, rowNumber) => {
      if (rowNumber > 1) cell.alignment = { wrapText: true, vertical: 'top' };
    });
  }
}

const inUnit = (summary: ExportSummary, v: number) => (summary.unit === 'thousand' ? v / 1000 + 0 : v);

/** Where the per-year sheet keeps each row, for the summary sheet's formulas. */
interface YearSheetRows {
  savings: number;
  cumulative: number;
  target: number | null;
  gap: number | null;
}

function yearSheet(wb: Workbook, summary: ExportSummary, name: string, money: string): YearSheetRows {
  const { lang } = summary;
  const sheet = wb.addWorksheet(name);
  const w = writer(sheet, money);
  const Y = summary.years.length;
  const col = (yi: number) => columnLetter(yi + 2);
  const totalCol = Y + 2;
  headerRow(w, [summary.amountsLabel, ...summary.years.map(String), catalogue(lang).report.totalSpan(summary.span)]);

  const sumAcross = (n: number, values: number[]) => ({
    formula: `SUM(${col(0)}${n}:${col(Y - 1)}${n})`,
    result: values.reduce((a, b) => a + b, 0) + 0,
  });
  const rowsAt: Partial<Record<string, number>> = {};
  const valuesOf: Record<number, number[]> = {};
  const measureRows: number[] = [];
  let cumulativeRow = 0;
  let targetRow: number | null = null;
  let gapRow: number | null = null;
  for (const r of summary.yearRows) {
    const n = w.next;
    const values = r.values.map((v) => (v === null ? null : inUnit(summary, v)));
    const numbers = values.map((v) => v ?? 0);
    let cells: Value[];
    if (r.kind === 'savings' && rowsAt.baseline && rowsAt.scenario) {
      // savings = baseline − scenario, exactly in both units.
      cells = numbers.map((v, yi) => ({ formula: `${col(yi)}${rowsAt.baseline}-${col(yi)}${rowsAt.scenario}`, result: v }));
    } else if (r.kind === 'cumulative' && summary.unit === 'euro' && rowsAt.savings) {
      // A running total of savings. In thousands the cumulative row is rounded on its own
      // (yearRows), so there it stays a value.
      cells = numbers.map((v, yi) => ({
        formula: yi === 0 ? `${col(0)}${rowsAt.savings}` : `${col(yi - 1)}${n}+${col(yi)}${rowsAt.savings}`,
        result: v,
      }));
    } else if (r.kind === 'gap' && targetRow && rowsAt.savings) {
      cells = values.map((v, yi) => (v === null ? null : { formula: `${col(yi)}${targetRow}-${col(yi)}${rowsAt.savings}`, result: v }));
    } else {
      cells = values;
    }
    const totalled = r.kind !== 'cumulative' && r.kind !== 'gap';
    const label = r.kind === 'measure' ? `  ${r.label}` : r.label;
    const targetValues = values.filter((v): v is number => v !== null);
    w.row([label, ...cells, totalled && targetValues.length > 0 ? sumAcross(n, targetValues) : null], {
      moneyFrom: 2,
      bold: r.kind === 'savings' || r.kind === 'gap',
      fill: r.kind === 'savings',
    });
    valuesOf[n] = numbers;
    rowsAt[r.kind] = rowsAt[r.kind] ?? n;
    if (r.kind === 'measure') measureRows.push(n);
    if (r.kind === 'cumulative') {
      cumulativeRow = n;
      // The measures follow under a heading, as in the app's year table.
      w.row([catalogue(lang).report.perMeasure], { italic: true });
    }
    if (r.kind === 'target') targetRow = n;
    if (r.kind === 'gap') gapRow = n;
  }
  if (summary.unit === 'thousand') {
    w.next++;
    w.row([catalogue(lang).report.cumulativeValueNote], { italic: true });
  }
  freeze(sheet, 1, 1);
  fitColumns(sheet, lang, { max: 70 });
  sheet.getColumn(totalCol).width = Math.max(sheet.getColumn(totalCol).width ?? 0, 16);
  return { savings: rowsAt.savings ?? 0, cumulative: cumulativeRow, target: targetRow, gap: gapRow };
}

/**
 * A block of rows with a SUM total under it: label row, one row per item, the total. Returns the
 * row numbers of the items and of the total.
 */
function block(
  w: Writer,
  title: string,
  /** `cells`: what the year cells show instead of the values (a PM line: "PM"). */
  items: { info: Value[]; values: number[]; cells?: Value[] }[],
  totalLabel: Value[],
  firstYearCol: number,
  years: number,
): { rows: number[]; total: number } {
  const col = (yi: number) => columnLetter(firstYearCol + yi);
  const lastCol = col(years - 1);
  w.row([title], { bold: true });
  const rows: number[] = [];
  for (const item of items) {
    const n = w.next;
    const sum = item.values.reduce((a, b) => a + b, 0) + 0;
    w.row([...item.info, ...(item.cells ?? item.values), { formula: `SUM(${col(0)}${n}:${lastCol}${n})`, result: sum }], { moneyFrom: firstYearCol });
    if (item.cells) item.cells.forEach((_, yi) => (w.sheet.getRow(n).getCell(firstYearCol + yi).alignment = { horizontal: 'right' }));
    rows.push(n);
  }
  const n = w.next;
  const first = rows[0] ?? n;
  const lastItem = rows[rows.length - 1] ?? n;
  const columnSums = Array.from({ length: years }, (_, yi) => items.reduce((a, it) => a + (it.values[yi] ?? 0), 0) + 0);
  const cells: Value[] = columnSums.map((v, yi) =>
    rows.length > 0 ? { formula: `SUM(${col(yi)}${first}:${col(yi)}${lastItem})`, result: v } : 0,
  );
  const grand = columnSums.reduce((a, b) => a + b, 0) + 0;
  const label = Array.from({ length: firstYearCol - 1 }, (_, i) => totalLabel[i] ?? null);
  w.row([...label, ...cells, rows.length > 0 ? { formula: `SUM(${col(0)}${n}:${lastCol}${n})`, result: grand } : 0], {
    moneyFrom: firstYearCol,
    bold: true,
    fill: true,
  });
  return { rows, total: n };
}

function lineSheet(wb: Workbook, summary: ExportSummary, name: string, money: string): void {
  const { lang } = summary;
  const sheet = wb.addWorksheet(name);
  const w = writer(sheet, money);
  const Y = summary.years.length;
  const first = 7;
  const t = (k: ReportWord) => reportWord(lang, k);
  headerRow(w, [t('lineId'), t('line'), t('kind'), t('group'), t('organisation'), t('taakveld'), ...summary.years.map(String), catalogue(lang).report.totalSpan(summary.span)]);
  const info = (l: ExportSummary['lines']['rows'][number]): Value[] => [l.id, l.name, l.kindLabel, l.group, l.organisation, l.taakveld];
  const empty: Value[] = [null, null, null, null, null, null];
  // A PM line's figures say PM: known, not yet in euros (0 in every total).
  const pm = new Set(summary.pm.filter((p) => p.kind === 'line').map((p) => p.id));
  const pmCells = (id: string) => (pm.has(id) ? summary.years.map(() => catalogue(lang).glossary.budget.pm) : undefined);
  const base = block(
    w,
    `${t('baseline')} (${summary.amountsLabel.toLowerCase()})`,
    summary.lines.rows.map((l) => ({ info: info(l), values: l.baseline.map((v) => inUnit(summary, v)), cells: pmCells(l.id) })),
    [null, `${t('total')} ${t('baselineShort').toLowerCase()}`],
    first,
    Y,
  );
  w.next++;
  const scenarioItems: { info: Value[]; values: number[]; cells?: Value[] }[] = summary.lines.rows.map((l) => ({
    info: info(l),
    values: l.scenario.map((v) => inUnit(summary, v)),
    cells: pmCells(l.id),
  }));
  if (summary.lines.fixed) scenarioItems.push({ info: [null, t('fixedRow'), ...empty.slice(2)], values: summary.lines.fixed.map((v) => inUnit(summary, v)) });
  const scen = block(w, t('scenario'), scenarioItems, [null, `${t('total')} ${t('scenario').toLowerCase()}`], first, Y);
  w.next++;
  const col = (yi: number) => columnLetter(first + yi);
  const savings = summary.yearRows.find((r) => r.kind === 'savings')?.values as number[];
  w.row(
    [
      null,
      t('savings'),
      ...empty.slice(2),
      ...savings.map((v, yi) => ({ formula: `${col(yi)}${base.total}-${col(yi)}${scen.total}`, result: inUnit(summary, v) })),
      {
        formula: `${columnLetter(first + Y)}${base.total}-${columnLetter(first + Y)}${scen.total}`,
        result: inUnit(summary, savings.reduce((a, b) => a + b, 0)),
      },
    ],
    { moneyFrom: first, bold: true },
  );
  freeze(sheet, 1, 2);
  fitColumns(sheet, lang, { max: 48 });
}

function measureSheet(wb: Workbook, summary: ExportSummary, name: string, money: string): void {
  const { lang } = summary;
  const sheet = wb.addWorksheet(name);
  const w = writer(sheet, money);
  const Y = summary.years.length;
  const first = 5;
  const t = (k: ReportWord) => reportWord(lang, k);
  const span = catalogue(lang).report.totalSpan(summary.span);
  headerRow(w, [t('lineId'), t('measure'), t('measureType'), t('status'), ...summary.years.map(String), span, t('description'), t('notes')]);
  const col = (yi: number) => columnLetter(first + yi);
  const rows: number[] = [];
  for (const m of summary.measures) {
    const n = w.next;
    const values = m.effect ? m.effect.map((v) => inUnit(summary, v)) : null;
    w.row(
      [
        m.id,
        m.name,
        m.typeLabel,
        m.enabled ? t('enabled') : t('disabled'),
        ...(values ?? summary.years.map(() => (m.pm && m.enabled ? catalogue(lang).glossary.budget.pm : null))),
        values ? { formula: `SUM(${col(0)}${n}:${col(Y - 1)}${n})`, result: values.reduce((a, b) => a + b, 0) + 0 } : null,
        m.description,
        m.notes,
      ],
      { moneyFrom: first, italic: !m.enabled },
    );
    rows.push(n);
  }
  const n = w.next;
  const savings = (summary.yearRows.find((r) => r.kind === 'savings')?.values as number[]).map((v) => inUnit(summary, v));
  const a = rows[0];
  const b = rows[rows.length - 1];
  w.row(
    [
      null,
      `${t('total')} (${t('savings').toLowerCase()})`,
      null,
      null,
      ...savings.map((v, yi) => (a && b ? { formula: `SUM(${col(yi)}${a}:${col(yi)}${b})`, result: v } : v)),
      { formula: `SUM(${col(0)}${n}:${col(Y - 1)}${n})`, result: savings.reduce((x, y) => x + y, 0) + 0 },
    ],
    { moneyFrom: first, bold: true, fill: true },
  );
  freeze(sheet, 1, 2);
  fitColumns(sheet, lang, { max: 60, wrap: [first + Y + 1, first + Y + 2] });
  sheet.getColumn(first + Y + 1).width = 60;
  sheet.getColumn(first + Y + 2).width = 60;
}

function organisationSheet(wb: Workbook, summary: ExportSummary, name: string, money: string): void {
  const { lang } = summary;
  const o = summary.organisations;
  const sheet = wb.addWorksheet(name);
  const w = writer(sheet, money);
  const Y = summary.years.length;
  const first = 2;
  const t = (k: ReportWord) => reportWord(lang, k);
  const col = (yi: number) => columnLetter(first + yi);
  headerRow(w, [o.by === 'line' ? t('line') : t('organisation'), ...summary.years.map(String), catalogue(lang).report.totalSpan(summary.span)]);
  const money2 = (values: readonly number[]) => values.map((v) => inUnit(summary, v));
  const base = block(
    w,
    `${t('baseline')} (${summary.amountsLabel.toLowerCase()})`,
    o.rows.map((r) => ({ info: [r.label], values: money2(r.baseline) })),
    [`${t('total')} ${t('baselineShort').toLowerCase()}`],
    first,
    Y,
  );
  w.next++;
  const scenItems = o.rows.map((r) => ({ info: [r.label] as Value[], values: money2(r.scenario) }));
  if (o.fixed) scenItems.push({ info: [t('fixedRow')], values: money2(o.fixed) });
  const scen = block(w, t('scenario'), scenItems, [`${t('total')} ${t('scenario').toLowerCase()}`], first, Y);
  w.next++;
  // The change: formulas on the two blocks above, so a corrected figure flows through.
  w.row([`${t('change')} (${t('scenario').toLowerCase()} − ${t('baselineShort').toLowerCase()})`], { bold: true });
  const changeRows: number[] = [];
  const items = [...o.rows.map((r) => ({ label: r.label, change: money2(r.change) })), ...(o.fixed ? [{ label: t('fixedRow'), change: money2(o.fixed) }] : [])];
  items.forEach((item, i) => {
    const n = w.next;
    const b = base.rows[i];
    const s = scen.rows[i] as number;
    const cells: Value[] = item.change.map((v, yi) => ({ formula: b ? `${col(yi)}${s}-${col(yi)}${b}` : `${col(yi)}${s}`, result: v }));
    w.row([item.label, ...cells, { formula: `SUM(${col(0)}${n}:${col(Y - 1)}${n})`, result: item.change.reduce((a, c) => a + c, 0) + 0 }], { moneyFrom: first });
    changeRows.push(n);
  });
  const n = w.next;
  const totals = Array.from({ length: Y }, (_, yi) => items.reduce((a, it) => a + (it.change[yi] ?? 0), 0) + 0);
  const a = changeRows[0] as number;
  const z = changeRows[changeRows.length - 1] as number;
  w.row(
    [
      `${t('total')} ${t('change').toLowerCase()}`,
      ...totals.map((v, yi) => ({ formula: `SUM(${col(yi)}${a}:${col(yi)}${z})`, result: v })),
      { formula: `SUM(${col(0)}${n}:${col(Y - 1)}${n})`, result: totals.reduce((x, y) => x + y, 0) + 0 },
    ],
    { moneyFrom: first, bold: true, fill: true },
  );
  freeze(sheet, 1, 1);
  fitColumns(sheet, lang, { max: 60 });
}

/** Where the overview keeps its totals, for the balance sheet's formulas. */
interface OverviewRows {
  incidental: number | null;
  oneOff: number | null;
  /** The column of the first year. */
  first: number;
}

/**
 * The overview of incidental income and expenditure (BBV): the incidental measures and the
 * one-off costs per measure and kind, each block with its SUM total (savings.incidental,
 * savings.oneOffCosts).
 */
function overviewSheet(wb: Workbook, summary: ExportSummary, name: string, money: string): OverviewRows {
  const { lang } = summary;
  const words = catalogue(lang).report.budget;
  const sheet = wb.addWorksheet(name);
  const w = writer(sheet, money);
  const Y = summary.years.length;
  const first = 5;
  headerRow(w, [words.measure, words.nature, words.kind, reportWord(lang, 'notes'), ...summary.years.map(String), catalogue(lang).report.totalSpan(summary.span)]);
  const items = (rows: SummaryBudgetRow[]) =>
    rows.map((r) => ({ info: [r.name, r.natureLabel, r.kindLabel, r.notes] as Value[], values: r.values.map((v) => inUnit(summary, v)) }));
  const out: OverviewRows = { incidental: null, oneOff: null, first };
  const { incidental, oneOff } = summary.budget;
  if (incidental) {
    out.incidental = block(w, words.incidentalBlock, items(incidental.rows), [words.incidentalTotal], first, Y).total;
    w.next++;
  }
  if (oneOff) {
    out.oneOff = block(w, words.oneOffBlock, items(oneOff.rows), [words.oneOffTotal], first, Y).total;
    w.next++;
  }
  freeze(sheet, 1, 1);
  fitColumns(sheet, lang, { max: 50, wrap: [4] });
  // After fitting: the note runs on over the empty cells beside it.
  w.row([`${summary.amountsLabel}. ${words.overviewNote}.`], { italic: true });
  return out;
}

/**
 * The structural balance per year, as formulas on the per-year sheet and the overview: savings,
 * of which incidental, structural savings; the target, the structural gap and ja/nee; one-off
 * costs, net savings and their running total; the payback year. Returns the net cumulative row.
 */
function balanceSheet(
  wb: Workbook,
  summary: ExportSummary,
  names: ReturnType<typeof sheetNames>,
  years: YearSheetRows,
  overview: OverviewRows,
  money: string,
): number | null {
  const { lang } = summary;
  const words = catalogue(lang).report.budget;
  const { balance: b, incidental, oneOff } = summary.budget;
  const sheet = wb.getWorksheet(names.balance as string) as Worksheet;
  const w = writer(sheet, money);
  const col = (yi: number) => columnLetter(yi + 2);
  const yearRef = (row: number, yi: number) => `${sheetRef(names.year)}!${col(yi)}${row}`;
  const overviewRef = (row: number, yi: number) => `${sheetRef(names.overview as string)}!${columnLetter(overview.first + yi)}${row}`;
  const unit = (v: number) => inUnit(summary, v);
  headerRow(w, [summary.amountsLabel, ...summary.years.map(String)]);
  const savings = w.row([words.savings, ...b.savings.map((v, yi) => ({ formula: yearRef(years.savings, yi), result: unit(v) }))], { moneyFrom: 2 });
  let structural = savings;
  if (incidental && overview.incidental !== null) {
    const total = overview.incidental;
    const of = w.row([words.incidentalOf, ...b.incidental.map((v, yi) => ({ formula: overviewRef(total, yi), result: unit(v) }))], { moneyFrom: 2 });
    structural = w.row(
      [words.structural, ...b.structural.map((v, yi) => ({ formula: `${col(yi)}${savings}-${col(yi)}${of}`, result: unit(v) }))],
      { moneyFrom: 2, bold: true, fill: true },
    );
  }
  if (b.target && b.structuralGap && b.structurallyMet && years.target) {
    const targetRow = years.target;
    const target = w.row([words.target, ...b.target.map((v, yi) => (v === null ? null : { formula: yearRef(targetRow, yi), result: unit(v) }))], { moneyFrom: 2 });
    w.row(
      [words.structuralGap, ...b.structuralGap.map((v, yi) => (v === null ? null : { formula: `${col(yi)}${target}-${col(yi)}${structural}`, result: unit(v) }))],
      { moneyFrom: 2, bold: true },
    );
    const met = w.row([words.structurallyMet, ...b.structurallyMet.map((m) => (m === null ? null : m ? words.yes : words.no))]);
    b.structurallyMet.forEach((_, yi) => (sheet.getRow(met).getCell(yi + 2).alignment = { horizontal: 'right' }));
  }
  let netCumulative: number | null = null;
  if (oneOff && overview.oneOff !== null) {
    const total = overview.oneOff;
    const costs = w.row([words.oneOffCosts, ...b.oneOffCosts.map((v, yi) => ({ formula: overviewRef(total, yi), result: unit(v) }))], { moneyFrom: 2 });
    const net = w.row(
      [words.net, ...b.net.map((v, yi) => ({ formula: `${col(yi)}${savings}-${col(yi)}${costs}`, result: unit(v) }))],
      { moneyFrom: 2, bold: true, fill: true },
    );
    const n = w.next;
    // A running total in euros; in thousands rounded on its own, as cumulative is.
    const cells: Value[] = b.netCumulative.map((v, yi) =>
      summary.unit === 'euro' ? { formula: yi === 0 ? `${col(0)}${net}` : `${col(yi - 1)}${n}+${col(yi)}${net}`, result: v } : unit(v),
    );
    netCumulative = w.row([words.netCumulative, ...cells], { moneyFrom: 2 });
  }
  freeze(sheet, 1, 1);
  fitColumns(sheet, lang, { max: 50 });
  // After fitting: the sentences run on over the empty cells beside them.
  w.next++;
  if (oneOff) w.row([`${words.paybackYear}: ${summary.budget.paybackText}.`], { bold: true });
  w.row([`${words.balanceNote}.`], { italic: true });
  if (oneOff && summary.unit === 'thousand') w.row([catalogue(lang).report.cumulativeValueNote], { italic: true });
  return netCumulative;
}

function assumptionsSheet(wb: Workbook, summary: ExportSummary, name: string): void {
  const { lang } = summary;
  const sheet = wb.addWorksheet(name);
  const w = writer(sheet, NUMBER_FORMATS.percent);
  const t = (k: ReportWord) => reportWord(lang, k);
  headerRow(w, [t('item'), t('value'), '', '']);
  for (const item of summary.assumptions.items) w.row([item.label, item.text]);
  w.next++;
  w.row([t('indexYear'), t('wageIndex'), t('priceIndex')], { bold: true });
  for (const r of summary.assumptions.indexation) w.row([String(r.year), r.wage, r.price], { moneyFrom: 2 });
  w.next++;
  w.row([t('lineId'), t('line'), t('wageShare'), t('growth')], { bold: true });
  for (const l of summary.assumptions.lines) w.row([l.id, l.name, l.wageShare, l.volumeGrowth], { moneyFrom: 3 });
  freeze(sheet, 1, 0);
  fitColumns(sheet, lang, { max: 60, wrap: [2] });
  sheet.getColumn(2).width = 60;
}

function summarySheet(
  wb: Workbook,
  summary: ExportSummary,
  names: ReturnType<typeof sheetNames>,
  years: YearSheetRows,
  netCumulative: number | null,
  money: string,
): void {
  const { lang, headline } = summary;
  const sheet = wb.getWorksheet(names.summary) as Worksheet;
  const w = writer(sheet, money);
  const t = (k: ReportWord) => reportWord(lang, k);
  const n1 = w.row([summary.title]);
  sheet.getRow(n1).font = { bold: true, size: 16 };
  w.row([[t('documentKind'), summary.municipality, summary.dateText].filter(Boolean).join(' · ')], { italic: true });
  w.next++;
  headerRow(w, [t('headline'), summary.amountsLabel]);
  const lastCol = columnLetter(summary.years.length + 1);
  const ref = (row: number) => `${sheetRef(names.year)}!${lastCol}${row}`;
  w.row([headline.labels.savings, { formula: ref(years.savings), result: inUnit(summary, headline.savings) }], { moneyFrom: 2 });
  w.row([headline.labels.cumulative, { formula: ref(years.cumulative), result: inUnit(summary, headline.cumulative) }], { moneyFrom: 2 });
  if (headline.target !== null && years.target && years.gap !== null && headline.gap !== null) {
    w.row([headline.labels.target, { formula: ref(years.target), result: inUnit(summary, headline.target) }], { moneyFrom: 2 });
    w.row([t('gap'), { formula: ref(years.gap), result: inUnit(summary, headline.gap) }], { moneyFrom: 2 });
  }
  if (headline.net && netCumulative !== null && names.balance) {
    const net = { formula: `${sheetRef(names.balance)}!${lastCol}${netCumulative}`, result: inUnit(summary, summary.budget.balance.netCumulative[summary.years.length - 1] ?? 0) };
    w.row([headline.net.label, net], { moneyFrom: 2 });
    w.row([catalogue(lang).report.budget.paybackYear, summary.budget.paybackYear === null ? catalogue(lang).report.unknown : String(summary.budget.paybackYear)]);
  }
  w.row([`${headline.labels.target}: ${headline.texts.target}`], { bold: true });
  w.next++;
  // Version 2: the warnings and the PM items, when the scenario has them.
  if (summary.warnings.length > 0) {
    w.row([catalogue(lang).report.budget.warningsTitle], { bold: true });
    for (const warning of summary.warnings) w.row([warning]);
    w.next++;
  }
  if (summary.pm.length > 0) {
    const words = catalogue(lang).report.budget;
    w.row([`${words.pmTitle} (${words.pmNote.charAt(0).toLowerCase()}${words.pmNote.slice(1)})`], { bold: true });
    for (const item of summary.pm) w.row([item.name, item.what, catalogue(lang).glossary.budget.pm]);
    w.next++;
  }
  if (summary.municipality) w.row([t('municipalityLabel'), summary.municipality]);
  if (summary.author) w.row([t('authorLabel'), summary.author]);
  w.row([t('dateLabel'), summary.dateText]);
  w.row([t('baseYear'), String(summary.baseYear)]);
  w.row([t('horizon'), summary.span]);
  w.row([t('unit'), summary.amountsLabel]);
  w.next++;
  w.row([t('madeWith') + '. ' + t(summary.unit === 'euro' ? 'figuresNote' : 'figuresNoteThousand')], { italic: true });
  sheet.getColumn(1).width = 36;
  sheet.getColumn(2).width = 22;
}

/** The workbook of the summary, built with the given ExcelJS module. */
export function buildWorkbook(excel: ExcelModule, summary: ExportSummary): Workbook {
  const wb = new excel.Workbook();
  wb.creator = catalogue(summary.lang).report.madeWith;
  wb.title = summary.title;
  const stamp = new Date(`${summary.date}T12:00:00Z`);
  if (!Number.isNaN(stamp.getTime())) {
    wb.created = stamp;
    wb.modified = stamp;
  }
  const names = sheetNames(summary);
  const money = summary.unit === 'euro' ? NUMBER_FORMATS.euro : NUMBER_FORMATS.thousand;
  // The summary sheet comes first but refers to the per-year sheet: make it now, fill it last.
  wb.addWorksheet(names.summary);
  const years = yearSheet(wb, summary, names.year, money);
  let netCumulative: number | null = null;
  if (names.balance && names.overview) {
    // The balance refers to the overview's totals: make it now, fill it when they are written.
    wb.addWorksheet(names.balance);
    const overview = overviewSheet(wb, summary, names.overview, money);
    netCumulative = balanceSheet(wb, summary, names, years, overview, money);
  }
  lineSheet(wb, summary, names.line, money);
  measureSheet(wb, summary, names.measure, money);
  organisationSheet(wb, summary, names.organisation, money);
  assumptionsSheet(wb, summary, names.assumptions);
  summarySheet(wb, summary, names, years, netCumulative, money);
  return wb;
}

/** The .xlsx file's bytes. */
export async function writeXlsx(excel: ExcelModule, summary: ExportSummary): Promise<Uint8Array> {
  const buffer = await buildWorkbook(excel, summary).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** The workbook of a comparison: the scenarios, savings per year, change per organisation, what differs. */
export function buildComparisonWorkbook(excel: ExcelModule, c: ComparisonExport): Workbook {
  const { lang } = c;
  const t = (k: ReportWord) => reportWord(lang, k);
  const r = catalogue(lang).report;
  const wb = new excel.Workbook();
  wb.creator = t('madeWith');
  wb.title = c.title;
  const money = c.unit === 'euro' ? NUMBER_FORMATS.euro : NUMBER_FORMATS.thousand;
  const scale = (v: number) => (c.unit === 'thousand' ? v / 1000 + 0 : v);
  const Y = c.years.length;
  const col = (yi: number) => columnLetter(yi + 3);
  const lastCol = col(Y - 1);

  // Scenarios.
  const summary = wb.addWorksheet(t('scenarios'));
  const s = writer(summary, money);
  headerRow(s, [t('scenarioLabel'), t('title'), t('file'), r.savingsIn(c.years[Y - 1] ?? ''), r.cumulativeSpan(c.span), t('target')]);
  for (const sc of c.scenarios) {
    s.row([sc.label + (sc.isReference ? ` (${t('reference')})` : ''), sc.title, sc.file ?? '', scale(sc.headline.savings), scale(sc.headline.cumulative), sc.headline.texts.target], { moneyFrom: 4 });
    summary.getRow(s.next - 1).getCell(6).numFmt = '@';
  }
  s.next++;
  s.row([c.yearsNote], { italic: true });
  s.row([c.amountsLabel], { italic: true });
  freeze(summary, 1, 1);
  fitColumns(summary, lang, { max: 60 });

  // Per year: savings are values; the difference from the reference and the gap are formulas.
  const years = wb.addWorksheet(t('perYear'));
  const y = writer(years, money);
  headerRow(y, [t('scenarioLabel'), t('series'), ...c.years.map(String), r.totalSpan(c.span)]);
  const savingsRow: number[] = [];
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0) + 0;
  c.scenarios.forEach((sc, k) => {
    const n = y.next;
    const values = (c.rows.savings[k] ?? []).map(scale);
    y.row([sc.label, t('savings'), ...values, { formula: `SUM(${col(0)}${n}:${lastCol}${n})`, result: sum(values) }], { moneyFrom: 3, bold: true });
    savingsRow[k] = n;
  });
  const refRow = savingsRow[c.reference] as number;
  c.scenarios.forEach((sc, k) => {
    if (sc.isReference) return;
    const n = y.next;
    const values = (c.rows.difference[k] ?? []).map(scale);
    y.row(
      [
        sc.label,
        r.differenceFrom(c.scenarios[c.reference]?.label ?? ''),
        ...values.map((v, yi) => ({ formula: `${col(yi)}${savingsRow[k]}-${col(yi)}${refRow}`, result: v })),
        { formula: `SUM(${col(0)}${n}:${lastCol}${n})`, result: sum(values) },
      ],
      { moneyFrom: 3 },
    );
  });
  c.scenarios.forEach((sc, k) => {
    const n = y.next;
    const values = (c.rows.cumulative[k] ?? []).map(scale);
    // A running total in euros; in thousands rounded on its own, as the app shows it.
    const cells: Value[] =
      c.unit === 'euro'
        ? values.map((v, yi) => ({ formula: yi === 0 ? `${col(0)}${savingsRow[k]}` : `${col(yi - 1)}${n}+${col(yi)}${savingsRow[k]}`, result: v }))
        : values;
    y.row([sc.label, t('cumulative'), ...cells], { moneyFrom: 3 });
  });
  c.scenarios.forEach((sc, k) => {
    const target = c.rows.target[k];
    if (!target) return;
    const tn = y.next;
    y.row([sc.label, t('target'), ...target.map((v) => (v === null ? null : scale(v)))], { moneyFrom: 3 });
    const gap = c.rows.gap[k] ?? [];
    y.row(
      [sc.label, t('gap'), ...gap.map((v, yi) => (v === null ? null : { formula: `${col(yi)}${tn}-${col(yi)}${savingsRow[k]}`, result: scale(v) }))],
      { moneyFrom: 3, bold: true },
    );
  });
  freeze(years, 1, 2);
  fitColumns(years, lang, { max: 50 });

  // Change per organisation (or line), one block per scenario with its SUM total.
  const partners = wb.addWorksheet(`${t('change')} ${t(c.partners.by === 'line' ? 'perLine' : 'perOrganisation').toLowerCase()}`);
  const p = writer(partners, money);
  headerRow(p, [t('scenarioLabel'), t(c.partners.by === 'line' ? 'line' : 'organisation'), ...c.years.map(String), r.totalSpan(c.span)]);
  const { table } = c.partners;
  c.scenarios.forEach((sc, k) => {
    const items = table.rows
      .map((r, i) => ({ row: r.cells[k], i }))
      .filter(({ row }) => row)
      .map(({ row, i }) => ({ info: [sc.label, c.partners.labels[i] ?? ''] as Value[], values: (row?.years ?? []).map((y) => scale(y.change)) }));
    const fixed = table.scenarios[k]?.fixed;
    if (table.hasFixed) items.push({ info: [sc.label, t('fixedRow')], values: c.years.map((_, y) => scale(fixed?.years[y] ?? 0)) });
    block(p, scenarioCaption(sc), items, [null, `${t('total')} ${sc.label}`], 3, Y);
    p.next++;
  });
  freeze(partners, 1, 2);
  fitColumns(partners, lang, { max: 50 });

  // What differs.
  const diffs = wb.addWorksheet(t('whatDiffers'));
  const d = writer(diffs, money);
  headerRow(d, [t('scenarioLabel'), t('whatDiffers')]);
  for (const x of c.differences) {
    if (x.texts.length === 0) d.row([r.differsFrom(x.label, x.reference), t('noDifferences')]);
    for (const text of x.texts) d.row([r.differsFrom(x.label, x.reference), text]);
  }
  freeze(diffs, 1, 0);
  fitColumns(diffs, lang, { max: 100, wrap: [2] });
  return wb;
}

export async function writeComparisonXlsx(excel: ExcelModule, c: ComparisonExport): Promise<Uint8Array> {
  const buffer = await buildComparisonWorkbook(excel, c).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
