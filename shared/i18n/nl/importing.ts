import type { DecimalStyle } from '../../format/read-number';
import type { Separator } from '../../import/delimited';
import type { ColumnField } from '../../import/fields';
import type { ImportSubject } from '../../import/limits';
import type { TextEncoding } from '../../import/text';
import { formatters } from '../format';
import { glossary } from './glossary';

const f = formatters('nl');

const n = (count: number): string => f.number(count, { maxDigits: 0 });
const mb = (bytes: number): string => `${f.number(bytes / (1024 * 1024), { maxDigits: 1 })} MB`;
const q = (value: string): string => `„${value}”`;

const subject: Record<ImportSubject, string> = { file: 'Het bestand', paste: 'De geplakte tekst' };
/** What a refusal adds: nothing was read, and what to do. */
const nothing: Record<ImportSubject, string> = {
  file: 'Er is niets geïmporteerd; splits het bestand of laat weg wat geen begrotingsregel is.',
  paste: 'Er is niets toegevoegd; plak minder rijen tegelijk of laat weg wat geen begrotingsregel is.',
};

const field: Record<ColumnField, string> = {
  name: 'Naam',
  kind: 'Soort',
  amount: 'Bedrag',
  volume: 'Aantal cliënten',
  unitCost: 'Prijs per cliënt',
  group: 'Groep',
  organisation: 'Organisatie',
  taakveld: 'Taakveld',
  wageShare: 'Loonaandeel',
  volumeGrowth: 'Groei per jaar',
  notes: 'Toelichting',
  year: 'Jaar',
  regularity: 'Structureel of eenmalig',
  estimate: 'Bedrag in dat jaar (meerjarenraming)',
  ignore: 'Niet importeren',
};

const styleExample = (decimal: DecimalStyle): string =>
  decimal === 'comma' ? 'decimale komma, zoals „1.234,56”' : 'decimale punt, zoals „1,234.56”';

export const importing = {
  /** The fields a column can be read as. */
  field,

  /** A file or paste beyond an import limit (shared/import/limits.ts). */
  limits: {
    tooManyBytes: (size: number, max: number, what: ImportSubject) =>
      `${subject[what]} is ${mb(size)}; er wordt hoogstens ${mb(max)} gelezen. ${nothing[what]}`,
    /** `count` undefined: more than `max`; `sheet`: the sheet of an XLSX. */
    tooManyRows: (count: number | undefined, max: number, what: ImportSubject, sheet?: string) =>
      `${sheet === undefined ? subject[what] : `Werkblad ${q(sheet)}`} heeft ${count === undefined ? `meer dan ${n(max)}` : n(count)} rijen; er worden hoogstens ${n(max)} rijen gelezen. ${nothing[what]}`,
    tooManyColumns: (row: number, max: number, what: ImportSubject, column?: string) =>
      `Rij ${n(row)} heeft iets in kolom ${n(max + 1)} of verder${column === undefined ? '' : ` (kolom ${column})`}; er worden hoogstens ${n(max)} kolommen gelezen. ${nothing[what]}`,
    tooManyCells: (row: number | undefined, count: number | undefined, max: number, what: ImportSubject) =>
      `${subject[what]} heeft ${count === undefined ? `meer dan ${n(max)}` : n(count)} cellen${row === undefined ? '' : ` (bij rij ${n(row)})`}; er worden hoogstens ${n(max)} cellen gelezen. ${nothing[what]}`,
    tooLargeArea: (area: 'named' | 'merged', cells: number, max: number) =>
      `${area === 'named' ? 'Benoemde bereiken' : 'Samengevoegde cellen'} beslaan samen ${n(cells)} cellen; hoogstens ${n(max)} worden gelezen. ${nothing.file}`,
    tooManyParts: (count: number, max: number) =>
      `Dit XLSX-bestand bestaat uit ${n(count)} onderdelen; een werkmap van hoogstens ${n(max)} onderdelen wordt gelezen. ${nothing.file}`,
    tooManyUnpackedBytes: (part: string, max: number) =>
      `Dit XLSX-bestand wordt uitgepakt meer dan ${mb(max)} (bij onderdeel ${q(part)}); er wordt hoogstens ${mb(max)} gelezen. ${nothing.file}`,
    tooManyElements: (count: number, max: number) =>
      `Dit XLSX-bestand beschrijft ${n(count)} XML-elementen (cellen, teksten, opmaak); er worden er hoogstens ${n(max)} gelezen. ${nothing.file}`,
  },

  /** Opening a file. */
  open: {
    unreadable: (reason: string) => `Het bestand kan niet worden gelezen (${reason}).`,
    empty: 'Het bestand is leeg.',
    oldXls: 'Dit is een oud Excel-bestand (.xls). Open het in Excel en sla het op als Excel-werkmap (.xlsx) of als CSV.',
    invalidXlsx: 'Dit is geen geldig XLSX-bestand.',
    notText: 'Dit is geen tekstbestand (CSV) en geen Excel-werkmap.',
    noExcel: 'Excel-werkmappen kunnen hier niet worden gelezen; sla het werkblad op als CSV.',
    noSheets: 'Deze werkmap heeft geen werkbladen.',
    noSuchSheet: (sheet: string, sheets: string[]) =>
      `Werkblad ${q(sheet)} bestaat niet in deze werkmap; er zijn: ${sheets.map(q).join(', ')}.`,
    /** `why`: one of `damaged` below, or ExcelJS's own reason. */
    unreadableXlsx: (why: string) =>
      `Dit XLSX-bestand kan niet worden gelezen (${why}). Open het in Excel en sla het opnieuw op als Excel-werkmap (.xlsx).`,
    damaged: {
      noDirectory: 'geen inhoudsopgave van het ZIP-archief',
      zip64: 'ZIP64',
      directoryMisplaced: 'de inhoudsopgave staat niet waar het archief zegt',
      partMissing: (part: string) => `onderdeel ${q(part)} ontbreekt`,
      partCutOff: (part: string) => `onderdeel ${q(part)} is afgebroken`,
      partTooLarge: (part: string) => `onderdeel ${q(part)} is uitgepakt groter dan het archief zegt`,
      partBroken: (part: string) => `onderdeel ${q(part)} is niet uit te pakken`,
    },
  },

  /** Why a row was not read, left out, or read with a remark (shared/import/read-lines.ts). */
  rows: {
    /** A cell's field and column: "Bedrag (kolom „Begroting 2024”)". */
    cell: (name: ColumnField, column: string) => `${field[name]} (kolom ${q(column)})`,
    formulaWithoutValue: (cell: string) =>
      `${cell}: de formule heeft geen berekende waarde in het bestand; open het in Excel en sla het op.`,
    excelError: (cell: string, error: string) => `${cell}: Excel-fout ${error} in de cel.`,
    otherNotation: (cell: string, value: string, decimal: DecimalStyle) =>
      `${cell} ${q(value)} staat in de andere schrijfwijze dan de rest (verwacht: ${styleExample(decimal)}).`,
    notANumber: (cell: string, value: string, decimal: DecimalStyle) =>
      `${cell} ${q(value)} is geen getal (verwacht: ${styleExample(decimal)}).`,
    nothingInColumns: 'niets in de geïmporteerde kolommen.',
    totalsRow: (name: string) => `totaalregel (${q(name)}).`,
    /** `count`: the field is a count (clients), else an amount. */
    percentage: (cell: string, count: boolean) => `${cell} is een percentage, geen ${count ? 'aantal' : 'bedrag'}.`,
    amountDiffers: (amount: string, product: number) =>
      `het bedrag (${amount}) wijkt af van aantal × prijs (${product}); aantal × prijs is gebruikt.`,
    clientsWithoutCost: 'aantal zonder prijs per cliënt: alleen het bedrag is gebruikt.',
    costWithoutClients: 'prijs per cliënt zonder aantal: alleen het bedrag is gebruikt.',
    clientsOnly: 'er is een aantal maar geen prijs per cliënt en geen bedrag.',
    costOnly: 'er is een prijs per cliënt maar geen aantal en geen bedrag.',
    heading: (name: string) => `kopregel ${q(name)}: geen bedrag.`,
    inBaten: (name: string) => `${q(name)} staat onder de baten (opbrengsten), niet onder de lasten: niet geïmporteerd.`,
    inSaldo: (name: string) => `${q(name)} staat onder het saldo: niet geïmporteerd.`,
    negativeCost: 'de kosten staan in deze tabel negatief (lasten); als kosten gelezen.',
    otherYear: (name: string, year: number, baseYear: number) => `${q(name)} is voor ${year}, niet voor het basisjaar ${baseYear}: niet geïmporteerd.`,
    oneOff: (name: string, year: number | null) =>
      `${q(name)} is eenmalig (incidenteel)${year === null ? '' : `, voor ${year}`}: geen structurele begrotingsregel, niet geïmporteerd.`,
    oneOffNoYear: (name: string) =>
      `${q(name)} is eenmalig (incidenteel), maar er staat geen jaar bij: een eenmalige regel telt in één jaar. Niet geïmporteerd; geef een kolom Subsidiejaar of een basisjaar.`,
    oneOffBeforeBaseYear: (name: string, year: number, baseYear: number) =>
      `${q(name)} is eenmalig in ${year}, vóór het basisjaar ${baseYear}: niet geïmporteerd.`,
    taakveldNotInYear: (code: string, year: number, others: readonly string[]) =>
      `taakveld ${code} staat niet in de Iv3-taakvelden van ${year}${others.length > 0 ? ` (daar: ${f.list([...others], 'disjunction')})` : ''}; zo overgenomen.`,
    oneOffLine: (year: number) => `eenmalig (incidenteel): telt alleen in ${year}.`,
    estimateNoYear: (column: string) => `de kolom ${q(column)} is als meerjarenraming gekozen, maar noemt geen jaar in de kop.`,
    estimateBlank: (years: string) => `geen bedrag in ${years}: daar als € 0 gelezen.`,
    estimateNotUsed: 'aantal of prijs per cliënt naast een meerjarenraming: alleen de meerjarenraming is gebruikt.',
    noAmount: 'er staat geen bedrag in (en geen aantal × prijs per cliënt).',
    sumRow: (first: number, last: number) => `totaalregel: het bedrag is de som van de regels ${first}–${last}.`,
    subtotal: (name: string, first: number, last: number) =>
      `${q(name)} lijkt een (sub)totaal: het bedrag is de som van de regels ${first}–${last}. Is het toch een regel, neem hem dan op.`,
    nameEmpty: 'de naam is leeg.',
    nameTooLong: (length: number, max: number) => `de naam is ${length} tekens lang; hoogstens ${max}.`,
    negative:
      'een negatief bedrag (een opbrengst of een correctie?) kan geen begrotingsregel zijn; laat de rij weg of maak er een maatregel van.',
    unknownKind: (kind: string) =>
      `soort ${q(kind)} is onbekend; gebruik ${f.list(Object.values(glossary.lineKind), 'disjunction')}.`,
    wageShareRange: 'het loonaandeel moet tussen 0% en 100% liggen.',
    growthRange: 'de groei kan niet lager zijn dan −100% per jaar.',
  },

  /** Pasted rows in the baseline editor (renderer/components/baseline/paste-rows.ts). */
  paste: {
    tooWide: (columns: number, max: number) => `${columns} kolommen; er passen er hoogstens ${max} (zie de volgorde hierboven).`,
    /** The paste reads numbers in the app's language: `decimal` is its style. */
    notAnAmount: (value: string, decimal: DecimalStyle) =>
      decimal === 'comma'
        ? `${q(value)} is geen bedrag (Nederlandse schrijfwijze verwacht, zoals „€\u00a01.234,50”).`
        : `${q(value)} is geen bedrag (Engelse schrijfwijze verwacht, zoals „€1,234.50”).`,
  },

  /** What was detected and how the columns are read (shared/import/describe.ts). */
  describe: {
    separator: {
      ';': 'puntkomma (;)',
      ',': 'komma (,)',
      '\t': 'tab',
      '|': 'verticale streep (|)',
    } satisfies Record<Separator, string>,
    decimal: {
      comma: 'decimale komma (1.234,56)',
      point: 'decimale punt (1,234.56)',
    } satisfies Record<DecimalStyle, string>,
    encoding: {
      'utf-8-bom': 'UTF-8 met BOM',
      'utf-8': 'UTF-8',
      'windows-1252': 'Windows-1252 (Excel „CSV”)',
      'utf-16le': 'UTF-16',
      'utf-16be': 'UTF-16 (big-endian)',
    } satisfies Record<TextEncoding, string>,
    format: 'Formaat',
    pastedCells: 'geplakte cellen',
    sheet: 'Werkblad',
    sheetOf: (count: number) => ` (1 van ${count} werkbladen)`,
    encodingLabel: 'Tekenset',
    separatorLabel: 'Scheidingsteken',
    fromSepLine: ' (uit de regel „sep=”)',
    decimals: 'Decimalen',
    numbersStored: ' (getallen staan als getal in de werkmap)',
    decimalDefault: ' (niet te zien aan de getallen: standaard)',
    headingRow: 'Kopregel',
    row: (row: number) => `rij ${row}`,
    noHeading: 'geen (kolommen in de volgorde van de regeltabel)',
    column: (letter: string) => `kolom ${letter}`,
    thousands: ' (× 1.000)',
    /** The scale of the amounts (a caption "Bedragen x € 1.000", or chosen). */
    scaleLabel: 'Bedragen',
    scale: (factor: number) => (factor === 1 ? 'in euro' : `× ${f.money(factor)}`),
    scaleTimes: (factor: number) => ` (× ${f.number(factor)})`,
    scaleFromRow: (row: number, caption: string) => ` (uit rij ${row}: „${caption}”)`,
    scaleFromSheet: (sheet: string) => ` (uit de naam van het werkblad „${sheet}”)`,
    scaleChosen: ' (gekozen)',
  },

  /** The description of a scenario made from an import. */
  description: (source: string) => `Begrotingsregels geïmporteerd uit ${source}.`,

  /** A subsidy register's lines without a group of their own (no Programma) get this one (#19 item 3). */
  subsidyRegister: {
    defaultGroup: 'Subsidies',
    groupGiven: (group: string, lines: number) =>
      `Subsidieregister: ${f.plural(lines, { one: '# regel zonder eigen groep (Programma) krijgt', other: '# regels zonder eigen groep (Programma) krijgen' })} de groep ${q(group)}.`,
  },
};
