// Rows of a spreadsheet to budget lines, by a column mapping. Every row ends up in exactly one
// place: a line, a problem (could not be read: row number, column and why), a skipped row
// (a totals row or a heading: left out on purpose, and said so), or an empty row. Nothing is
// dropped silently and nothing is half-guessed: a cell that does not read is a problem.
import { readNumberText, type DecimalStyle } from '../format/read-number';
import type { LocalizedText } from '../scenario/problems';
import type { Line, LineKind } from '../scenario/schema';
import { fieldLabel, type ImportField } from './fields';
import { guessKind, kindFromCell, type KindGuess } from './kinds';
import type { Mapping } from './mapping';
import type { Cell, ImportSource } from './source';
import { taakveldCode } from './taakveld';

export interface ImportProblem {
  /** The row number the spreadsheet shows. */
  row: number;
  /** The column's heading (or letter) when one cell is at fault. */
  column?: string;
  message: LocalizedText;
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
}

export interface ReadOptions {
  /** How text numbers are read; the detected style when absent. */
  decimal?: DecimalStyle;
  /** Rows that looked like totals but are lines after all: read them as lines. */
  keepRows?: readonly number[];
}

const msg = (nl: string, en: string): LocalizedText => ({ nl, en });
const q = (text: string) => ({ nl: `„${text}”`, en: `"${text}"` });

const TOTAL_NAME = /^(sub)?tota(a)?l(en)?\b|^eindtotaal\b|^generaal totaal\b|^grand total\b|^sum\b|^som\b|^totale? (lasten|kosten|begroting)\b/i;
const EXCEL_ERROR = /^#(REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

type Read<T> = { ok: true; value: T } | { ok: false; problem: LocalizedText } | { ok: true; value: undefined };

const isBlank = (c: Cell | undefined) => !c || c.spread === true || (c.text.trim() === '' && c.value === undefined && !c.missingResult);

function styleExample(decimal: DecimalStyle): LocalizedText {
  return decimal === 'comma' ? msg('decimale komma, zoals „1.234,56”', 'decimal comma, such as "1.234,56"') : msg('decimale punt, zoals „1,234.56”', 'decimal point, such as "1,234.56"');
}

/** A number cell: a stored XLSX number, or text in the decimal style. Percent: the value as a fraction. */
function readNumber(cell: Cell | undefined, decimal: DecimalStyle, what: LocalizedText): Read<{ value: number; percent: boolean }> {
  if (isBlank(cell)) return { ok: true, value: undefined };
  const c = cell as Cell;
  if (c.missingResult) {
    return {
      ok: false,
      problem: msg(
        `${what.nl}: de formule heeft geen berekende waarde in het bestand; open het in Excel en sla het op.`,
        `${what.en}: the formula has no calculated value in the file; open it in Excel and save it.`,
      ),
    };
  }
  if (c.value !== undefined) return { ok: true, value: { value: c.value, percent: c.percentFormat === true } };
  const text = c.text.trim();
  if (EXCEL_ERROR.test(text)) {
    return { ok: false, problem: msg(`${what.nl}: Excel-fout ${text} in de cel.`, `${what.en}: Excel error ${text} in the cell.`) };
  }
  const parsed = readNumberText(text, decimal);
  if (parsed) return { ok: true, value: parsed };
  const other = readNumberText(text, decimal === 'comma' ? 'point' : 'comma');
  const style = styleExample(decimal);
  return {
    ok: false,
    problem: other
      ? msg(
          `${what.nl} ${q(text).nl} staat in de andere schrijfwijze dan de rest (verwacht: ${style.nl}).`,
          `${what.en} ${q(text).en} is written in the other notation than the rest (expected: ${style.en}).`,
        )
      : msg(`${what.nl} ${q(text).nl} is geen getal (verwacht: ${style.nl}).`, `${what.en} ${q(text).en} is not a number (expected: ${style.en}).`),
  };
}

const cents = (v: number) => Math.round(v * 100) / 100;
/** Undoes float noise from multiplying (1.1 × 1000) without rounding real decimals away. */
const clean = (v: number) => Math.round(v * 1e6) / 1e6;

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
  const decimal = options.decimal ?? source.detection.decimal;
  const keep = new Set(options.keepRows ?? []);
  const columnOf = (field: ImportField) => mapping.indexOf(field);
  const label = (field: ImportField) => {
    const i = columnOf(field);
    return i >= 0 ? (source.columns[i]?.label ?? fieldLabel(field, 'en')) : undefined;
  };
  const what = (field: ImportField): LocalizedText => {
    const l = label(field) ?? '';
    return { nl: `${fieldLabel(field, 'nl')} (kolom ${q(l).nl})`, en: `${fieldLabel(field, 'en')} (column ${q(l).en})` };
  };
  const multiplierOf = (field: ImportField) => source.columns[columnOf(field)]?.multiplier ?? 1;
  const wageIndex = columnOf('wageShare');
  const wageShareAsFraction = wageIndex >= 0 && wageShareIsFraction(source, wageIndex, decimal);

  const result: ImportResult = { lines: [], problems: [], skipped: [], notes: [], emptyRows: 0, wageShareAsFraction };
  // Running sums of the lines read, to recognise a totals row by its amount.
  let since = { sum: 0, count: 0, first: 0 };
  let all = { sum: 0, count: 0, first: 0 };
  let lastLineRow = 0;
  const tolerance = 0.5 * Math.max(multiplierOf('amount'), 1) + 1e-6;

  const mappedIndexes = mapping.map((f, i) => (f !== 'ignore' ? i : -1)).filter((i) => i >= 0);

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
    const problem = (message: LocalizedText, field?: ImportField) => {
      const p: ImportProblem = { row, message };
      const l = field ? label(field) : undefined;
      if (l !== undefined) p.column = l;
      result.problems.push(p);
    };
    const skip = (message: LocalizedText) => result.skipped.push({ row, message });

    if (mappedIndexes.every((i) => isBlank(cells[i]))) {
      skip(msg('niets in de geïmporteerde kolommen.', 'nothing in the imported columns.'));
      continue;
    }
    const name = text('name');

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

    if (TOTAL_NAME.test(name) && !keep.has(row)) {
      skip(msg(`totaalregel (${q(name).nl}).`, `totals row (${q(name).en}).`));
      since = { sum: 0, count: 0, first: 0 };
      continue;
    }
    if (failed) {
      problem((failed[1] as { problem: LocalizedText }).problem, failed[0]);
      continue;
    }
    const percentField = (['amount', 'volume', 'unitCost'] as const).find((f, i) => {
      const r = [amountRead, volumeRead, unitRead][i] as typeof amountRead;
      return r.ok && r.value?.percent === true && f !== undefined;
    });
    if (percentField) {
      const what_ = what(percentField);
      problem(
        msg(`${what_.nl} is een percentage, geen ${percentField === 'volume' ? 'aantal' : 'bedrag'}.`, `${what_.en} is a percentage, not ${percentField === 'volume' ? 'a count' : 'an amount'}.`),
        percentField,
      );
      continue;
    }

    const amount = amountRead.ok && amountRead.value ? cents(amountRead.value.value * multiplierOf('amount')) : undefined;
    const volume = product ? product.volume : volumeRead.ok ? volumeRead.value?.value : undefined;
    const unitCost = product ? clean(product.unitCost * multiplierOf('amount')) : unitRead.ok && unitRead.value ? clean(unitRead.value.value * multiplierOf('unitCost')) : undefined;
    let costLine: Pick<Line, 'amount' | 'volume' | 'unitCost'> | undefined;
    const remarks: LocalizedText[] = [];
    if (volume !== undefined && unitCost !== undefined) {
      costLine = { volume, unitCost };
      const product = volume * unitCost;
      if (amount !== undefined && Math.abs(amount - product) > Math.max(1, 0.005 * amount)) {
        remarks.push(
          msg(
            `het bedrag (${amountText}) wijkt af van aantal × prijs (${Math.round(product)}); aantal × prijs is gebruikt.`,
            `the amount (${amountText}) differs from clients × cost (${Math.round(product)}); clients × cost was used.`,
          ),
        );
      }
    } else if (amount !== undefined) {
      costLine = { amount };
      if (volume !== undefined || unitCost !== undefined) {
        remarks.push(
          volume !== undefined
            ? msg('aantal zonder prijs per cliënt: alleen het bedrag is gebruikt.', 'clients without a cost per client: only the amount was used.')
            : msg('prijs per cliënt zonder aantal: alleen het bedrag is gebruikt.', 'cost per client without clients: only the amount was used.'),
        );
      }
    } else if (volume !== undefined || unitCost !== undefined) {
      problem(
        volume !== undefined
          ? msg(`er is een aantal maar geen prijs per cliënt en geen bedrag.`, `there are clients but no cost per client and no amount.`)
          : msg(`er is een prijs per cliënt maar geen aantal en geen bedrag.`, `there is a cost per client but no clients and no amount.`),
        volume !== undefined ? 'unitCost' : 'volume',
      );
      continue;
    }

    const cost = costLine ? (costLine.amount ?? (costLine.volume as number) * (costLine.unitCost as number)) : undefined;

    if (cost === undefined) {
      const others = mappedIndexes.filter((i) => i !== columnOf('name') && !isBlank(cells[i]));
      if (name !== '' && others.length === 0) {
        skip(msg(`kopregel ${q(name).nl}: geen bedrag.`, `heading ${q(name).en}: no amount.`));
      } else {
        problem(
          msg('er staat geen bedrag in (en geen aantal × prijs per cliënt).', 'there is no amount (and no clients × cost per client).'),
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
        const rows = `${match.first}–${lastLineRow}`;
        skip(
          name === ''
            ? msg(`totaalregel: het bedrag is de som van de regels ${rows}.`, `totals row: the amount is the sum of rows ${rows}.`)
            : msg(
                `${q(name).nl} lijkt een (sub)totaal: het bedrag is de som van de regels ${rows}. Is het toch een regel, neem hem dan op.`,
                `${q(name).en} looks like a (sub)total: the amount is the sum of rows ${rows}. If it is a line after all, include it.`,
              ),
        );
        since = { sum: 0, count: 0, first: 0 };
        continue;
      }
    }
    if (name === '') {
      problem(msg('de naam is leeg.', 'the name is empty.'), columnOf('name') >= 0 ? 'name' : undefined);
      continue;
    }
    if (name.length > 200) {
      problem(msg(`de naam is ${name.length} tekens lang; hoogstens 200.`, `the name is ${name.length} characters long; at most 200.`), 'name');
      continue;
    }
    if (cost < 0 || (costLine?.volume ?? 0) < 0 || (costLine?.unitCost ?? 0) < 0) {
      problem(
        msg(
          'een negatief bedrag (een opbrengst of een correctie?) kan geen begrotingsregel zijn; laat de rij weg of maak er een maatregel van.',
          'a negative amount (income, or a correction?) cannot be a budget line; leave the row out or make it a measure.',
        ),
        costLine?.amount !== undefined ? 'amount' : costLine?.volume !== undefined && costLine.volume < 0 ? 'volume' : 'unitCost',
      );
      continue;
    }

    // Kind: the "Soort" cell, else a guess.
    const group = text('group');
    const organisation = text('organisation');
    const taakveld = taakveldCode(text('taakveld'));
    let kind: LineKind;
    let guessedFrom: KindGuess['from'] | undefined;
    const kindText = text('kind');
    if (kindText !== '') {
      const k = kindFromCell(kindText);
      if (!k) {
        problem(
          msg(
            `soort ${q(kindText).nl} is onbekend; gebruik Subsidie, Maatwerk (individuele voorziening), Algemene (collectieve) voorziening of Overig.`,
            `kind ${q(kindText).en} is unknown; use Subsidy, Individual provision, Collective provision or Other.`,
          ),
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
      problem(msg('het loonaandeel moet tussen 0% en 100% liggen.', 'the wage share must be between 0% and 100%.'), 'wageShare');
      continue;
    }
    const growthRead = readNumber(cell('volumeGrowth'), decimal, what('volumeGrowth'));
    if (!growthRead.ok) {
      problem(growthRead.problem, 'volumeGrowth');
      continue;
    }
    const growth = growthRead.value === undefined ? undefined : growthRead.value.percent ? growthRead.value.value : growthRead.value.value / 100;
    if (growth !== undefined && growth < -1) {
      problem(msg('de groei kan niet lager zijn dan −100% per jaar.', 'growth cannot be below −100% a year.'), 'volumeGrowth');
      continue;
    }

    const line: ImportedLineData = { name, kind, ...costLine };
    if (group) line.group = group;
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

/** The total cost of the imported lines in the base year, in euros (to the cent). */
export function importedTotal(lines: readonly ImportedLine[]): number {
  return cents(lines.reduce((s, { line }) => s + (line.amount ?? (line.volume ?? 0) * (line.unitCost ?? 0)), 0));
}
