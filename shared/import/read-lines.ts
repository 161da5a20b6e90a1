// Rows of a spreadsheet to budget lines, by a column mapping. Every row ends up in exactly one
// place: a line, a problem (could not be read: row number, column and why), a skipped row
// (a totals row or a heading: left out on purpose, and said so), or an empty row. Nothing is
// dropped silently and nothing is half-guessed: a cell that does not read is a problem.
import { readNumberText, type DecimalStyle } from '../format/read-number';
import { DEFAULT_LANG, type Lang } from '../i18n/languages';
import { catalogue, text as say, type Text } from '../i18n/text';
import type { Line, LineKind } from '../scenario/schema';
import { cents, clean, isBlank, mappedColumns, readNumber, type Read } from './cells';
import { namesSubsidyRegister, type ImportField } from './fields';
import { guessKind, kindFromCell, type KindGuess } from './kinds';
import type { Mapping } from './mapping';
import type { OpenDataRead } from './open-data';
import { readOpenData } from './read-open-data';
import type { Cell, ImportSource } from './source';
import { splitCodeAndName, taakveldCode, taakveldNotInYear } from './taakveld';

export interface ImportProblem {
  /** The row number the spreadsheet shows. */
  row: number;
  /** The column's heading (or letter) when one cell is at fault. */
  column?: string;
  message: Text;
  /** A skipped row left out for good: taking it in as a line is not offered (another report, baten, …). */
  final?: true;
}

export type ImportedLineData = Omit<Line, 'id'>;

export interface ImportedLine {
  row: number;
  line: ImportedLineData;
  /** Set when the kind was guessed (no "Soort" cell): what it was guessed from. */
  kindGuessedFrom?: KindGuess['from'];
}

export interface ImportResult {
  lines: ImportedLine[];
  /** Rows that could not be read, so were not imported. */
  problems: ImportProblem[];
  /** Rows left out on purpose: totals, headings between the lines. */
  skipped: ImportProblem[];
  /** Rows imported with a remark (amount and clients × price disagree, …). */
  notes: ImportProblem[];
  /** Rows with nothing in them, ignored. */
  emptyRows: number;
  /** The wage share column held fractions (0,8 = 80 %) rather than percentages. */
  wageShareAsFraction: boolean;
  /** The CBS open data layout: the municipality and report read, and the rows of other municipalities (counted). */
  openData?: OpenDataRead;
  /** A subsidy register: the group given to its lines that have none of their own (no Programma), and how many. */
  defaultGroup?: { group: string; lines: number };
}

export interface ReadOptions {
  /** How text numbers are read; the detected style when absent. */
  decimal?: DecimalStyle;
  /** Rows that looked like totals but are lines after all: read them as lines. */
  keepRows?: readonly number[];
  /** The scale of amounts and prices without a unit of their own (1, 1000, 1000000); the detected one when absent. */
  scale?: number;
  /** The scenario's base year: rows of a year column ("Subsidiejaar") for another year are left out. */
  baseYear?: number;
  /** The CBS open data layout: the municipality to read, by name or code ("Zwolle", "GM0193"); the only one when absent. */
  municipality?: string;
  /** The CBS open data layout: the report (Verslagsoort) to read, as written; the begroting when absent. */
  report?: string;
  /** The language of words the import writes into lines (a subsidy register's default group). */
  lang?: Lang;
}

/** A one-off subsidy or cost ("Incidenteel", "Eenmalig"): not a structural budget line. */
const ONE_OFF = /\b(incidenteel|incidentele|eenmalig|eenmalige|one[- ]?off|incidental|non[- ]?recurring)\b/i;


/** A heading row that opens a section of a baten/lasten/saldo layout. */
function sectionOf(name: string): 'lasten' | 'baten' | 'saldo' | null {
  const n = name.trim().toLowerCase();
  if (/^(totaal\s+)?lasten\b/.test(n)) return 'lasten';
  if (/^(totaal\s+)?baten\b/.test(n)) return 'baten';
  if (/^saldo\b/.test(n)) return 'saldo';
  return null;
}

/** The longest name a line may have (the schema's limit). */
const MAX_NAME = 200;

const TOTAL_NAME = /^(sub)?tota(a)?l(en)?\b|^eindtotaal\b|^generaal totaal\b|^grand total\b|^sum\b|^som\b|^totale? (lasten|kosten|begroting)\b/i;

/** Texts of every non-empty cell of the mapped columns in the whole sheet (for column-level decisions). */
function columnCells(source: ImportSource, index: number): Cell[] {
  const out: Cell[] = [];
  for (const r of source.rows) {
    const c = r.cells[index];
    if (!isBlank(c)) out.push(c as Cell);
  }
  return out;
}

/**
 * A loonaandeel column that holds fractions (0,8 for 80 %): every value without a per-cent sign
 * lies in 0–1 and at least one lies strictly between. A wage share of 0,8 % is not a thing.
 */
function wageShareIsFraction(source: ImportSource, index: number, decimal: DecimalStyle): boolean {
  let between = false;
  for (const c of columnCells(source, index)) {
    if (c.percentFormat) continue;
    const n = c.value !== undefined ? { value: c.value, percent: false } : readNumberText(c.text, decimal);
    if (!n || n.percent) continue;
    if (n.value < 0 || n.value > 1) return false;
    if (n.value > 0 && n.value < 1) between = true;
  }
  return between;
}

export function readLines(source: ImportSource, mapping: Mapping, options: ReadOptions = {}): ImportResult {
  if (source.detection.openData) return readOpenData(source, source.detection.openData, mapping, options);
  const decimal = options.decimal ?? source.detection.decimal;
  const keep = new Set(options.keepRows ?? []);
  const { columnOf, label, what, multiplierOf, multiplierAt } = mappedColumns(source, mapping, options.scale);
  const wageIndex = columnOf('wageShare');
  const wageShareAsFraction = wageIndex >= 0 && wageShareIsFraction(source, wageIndex, decimal);

  const result: ImportResult = { lines: [], problems: [], skipped: [], notes: [], emptyRows: 0, wageShareAsFraction };
  // A subsidy register (an Aanvrager, a Verleend bedrag, a Subsidiejaar): its lines without a group
  // of their own (a Programma) get one, so that a measure can take all the subsidies at once.
  const register = namesSubsidyRegister(mapping.map((field, i) => ({ field, heading: source.columns[i]?.heading ?? '' })));
  const registerGroup = register ? catalogue(options.lang ?? DEFAULT_LANG).importing.subsidyRegister.defaultGroup : undefined;
  // Running sums of the lines read, to recognise a totals row by its amount.
  let since = { sum: 0, count: 0, first: 0 };
  let all = { sum: 0, count: 0, first: 0 };
  let lastLineRow = 0;
  const tolerance = 0.5 * Math.max(multiplierOf('amount'), 1) + 1e-6;

  const mappedIndexes = mapping.map((f, i) => (f !== 'ignore' ? i : -1)).filter((i) => i >= 0);
  // A multi-year estimate (format version 2): one column per year; a column without a year in
  // its heading cannot say which year it is for.
  const estimate = mapping.flatMap((f, i) => (f === 'estimate' ? [{ index: i, column: source.columns[i] }] : []));
  const estimateNoYear = estimate.find((e) => e.column?.year === undefined);
  // A budget's baten/lasten/saldo layout: the section a row is in, from the heading rows between
  // the lines ("LASTEN", "Baten", "Saldo"); costs are the lasten. In a lasten section, or a column
  // headed "Lasten", costs may be printed negative: they are read as costs, and said so.
  let section: 'lasten' | 'baten' | 'saldo' | null = null;
  const amountHeading = source.columns[columnOf('amount')]?.heading ?? '';
  const lastenColumn = /\blasten\b/i.test(amountHeading) && !/\bbaten\b/i.test(amountHeading);

  for (const sourceRow of source.rows) {
    const { row, cells } = sourceRow;
    if (cells.every((c) => isBlank(c))) {
      result.emptyRows += 1;
      continue;
    }
    const cell = (field: ImportField): Cell | undefined => {
      const i = columnOf(field);
      return i >= 0 ? cells[i] : undefined;
    };
    const text = (field: ImportField) => {
      const c = cell(field);
      return isBlank(c) ? '' : (c as Cell).text.trim();
    };
    const problem = (message: Text, field?: ImportField) => {
      const p: ImportProblem = { row, message };
      const l = field ? label(field) : undefined;
      if (l !== undefined) p.column = l;
      result.problems.push(p);
    };
    const skip = (message: Text) => result.skipped.push({ row, message });

    if (mappedIndexes.every((i) => isBlank(cells[i]))) {
      skip(say('importing.rows.nothingInColumns'));
      continue;
    }
    // A taakveld and a name in one cell ("6.1 - Samenkracht en burgerparticipatie"): the name
    // column holds both (no taakveld column), or there is only the taakveld column.
    const ownName = text('name');
    const ownTaakveld = text('taakveld');
    const split = splitCodeAndName(ownTaakveld === '' ? ownName : ownName === '' ? ownTaakveld : '');
    const name = split ? split.name : ownName;

    // The cost: an amount, or clients × cost per client.
    const amountCell = cell('amount');
    let product: { volume: number; unitCost: number } | undefined;
    const amountText = isBlank(amountCell) ? '' : (amountCell as Cell).text.trim();
    const times = amountCell?.value === undefined ? /^(.+?)\s*[×xX*]\s*(.+)$/.exec(amountText) : null;
    if (times) {
      const v = readNumberText(times[1] as string, decimal);
      const u = readNumberText(times[2] as string, decimal);
      if (v && u && !v.percent && !u.percent) product = { volume: v.value, unitCost: u.value };
    }
    const amountRead: Read<{ value: number; percent: boolean }> = product ? { ok: true, value: undefined } : readNumber(amountCell, decimal, what('amount'));
    const volumeRead = readNumber(cell('volume'), decimal, what('volume'));
    const unitRead = readNumber(cell('unitCost'), decimal, what('unitCost'));
    const failed = ([['amount', amountRead], ['volume', volumeRead], ['unitCost', unitRead]] as const).find(([, r]) => !r.ok);
    // The multi-year estimate's cells, year by year.
    const estimateReads = estimate.map(({ index, column }) => ({
      index,
      year: column?.year,
      label: column?.label ?? '',
      read: readNumber(cells[index], decimal, say('importing.rows.cell', 'estimate', column?.label ?? '')),
    }));

    if (TOTAL_NAME.test(name) && !keep.has(row)) {
      skip(say('importing.rows.totalsRow', name));
      since = { sum: 0, count: 0, first: 0 };
      continue;
    }
    if (failed) {
      problem((failed[1] as { problem: Text }).problem, failed[0]);
      continue;
    }
    const estimateFailed = estimateReads.find((e) => !e.read.ok);
    if (estimateFailed) {
      result.problems.push({ row, column: estimateFailed.label, message: (estimateFailed.read as { problem: Text }).problem });
      continue;
    }
    const estimateGiven = estimateReads.some((e) => e.read.ok && e.read.value !== undefined);
    if (estimateGiven && estimateNoYear) {
      result.problems.push({ row, column: estimateNoYear.column?.label ?? '', message: say('importing.rows.estimateNoYear', estimateNoYear.column?.label ?? '') });
      continue;
    }
    const percentField = (['amount', 'volume', 'unitCost'] as const).find((f, i) => {
      const r = [amountRead, volumeRead, unitRead][i] as typeof amountRead;
      return r.ok && r.value?.percent === true && f !== undefined;
    });
    if (percentField) {
      problem(say('importing.rows.percentage', what(percentField), percentField === 'volume'), percentField);
      continue;
    }

    const amount = amountRead.ok && amountRead.value ? cents(amountRead.value.value * multiplierOf('amount')) : undefined;
    const volume = product ? product.volume : volumeRead.ok ? volumeRead.value?.value : undefined;
    const unitCost = product ? clean(product.unitCost * multiplierOf('amount')) : unitRead.ok && unitRead.value ? clean(unitRead.value.value * multiplierOf('unitCost')) : undefined;
    let costLine: Pick<Line, 'amount' | 'volume' | 'unitCost' | 'amounts'> | undefined;
    const remarks: Text[] = [];
    /** For totals rows and the imported total: the first year's amount of an estimate. */
    let estimateFirst: number | undefined;
    if (estimateGiven) {
      const amounts: Record<string, number> = {};
      const blank: number[] = [];
      for (const e of estimateReads) {
        const value = e.read.ok && e.read.value !== undefined ? cents(e.read.value.value * multiplierAt(e.index)) : 0;
        if (!(e.read.ok && e.read.value !== undefined)) blank.push(e.year as number);
        amounts[String(e.year)] = value;
      }
      costLine = { amounts };
      estimateFirst = amounts[String(Math.min(...estimateReads.map((e) => e.year as number)))];
      if (blank.length > 0) remarks.push(say('importing.rows.estimateBlank', blank.join(', ')));
      if (volume !== undefined || unitCost !== undefined || amount !== undefined) remarks.push(say('importing.rows.estimateNotUsed'));
    } else if (volume !== undefined && unitCost !== undefined) {
      costLine = { volume, unitCost };
      const product = volume * unitCost;
      if (amount !== undefined && Math.abs(amount - product) > Math.max(1, 0.005 * amount)) {
        remarks.push(say('importing.rows.amountDiffers', amountText, Math.round(product)));
      }
    } else if (amount !== undefined) {
      costLine = { amount };
      if (volume !== undefined || unitCost !== undefined) {
        remarks.push(
          volume !== undefined ? say('importing.rows.clientsWithoutCost') : say('importing.rows.costWithoutClients'),
        );
      }
    } else if (volume !== undefined || unitCost !== undefined) {
      problem(
        volume !== undefined ? say('importing.rows.clientsOnly') : say('importing.rows.costOnly'),
        volume !== undefined ? 'unitCost' : 'volume',
      );
      continue;
    }

    const cost = costLine ? (estimateFirst ?? costLine.amount ?? (costLine.volume as number) * (costLine.unitCost as number)) : undefined;

    if (cost === undefined) {
      const others = mappedIndexes.filter((i) => i !== columnOf('name') && !isBlank(cells[i]));
      // A heading between the lines: a name alone, or a section word alone in any column ("LASTEN").
      const alone = others.length === 1 && name === '' ? (cells[others[0] as number] as Cell).text.trim() : '';
      const headingText = name !== '' && others.length === 0 ? name : sectionOf(alone) ? alone : '';
      if (headingText !== '') {
        const heading = sectionOf(headingText);
        if (heading) section = heading;
        skip(say('importing.rows.heading', headingText));
      } else {
        problem(
          say('importing.rows.noAmount'),
          columnOf('amount') >= 0 ? 'amount' : undefined,
        );
      }
      continue;
    }

    // A totals row: no name, or an amount that is the sum of the lines above it.
    if (!keep.has(row)) {
      const matches = (s: typeof since) => s.count >= 2 && Math.abs(cost - s.sum) <= tolerance;
      const match = matches(since) ? since : matches(all) ? all : undefined;
      if (match) {
        skip(
          name === ''
            ? say('importing.rows.sumRow', match.first, lastLineRow)
            : say('importing.rows.subtotal', name, match.first, lastLineRow),
        );
        since = { sum: 0, count: 0, first: 0 };
        continue;
      }
    }
    if (name === '') {
      problem(say('importing.rows.nameEmpty'), columnOf('name') >= 0 ? 'name' : undefined);
      continue;
    }
    if (name.length > MAX_NAME) {
      problem(say('importing.rows.nameTooLong', name.length, MAX_NAME), 'name');
      continue;
    }
    // A subsidy register: a one-off grant is a line of its year only (format version 2); a
    // structural row of another year than the base year is no line of this budget.
    const yearText = text('year');
    const rowYearText = /^\s*((?:19|20)\d{2})\s*$/.exec(yearText)?.[1];
    const rowYear = rowYearText === undefined ? undefined : Number(rowYearText);
    const oneOff = ONE_OFF.test(text('regularity')) || ONE_OFF.test(text('kind'));
    if (oneOff) {
      const year = rowYear ?? options.baseYear;
      if (year === undefined) {
        skip(say('importing.rows.oneOffNoYear', name));
        continue;
      }
      if (options.baseYear !== undefined && year < options.baseYear) {
        skip(say('importing.rows.oneOffBeforeBaseYear', name, year, options.baseYear));
        continue;
      }
      if (costLine?.amount === undefined) {
        // Clients × price or an estimate for a one-off grant: not a register's layout; left out, said so.
        skip(say('importing.rows.oneOff', name, year));
        continue;
      }
      costLine = { amounts: { [String(year)]: costLine.amount } };
      remarks.push(say('importing.rows.oneOffLine', year));
    } else if (rowYear !== undefined && options.baseYear !== undefined && rowYear !== options.baseYear) {
      skip(say('importing.rows.otherYear', name, rowYear, options.baseYear));
      continue;
    }
    if (section === 'baten' || section === 'saldo') {
      skip(say(section === 'baten' ? 'importing.rows.inBaten' : 'importing.rows.inSaldo', name));
      continue;
    }
    const estimateValues = costLine?.amounts === undefined ? [] : Object.values(costLine.amounts);
    if ((section === 'lasten' || lastenColumn) && (cost < 0 && costLine?.amount !== undefined)) {
      costLine.amount = -costLine.amount;
      remarks.push(say('importing.rows.negativeCost'));
    } else if (section === 'lasten' && estimateValues.some((v) => v < 0) && estimateValues.every((v) => v <= 0) && costLine?.amounts !== undefined) {
      const amounts = costLine.amounts;
      for (const key of Object.keys(amounts)) amounts[key] = -(amounts[key] as number) + 0;
      remarks.push(say('importing.rows.negativeCost'));
    }
    if ((costLine?.amount ?? 0) < 0 || (costLine?.volume ?? 0) < 0 || (costLine?.unitCost ?? 0) < 0 || Object.values(costLine?.amounts ?? {}).some((v) => v < 0)) {
      if (costLine?.amounts !== undefined && estimate.length > 0) {
        result.problems.push({ row, message: say('importing.rows.negative') });
        continue;
      }
      problem(
        say('importing.rows.negative'),
        costLine?.amount !== undefined || costLine?.amounts !== undefined ? 'amount' : costLine?.volume !== undefined && costLine.volume < 0 ? 'volume' : 'unitCost',
      );
      continue;
    }

    // Kind: the "Soort" cell, else a guess.
    const group = text('group');
    const organisation = text('organisation');
    const taakveld = split ? split.code : taakveldCode(ownTaakveld);
    // The Iv3 code against the taakvelden of the base year (#19 item 2): kept as written, and said
    // when that year's list (once it is verified) does not have it, e.g. 6.71 in 2024 (6.71a–d).
    const unknownInYear = taakveld && options.baseYear !== undefined ? taakveldNotInYear(taakveld, options.baseYear) : null;
    if (unknownInYear) remarks.push(say('importing.rows.taakveldNotInYear', taakveld, options.baseYear as number, unknownInYear.others));
    let kind: LineKind;
    let guessedFrom: KindGuess['from'] | undefined;
    const kindText = text('kind');
    if (kindText !== '') {
      const k = kindFromCell(kindText);
      if (!k) {
        problem(
          say('importing.rows.unknownKind', kindText),
          'kind',
        );
        continue;
      }
      kind = k;
    } else {
      const g = guessKind({ name, group, taakveld, organisation });
      kind = g.kind;
      guessedFrom = g.from;
    }

    const wage = readNumber(cell('wageShare'), decimal, what('wageShare'));
    if (!wage.ok) {
      problem(wage.problem, 'wageShare');
      continue;
    }
    const wageShare = wage.value === undefined ? undefined : wage.value.percent || wageShareAsFraction ? wage.value.value : wage.value.value / 100;
    if (wageShare !== undefined && (wageShare < 0 || wageShare > 1)) {
      problem(say('importing.rows.wageShareRange'), 'wageShare');
      continue;
    }
    const growthRead = readNumber(cell('volumeGrowth'), decimal, what('volumeGrowth'));
    if (!growthRead.ok) {
      problem(growthRead.problem, 'volumeGrowth');
      continue;
    }
    const growth = growthRead.value === undefined ? undefined : growthRead.value.percent ? growthRead.value.value : growthRead.value.value / 100;
    if (growth !== undefined && growth < -1) {
      problem(say('importing.rows.growthRange'), 'volumeGrowth');
      continue;
    }

    const line: ImportedLineData = { name, kind, ...costLine };
    if (oneOff) line.oneOff = true;
    if (group) line.group = group;
    else if (registerGroup !== undefined) {
      line.group = registerGroup;
      result.defaultGroup = { group: registerGroup, lines: (result.defaultGroup?.lines ?? 0) + 1 };
    }
    if (organisation) line.organisation = organisation;
    if (taakveld) line.taakveld = taakveld;
    if (wageShare !== undefined) line.wageShare = clean(wageShare);
    if (growth !== undefined) line.volumeGrowth = clean(growth);
    const notes = text('notes');
    if (notes) line.notes = notes;
    const imported: ImportedLine = { row, line };
    if (guessedFrom) imported.kindGuessedFrom = guessedFrom;
    result.lines.push(imported);
    for (const remark of remarks) result.notes.push({ row, message: remark });

    lastLineRow = row;
    if (since.count === 0) since.first = row;
    if (all.count === 0) all.first = row;
    since = { ...since, sum: since.sum + cost, count: since.count + 1 };
    all = { ...all, sum: all.sum + cost, count: all.count + 1 };
  }
  return result;
}

/**
 * The total cost of the imported lines in the base year, in euros (to the cent); an estimate line
 * counts with its amount in its first year (one-off lines too).
 */
export function importedTotal(lines: readonly ImportedLine[]): number {
  return cents(lines.reduce((s, { line }) => s + (line.amount ?? firstAmount(line.amounts) ?? (line.volume ?? 0) * (line.unitCost ?? 0)), 0));
}

function firstAmount(amounts: Record<string, number> | undefined): number | undefined {
  if (amounts === undefined) return undefined;
  const years = Object.keys(amounts).sort();
  return years.length === 0 ? undefined : amounts[years[0] as string];
}
