// The export dialog's words, Dutch first.
import type { ExportFormat } from '../../../shared/export/formats';
import type { CsvStyle, CsvTableKind } from '../../../shared/export/csv';

const nl = {
  title: 'Exporteren',
  comparisonTitle: 'Vergelijking exporteren',
  format: 'Formaat',
  formats: {
    pdf: 'PDF',
    xlsx: 'Excel (XLSX)',
    csv: 'CSV',
    md: 'Markdown',
    png: 'Grafiek (PNG)',
  } satisfies Record<ExportFormat, string>,
  formatHints: {
    pdf: 'één A4-pagina voor college en raad',
    xlsx: 'werkmap voor controllers, met formules',
    csv: 'één tabel, voor Excel of een ander programma',
    md: 'tekst voor e-mail of wiki',
    png: 'de grafiek van de besparing, voor een presentatie',
  } satisfies Record<ExportFormat, string>,
  language: 'Taal van het document',
  languages: { nl: 'Nederlands', en: 'English' },
  unit: 'Bedragen',
  units: { euro: 'in euro', thousand: '× € 1.000' },
  table: 'Tabel',
  tables: {
    year: 'Per jaar',
    line: 'Per regel',
    measure: 'Per maatregel',
    organisation: 'Per organisatie',
  } satisfies Record<CsvTableKind, string>,
  style: 'Stijl',
  styles: {
    nl: 'Nederlands: puntkomma en decimale komma (Excel in het Nederlands)',
    international: 'Internationaal: komma en decimale punt',
  } satisfies Record<CsvStyle, string>,
  preview: 'Voorbeeld',
  previewRows: (shown: number, total: number) => `De eerste ${shown} van ${total} rijen.`,
  sheets: 'Werkbladen',
  fileName: 'Bestandsnaam',
  save: 'Opslaan',
  saving: 'Bezig…',
  cancel: 'Annuleren',
  saved: (name: string) => `${name} is klaar.`,
  failed: (reason: string) => `Exporteren is niet gelukt: ${reason}`,
  pdfUnavailable: 'PDF maken kan alleen in de desktop-app. Kies hier Markdown of XLSX, of open de app.',
  chartAlt: 'Grafiek: besparing per jaar per maatregel, met de taakstelling.',
};

export type ExportMessages = typeof nl;

const en: ExportMessages = {
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
  languages: { nl: 'Nederlands', en: 'English' },
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

export const exportMessages = { nl, en };
