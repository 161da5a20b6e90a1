// Budget lines pasted from a spreadsheet: tab-separated cells, one row per line, in the lines
// table's column order. Pure (no React, no store), so it can move to shared/ when the full
// CSV/XLSX import with column mapping arrives. A row that cannot be read is reported with its
// number and the reason — never dropped silently, never half-guessed.
import { parseLocaleNumber } from '../../../shared/format/parse-number';
import type { Lang, LocalizedText } from '../../../shared/scenario/problems';
import type { Line } from '../../../shared/scenario/schema';
import { kindFromText } from './line-kinds';
import { taakveldFromInput } from './taakveld-options';

/** The columns a pasted row is read in, left to right (the lines table's order). */
export const PASTE_COLUMNS = [
  'name',
  'kind',
  'amount',
  'group',
  'organisation',
  'taakveld',
  'wageShare',
  'volumeGrowth',
  'notes',
] as const;
export type PasteColumn = (typeof PASTE_COLUMNS)[number];

export type PastedLine = Omit<Line, 'id'>;

export interface PasteRowProblem {
  /** 1-based row number in the pasted text (so people can find it in their selection). */
  row: number;
  /** The row as pasted, cells joined by " | ", for the report. */
  text: string;
  reason: LocalizedText;
}

export interface PasteResult {
  lines: { row: number; line: PastedLine }[];
  problems: PasteRowProblem[];
  /** The first row looked like column headings ("Naam", "Name") and was skipped. */
  headerSkipped: boolean;
}

/** True when text looks like more than one cell: it has a tab or a line break. */
export function looksLikeRows(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''));
}

/**
 * Splits tab-separated text into rows of cells. Spreadsheets quote a cell that holds a tab, a
 * line break or a quote ("a ""b"""), so quoted cells are read as one cell. A final line break
 * does not make an extra row.
 */
export function splitTabbed(text: string): string[][] {
  const src = text.replace(/\r\n?/g, '\n');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atCellStart = true;
  while (i < src.length) {
    const c = src[i] as string;
    if (atCellStart && c === '"') {
      // A quoted cell: up to the closing quote that is followed by a tab, a line break or the end.
      let j = i + 1;
      let quoted = '';
      let closed = false;
      while (j < src.length) {
        const d = src[j] as string;
        if (d === '"') {
          if (src[j + 1] === '"') {
            quoted += '"';
            j += 2;
            continue;
          }
          const after = src[j + 1];
          if (after === undefined || after === '\t' || after === '\n') {
            closed = true;
            j += 1;
            break;
          }
        }
        quoted += d;
        j += 1;
      }
      if (closed) {
        cell = quoted;
        i = j;
        atCellStart = false;
        continue;
      }
      // No proper closing quote: read the quote as an ordinary character.
    }
    atCellStart = false;
    if (c === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += c;
    }
    i += 1;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const HEADER_WORDS = new Set(['naam', 'name', 'omschrijving', 'regel', 'line', 'budget line', 'begrotingsregel']);

const msg = (nl: string, en: string): LocalizedText => ({ nl, en });

type Cost = Pick<Line, 'amount' | 'volume' | 'unitCost'>;

/** "€ 1.234,50" → amount; "120 × 9.000" (also x or *) → volume × unit cost. */
function readCost(cell: string, lang: Lang): Cost | LocalizedText {
  const text = cell.trim();
  if (text === '') {
    return msg(
      'er staat geen bedrag in de derde kolom (of aantal × prijs, zoals „120 × 9.000”).',
      'the third column has no amount (or clients × cost, such as "120 × 9,000").',
    );
  }
  const parts = text.split(/\s*[×xX*]\s*/);
  if (parts.length === 2) {
    const volume = parseLocaleNumber(parts[0] as string, lang);
    const unitCost = parseLocaleNumber(parts[1] as string, lang);
    if (!volume || !unitCost || volume.percent || unitCost.percent) {
      return msg(
        `„${text}” is geen aantal × prijs; schrijf bijvoorbeeld „120 × 9.000”.`,
        `"${text}" is not clients × cost; write, for example, "120 × 9,000".`,
      );
    }
    if (volume.value < 0 || unitCost.value < 0) {
      return msg(`„${text}”: aantal en prijs mogen niet negatief zijn.`, `"${text}": clients and cost may not be negative.`);
    }
    return { volume: volume.value, unitCost: unitCost.value };
  }
  const amount = parseLocaleNumber(text, lang);
  if (!amount || amount.percent) {
    return lang === 'nl'
      ? msg(
          `„${text}” is geen bedrag (Nederlandse schrijfwijze verwacht, zoals „€ 1.234,50”).`,
          `"${text}" is not an amount (Dutch notation expected, such as "€ 1.234,50").`,
        )
      : msg(
          `„${text}” is geen bedrag (Engelse schrijfwijze verwacht, zoals „€1,234.50”).`,
          `"${text}" is not an amount (English notation expected, such as "€1,234.50").`,
        );
  }
  if (amount.value < 0) return msg(`het bedrag „${text}” is negatief.`, `the amount "${text}" is negative.`);
  return { amount: amount.value };
}

/** A percentage cell ("80", "80%", "2,5") as a fraction; undefined when empty. */
function readPercent(cell: string, lang: Lang, what: LocalizedText): number | undefined | LocalizedText {
  const text = cell.trim();
  if (text === '') return undefined;
  const parsed = parseLocaleNumber(text, lang);
  if (!parsed) return msg(`${what.nl} „${text}” is geen percentage.`, `${what.en} "${text}" is not a percentage.`);
  return parsed.percent ? parsed.value : parsed.value / 100;
}

const isText = (v: unknown): v is LocalizedText => typeof v === 'object' && v !== null && 'nl' in v;

/**
 * Reads pasted rows as budget lines without ids (the caller makes ids unique against the
 * scenario). `lang` decides how numbers are read: nl "1.234,50", en "1,234.50".
 */
export function parsePastedRows(text: string, lang: Lang): PasteResult {
  const rows = splitTabbed(text);
  const result: PasteResult = { lines: [], problems: [], headerSkipped: false };
  rows.forEach((cells, index) => {
    const row = index + 1;
    const trimmed = cells.map((c) => c.trim());
    if (trimmed.every((c) => c === '')) return; // an empty row between blocks: nothing to add
    if (index === 0 && HEADER_WORDS.has((trimmed[0] ?? '').toLocaleLowerCase('nl'))) {
      result.headerSkipped = true;
      return;
    }
    const fail = (reason: LocalizedText) => result.problems.push({ row, text: trimmed.join(' | '), reason });
    if (trimmed.length > PASTE_COLUMNS.length) {
      // Trailing empty cells (a selection a little too wide) are harmless.
      const extra = trimmed.slice(PASTE_COLUMNS.length);
      if (extra.some((c) => c !== '')) {
        fail(
          msg(
            `${trimmed.length} kolommen; er passen er hoogstens ${PASTE_COLUMNS.length} (zie de volgorde hierboven).`,
            `${trimmed.length} columns; at most ${PASTE_COLUMNS.length} fit (see the order above).`,
          ),
        );
        return;
      }
    }
    const cell = (column: PasteColumn) => trimmed[PASTE_COLUMNS.indexOf(column)] ?? '';

    const name = cell('name');
    if (name === '') return void fail(msg('de naam (eerste kolom) is leeg.', 'the name (first column) is empty.'));
    if (name.length > 200) {
      return void fail(msg(`de naam is ${name.length} tekens lang; hoogstens 200.`, `the name is ${name.length} characters long; at most 200.`));
    }

    const kindText = cell('kind');
    const kind = kindText === '' ? 'other' : kindFromText(kindText);
    if (kind === undefined) {
      return void fail(
        msg(
          `soort „${kindText}” is onbekend; gebruik Subsidie, Individuele voorziening (maatwerk), Collectieve voorziening of Overig.`,
          `kind "${kindText}" is unknown; use Subsidy, Individual provision, Collective provision or Other.`,
        ),
      );
    }

    const cost = readCost(cell('amount'), lang);
    if (isText(cost)) return void fail(cost);

    const wageShare = readPercent(cell('wageShare'), lang, msg('looncomponent', 'wage share'));
    if (isText(wageShare)) return void fail(wageShare);
    if (wageShare !== undefined && (wageShare < 0 || wageShare > 1)) {
      return void fail(msg('het looncomponent moet tussen 0% en 100% liggen.', 'the wage share must be between 0% and 100%.'));
    }
    const growth = readPercent(cell('volumeGrowth'), lang, msg('groei', 'growth'));
    if (isText(growth)) return void fail(growth);
    if (growth !== undefined && growth < -1) {
      return void fail(msg('de groei kan niet lager zijn dan −100% per jaar.', 'growth cannot be below −100% a year.'));
    }

    const line: PastedLine = { name, kind, ...cost };
    const group = cell('group');
    const organisation = cell('organisation');
    const taakveld = taakveldFromInput(cell('taakveld'));
    const notes = cell('notes');
    if (group) line.group = group;
    if (organisation) line.organisation = organisation;
    if (taakveld) line.taakveld = taakveld;
    if (wageShare !== undefined) line.wageShare = wageShare;
    if (growth !== undefined) line.volumeGrowth = growth;
    if (notes) line.notes = notes;
    result.lines.push({ row, line });
  });
  return result;
}
