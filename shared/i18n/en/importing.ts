import type { Catalogue } from '../catalogues';
import type { DecimalStyle } from '../../format/read-number';
import type { ColumnField } from '../../import/fields';
import type { ImportSubject } from '../../import/limits';
import { formatters } from '../format';
import { glossary } from './glossary';

const f = formatters('en');

const n = (count: number): string => f.number(count, { maxDigits: 0 });
const mb = (bytes: number): string => `${f.number(bytes / (1024 * 1024), { maxDigits: 1 })} MB`;
const q = (value: string): string => `"${value}"`;

const subject: Record<ImportSubject, string> = { file: 'The file', paste: 'The pasted text' };
const nothing: Record<ImportSubject, string> = {
  file: 'Nothing was imported; split the file or leave out what is not a budget line.',
  paste: 'Nothing was added; paste fewer rows at a time or leave out what is not a budget line.',
};

const field: Record<ColumnField, string> = {
  name: 'Name',
  kind: 'Kind',
  amount: 'Amount',
  volume: 'Clients',
  unitCost: 'Cost per client',
  group: 'Group',
  organisation: 'Organisation',
  taakveld: 'Taakveld (Iv3)',
  wageShare: 'Wage share',
  volumeGrowth: 'Growth per year',
  notes: 'Notes',
  year: 'Year',
  regularity: 'Structural or one-off',
  estimate: 'Amount in that year (multi-year estimate)',
  ignore: 'Do not import',
};

const styleExample = (decimal: DecimalStyle): string =>
  decimal === 'comma' ? 'decimal comma, such as "1.234,56"' : 'decimal point, such as "1,234.56"';

export const importing: Catalogue['importing'] = {
  field,

  limits: {
    tooManyBytes: (size, max, what) => `${subject[what]} is ${mb(size)}; at most ${mb(max)} is read. ${nothing[what]}`,
    tooManyRows: (count, max, what, sheet) =>
      `${sheet === undefined ? subject[what] : `Sheet ${q(sheet)}`} has ${count === undefined ? `more than ${n(max)}` : n(count)} rows; at most ${n(max)} rows are read. ${nothing[what]}`,
    tooManyColumns: (row, max, what, column) =>
      `Row ${n(row)} has something in column ${n(max + 1)} or beyond${column === undefined ? '' : ` (column ${column})`}; at most ${n(max)} columns are read. ${nothing[what]}`,
    tooManyCells: (row, count, max, what) =>
      `${subject[what]} has ${count === undefined ? `more than ${n(max)}` : n(count)} cells${row === undefined ? '' : ` (at row ${n(row)})`}; at most ${n(max)} cells are read. ${nothing[what]}`,
    tooLargeArea: (area, cells, max) =>
      `${area === 'named' ? 'Named ranges' : 'Merged cells'} cover ${n(cells)} cells together; at most ${n(max)} are read. ${nothing.file}`,
    tooManyParts: (count, max) =>
      `This XLSX file consists of ${n(count)} parts; a workbook of at most ${n(max)} parts is read. ${nothing.file}`,
    tooManyUnpackedBytes: (part, max) =>
      `Unpacked, this XLSX file is more than ${mb(max)} (at part ${q(part)}); at most ${mb(max)} is read. ${nothing.file}`,
    tooManyElements: (count, max) =>
      `This XLSX file describes ${n(count)} XML elements (cells, texts, formats); at most ${n(max)} are read. ${nothing.file}`,
  },

  open: {
    unreadable: (reason) => `The file cannot be read (${reason}).`,
    empty: 'The file is empty.',
    oldXls: 'This is an old Excel file (.xls). Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV.',
    invalidXlsx: 'This is not a valid XLSX file.',
    notText: 'This is neither a text (CSV) file nor an Excel workbook.',
    noExcel: 'Excel workbooks cannot be read here; save the sheet as CSV.',
    noSheets: 'This workbook has no worksheets.',
    noSuchSheet: (sheet, sheets) => `Worksheet ${q(sheet)} does not exist in this workbook; there are: ${sheets.map(q).join(', ')}.`,
    unreadableXlsx: (why) => `This XLSX file cannot be read (${why}). Open it in Excel and save it again as an Excel workbook (.xlsx).`,
    damaged: {
      noDirectory: 'no directory of the ZIP archive',
      zip64: 'ZIP64',
      directoryMisplaced: 'the directory is not where the archive says',
      partMissing: (part) => `part ${q(part)} is missing`,
      partCutOff: (part) => `part ${q(part)} is cut off`,
      partTooLarge: (part) => `part ${q(part)} unpacks to more than the archive says`,
      partBroken: (part) => `part ${q(part)} cannot be unpacked`,
    },
  },

  rows: {
    cell: (name, column) => `${field[name]} (column ${q(column)})`,
    formulaWithoutValue: (cell) => `${cell}: the formula has no calculated value in the file; open it in Excel and save it.`,
    excelError: (cell, error) => `${cell}: Excel error ${error} in the cell.`,
    otherNotation: (cell, value, decimal) =>
      `${cell} ${q(value)} is written in the other notation than the rest (expected: ${styleExample(decimal)}).`,
    notANumber: (cell, value, decimal) => `${cell} ${q(value)} is not a number (expected: ${styleExample(decimal)}).`,
    nothingInColumns: 'nothing in the imported columns.',
    totalsRow: (name) => `totals row (${q(name)}).`,
    percentage: (cell, count) => `${cell} is a percentage, not ${count ? 'a count' : 'an amount'}.`,
    amountDiffers: (amount, product) => `the amount (${amount}) differs from clients × cost (${product}); clients × cost was used.`,
    clientsWithoutCost: 'clients without a cost per client: only the amount was used.',
    costWithoutClients: 'cost per client without clients: only the amount was used.',
    clientsOnly: 'there are clients but no cost per client and no amount.',
    costOnly: 'there is a cost per client but no clients and no amount.',
    heading: (name) => `heading ${q(name)}: no amount.`,
    inBaten: (name) => `${q(name)} is under the income (baten), not the costs (lasten): not imported.`,
    inSaldo: (name) => `${q(name)} is under the balance (saldo): not imported.`,
    negativeCost: 'this table shows costs as negative amounts (lasten); read as costs.',
    otherYear: (name, year, baseYear) => `${q(name)} is for ${year}, not the base year ${baseYear}: not imported.`,
    oneOff: (name, year) => `${q(name)} is one-off (incidenteel)${year === null ? '' : `, for ${year}`}: not a structural budget line, not imported.`,
    oneOffNoYear: (name) =>
      `${q(name)} is one-off (incidenteel), but gives no year: a one-off line counts in one year. Not imported; give a Subsidiejaar column or a base year.`,
    oneOffBeforeBaseYear: (name, year, baseYear) => `${q(name)} is one-off in ${year}, before the base year ${baseYear}: not imported.`,
    taakveldNotInYear: (code, year, others) =>
      `taakveld ${code} is not among the Iv3 taakvelden of ${year}${others.length > 0 ? ` (there: ${f.list([...others], 'disjunction')})` : ''}; kept as written.`,
    oneOffLine: (year) => `one-off (incidenteel): counts in ${year} only.`,
    estimateNoYear: (column) => `the column ${q(column)} was chosen as multi-year estimate, but its heading names no year.`,
    estimateBlank: (years) => `no amount in ${years}: read as € 0 there.`,
    estimateNotUsed: 'clients or cost per client beside a multi-year estimate: only the multi-year estimate was used.',
    noAmount: 'there is no amount (and no clients × cost per client).',
    sumRow: (first, last) => `totals row: the amount is the sum of rows ${first}–${last}.`,
    subtotal: (name, first, last) =>
      `${q(name)} looks like a (sub)total: the amount is the sum of rows ${first}–${last}. If it is a line after all, include it.`,
    nameEmpty: 'the name is empty.',
    nameTooLong: (length, max) => `the name is ${length} characters long; at most ${max}.`,
    negative: 'a negative amount (income, or a correction?) cannot be a budget line; leave the row out or make it a measure.',
    unknownKind: (kind) => `kind ${q(kind)} is unknown; use ${f.list(Object.values(glossary.lineKind), 'disjunction')}.`,
    wageShareRange: 'the wage share must be between 0% and 100%.',
    growthRange: 'growth cannot be below −100% a year.',
  },

  paste: {
    tooWide: (columns, max) => `${columns} columns; at most ${max} fit (see the order above).`,
    notAnAmount: (value, decimal) =>
      decimal === 'comma'
        ? `${q(value)} is not an amount (Dutch notation expected, such as "€\u00a01.234,50").`
        : `${q(value)} is not an amount (English notation expected, such as "€1,234.50").`,
  },

  describe: {
    separator: {
      ';': 'semicolon (;)',
      ',': 'comma (,)',
      '\t': 'tab',
      '|': 'vertical bar (|)',
    },
    decimal: {
      comma: 'decimal comma (1.234,56)',
      point: 'decimal point (1,234.56)',
    },
    encoding: {
      'utf-8-bom': 'UTF-8 with BOM',
      'utf-8': 'UTF-8',
      'windows-1252': 'Windows-1252 (Excel "CSV")',
      'utf-16le': 'UTF-16',
      'utf-16be': 'UTF-16 (big-endian)',
    },
    format: 'Format',
    pastedCells: 'pasted cells',
    sheet: 'Sheet',
    sheetOf: (count) => ` (1 of ${count} sheets)`,
    encodingLabel: 'Encoding',
    separatorLabel: 'Separator',
    fromSepLine: ' (from the "sep=" line)',
    decimals: 'Decimals',
    numbersStored: ' (numbers are stored as numbers in the workbook)',
    decimalDefault: ' (not visible in the numbers: default)',
    headingRow: 'Heading row',
    row: (row) => `row ${row}`,
    noHeading: 'none (columns in the order of the lines table)',
    column: (letter) => `column ${letter}`,
    thousands: ' (× 1,000)',
    scaleLabel: 'Amounts',
    scale: (factor) => (factor === 1 ? 'in euros' : `× ${f.money(factor)}`),
    scaleTimes: (factor) => ` (× ${f.number(factor)})`,
    scaleFromRow: (row, caption) => ` (from row ${row}: “${caption}”)`,
    scaleFromSheet: (sheet) => ` (from the sheet’s name “${sheet}”)`,
    scaleChosen: ' (chosen)',
  },

  description: (source) => `Budget lines imported from ${source}.`,

  subsidyRegister: {
    defaultGroup: 'Subsidies',
    groupGiven: (group, lines) =>
      `Subsidy register: ${f.plural(lines, { one: '# line without a group of its own (Programma) gets', other: '# lines without a group of their own (Programma) get' })} the group ${q(group)}.`,
  },
};
