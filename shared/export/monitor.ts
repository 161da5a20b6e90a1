// The realisation monitor as a document for the council (#22): Markdown, a print layout for the
// PDF, and an XLSX, all from one model (shared/monitor/monitor.ts) and one set of tables here,
// so the three agree to the euro. `vcp export FILE --format monitor-pdf|monitor-xlsx|monitor-md`.
import type { Workbook } from 'exceljs';
import { formatDate } from '../format/date';
import { formatMoney, formatYear } from '../format/money';
import type { Lang } from '../i18n/languages';
import { catalogue } from '../i18n/text';
import type { Monitor, MonitorMeasure, TrafficLight } from '../monitor/monitor';
import { printDocument, printFooterTemplate, printSection, yearTablesHtml } from './print-html';
import type { TextRow, TextTable } from './tables';
import { NUMBER_FORMATS, type ExcelModule } from './xlsx';

export interface MonitorDocument {
  monitor: Monitor;
  lang: Lang;
  /** The date the document is made, YYYY-MM-DD. */
  date: string;
  municipality?: string;
}

const money = (lang: Lang, v: number | null): string => (v === null ? catalogue(lang).monitor.notReported : formatMoney(v, { lang, symbol: false }));

/** A light in words with its share of plan ("groen (96%)"), or the "not reported" mark. */
export function lightText(lang: Lang, m: MonitorMeasure, yi: number): string {
  const light = m.light[yi] ?? null;
  const realised = m.realised[yi] ?? null;
  if (light === null || realised === null) return catalogue(lang).monitor.notReported;
  return catalogue(lang).monitor.lightWithShare(catalogue(lang).monitor.light[light], realised / (m.planned[yi] as number));
}

/** The totals per year as a table. */
export function monitorSummaryTable(doc: MonitorDocument): TextTable {
  const { monitor: m, lang } = doc;
  const w = catalogue(lang).monitor;
  const row = (label: string, values: readonly (number | null)[], style: TextRow['style'] = 'plain'): TextRow => ({
    label,
    cells: values.map((v) => money(lang, v)),
    style,
  });
  return {
    corner: w.corner,
    header: m.years.map((y) => formatYear(y)),
    note: w.unitNote,
    rows: [
      row(w.rows.planned, m.totals.planned, 'strong'),
      row(w.rows.riskWeighted, m.totals.riskWeighted),
      row(w.rows.realised, m.totals.realised, 'strong'),
      row(w.rows.plannedReported, m.totals.plannedReported),
      row(w.rows.short, m.totals.short),
      row(w.rows.surplus, m.totals.surplus),
      row(w.rows.uncovered, m.totals.uncovered, 'total'),
    ],
  };
}

/** Per measure: a heading row with its status, then planned, realised and the signal per year. */
export function monitorMeasureTable(doc: MonitorDocument): TextTable {
  const { monitor: m, lang } = doc;
  const w = catalogue(lang).monitor;
  const rows: TextRow[] = [];
  for (const measure of m.measures) {
    rows.push({ label: w.measureLabel(measure.name, w.status[measure.status], measure.counts), cells: m.years.map(() => ''), style: 'heading' });
    rows.push({ label: w.rows.measurePlanned, cells: measure.planned.map((v) => money(lang, v)), style: 'measure' });
    rows.push({ label: w.rows.measureRealised, cells: measure.realised.map((v) => money(lang, v)), style: 'measure' });
    rows.push({ label: w.rows.measureLight, cells: m.years.map((_, yi) => lightText(lang, measure, yi)), style: 'measure' });
  }
  return { corner: w.measureCorner, header: m.years.map((y) => formatYear(y)), note: w.unitNote, rows };
}

function markdownTable(t: TextTable): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const head = `| ${cell(t.corner)} | ${t.header.map(cell).join(' | ')} |`;
  const rule = `|---|${t.header.map(() => '---:').join('|')}|`;
  const body = t.rows.map((r) => {
    const label = r.style === 'strong' || r.style === 'total' || r.style === 'heading' ? `**${cell(r.label)}**` : cell(r.label);
    return `| ${label} | ${r.cells.map(cell).join(' | ')} |`;
  });
  return [head, rule, ...body].join('\n');
}

export function monitorMarkdown(doc: MonitorDocument): string {
  const { monitor: m, lang } = doc;
  const w = catalogue(lang).monitor;
  const parts = [`# ${w.title(m.title)}`, '', `${w.documentKind} · ${formatDate(doc.date, { lang })} · ${w.meta(m.lastReportedYear)}`, ''];
  parts.push(`## ${w.summaryHeading}`, '', `${w.unitNote}.`, '', markdownTable(monitorSummaryTable(doc)), '');
  parts.push(`## ${w.measuresHeading}`, '');
  if (m.measures.length === 0) parts.push(w.noMeasures, '');
  else parts.push(markdownTable(monitorMeasureTable(doc)), '', w.lights(m.lights.green, m.lights.orange, m.lights.red), '');
  parts.push(`## ${w.howHeading}`, '', w.how, '');
  return parts.join('\n');
}

export function monitorPrintHtml(doc: MonitorDocument): string {
  const { monitor: m, lang } = doc;
  const w = catalogue(lang).monitor;
  const summary = monitorSummaryTable(doc);
  const measures = monitorMeasureTable(doc);
  const body = [
    printSection(w.summaryHeading, yearTablesHtml(summary, 'euro', `${w.unitNote}.`)),
    printSection(
      w.measuresHeading,
      m.measures.length === 0 ? `<p>${escapeHtml(w.noMeasures)}</p>` : `${yearTablesHtml(measures, 'euro', `${w.unitNote}.`)}<p>${escapeHtml(w.lights(m.lights.green, m.lights.orange, m.lights.red))}</p>`,
    ),
    printSection(w.howHeading, `<p>${escapeHtml(w.how)}</p>`),
  ].join('\n');
  return printDocument({
    lang,
    title: w.title(m.title),
    kicker: [w.documentKind, doc.municipality].filter(Boolean).join(' · '),
    date: formatDate(doc.date, { lang }),
    meta: w.meta(m.lastReportedYear),
    body,
  });
}

export function monitorFooterTemplate(doc: MonitorDocument): string {
  return printFooterTemplate({ lang: doc.lang, title: catalogue(doc.lang).monitor.title(doc.monitor.title) });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const LIGHT_FILL: Record<TrafficLight, string> = { green: 'FFC6EFCE', orange: 'FFFFEB9C', red: 'FFFFC7CE' };

/** The monitor as a workbook: the totals per year, then per measure planned, realised, share and signal (numbers, not text). */
export function buildMonitorWorkbook(excel: ExcelModule, doc: MonitorDocument): Workbook {
  const { monitor: m, lang } = doc;
  const w = catalogue(lang).monitor;
  const wb = new excel.Workbook();
  wb.creator = catalogue(lang).report.madeWith;
  wb.title = w.title(m.title);
  const sheet = wb.addWorksheet(w.sheet, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sheet.addRow([w.corner, ...m.years]).font = { bold: true };
  const numbers = (label: string, values: readonly (number | null)[], bold = false) => {
    const r = sheet.addRow([label, ...values.map((v) => (v === null ? null : v))]);
    if (bold) r.font = { bold: true };
    for (let c = 2; c <= m.years.length + 1; c++) r.getCell(c).numFmt = NUMBER_FORMATS.euro;
    return r;
  };
  numbers(w.rows.planned, m.totals.planned, true);
  numbers(w.rows.riskWeighted, m.totals.riskWeighted);
  numbers(w.rows.realised, m.totals.realised, true);
  numbers(w.rows.plannedReported, m.totals.plannedReported);
  numbers(w.rows.short, m.totals.short);
  numbers(w.rows.surplus, m.totals.surplus);
  numbers(w.rows.uncovered, m.totals.uncovered, true);
  sheet.addRow([]);
  sheet.addRow([w.measuresHeading]).font = { bold: true };
  for (const measure of m.measures) {
    sheet.addRow([w.measureLabel(measure.name, w.status[measure.status], measure.counts)]).font = { bold: true };
    numbers(`  ${w.rows.measurePlanned}`, measure.planned);
    numbers(`  ${w.rows.measureRealised}`, measure.realised);
    const signal = sheet.addRow([`  ${w.rows.measureLight}`, ...m.years.map((_, yi) => (measure.light[yi] ? w.light[measure.light[yi] as TrafficLight] : null))]);
    measure.light.forEach((l, yi) => {
      if (l === null) return;
      signal.getCell(yi + 2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LIGHT_FILL[l] } };
    });
  }
  sheet.addRow([]);
  sheet.addRow([w.how]);
  sheet.getColumn(1).width = 48;
  for (let c = 2; c <= m.years.length + 1; c++) sheet.getColumn(c).width = 14;
  return wb;
}

export async function writeMonitorXlsx(excel: ExcelModule, doc: MonitorDocument): Promise<Uint8Array> {
  const buffer = await buildMonitorWorkbook(excel, doc).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
