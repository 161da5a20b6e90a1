// The CBS open data layout (open-data.ts) to budget lines: the chosen municipality's lasten per
// taakveld of the social domain (6.x), one line per taakveld, for the base year and the report
// chosen (the begroting unless another is). Every row is accounted for as readLines does: a line,
// a problem, a skipped row with why, or an empty row; the rows of the other municipalities are
// counted as one figure (a national table has thousands), not listed one by one.
import { DEFAULT_LANG } from '../i18n/languages';
import { catalogue, text as say, type Text } from '../i18n/text';
import { taakveldEntries, taakveldName, taakveldNameFor, taakveldVersionFor } from '../taakvelden';
import { cents, isBlank, mappedColumns, readNumber } from './cells';
import { guessKind } from './kinds';
import type { Mapping } from './mapping';
import {
  categoryOf, defaultReport, findMunicipality, isSocialDomain, municipalityOf, openDataTaakveld, periodYear,
  type CategoryKind, type OpenDataLayout, type OpenDataRead,
} from './open-data';
import type { ImportResult, ReadOptions } from './read-lines';
import type { ImportSource } from './source';

/** The longest name a line may have (the schema's limit). */
const MAX_NAME = 200;

/** A row that passed every choice: lasten of a taakveld of the social domain (or one kept), with its amount. */
interface Candidate {
  row: number;
  code: string;
  name: string;
  /** The taakveld cell as written, to name the row in messages. */
  label: string;
  category: string;
  part: boolean;
  amount: number;
  /** The row was outside the social domain and kept on request. */
  kept: boolean;
}

export function readOpenData(source: ImportSource, layout: OpenDataLayout, mapping: Mapping, options: ReadOptions = {}): ImportResult {
  const decimal = options.decimal ?? source.detection.decimal;
  const keep = new Set(options.keepRows ?? []);
  const { columnOf, label, what, multiplierOf } = mappedColumns(source, mapping, options.scale);
  const amountColumn = source.columns[columnOf('amount')];
  const multiplier = multiplierOf('amount');

  const only = layout.municipalities.length === 1 ? layout.municipalities[0] : undefined;
  const chosen = options.municipality !== undefined ? findMunicipality(layout.municipalities, options.municipality) : only;
  const report = layout.report !== undefined ? (options.report ?? defaultReport(layout.reports)) : undefined;
  const read: OpenDataRead = {
    onlyOne: options.municipality === undefined && only !== undefined,
    municipalities: layout.municipalities.length,
    otherRows: 0,
    reportChosen: options.report !== undefined,
    reports: layout.reports,
  };
  if (chosen) read.municipality = chosen;
  if (report !== undefined) read.report = report;

  const result: ImportResult = { lines: [], problems: [], skipped: [], notes: [], emptyRows: 0, wageShareAsFraction: false, openData: read };
  // Left out for good: keeping such a row as a line is not offered (another report, baten, …).
  const leaveOut = (row: number, message: Text) => result.skipped.push({ row, message, final: true });
  const candidates: Candidate[] = [];
  // Without a Categorie column the value column's heading says what the rows are ("Lasten (x 1 000 euro)").
  const columnCategory = categoryOf(amountColumn?.heading ?? '');

  for (const { row, cells } of source.rows) {
    if (cells.every((c) => isBlank(c))) {
      result.emptyRows += 1;
      continue;
    }
    const cellText = (i: number | undefined) => (i === undefined || i < 0 ? '' : isBlank(cells[i]) ? '' : (cells[i]?.text.trim() ?? ''));
    const municipality = municipalityOf(layout, { row, cells });
    // The taakveld as mapped (the layout's column unless the person chose another).
    const taakveldText = cellText(columnOf('taakveld') >= 0 ? columnOf('taakveld') : layout.taakveld);
    // A footer ("Bron: CBS"), a title: no municipality or no taakveld, so no figure of the table.
    if (!municipality || taakveldText === '') {
      leaveOut(row, say('openData.rows.notFigures'));
      continue;
    }
    if (!chosen || municipality.key !== chosen.key) {
      read.otherRows += 1;
      continue;
    }
    const reportText = cellText(layout.report);
    if (report !== undefined && reportText !== report) {
      leaveOut(row, say('openData.rows.otherReport', taakveldText, reportText, report));
      continue;
    }
    const year = periodYear(cellText(columnOf('year')));
    if (year !== undefined && options.baseYear !== undefined && year !== options.baseYear) {
      leaveOut(row, say('importing.rows.otherYear', taakveldText, year, options.baseYear));
      continue;
    }
    const categoryText = layout.category !== undefined ? cellText(layout.category) : '';
    const category: CategoryKind = layout.category !== undefined ? categoryOf(categoryText) : columnCategory === 'other' ? 'lasten' : columnCategory;
    if (category === 'baten' || category === 'batenPart') {
      leaveOut(row, say('openData.rows.baten', taakveldText, categoryText !== '' ? categoryText : (amountColumn?.heading ?? '')));
      continue;
    }
    if (category === 'other') {
      leaveOut(row, say('openData.rows.otherCategory', taakveldText, categoryText));
      continue;
    }
    const taakveld = openDataTaakveld(taakveldText);
    if (!taakveld) {
      leaveOut(row, say('openData.rows.notTaakveld', taakveldText));
      continue;
    }
    const kept = !isSocialDomain(taakveld.code) && keep.has(row);
    if (!isSocialDomain(taakveld.code) && !kept) {
      result.skipped.push({ row, message: say('openData.rows.outsideDomain', taakveldText) });
      continue;
    }
    // CBS writes "." for a figure not known, "x" for a secret one, "-" for nil.
    const amountText = cellText(columnOf('amount'));
    if (amountText === '' || amountText === '.' || amountText.toLowerCase() === 'x') {
      if (columnOf('amount') < 0) problem(result, row, say('importing.rows.noAmount'), undefined);
      else leaveOut(row, say('openData.rows.noFigure', taakveldText, amountText));
      continue;
    }
    const amountRead = amountText === '-' ? ({ ok: true, value: { value: 0, percent: false } } as const) : readNumber(cells[columnOf('amount')], decimal, what('amount'));
    if (!amountRead.ok) {
      problem(result, row, amountRead.problem, label('amount'));
      continue;
    }
    const value = amountRead.value?.value ?? 0;
    if (amountRead.value?.percent) {
      problem(result, row, say('importing.rows.percentage', what('amount'), false), label('amount'));
      continue;
    }
    if (value < 0) {
      problem(result, row, say('importing.rows.negative'), label('amount'));
      continue;
    }
    candidates.push({ row, code: taakveld.code, name: taakveld.name, label: taakveldText, category: categoryText, part: category === 'lastenPart', amount: cents(value * multiplier), kept });
  }

  // One line per taakveld: its total lasten; where the table gives only the economic categories
  // (L1.1 …), their sum, on the row of the first.
  const totalRow = new Map<string, number>();
  for (const c of candidates) if (!c.part && !totalRow.has(c.code)) totalRow.set(c.code, c.row);
  const partsOf = new Map<string, Candidate[]>();
  for (const c of candidates) if (c.part && !totalRow.has(c.code)) partsOf.set(c.code, [...(partsOf.get(c.code) ?? []), c]);
  const baseYear = options.baseYear;
  const lang = options.lang ?? DEFAULT_LANG;
  for (const c of candidates) {
    let amount = c.amount;
    let summed: Candidate[] = [];
    if (c.part) {
      const total = totalRow.get(c.code);
      if (total !== undefined) {
        leaveOut(c.row, say('openData.rows.partInTotal', c.label, c.category, total));
        continue;
      }
      const parts = partsOf.get(c.code) as Candidate[];
      const first = parts[0] as Candidate;
      if (first.row !== c.row) {
        leaveOut(c.row, say('openData.rows.partAdded', c.label, c.category, first.row));
        continue;
      }
      summed = parts;
      amount = cents(parts.reduce((s, p) => s + p.amount, 0));
    }
    if (amount === 0) {
      leaveOut(c.row, say('openData.rows.zero', c.label));
      continue;
    }
    // The name the table gives; for a code alone, the name in the Iv3 list of the base year.
    const name = c.name !== '' ? c.name : ((baseYear !== undefined ? taakveldNameFor(c.code, baseYear) : taakveldName(c.code)) ?? catalogue(lang).openData.lineName(c.code));
    if (name.length > MAX_NAME) {
      problem(result, c.row, say('importing.rows.nameTooLong', name.length, MAX_NAME), label('taakveld'));
      continue;
    }
    const guess = guessKind({ name, taakveld: c.code });
    result.lines.push({ row: c.row, line: { name, kind: guess.kind, amount, taakveld: c.code }, kindGuessedFrom: guess.from });
    if (summed.length > 1) result.notes.push({ row: c.row, message: say('openData.rows.partsSummed', summed.length, summed.map((p) => p.row)) });
    if (c.kept) result.notes.push({ row: c.row, message: say('openData.rows.keptOutside', c.code) });
    if (baseYear !== undefined && isSocialDomain(c.code) && !taakveldEntries(c.code).some((t) => t.version === taakveldVersionFor(baseYear))) {
      result.notes.push({ row: c.row, message: say('openData.rows.notInList', c.code, baseYear) });
    }
  }
  result.skipped.sort((a, b) => a.row - b.row);
  result.notes.sort((a, b) => a.row - b.row);
  return result;
}

function problem(result: ImportResult, row: number, message: Text, column: string | undefined): void {
  result.problems.push(column !== undefined ? { row, column, message } : { row, message });
}
