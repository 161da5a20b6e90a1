// The bytes of an export, made in the renderer from the same Exportable the command line uses
// (shared/export/exportable.ts): a scenario's summary or a comparison. ExcelJS loads on first use
// (its browser build is large; start-up stays quick); a PDF needs a printer from the host
// (Electron's printToPDF), a PNG is drawn on a canvas here.
import type { CsvStyle, CsvTableKind } from '../../../shared/export/csv';
import { summaryExportable, type Exportable } from '../../../shared/export/exportable';
import { EXPORT_MIME, PNG_SCALE, PNG_WIDTH, type ExportFormat } from '../../../shared/export/formats';
import { PAGE_MARGINS_MM } from '../../../shared/export/print-html';
import type { ExportSummary } from '../../../shared/export/summary';
import { excelModuleOf } from '../../../shared/export/xlsx';
import { interactivePageHtml, pageData, type PageOptions } from '../../../shared/export/interactive-page';
import { loadPageAssets } from '../../../shared/export/page-assets';
import type { Scenario } from '../../../shared/scenario/schema';

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

/** The chart for a PNG: the same SVG as the command line's, with its title. */
export function pngChartSvg(summary: ExportSummary): string {
  return summaryExportable(summary).chartSvg();
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
      return { fileName, mime, data: await subject.xlsx(excelModuleOf(await import('exceljs'))) };
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

/** The stand-alone interactive page of a scenario; its script (built with the app) loads on first use. */
export async function producePage(scenario: Scenario, options: PageOptions): Promise<string> {
  return interactivePageHtml(pageData(scenario, options), await loadPageAssets());
}
