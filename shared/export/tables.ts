// The tables that the printed summary, the Markdown and the app's preview show, as text cells
// from the summary model: one place decides which rows and columns there are and how each cell
// is written, so the three agree to the character.
import { formatMoney, formatPercent, formatYear, moneyUnitLabel } from '../format/money';
import { catalogue } from '../i18n/text';
import type { ExportSummary, SummaryBudgetRow, SummaryMeasure } from './summary';

export type RowStyle = 'plain' | 'strong' | 'heading' | 'measure' | 'total';

export interface TextRow {
  label: string;
  cells: string[];
  style: RowStyle;
  /** For a measure row: its chart colour. */
  colour?: string | null;
  /** Words after the label, shown smaller (a one-off cost's notes). */
  note?: string | null;
  /** The cells of the text columns (`TextTable.textHeader`), between the label and the figures. */
  texts?: string[];
}

export interface TextTable {
  /** The column headings after the label column. */
  header: string[];
  /** Text columns between the label and the figures, when the table has them. */
  textHeader?: string[];
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

/**
 * The overview of incidental income and expenditure (BBV): the incidental measures' savings
 * (baten) with their total, savings.incidental; the one-off costs per measure and kind (lasten)
 * with their total, savings.oneOffCosts. Per row the measure's nature and the kind. Null when the
 * scenario has neither.
 */
export function incidentalTextTable(summary: ExportSummary): TextTable | null {
  const budget = summary.budget;
  if (!budget.incidental && !budget.oneOff) return null;
  const words = catalogue(summary.lang).report.budget;
  const blank = summary.years.map(() => '');
  const rows: TextRow[] = [];
  const block = (heading: string, part: { rows: SummaryBudgetRow[]; total: number[] } | null, totalLabel: string) => {
    if (!part) return;
    rows.push({ label: heading, cells: blank, style: 'heading', texts: ['', ''] });
    for (const r of part.rows) {
      rows.push({ label: r.name, note: r.notes, cells: r.values.map((v) => money(summary, v)), style: 'plain', texts: [r.natureLabel, r.kindLabel] });
    }
    rows.push({ label: totalLabel, cells: part.total.map((v) => money(summary, v)), style: 'total', texts: ['', ''] });
  };
  block(words.incidentalBlock, budget.incidental, words.incidentalTotal);
  block(words.oneOffBlock, budget.oneOff, words.oneOffTotal);
  return { corner: words.measure, textHeader: [words.nature, words.kind], header: summary.years.map(formatYear), rows, note: summary.amountsLabel };
}

/**
 * The structural balance per year: savings, of which incidental, structural savings; against the
 * target the structural gap and "ja/nee"; with one-off costs the net savings and their running
 * total. Rows only for what the scenario has; null when it has neither incidental measures nor
 * one-off costs.
 */
export function balanceTextTable(summary: ExportSummary): TextTable | null {
  const budget = summary.budget;
  if (!budget.shown) return null;
  const { lang } = summary;
  const words = catalogue(lang).report.budget;
  const b = budget.balance;
  const rows: TextRow[] = [];
  const moneyRow = (label: string, values: readonly (number | null)[], style: RowStyle = 'plain', signed = false) =>
    rows.push({ label, cells: values.map((v) => money(summary, v, signed)), style });
  moneyRow(words.savings, b.savings);
  if (budget.incidental) {
    moneyRow(words.incidentalOf, b.incidental);
    moneyRow(words.structural, b.structural, 'strong');
  }
  if (b.target && b.structuralGap && b.structurallyMet) {
    moneyRow(words.target, b.target);
    moneyRow(words.structuralGap, b.structuralGap, 'strong', true);
    rows.push({
      label: words.structurallyMet,
      cells: b.structurallyMet.map((met) => (met === null ? catalogue(lang).report.unknown : met ? words.yes : words.no)),
      style: 'plain',
    });
  }
  if (budget.oneOff) {
    moneyRow(words.oneOffCosts, b.oneOffCosts);
    moneyRow(words.net, b.net, 'strong');
    moneyRow(words.netCumulative, b.netCumulative);
  }
  return { corner: '', header: summary.years.map(formatYear), rows, note: summary.amountsLabel };
}

/** The payback year in a sentence ("Terugverdienjaar: 2025, …"), when the scenario has one-off costs; else null. */
export function paybackLine(summary: ExportSummary): string | null {
  if (!summary.budget.oneOff) return null;
  return `${catalogue(summary.lang).report.budget.paybackYear}: ${summary.budget.paybackText}`;
}

/** The PM lines and measures: name, what it is, "PM". Null when there are none. */
export function pmTextTable(summary: ExportSummary): TextTable | null {
  if (summary.pm.length === 0) return null;
  const words = catalogue(summary.lang).report.budget;
  const pm = catalogue(summary.lang).glossary.budget.pm;
  return {
    corner: catalogue(summary.lang).report.description,
    textHeader: [words.kind],
    header: [words.amount],
    rows: summary.pm.map((item) => ({ label: item.name, texts: [item.what], cells: [pm], style: 'plain' })),
    note: words.pmNote,
  };
}

/** What a measure in the list is tagged with: switched off, PM (version 2), incidental (version 2). */
export function measureTags(summary: ExportSummary, m: SummaryMeasure): string[] {
  const { report, glossary } = catalogue(summary.lang);
  const tags = [
    m.enabled ? null : report.disabled,
    m.pm ? glossary.budget.pm : null,
    m.enabled && !m.pm && m.nature === 'incidental' ? glossary.budget.nature.incidental : null,
  ];
  return tags.filter((tag): tag is string => tag !== null);
}
