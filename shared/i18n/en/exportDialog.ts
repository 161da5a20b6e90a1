import type { Catalogue } from '../catalogues';
import type { ExportFormat } from '../../export/formats';
import type { CsvStyle, CsvTableKind } from '../../export/csv';
import { formatters } from '../format';

const f = formatters('en');

export const exportDialog: Catalogue['exportDialog'] = {
  title: 'Export',
  comparisonTitle: 'Export the comparison',
  format: 'Format',
  formats: {
    pdf: 'PDF',
    xlsx: 'Excel (XLSX)',
    csv: 'CSV',
    md: 'Markdown',
    png: 'Chart (PNG)',
  },
  formatHints: {
    pdf: 'one A4 page for the college and the council',
    xlsx: 'workbook for controllers, with formulas',
    csv: 'one table, for Excel or another program',
    md: 'text for an e-mail or a wiki',
    png: 'the savings chart, for a slide',
  },
  language: 'Language of the document',
  unit: 'Amounts',
  units: { euro: 'in euros', thousand: '× €1,000' },
  table: 'Table',
  tables: {
    year: 'Per year',
    line: 'Per line',
    measure: 'Per measure',
    organisation: 'Per organisation',
  },
  style: 'Style',
  styles: {
    nl: 'Dutch: semicolon and decimal comma (Dutch Excel)',
    international: 'International: comma and decimal point',
  },
  preview: 'Preview',
  previewRows: (shown: number, total: number) => `The first ${shown} of ${total} rows.`,
  sheets: 'Sheets',
  fileName: 'File name',
  save: 'Save',
  saving: 'Working…',
  cancel: 'Cancel',
  saved: (name: string) => `${name} is ready.`,
  failed: (reason: string) => `Export failed: ${reason}`,
  pdfUnavailable: 'Making a PDF works in the desktop app only. Choose Markdown or XLSX here, or open the app.',
  chartAlt: 'Chart: savings per year per measure, with the target.',
};
