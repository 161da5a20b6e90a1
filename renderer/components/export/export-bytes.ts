// The bytes of an export, made in the renderer from the same shared/ writers the command line
// uses. ExcelJS loads on first use (its browser build is large; start-up stays quick); a PDF
// needs a printer from the host (Electron's printToPDF), a PNG is drawn on a canvas here. A
// comparison of several scenarios goes through the same produce() with its own writers.
import { comparisonChartSvg, comparisonCsvData, comparisonMarkdown, comparisonPrintHtml, type ComparisonCsvTable, type ComparisonExport } from '../../../shared/export/comparison';
import { writeCsv, type CsvStyle, type CsvTableKind } from '../../../shared/export/csv';
import { EXPORT_MIME, exportFileName, exportText, type ExportFormat } from '../../../shared/export/formats';
import { savingsChartSvg } from '../../../shared/export/chart-svg';
import { PAGE_MARGINS_MM, printFooterTemplate, printHtml } from '../../../shared/export/print-html';
import type { ExportSummary } from '../../../shared/export/summary';

export interface ExportChoice {
  format: ExportFormat;
  table: CsvTableKind;
  csvStyle: CsvStyle;
}

export interface ExportOutput {
  fileName: string;
  data: Uint8Array | string;
  mime: string;
}

/** Prints a self-contained HTML document to PDF bytes (Electron's webContents.printToPDF in the app). */
export type PdfPrinter = (
  html: string,
  options: { footerTemplate: string; marginsMm: typeof PAGE_MARGINS_MM },
) => Promise<Uint8Array>;

/** CSS pixels of the chart PNG; at scale 2 that is 1920 device pixels, wide enough for a slide. */
export const PNG_WIDTH = 960;
export const PNG_SCALE = 2;

/** The chart for a PNG: the same SVG as the command line's, with its title. */
export function pngChartSvg(summary: ExportSummary): string {
  return savingsChartSvg(summary, { width: PNG_WIDTH, title: true, fontSize: 14 });
}

export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Draws an SVG on a canvas `scale` times its size and returns the PNG bytes. */
export async function svgToPng(svg: string, scale = PNG_SCALE): Promise<Uint8Array> {
  const width = Number(/^<svg[^>]*\bwidth="(\d+)"/.exec(svg)?.[1] ?? PNG_WIDTH);
  const height = Number(/^<svg[^>]*\bheight="(\d+)"/.exec(svg)?.[1] ?? PNG_WIDTH / 2);
  const image = new Image(width, height);
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the chart could not be drawn'));
    image.src = svgDataUrl(svg);
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('no PNG');
  return blobBytes(blob);
}

/** A blob's bytes (FileReader where Blob.arrayBuffer is missing, as in older engines and jsdom). */
export async function blobBytes(blob: Blob): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === 'function') return new Uint8Array(await blob.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/**
 * What an export is made of, the same for one scenario's summary and for a comparison of
 * several: each side gives its own writers from shared/export, and produce() makes the file.
 */
export interface Exportable {
  fileName(format: ExportFormat, table?: CsvTableKind): string;
  text(format: 'md' | 'csv', choice: ExportChoice): string;
  xlsx(): Promise<Uint8Array>;
  printHtml(): string;
  footerTemplate(): string;
  /** The chart for a PNG, with its title. */
  chartSvg(): string;
}

export function summaryExportable(summary: ExportSummary): Exportable {
  return {
    fileName: (format, table) => exportFileName(summary, format, table),
    text: (format, choice) => exportText(summary, format, { table: choice.table, csvStyle: choice.csvStyle }),
    xlsx: async () => {
      const [{ writeXlsx, excelModuleOf }, excel] = await Promise.all([import('../../../shared/export/xlsx'), import('exceljs')]);
      return writeXlsx(excelModuleOf(excel), summary);
    },
    printHtml: () => printHtml(summary),
    footerTemplate: () => printFooterTemplate(summary),
    chartSvg: () => pngChartSvg(summary),
  };
}

export function comparisonExportable(c: ComparisonExport): Exportable {
  const reference = c.scenarios[c.reference];
  const named = { lang: c.lang, title: reference ? `${c.title} - ${reference.title}` : c.title };
  return {
    fileName: (format, table) => exportFileName(named, format, table),
    text: (format, choice) =>
      format === 'md' ? comparisonMarkdown(c) : writeCsv(comparisonCsvData(c, choice.table as ComparisonCsvTable), choice.csvStyle),
    xlsx: async () => {
      const [{ writeComparisonXlsx, excelModuleOf }, excel] = await Promise.all([import('../../../shared/export/xlsx'), import('exceljs')]);
      return writeComparisonXlsx(excelModuleOf(excel), c);
    },
    printHtml: () => comparisonPrintHtml(c),
    footerTemplate: () => printFooterTemplate(named),
    chartSvg: () => comparisonChartSvg(c, { width: PNG_WIDTH, title: true, fontSize: 14 }),
  };
}

export async function produce(
  subject: Exportable,
  choice: ExportChoice,
  host: { printToPdf?: PdfPrinter; drawPng?: (svg: string) => Promise<Uint8Array> } = {},
): Promise<ExportOutput> {
  const { format } = choice;
  const fileName = subject.fileName(format, format === 'csv' ? choice.table : undefined);
  const mime = EXPORT_MIME[format];
  switch (format) {
    case 'md':
    case 'csv':
      return { fileName, mime, data: subject.text(format, choice) };
    case 'xlsx':
      return { fileName, mime, data: await subject.xlsx() };
    case 'pdf': {
      if (!host.printToPdf) throw new Error('no PDF printer');
      const data = await host.printToPdf(subject.printHtml(), { footerTemplate: subject.footerTemplate(), marginsMm: PAGE_MARGINS_MM });
      return { fileName, mime, data };
    }
    case 'png':
      return { fileName, mime, data: await (host.drawPng ?? svgToPng)(subject.chartSvg()) };
  }
}

/** One scenario's summary as a file. */
export function produceExport(
  summary: ExportSummary,
  choice: ExportChoice,
  host: { printToPdf?: PdfPrinter; drawPng?: (svg: string) => Promise<Uint8Array> } = {},
): Promise<ExportOutput> {
  return produce(summaryExportable(summary), choice, host);
}
