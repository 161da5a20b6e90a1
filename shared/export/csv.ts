// CSV for controllers: one table per file, from the summary model.
// Dutch style (default): `;` between fields, a decimal comma, a UTF-8 byte-order mark (without
// it Excel reads "€" and "ë" as two odd characters each) and CRLF line ends — what Dutch Excel
// opens with a double click. International style: `,` and a decimal point, no byte-order mark.
// Amounts are plain numbers (no grouping, no € sign, ASCII minus) in the chosen unit; the unit
// has a column of its own, so every figure column stays numeric.
import { localeOf, type Lang } from '../i18n/languages';
import { catalogue } from '../i18n/text';
import { reportWord, type ReportWord } from './report-words';
import type { ExportSummary } from './summary';

export type CsvTableKind = 'year' | 'line' | 'measure' | 'organisation' | 'structural' | 'incidental';
/** Version 2 (#20) added the structural balance and the overview of incidental income and expenditure. */
export const CSV_TABLES: readonly CsvTableKind[] = ['year', 'line', 'measure', 'organisation', 'structural', 'incidental'];
/** A comparison has a table per year and one per organisation (or line). */
export type ComparisonCsvTable = 'year' | 'organisation';
export const COMPARISON_CSV_TABLES: readonly ComparisonCsvTable[] = ['year', 'organisation'];
export type CsvStyle = 'nl' | 'international';
export const CSV_STYLES: readonly CsvStyle[] = ['nl', 'international'];

export type CsvCell = string | number | null;

export interface CsvData {
  header: string[];
  rows: CsvCell[][];
}

export const BOM = '\uFEFF';

/** Each style's separator, decimal mark, byte-order mark and the locale that writes its numbers. */
const STYLE: Record<CsvStyle, { separator: string; decimalComma: boolean; bom: boolean; locale: string }> = {
  nl: { separator: ';', decimalComma: true, bom: true, locale: 'nl-NL' }, // the Dutch CSV style, not a language
  international: { separator: ',', decimalComma: false, bom: false, locale: 'en-US' },
};

/** The locale whose plain numbers (no grouping) a style's cells show, for a preview. */
export const csvLocale = (style: CsvStyle): string => STYLE[style].locale;

/** The CSV a language's spreadsheet opens: Dutch style where the language writes a decimal comma. */
export function csvStyleOf(lang: Lang): CsvStyle {
  const decimal = new Intl.NumberFormat(localeOf(lang)).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
  return decimal === ',' ? 'nl' : 'international';
}

// Machine notation: no grouping, '.' as the decimal point, at most 10 decimals. Made at the first
// export, not when the app loads: the first Intl formatter of a locale loads its data (en-US is
// not the app's): 28 ms of the app's start-up under Chromium's profiler.
let plain: Intl.NumberFormat | undefined;

function numberCell(value: number, style: CsvStyle): string {
  plain ??= new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 10 });
  const text = plain.format(value + 0); // + 0: never "-0"
  return STYLE[style].decimalComma ? text.replace('.', ',') : text;
}

/**
 * A text cell that a spreadsheet would take for a formula (=, +, -, @ first) gets a leading
 * apostrophe: scenario files travel between organisations, and a name is not a formula.
 */
function textCell(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV text in a style, CRLF after every row, no byte-order mark. */
export function csvRows(rows: readonly (readonly CsvCell[])[], style: CsvStyle): string {
  const separator = STYLE[style].separator;
  const line = (row: readonly CsvCell[]) =>
    row
      .map((cell) => (cell === null ? '' : typeof cell === 'number' ? numberCell(cell, style) : textCell(cell, separator)))
      .join(separator);
  return rows.map(line).join('\r\n') + '\r\n';
}

/** The table as CSV text: the byte-order mark first in Dutch style, CRLF after every row. */
export function writeCsv(data: CsvData, style: CsvStyle = 'nl'): string {
  const body = csvRows([data.header, ...data.rows], style);
  return STYLE[style].bom ? BOM + body : body;
}

/** An amount in the summary's unit: euros, or thousands (the model holds whole thousands as euros). */
export function inUnit(summary: ExportSummary, value: number | null): number | null {
  if (value === null) return null;
  return summary.unit === 'thousand' ? value / 1000 + 0 : value;
}

function unitCell(summary: ExportSummary): string {
  return catalogue(summary.lang).report[summary.unit === 'euro' ? 'unitEuro' : 'unitThousand'];
}

const total = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) + 0;

/** The rows and columns of one table, figures in the unit. */
export function csvData(summary: ExportSummary, table: CsvTableKind): CsvData {
  const { lang } = summary;
  const w = (key: ReportWord) => reportWord(lang, key);
  const years = summary.years.map(String);
  const unit = unitCell(summary);
  const money = (values: readonly (number | null)[]) => values.map((v) => inUnit(summary, v));
  const span = catalogue(lang).report.totalSpan(summary.span);

  switch (table) {
    case 'year':
      return {
        header: [w('row'), w('unit'), ...years],
        rows: summary.yearRows.map((r) => [r.label, unit, ...money(r.values)]),
      };
    case 'line': {
      const rows: CsvCell[][] = [];
      // A PM line's figures say PM: known, not yet in euros (they count as 0 in the totals).
      const pm = new Set(summary.pm.filter((p) => p.kind === 'line').map((p) => p.id));
      const pmCells = summary.years.map(() => catalogue(lang).glossary.budget.pm);
      for (const l of summary.lines.rows) {
        const info = [l.id, l.name, l.kindLabel, l.group, l.organisation, l.taakveld];
        rows.push([...info, w('baselineShort'), unit, ...(pm.has(l.id) ? pmCells : money(l.baseline))]);
        rows.push([...info, w('scenario'), unit, ...(pm.has(l.id) ? pmCells : money(l.scenario))]);
      }
      if (summary.lines.fixed) rows.push([null, w('fixedRow'), null, null, null, null, w('scenario'), unit, ...money(summary.lines.fixed)]);
      rows.push([null, w('total'), null, null, null, null, w('baselineShort'), unit, ...money(summary.lines.baselineTotal)]);
      rows.push([null, w('total'), null, null, null, null, w('scenario'), unit, ...money(summary.lines.scenarioTotal)]);
      return {
        header: [w('lineId'), w('line'), w('kind'), w('group'), w('organisation'), w('taakveld'), w('series'), w('unit'), ...years],
        rows,
      };
    }
    case 'measure': {
      const rows: CsvCell[][] = summary.measures.map((m) => [
        m.id,
        m.name,
        m.typeLabel,
        m.enabled ? w('enabled') : w('disabled'),
        m.description,
        unit,
        ...(m.effect ? money(m.effect) : summary.years.map(() => (m.pm && m.enabled ? catalogue(lang).glossary.budget.pm : null))),
        m.total === null ? null : inUnit(summary, m.total),
      ]);
      const savings = summary.yearRows.find((r) => r.kind === 'savings')?.values as number[];
      rows.push([null, w('total'), null, null, null, unit, ...money(savings), inUnit(summary, total(savings))]);
      return {
        header: [w('lineId'), w('measure'), w('measureType'), w('status'), w('description'), w('unit'), ...years, span],
        rows,
      };
    }
    case 'organisation': {
      const o = summary.organisations;
      const rows: CsvCell[][] = [];
      const first = o.by === 'line' ? w('line') : w('organisation');
      const series = (label: string, name: string, values: readonly number[]) => [
        label,
        name,
        unit,
        ...money(values),
        inUnit(summary, total(values)),
      ];
      for (const r of o.rows) {
        rows.push(series(r.label, w('baselineShort'), r.baseline));
        rows.push(series(r.label, w('scenario'), r.scenario));
        rows.push(series(r.label, w('change'), r.change));
      }
      if (o.fixed) {
        rows.push(series(w('fixedRow'), w('scenario'), o.fixed));
        rows.push(series(w('fixedRow'), w('change'), o.fixed));
      }
      rows.push(series(w('total'), w('baselineShort'), o.baselineTotal));
      rows.push(series(w('total'), w('scenario'), o.scenarioTotal));
      rows.push(
        series(
          w('total'),
          w('change'),
          o.scenarioTotal.map((s, i) => s - (o.baselineTotal[i] ?? 0) + 0),
        ),
      );
      return { header: [first, w('series'), w('unit'), ...years, span], rows };
    }
    case 'structural':
      return structuralCsv(summary, unit, years);
    case 'incidental':
      return incidentalCsv(summary, unit, years, span);
  }
}

/**
 * The structural balance per year, every row, also for a scenario without incidental measures or
 * one-off costs (then structural and net equal the savings); "ja"/"nee" where there is a target;
 * the payback year in its own year's column.
 */
function structuralCsv(summary: ExportSummary, unit: string, years: string[]): CsvData {
  const { lang } = summary;
  const words = catalogue(lang).report.budget;
  const b = summary.budget.balance;
  const money = (values: readonly (number | null)[]) => values.map((v) => inUnit(summary, v));
  const rows: CsvCell[][] = [
    [words.savings, unit, ...money(b.savings)],
    [words.incidentalOf, unit, ...money(b.incidental)],
    [words.structural, unit, ...money(b.structural)],
  ];
  if (b.target && b.structuralGap && b.structurallyMet) {
    rows.push([words.target, unit, ...money(b.target)]);
    rows.push([words.structuralGap, unit, ...money(b.structuralGap)]);
    rows.push([words.structurallyMet, null, ...b.structurallyMet.map((m) => (m === null ? null : m ? words.yes : words.no))]);
  }
  rows.push([words.oneOffCosts, unit, ...money(b.oneOffCosts)]);
  rows.push([words.net, unit, ...money(b.net)]);
  rows.push([words.netCumulative, unit, ...money(b.netCumulative)]);
  const payback = summary.budget.paybackYear;
  rows.push([words.paybackYear, null, ...summary.years.map((y) => (y === payback ? y : null))]);
  return { header: [reportWord(lang, 'row'), reportWord(lang, 'unit'), ...years], rows };
}

/** The overview of incidental income and expenditure: a row per incidental measure and per measure and kind of one-off cost, each block with its total. */
function incidentalCsv(summary: ExportSummary, unit: string, years: string[], span: string): CsvData {
  const { lang } = summary;
  const words = catalogue(lang).report.budget;
  const w = (key: ReportWord) => reportWord(lang, key);
  const money = (values: readonly number[]) => values.map((v) => inUnit(summary, v));
  const zeros = summary.years.map(() => 0);
  const rows: CsvCell[][] = [];
  const block = (part: ExportSummary['budget']['incidental'], label: string) => {
    for (const r of part?.rows ?? []) rows.push([r.measureId, r.name, r.natureLabel, r.kindLabel, r.notes, unit, ...money(r.values), inUnit(summary, r.total)]);
    const total = part?.total ?? zeros;
    rows.push([null, label, null, null, null, unit, ...money(total), inUnit(summary, total.reduce((a, v) => a + v, 0) + 0)]);
  };
  block(summary.budget.incidental, words.incidentalTotal);
  block(summary.budget.oneOff, words.oneOffTotal);
  return { header: [w('lineId'), words.measure, words.nature, words.kind, w('notes'), w('unit'), ...years, span], rows };
}

/** One table of the summary as CSV text (see writeCsv); encode it as UTF-8 to save. */
export function summaryCsv(summary: ExportSummary, table: CsvTableKind, style: CsvStyle = 'nl'): string {
  return writeCsv(csvData(summary, table), style);
}
