// Cells and columns of an imported table as both readers use them, the one of budget lines
// (read-lines.ts) and the one of the CBS open data layout (read-open-data.ts): a cell read as a
// number (a stored XLSX number, or text in the decimal style; an Excel error or a formula without
// a result is a problem, with the cell named), and the mapped columns with their scale.
import { readNumberText, type DecimalStyle } from '../format/read-number';
import { text as say, type Text } from '../i18n/text';
import { fieldLabel, type ImportField } from './fields';
import type { Mapping } from './mapping';
import { scaleInEffect, type Cell, type ImportSource } from './source';

const EXCEL_ERROR = /^#(REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

export type Read<T> = { ok: true; value: T } | { ok: false; problem: Text } | { ok: true; value: undefined };

export const isBlank = (c: Cell | undefined) => !c || c.spread === true || (c.text.trim() === '' && c.value === undefined && !c.missingResult);

/** A number cell: a stored XLSX number, or text in the decimal style. Percent: the value as a fraction. */
export function readNumber(cell: Cell | undefined, decimal: DecimalStyle, what: Text): Read<{ value: number; percent: boolean }> {
  if (isBlank(cell)) return { ok: true, value: undefined };
  const c = cell as Cell;
  if (c.missingResult) {
    return {
      ok: false,
      problem: say('importing.rows.formulaWithoutValue', what),
    };
  }
  if (c.value !== undefined) return { ok: true, value: { value: c.value, percent: c.percentFormat === true } };
  const text = c.text.trim();
  if (EXCEL_ERROR.test(text)) {
    return { ok: false, problem: say('importing.rows.excelError', what, text) };
  }
  const parsed = readNumberText(text, decimal);
  if (parsed) return { ok: true, value: parsed };
  const other = readNumberText(text, decimal === 'comma' ? 'point' : 'comma');
  return {
    ok: false,
    problem: other ? say('importing.rows.otherNotation', what, text, decimal) : say('importing.rows.notANumber', what, text, decimal),
  };
}

export const cents = (v: number) => Math.round(v * 100) / 100;
/** Undoes float noise from multiplying (1.1 × 1000) without rounding real decimals away. */
export const clean = (v: number) => Math.round(v * 1e6) / 1e6;


/**
 * The mapped columns of a table, as both readers use them: a field's column (-1 when none), its
 * label for messages (the heading, else the letter), the cell named for a problem, and the scale of
 * its amounts: a column's own unit ("Begroting 2024 x € 1.000") wins, else the table's (its
 * caption), or the one chosen.
 */
export function mappedColumns(source: ImportSource, mapping: Mapping, scale: number | undefined) {
  const columnOf = (field: ImportField) => mapping.indexOf(field);
  const label = (field: ImportField) => {
    const i = columnOf(field);
    return i >= 0 ? (source.columns[i]?.label ?? fieldLabel(field, 'en')) : undefined;
  };
  const what = (field: ImportField): Text => say('importing.rows.cell', field, label(field) ?? '');
  const tableScale = scaleInEffect(source.detection, scale);
  /** A column's own unit ("Begroting 2024 x € 1.000") wins; else the table's (its caption), or the chosen one. */
  const multiplierAt = (index: number) => {
    const column = source.columns[index];
    return column?.unitGiven ? column.multiplier : tableScale;
  };
  const multiplierOf = (field: ImportField) => multiplierAt(columnOf(field));
  return { columnOf, label, what, multiplierOf, multiplierAt };
}
