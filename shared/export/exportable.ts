// What an export is made of, the same for one scenario's summary and for a comparison of
// several: each gives its own writers (all in shared/export), and the app (renderer's
// export-bytes.ts) and `vcp export` make the file from them. ExcelJS is handed in: the app loads
// its browser build on first use, the command line the Node one.
import { savingsChartSvg } from './chart-svg';
import { comparisonChartSvg, comparisonCsvData, comparisonMarkdown, comparisonPrintHtml, type ComparisonExport } from './comparison';
import { writeCsv, type ComparisonCsvTable, type CsvStyle, type CsvTableKind } from './csv';
import { exportFileName, exportText, PNG_WIDTH, type ExportFormat } from './formats';
import { printFooterTemplate, printHtml, withPrintFooter } from './print-html';
import type { ExportSummary } from './summary';
import { writeComparisonXlsx, writeXlsx, type ExcelModule } from './xlsx';

export interface Exportable {
  fileName(format: ExportFormat, table?: CsvTableKind): string;
  /** Markdown, or one CSV table in the chosen style. */
  text(format: 'md' | 'csv', options: { table: CsvTableKind; csvStyle: CsvStyle }): string;
  xlsx(excel: ExcelModule): Promise<Uint8Array>;
  /** The print layout, for a PDF. */
  printHtml(): string;
  footerTemplate(): string;
  /** The print layout with its footer in its own CSS, for the browser's print dialog (the browser version's PDF). */
  browserPrintHtml(): string;
  /** The chart for a PNG, PNG_WIDTH wide, with its title. */
  chartSvg(): string;
}

const PNG_CHART = { width: PNG_WIDTH, title: true, fontSize: 14 };

export function summaryExportable(summary: ExportSummary): Exportable {
  return {
    fileName: (format, table) => exportFileName(summary, format, table),
    text: (format, options) => exportText(summary, format, options),
    xlsx: (excel) => writeXlsx(excel, summary),
    printHtml: () => printHtml(summary),
    footerTemplate: () => printFooterTemplate(summary),
    browserPrintHtml: () => withPrintFooter(printHtml(summary), summary),
    chartSvg: () => savingsChartSvg(summary, PNG_CHART),
  };
}

/** A comparison's files are named after it and its reference: "Vergelijking van scenario’s - Zwolle.xlsx". */
export function comparisonExportable(c: ComparisonExport): Exportable {
  const reference = c.scenarios[c.reference];
  const named = { lang: c.lang, title: reference ? `${c.title} - ${reference.title}` : c.title };
  return {
    fileName: (format, table) => exportFileName(named, format, table),
    text: (format, options) =>
      format === 'md' ? comparisonMarkdown(c) : writeCsv(comparisonCsvData(c, options.table as ComparisonCsvTable), options.csvStyle),
    xlsx: (excel) => writeComparisonXlsx(excel, c),
    printHtml: () => comparisonPrintHtml(c),
    footerTemplate: () => printFooterTemplate(c),
    browserPrintHtml: () => withPrintFooter(comparisonPrintHtml(c), c),
    chartSvg: () => comparisonChartSvg(c, PNG_CHART),
  };
}
