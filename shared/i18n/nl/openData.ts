// The CBS open data layout of municipal budgets ("Iv3 gemeenten"): what was recognised and chosen,
// why a row was left out, and the words of the import dialog and `vcp import` for it
// (shared/import/open-data.ts, read-open-data.ts).
import { formatters } from '../format';

const f = formatters('nl');

const q = (value: string): string => `„${value}”`;
const n = (count: number): string => f.number(count, { maxDigits: 0 });
const municipalitiesText = (count: number): string => f.plural(count, { one: '# gemeente', other: '# gemeenten' });

export const openData = {
  /** In the detection facts. */
  layoutLabel: 'Indeling',
  layout: (municipalities: number) => `CBS open data (Iv3), per gemeente, taakveld en categorie; ${municipalitiesText(municipalities)}`,
  scaleFromLayout: ' (CBS Iv3: bedragen in € 1.000)',

  /** The municipality and the report read, for the dialog and the command line. */
  municipalityLabel: 'Gemeente',
  onlyOne: (name: string) => `${name} (de enige in het bestand)`,
  chosen: (name: string, count: number) => `${name} (gekozen uit ${municipalitiesText(count)})`,
  notChosen: (count: number) => `nog niet gekozen (${municipalitiesText(count)} in het bestand)`,
  reportLabel: 'Verslagsoort',
  reportDefault: (report: string, others: string[]) =>
    `${report} (standaard${others.length > 0 ? `; ook in het bestand: ${f.list(others)}` : ''})`,
  reportChosen: (report: string) => `${report} (gekozen)`,
  /** Rows of the other municipalities: one count, not a row each. */
  otherRows: (rows: number, municipalities: number) =>
    `${f.plural(rows, { one: '# rij', other: '# rijen' })} van ${municipalities === 1 ? 'de andere gemeente' : `${n(municipalities)} andere gemeenten`} overgeslagen.`,
  chooseFirst: (count: number) => `Kies eerst een gemeente: het bestand heeft cijfers van ${municipalitiesText(count)}.`,
  /** What a column of the layout is read as, in the mapping (no field of a line). */
  role: {
    municipality: 'Gemeente (CBS-indeling)',
    category: 'Categorie: alleen de lasten',
    report: 'Verslagsoort (CBS-indeling)',
  },
  /** A line whose taakveld has only a code that the Iv3 list does not name. */
  lineName: (code: string) => `Taakveld ${code}`,

  /** Why a row was left out, or a remark on a line (read-open-data.ts). */
  rows: {
    notFigures: 'de rij noemt geen gemeente of geen taakveld (geen cijfer van de tabel): niet geïmporteerd.',
    otherReport: (taakveld: string, report: string, chosen: string) =>
      `${q(taakveld)} is ${report === '' ? 'zonder verslagsoort' : q(report)}, niet ${q(chosen)}: niet geïmporteerd.`,
    baten: (taakveld: string, category: string) => `${q(taakveld)}: baten (categorie ${q(category)}), geen lasten: niet geïmporteerd.`,
    otherCategory: (taakveld: string, category: string) =>
      `${q(taakveld)}: categorie ${category === '' ? '(leeg)' : q(category)} is geen lasten: niet geïmporteerd.`,
    notTaakveld: (text: string) => `${q(text)} is geen taakveld (een balanspost of een totaal): niet geïmporteerd.`,
    outsideDomain: (taakveld: string) => `${q(taakveld)} valt buiten het sociaal domein (taakveld 6): niet geïmporteerd.`,
    keptOutside: (code: string) => `taakveld ${code} valt buiten het sociaal domein; op uw verzoek toch opgenomen.`,
    noFigure: (taakveld: string, symbol: string) =>
      `${q(taakveld)}: geen cijfer (${symbol === '' ? 'de cel is leeg' : `${q(symbol)}: onbekend of geheim`}): niet geïmporteerd.`,
    zero: (taakveld: string) => `${q(taakveld)}: de lasten zijn 0: geen regel.`,
    partInTotal: (taakveld: string, category: string, row: number) =>
      `${q(taakveld)}: ${q(category)} is een deel van de lasten; het totaal staat in rij ${row}.`,
    partAdded: (taakveld: string, category: string, row: number) => `${q(taakveld)}: ${q(category)} is opgeteld bij de regel van rij ${row}.`,
    partsSummed: (count: number, rows: number[]) =>
      `de lasten van ${n(count)} economische categorieën opgeteld (rijen ${f.list(rows.map((r) => String(r)))}).`,
    notInList: (code: string, year: number) =>
      `taakveld ${code} staat niet in de lijst van Iv3-taakvelden voor ${year} die de app kent; controleer de code (de regel is wel geïmporteerd).`,
  },

  /** The import dialog. */
  dialog: {
    municipality: 'Gemeente',
    choose: 'Kies een gemeente…',
    report: 'Verslagsoort',
  },

  /** `vcp import`. */
  commandLine: {
    chooseMunicipality: (count: number, list: string) =>
      `het bestand heeft cijfers van ${municipalitiesText(count)}; kies er één met --municipality NAAM|GMxxxx: ${list}`,
    unknownMunicipality: (value: string, list: string) => `--municipality "${value}" staat niet in het bestand; er zijn: ${list}`,
    unknownReport: (value: string, list: string) => `--report "${value}" staat niet in het bestand; er zijn: ${list}`,
    notOpenData: (option: string) => `${option} geldt alleen voor een tabel in de CBS-indeling (open data Iv3); dit bestand is er geen`,
  },
};
