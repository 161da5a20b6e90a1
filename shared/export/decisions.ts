// The decision log (besluitenlijst, #22 item 3) as an annex to the council proposal: Markdown, a
// print layout for the PDF, and an XLSX, all from one table here, so the three say the same.
// `vcp export FILE --format decisions-pdf|decisions-xlsx|decisions-md`, and the app's export dialog.
import type { Workbook } from 'exceljs';
import { formatDate, formatDateTime } from '../format/date';
import type { Lang } from '../i18n/languages';
import { catalogue } from '../i18n/text';
import type { Decision } from '../scenario/schema';
import { escapeXml } from './chart-svg';
import { printDocument, printFooterTemplate, printSection } from './print-html';
import type { ExcelModule } from './xlsx';

export interface DecisionsDocument {
  /** The scenario's title. */
  title: string;
  decisions: readonly Decision[];
  lang: Lang;
  /** The date the document is made, YYYY-MM-DD. */
  date: string;
  municipality?: string;
  /** The zone the times are written in; default the machine's own. */
  timeZone?: string;
}

/** One decision as its row: every cell text, a blank reason or name as the "missing" mark. */
export interface DecisionRow {
  number: string;
  at: string;
  change: string;
  reason: string;
  by: string;
}

export function decisionRows(doc: DecisionsDocument): DecisionRow[] {
  const w = catalogue(doc.lang).decisions;
  const orMissing = (s: string | undefined) => (s?.trim() ? s.trim() : w.missing);
  return doc.decisions.map((d, i) => ({
    number: String(i + 1),
    at: formatDateTime(d.at, { lang: doc.lang, style: 'short', timeZone: doc.timeZone }),
    change: d.change,
    reason: orMissing(d.reason),
    by: orMissing(d.by),
  }));
}

const COLUMNS = ['number', 'at', 'change', 'reason', 'by'] as const;

function header(lang: Lang): string[] {
  const c = catalogue(lang).decisions.columns;
  return COLUMNS.map((k) => c[k]);
}

export function decisionsMarkdown(doc: DecisionsDocument): string {
  const w = catalogue(doc.lang).decisions;
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const parts = [`# ${w.title(doc.title)}`, '', `${[w.annex, doc.municipality].filter(Boolean).join(' · ')} · ${formatDate(doc.date, { lang: doc.lang })} · ${w.meta(doc.decisions.length)}`, ''];
  parts.push(`## ${w.heading}`, '');
  if (doc.decisions.length === 0) parts.push(w.none, '');
  else {
    parts.push(`| ${header(doc.lang).map(cell).join(' | ')} |`, `|---:|---|---|---|---|`);
    for (const r of decisionRows(doc)) parts.push(`| ${COLUMNS.map((k) => cell(r[k])).join(' | ')} |`);
    parts.push('');
  }
  parts.push(`## ${w.howHeading}`, '', w.how, '');
  return parts.join('\n');
}

/** Column widths of the printed table: the change and the reason get the room. */
const PRINT_WIDTHS = ['5%', '19%', '30%', '30%', '16%'];

export function decisionsPrintHtml(doc: DecisionsDocument): string {
  const w = catalogue(doc.lang).decisions;
  const esc = escapeXml;
  const table =
    doc.decisions.length === 0
      ? `<p>${esc(w.none)}</p>`
      : `<table><colgroup>${PRINT_WIDTHS.map((width) => `<col style="width:${width}">`).join('')}</colgroup><thead><tr>${header(doc.lang)
          .map((h) => `<th class="label" scope="col">${esc(h)}</th>`)
          .join('')}</tr></thead><tbody>${decisionRows(doc)
          .map((r) => `<tr>${COLUMNS.map((k) => (k === 'number' ? `<th class="label" scope="row">${esc(r[k])}</th>` : `<td class="label">${esc(r[k])}</td>`)).join('')}</tr>`)
          .join('')}</tbody></table>`;
  return printDocument({
    lang: doc.lang,
    title: w.title(doc.title),
    kicker: [w.annex, doc.municipality].filter(Boolean).join(' · '),
    date: formatDate(doc.date, { lang: doc.lang }),
    meta: w.meta(doc.decisions.length),
    body: [printSection(w.heading, table), printSection(w.howHeading, `<p>${esc(w.how)}</p>`)].join('\n'),
  });
}

export function decisionsFooterTemplate(doc: DecisionsDocument): string {
  return printFooterTemplate({ lang: doc.lang, title: catalogue(doc.lang).decisions.title(doc.title) });
}

/** The decision log as a workbook: one sheet, a row per decision, the texts wrapped. */
export function buildDecisionsWorkbook(excel: ExcelModule, doc: DecisionsDocument): Workbook {
  const w = catalogue(doc.lang).decisions;
  const wb = new excel.Workbook();
  wb.creator = catalogue(doc.lang).report.madeWith;
  wb.title = w.title(doc.title);
  const sheet = wb.addWorksheet(w.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header(doc.lang)).font = { bold: true };
  for (const r of decisionRows(doc)) {
    const row = sheet.addRow([Number(r.number), r.at, r.change, r.reason, r.by]);
    row.alignment = { vertical: 'top', wrapText: true };
  }
  if (doc.decisions.length === 0) sheet.addRow([w.none]);
  [6, 18, 48, 48, 20].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  return wb;
}

export async function writeDecisionsXlsx(excel: ExcelModule, doc: DecisionsDocument): Promise<Uint8Array> {
  const buffer = await buildDecisionsWorkbook(excel, doc).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
