// The tables that the printed summary, the Markdown and the app's preview show, as text cells
// from the summary model: one place decides which rows and columns there are and how each cell
// is written, so the three agree to the character.
import { formatMoney, formatPercent, formatYear, moneyUnitLabel } from '../format/money';
import { catalogue } from '../i18n/text';
import type { ExportSummary } from './summary';

export type RowStyle = 'plain' | 'strong' | 'heading' | 'measure' | 'total';

export interface TextRow {
  label: string;
  cells: string[];
  style: RowStyle;
  /** For a measure row: its chart colour. */
  colour?: string | null;
}

export interface TextTable {
  /** The column headings after the label column. */
  header: string[];
  /** The label column's heading. */
  corner: string;
  rows: TextRow[];
  /** e.g. "Bedragen in euro" / "Bedragen × € 1.000". */
  note: string;
}

function money(summary: ExportSummary, value: number | null, signed = false): string {
  if (value === null) return catalogue(summary.lang).report.unknown;
  return formatMoney(value, { lang: summary.lang, unit: summary.unit, symbol: false, sign: signed ? 'always' : 'auto' });
}


/** The year table: baseline, scenario, savings, cumulative, per measure, target, gap. */
export function yearTextTable(summary: ExportSummary, options: { measureHeading?: boolean } = {}): TextTable {
  const { lang } = summary;
  const rows: TextRow[] = [];
  const measures = summary.measures.filter((m) => m.enabled);
  for (const row of summary.yearRows) {
    if (row.kind === 'measure') {
      const colour = measures.find((m) => m.id === row.measureId)?.colour ?? null;
      rows.push({ label: row.label, cells: row.values.map((v) => money(summary, v)), style: 'measure', colour });
      continue;
    }
    const strong = row.kind === 'savings' || row.kind === 'gap';
    rows.push({
      label: row.label,
      cells: row.values.map((v) => money(summary, v, row.kind === 'gap')),
      style: strong ? 'strong' : 'plain',
    });
    if (row.kind === 'cumulative' && options.measureHeading !== false) {
      rows.push({
        label: catalogue(lang).report.perMeasure,
        cells: summary.years.map(() => ''),
        style: 'heading',
      });
      if (measures.length === 0) rows.push({ label: catalogue(lang).report.noMeasures, cells: summary.years.map(() => ''), style: 'measure' });
    }
  }
  return { header: summary.years.map(formatYear), corner: '', rows, note: summary.amountsLabel };
}

/**
 * Per organisation, the last year (baseline, scenario, change, change %) and the change over the
 * horizon; then the fixed amounts and the total, so the table adds up to the year table.
 */
export function organisationTextTable(summary: ExportSummary): TextTable {
  const { lang, organisations } = summary;
  const last = summary.years.length - 1;
  const year = summary.headline.year;
  const pct = (f: number | null) => (f === null ? catalogue(lang).report.unknown : formatPercent(f, { lang, digits: 1, sign: 'always' }));
  const at = (values: readonly number[]) => values[last] ?? 0;
  const rows: TextRow[] = organisations.rows.map((o) => ({
    label: o.label,
    cells: [
      money(summary, at(o.baseline)),
      money(summary, at(o.scenario)),
      money(summary, at(o.change), true),
      pct(o.changeFractionLast),
      money(summary, o.changeTotal, true),
    ],
    style: 'plain',
  }));
  if (organisations.fixed) {
    const fixedTotal = organisations.fixed.reduce((a, b) => a + b, 0);
    rows.push({
      label: catalogue(lang).report.fixedRow,
      cells: ['', money(summary, at(organisations.fixed)), money(summary, at(organisations.fixed), true), '', money(summary, fixedTotal, true)],
      style: 'plain',
    });
  }
  const baseLast = at(organisations.baselineTotal);
  const scenLast = at(organisations.scenarioTotal);
  rows.push({
    label: catalogue(lang).report.orgTotal,
    cells: [
      money(summary, baseLast),
      money(summary, scenLast),
      money(summary, scenLast - baseLast, true),
      pct(organisations.changeFractionLast),
      money(summary, organisations.changeTotal, true),
    ],
    style: 'total',
  });
  return {
    corner: catalogue(lang).report[organisations.by === 'line' ? 'line' : 'organisation'],
    header: [
      catalogue(lang).report.baselineIn(year),
      catalogue(lang).report.scenarioIn(year),
      catalogue(lang).report.changeIn(year),
      catalogue(lang).report.changePercent,
      catalogue(lang).report.changeSpan(summary.span),
    ],
    rows,
    note: summary.amountsLabel,
  };
}

/** "€" or "× € 1.000", for a column header. */
export function unitNote(summary: ExportSummary): string {
  return moneyUnitLabel(summary.lang, summary.unit);
}

/** "Per organisatie", or "Per regel" where no line names an organisation. */
export function organisationHeading(summary: ExportSummary): string {
  return catalogue(summary.lang).report[summary.organisations.by === 'line' ? 'perLine' : 'perOrganisation'];
}
