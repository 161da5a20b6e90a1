import type { ExportFormat } from '../../export/formats';
import type { CsvStyle, CsvTableKind } from '../../export/csv';
import type { AnnexFormat, AnnexKind } from '../../export/annex-formats';

export const exportDialog = {
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
  unit: 'Bedragen',
  units: { euro: 'in euro', thousand: '×\u00a0€\u00a01.000' },
  table: 'Tabel',
  tables: {
    year: 'Per jaar',
    line: 'Per regel',
    measure: 'Per maatregel',
    organisation: 'Per organisatie',
    structural: 'Structureel evenwicht',
    incidental: 'Incidentele baten en lasten',
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
  /** PDF in the browser version: the browser's own print dialog makes it. */
  browserPdf: {
    how: 'Opslaan opent het afdrukvenster van uw browser. Kies in het afdrukvenster „Opslaan als PDF” en klik daar op Opslaan.',
    frameLabel: 'Document voor het afdrukvenster',
    printed: (name: string) => `Het afdrukvenster is gesloten. Koos u „Opslaan als PDF”, dan staat ${name} waar u het bewaarde.`,
  },
  finished: {
    close: 'Sluiten',
  },  /** The annexes of one scenario (#22): the realisation monitor and the decision log. */
  annexes: {
    legend: 'Bijlagen',
    formats: {
      'monitor-pdf': 'Monitor (PDF)',
      'monitor-xlsx': 'Monitor (Excel)',
      'monitor-md': 'Monitor (Markdown)',
      'decisions-pdf': 'Besluitenlijst (PDF)',
      'decisions-xlsx': 'Besluitenlijst (Excel)',
      'decisions-md': 'Besluitenlijst (Markdown)',
    } satisfies Record<AnnexFormat, string>,
    hints: {
      monitor: 'gepland tegen gerealiseerd, voor de raad elk kwartaal',
      decisions: 'bijlage bij het raadsvoorstel: wat, waarom en door wie',
    } satisfies Record<AnnexKind, string>,
    unitNote: 'Een bijlage geeft bedragen altijd in euro.',
  },
  /** The stand-alone interactive page (HTML, #22): one scenario only. */
  interactivePage: {
    format: 'Interactieve pagina (HTML)',
    hint: 'één bestand met schakelaars en schuifbalken; opent in elke browser, ook zonder internet',
    range: 'Bereik van de schuifbalken',
    from: 'Van (% van het plan)',
    to: 'Tot (% van het plan)',
    rangeHint: '100% is het scenario zoals opgeslagen, 0% zet een maatregel op niets, 200% maakt hem twee keer zo sterk.',
    previewIntro:
      'De pagina toont de kerncijfers met de taakstelling, de grafiek, de besparing per jaar en de gevolgen per organisatie. De lezer kan elke maatregel aan- en uitzetten en zijn sterkte verschuiven:',
    measureRange: (name: string, from: string, to: string) => `${name}: ${from} tot ${to} van het plan`,
    previewLanguages: (languages: string) => `De lezer kan de taal van de pagina wisselen: ${languages}.`,
  },
};
