// The CBS open data layout of municipal budgets ("Iv3 gemeenten"): what was recognised and chosen,
// why a row was left out, and the words of the import dialog and `vcp import` for it.
import type { Catalogue } from '../catalogues';
import { formatters } from '../format';

const f = formatters('en');

const q = (value: string): string => `"${value}"`;
const n = (count: number): string => f.number(count, { maxDigits: 0 });
const municipalitiesText = (count: number): string => f.plural(count, { one: '# municipality', other: '# municipalities' });

export const openData: Catalogue['openData'] = {
  layoutLabel: 'Layout',
  layout: (municipalities) => `CBS open data (Iv3), by municipality, taakveld and category; ${municipalitiesText(municipalities)}`,
  scaleFromLayout: ' (CBS Iv3: amounts in €1,000)',

  municipalityLabel: 'Municipality',
  onlyOne: (name) => `${name} (the only one in the file)`,
  chosen: (name, count) => `${name} (chosen from ${municipalitiesText(count)})`,
  notChosen: (count) => `not chosen yet (${municipalitiesText(count)} in the file)`,
  reportLabel: 'Report',
  reportDefault: (report, others) => `${report} (default${others.length > 0 ? `; also in the file: ${f.list(others)}` : ''})`,
  reportChosen: (report) => `${report} (chosen)`,
  otherRows: (rows, municipalities) =>
    `${f.plural(rows, { one: '# row', other: '# rows' })} of ${municipalities === 1 ? 'the other municipality' : `${n(municipalities)} other municipalities`} skipped.`,
  chooseFirst: (count) => `Choose a municipality first: the file has figures of ${municipalitiesText(count)}.`,
  role: {
    municipality: 'Municipality (CBS layout)',
    category: 'Category: the costs only',
    report: 'Report (CBS layout)',
  },
  lineName: (code) => `Taakveld ${code}`,

  rows: {
    notFigures: 'the row names no municipality or no taakveld (no figure of the table): not imported.',
    otherReport: (taakveld, report, chosen) => `${q(taakveld)} is ${report === '' ? 'without a report' : q(report)}, not ${q(chosen)}: not imported.`,
    baten: (taakveld, category) => `${q(taakveld)}: income (category ${q(category)}), not costs (lasten): not imported.`,
    otherCategory: (taakveld, category) => `${q(taakveld)}: category ${category === '' ? '(empty)' : q(category)} is not costs (lasten): not imported.`,
    notTaakveld: (text) => `${q(text)} is not a taakveld (a balance sheet item or a total): not imported.`,
    outsideDomain: (taakveld) => `${q(taakveld)} is outside the social domain (taakveld 6): not imported.`,
    keptOutside: (code) => `taakveld ${code} is outside the social domain; taken in at your request.`,
    noFigure: (taakveld, symbol) => `${q(taakveld)}: no figure (${symbol === '' ? 'the cell is empty' : `${q(symbol)}: unknown or confidential`}): not imported.`,
    zero: (taakveld) => `${q(taakveld)}: the costs are 0: no line.`,
    partInTotal: (taakveld, category, row) => `${q(taakveld)}: ${q(category)} is part of the costs; their total is in row ${row}.`,
    partAdded: (taakveld, category, row) => `${q(taakveld)}: ${q(category)} is added to the line of row ${row}.`,
    partsSummed: (count, rows) => `the costs of ${n(count)} economic categories added up (rows ${f.list(rows.map((r) => String(r)))}).`,
    notInList: (code, year) => `taakveld ${code} is not in the list of Iv3 taakvelden for ${year} the app knows; check the code (the line is imported).`,
  },

  dialog: {
    municipality: 'Municipality',
    choose: 'Choose a municipality…',
    report: 'Report',
  },

  commandLine: {
    chooseMunicipality: (count, list) => `the file has figures of ${municipalitiesText(count)}; choose one with --municipality NAME|GMxxxx: ${list}`,
    unknownMunicipality: (value, list) => `--municipality "${value}" is not in the file; there are: ${list}`,
    unknownReport: (value, list) => `--report "${value}" is not in the file; there are: ${list}`,
    notOpenData: (option) => `${option} applies only to a table in the CBS layout (open data Iv3); this file is not one`,
  },
};
