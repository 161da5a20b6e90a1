// The export formats, their file names and media types; and the text formats rendered in one
// call, so the app and the command line write the same bytes from the same scenario.
import { SCENARIO_SUFFIX, scenarioFileName } from '../files/file-names';
import { summaryCsv, type CsvStyle, type CsvTableKind } from './csv';
import { summaryMarkdown } from './markdown';
import { reportWord, type ReportWord } from './report-words';
import type { ExportSummary } from './summary';
import type { Lang } from '../i18n/languages';
import { catalogue } from '../i18n/text';

export type ExportFormat = 'pdf' | 'xlsx' | 'csv' | 'md' | 'png';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['pdf', 'xlsx', 'csv', 'md', 'png'];

/** The realisation monitor's formats (shared/export/monitor.ts): one scenario's planned against realised. */
export const MONITOR_FORMATS = ['monitor-pdf', 'monitor-xlsx', 'monitor-md'] as const;
export type MonitorFormat = (typeof MONITOR_FORMATS)[number];

/** CSS pixels of the chart PNG; at scale 2 that is 1920 device pixels, wide enough for a slide. */
export const PNG_WIDTH = 960;
export const PNG_SCALE = 2;

export const EXPORT_MIME: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  png: 'image/png',
};

const TABLE_WORD: Record<Exclude<CsvTableKind, 'structural' | 'incidental'>, ReportWord> = {
  year: 'perYear',
  line: 'perLine',
  measure: 'perMeasure',
  organisation: 'perOrganisation',
};

/** A CSV table's name, as its sheet in the workbook is named. */
function tableName(lang: Lang, table: CsvTableKind): string {
  if (table === 'structural') return catalogue(lang).report.budget.sheetBalance;
  if (table === 'incidental') return catalogue(lang).report.budget.sheetOverview;
  return reportWord(lang, TABLE_WORD[table]);
}

/** "Voorbeeld korting en verschuiving.pdf"; a CSV names its table: "… - per jaar.csv". */
export function exportFileName(summary: Pick<ExportSummary, 'title' | 'lang'>, format: ExportFormat, table?: CsvTableKind): string {
  const base = scenarioFileName(summary.title).slice(0, -SCENARIO_SUFFIX.length);
  const suffix = format === 'csv' && table ? ` - ${tableName(summary.lang, table).toLowerCase()}` : '';
  return `${base}${suffix}.${format}`;
}

/** The text of a text format: Markdown, or one CSV table (with its byte-order mark in Dutch style). */
export function exportText(summary: ExportSummary, format: 'md' | 'csv', options: { table?: CsvTableKind; csvStyle?: CsvStyle } = {}): string {
  if (format === 'md') return summaryMarkdown(summary);
  return summaryCsv(summary, options.table ?? 'year', options.csvStyle ?? 'nl');
}
