// The CBS open data layout of municipal budgets: the "Iv3 gemeenten" tables of the CBS open data
// portal, as their CSV downloads give them. One row per municipality × taakveld × category
// (lasten, baten, or an economic category such as "L1.1"), per report (Verslagsoort: begroting,
// realisatie) and period, amounts in € 1.000. Recognised here, once, from the heading row (source.ts
// calls detectOpenData for every table); read-open-data.ts reads the chosen municipality's lasten.
import { guessHeading, normalizeHeading, unitFactor } from './fields';
import type { Mapping } from './mapping';
import type { SourceColumn, SourceRow } from './source';

/** A municipality of the table: its CBS code ("GM0193"), its name ("Zwolle"), or both. */
export interface Municipality {
  /** The code when there is one, else the name folded: what the rows are matched on. */
  key: string;
  code?: string;
  name?: string;
}

export interface OpenDataLayout {
  kind: 'cbs-iv3';
  /** The columns naming the municipality (one with codes and names, or a code and a name column). */
  municipalityColumns: number[];
  taakveld: number;
  /** Categorie: lasten, baten, or an economic category. Absent: the value column's heading says ("Lasten (x 1 000 euro)"). */
  category?: number;
  /** Verslagsoort: begroting, realisatie, … */
  report?: number;
  /** Perioden: the year. */
  period?: number;
  /** The amounts ("Waarde", "Lasten (x 1 000 euro)"). */
  value: number;
  /** Every municipality with figures in the table, in the order they first appear. */
  municipalities: Municipality[];
  /** Every report (Verslagsoort) in the table, as written, in order. */
  reports: string[];
  /** Every year (Perioden) in the table, ascending. */
  years: number[];
}

/** What a read of the layout chose, and what it left out as a whole (shown before anything is written). */
export interface OpenDataRead {
  /** The municipality read: the one chosen, or the only one; undefined while there are several and none is chosen. */
  municipality?: Municipality;
  /** The table has one municipality only, so it was taken without asking. */
  onlyOne: boolean;
  /** How many municipalities the table has. */
  municipalities: number;
  /** Rows of the other municipalities (every row while none is chosen): counted, not listed one by one. */
  otherRows: number;
  /** The report read (Verslagsoort), when the table has that column. */
  report?: string;
  /** The report was chosen, not taken by default. */
  reportChosen: boolean;
  /** Every report in the table (to choose from). */
  reports: string[];
}

/** The amounts of CBS's Iv3 tables are in thousands of euros, also where the value column says no unit. */
export const OPEN_DATA_SCALE = 1000;

const MUNICIPALITY = ['gemeenten', 'gemeente', 'gemeentenaam', 'gemeentenamen', 'naam gemeente', 'gemeentecode', 'code gemeente', 'regio s', 'regios', 'municipalities', 'municipality'];
const TAAKVELD = [
  'taakveldbalanspost', 'taakveld balanspost', 'taakvelden balansposten', 'taakveld balansposten', 'taakvelden', 'taakveld',
  'taakveld iv3', 'iv3 taakveld', 'taakveldcode', 'task field', 'task fields',
];
const CATEGORY = ['categorie', 'categorieen', 'economische categorie', 'category', 'categories'];
const REPORT = ['verslagsoort', 'verslagsoorten', 'soort verslag', 'report type', 'type of report'];
const PERIOD = ['perioden', 'periode', 'jaar', 'boekjaar', 'periods', 'period', 'year'];
const VALUE = ['waarde', 'bedrag', 'value', 'amount'];

const isOneOf = (words: readonly string[], heading: string) => words.includes(normalizeHeading(heading));

/** A heading of the CBS layout's dimensions, so that its heading row is found as one. */
export const isOpenDataHeading = (heading: string): boolean =>
  [MUNICIPALITY, TAAKVELD, CATEGORY, REPORT, PERIOD].some((words) => isOneOf(words, heading));

/** A CBS municipality code, "GM0193" (CBS pads its codes with spaces: trimmed). */
const CODE = /\bGM\s?(\d{4})\b/i;

/**
 * The CBS layout, when the heading row names a municipality column, a taakveld column, an amount
 * column and at least one of Categorie, Verslagsoort and Perioden. Linear in the rows (they are
 * within the import limits before this runs).
 */
export function detectOpenData(columns: readonly SourceColumn[], rows: readonly SourceRow[]): OpenDataLayout | undefined {
  const find = (words: readonly string[]) => columns.findIndex((c) => isOneOf(words, c.heading));
  const municipalityColumns = columns.filter((c) => isOneOf(MUNICIPALITY, c.heading)).map((c) => c.index).slice(0, 2);
  const taakveld = find(TAAKVELD);
  if (municipalityColumns.length === 0 || taakveld < 0) return undefined;
  const category = find(CATEGORY);
  const report = find(REPORT);
  const period = find(PERIOD);
  if (category < 0 && report < 0 && period < 0) return undefined;
  const roles = new Set([...municipalityColumns, taakveld, category, report, period]);
  const value = valueColumn(columns.filter((c) => !roles.has(c.index)));
  if (value === undefined) return undefined;
  const layout: OpenDataLayout = { kind: 'cbs-iv3', municipalityColumns, taakveld, value, municipalities: [], reports: [], years: [] };
  if (category >= 0) layout.category = category;
  if (report >= 0) layout.report = report;
  if (period >= 0) layout.period = period;

  const seen = new Set<string>();
  const reports = new Set<string>();
  const years = new Set<number>();
  for (const r of rows) {
    // Only rows with a taakveld are figures: a footer ("Bron: CBS") names no municipality.
    if ((r.cells[taakveld]?.text.trim() ?? '') === '') continue;
    const m = municipalityOf(layout, r);
    if (m && !seen.has(m.key)) {
      seen.add(m.key);
      layout.municipalities.push(m);
    }
    const reportText = report >= 0 ? (r.cells[report]?.text.trim() ?? '') : '';
    if (reportText !== '') reports.add(reportText);
    const year = period >= 0 ? periodYear(r.cells[period]?.text ?? '') : undefined;
    if (year !== undefined) years.add(year);
  }
  layout.reports = [...reports];
  layout.years = [...years].sort((a, b) => a - b);
  return layout;
}

/** What a column of the layout is read as that is no field of a line: the municipality, the category, the report. */
export type OpenDataRole = 'municipality' | 'category' | 'report';

export function openDataRole(layout: OpenDataLayout | undefined, index: number): OpenDataRole | undefined {
  if (!layout) return undefined;
  if (layout.municipalityColumns.includes(index)) return 'municipality';
  if (index === layout.category) return 'category';
  if (index === layout.report) return 'report';
  return undefined;
}

/** The mapping of the layout: taakveld, amount and year; its own columns (municipality, category, report) are the layout's. */
export function openDataMapping(columns: readonly SourceColumn[], layout: OpenDataLayout): Mapping {
  return columns.map((c) => (c.index === layout.taakveld ? 'taakveld' : c.index === layout.value ? 'amount' : c.index === layout.period ? 'year' : 'ignore'));
}

/** The amount column: the one headed lasten (not baten), else "Waarde"/"Bedrag", else one that names a unit. */
function valueColumn(candidates: readonly SourceColumn[]): number | undefined {
  const baten = (c: SourceColumn) => /\bbaten\b|\bincome\b|\brevenue\b/.test(normalizeHeading(c.heading));
  const lasten = candidates.find((c) => !baten(c) && guessHeading(c.heading).field === 'amount');
  if (lasten) return lasten.index;
  const plain = candidates.find((c) => isOneOf(VALUE, c.heading.replace(/\(.*\)/, '')));
  if (plain) return plain.index;
  return candidates.find((c) => !baten(c) && unitFactor(c.heading) !== 1)?.index;
}

/** The municipality a row is for; undefined when its municipality cells are empty. */
export function municipalityOf(layout: OpenDataLayout, row: SourceRow): Municipality | undefined {
  let code: string | undefined;
  const names: string[] = [];
  for (const i of layout.municipalityColumns) {
    const text = row.cells[i]?.text.trim() ?? '';
    if (text === '') continue;
    const m = CODE.exec(text);
    if (m && code === undefined) code = `GM${m[1] as string}`;
    const rest = text.replace(CODE, ' ').replace(/[()[\]]/g, ' ').replace(/^[\s\-–—:,]+|[\s\-–—:,]+$/g, '').replace(/\s+/g, ' ');
    if (rest !== '' && !names.includes(rest)) names.push(rest);
  }
  const name = names.join(' ');
  if (code === undefined && name === '') return undefined;
  const out: Municipality = { key: code ?? normalizeHeading(name) };
  if (code !== undefined) out.code = code;
  if (name !== '') out.name = name;
  return out;
}

/**
 * The municipality someone asked for (`--municipality`, the dialog's choice): by its code
 * ("GM0193", "0193", "193") or its name in any case and with or without accents ("zwolle").
 */
export function findMunicipality(list: readonly Municipality[], wanted: string): Municipality | undefined {
  const typed = wanted.trim();
  const code = /^(?:gm)?\s?(\d{1,4})$/i.exec(typed);
  if (code) {
    const key = `GM${(code[1] as string).padStart(4, '0')}`;
    return list.find((m) => m.code === key);
  }
  const folded = normalizeHeading(typed);
  if (folded === '') return undefined;
  return list.find((m) => m.key === folded || (m.name !== undefined && normalizeHeading(m.name) === folded) || normalizeHeading(municipalityLabel(m)) === folded);
}

/** "Zwolle (GM0193)", or the one of the two there is. */
export function municipalityLabel(m: Municipality): string {
  if (m.name !== undefined && m.code !== undefined) return `${m.name} (${m.code})`;
  return m.name ?? m.code ?? m.key;
}

/** The report read unless another is chosen: the (primitive) begroting, else the first in the table. */
export function defaultReport(reports: readonly string[]): string | undefined {
  const budget = (r: string) => /\bbegroting\b|\bbudget\b/i.test(r);
  const amended = (r: string) => /wijziging|gewijzigd|realisatie|rekening|amended|actual/i.test(r);
  return reports.find((r) => budget(r) && !amended(r)) ?? reports.find(budget) ?? reports[0];
}

/** The year of a period as CBS writes it: "2024", "2024JJ00" (its key), "2024*" (provisional). */
export function periodYear(text: string): number | undefined {
  const m = /^\s*((?:19|20)\d{2})(?:JJ00)?\s*\*?\s*$/i.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** What a Categorie cell (or, without one, the value column's heading) says a row holds. */
export type CategoryKind = 'lasten' | 'baten' | 'lastenPart' | 'batenPart' | 'other';

export function categoryOf(text: string): CategoryKind {
  const bare = normalizeHeading(text)
    .replace(/\bx\s*€?\s*1\s*000\b/g, ' ')
    .replace(/\b(euro|eur)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^(totaal |totale )?lasten( totaal)?$|^l$|^expenditure$|^costs?$/.test(bare)) return 'lasten';
  if (/^(totaal |totale )?baten( totaal)?$|^b$|^income$|^revenue$/.test(bare)) return 'baten';
  // The economic categories of Iv3, by their code: "L1.1 Salarissen en sociale lasten", "B3.5 …".
  if (/^l ?\d/.test(bare)) return 'lastenPart';
  if (/^b ?\d/.test(bare)) return 'batenPart';
  return 'other';
}

/**
 * A TaakveldBalanspost cell as a taakveld: "6.1 Samenkracht en burgerparticipatie", "6.71a Hulp bij
 * het huishouden (WMO)", "0.1 Bestuur", "6.2" (code only: name ''). null for a balance post or a
 * total ("A1 Vaste activa", "Totaal taakvelden"). In this column a leading number is always a code.
 */
export function openDataTaakveld(text: string): { code: string; name: string } | null {
  const m = /^(?:taakveld\s*)?(\d{1,2})\.(\d{1,3}[a-z]?)\.?(?:(?:\s*[-–—:]\s*|\s+)(.*))?$/i.exec(text.trim());
  if (!m) return null;
  return { code: `${m[1] as string}.${(m[2] as string).toLowerCase()}`, name: (m[3] ?? '').trim() };
}

/** The social domain: taakveld 6 (Sociaal domein) of Iv3, in every version. */
export const isSocialDomain = (code: string) => code.startsWith('6.');
