// The printable summary as one self-contained HTML document (inline CSS, the chart as inline
// SVG, no script, no remote anything), A4 portrait: what the command line prints with Chromium
// (page.setContent + page.pdf) and the desktop app prints with Electron's printToPDF. It is
// laid out to fit one page for an ordinary scenario, two at most for a long one.
import { savingsChartSvg, escapeXml } from './chart-svg';
import { catalogue } from '../i18n/text';
import { keepAmountsTogether } from '../format/money';
import type { ExportSummary } from './summary';
import {
  balanceTextTable,
  incidentalTextTable,
  measureTags,
  organisationHeading,
  organisationTextTable,
  paybackLine,
  pmTextTable,
  yearTextTable,
  type TextTable,
} from './tables';

export const PDF_MIME = 'application/pdf';

/** Page margins, also what a printToPDF / page.pdf caller passes (CSS @page sets the same). */
export const PAGE_MARGINS_MM = { top: 10, right: 12, bottom: 13, left: 12 } as const;
/** A4 width less the side margins, in CSS pixels (96 per inch). */
export const CONTENT_WIDTH_PX = Math.floor(((210 - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right) / 25.4) * 96);

/** Year columns per table: a long horizon is printed as several tables under one another. */
const YEARS_PER_TABLE = { euro: 8, thousand: 11 } as const;

const esc = escapeXml;

const CSS = `
@page { size: A4 portrait; margin: ${PAGE_MARGINS_MM.top}mm ${PAGE_MARGINS_MM.right}mm ${PAGE_MARGINS_MM.bottom}mm ${PAGE_MARGINS_MM.left}mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #1a1a1a; background: #fff;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif;
  font-size: 8.1pt; line-height: 1.25; }
.page { width: 100%; }
header.doc { border-bottom: 2px solid #0b4f7c; padding-bottom: 4pt; margin-bottom: 5pt; }
.kicker { display: flex; justify-content: space-between; gap: 12pt; font-size: 8pt; color: #0b4f7c;
  text-transform: uppercase; letter-spacing: 0.06em; font-weight: 600; }
h1 { font-size: 16pt; line-height: 1.15; margin: 2pt 0 1pt; font-weight: 700; color: #111; }
.meta { color: #444; font-size: 8.4pt; }
h2 { font-size: 10pt; margin: 6pt 0 2pt; color: #0b4f7c; break-after: avoid; page-break-after: avoid; }
.figures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6pt; margin: 4pt 0 0; }
.figure { border: 1px solid #c9d6e2; border-left: 4px solid #0b4f7c; border-radius: 2pt; padding: 3pt 7pt 4pt; background: #f5f8fb; }
.figure .label { font-size: 8pt; color: #333; }
.figure .value { font-size: 14pt; font-weight: 700; font-variant-numeric: tabular-nums; white-space: nowrap; }
.figure.short { border-left-color: #b3261e; }
.figure.met { border-left-color: #1b7a3d; }
.figure .status { font-size: 11pt; font-weight: 700; }
.figure .detail { font-size: 9pt; font-weight: 600; font-variant-numeric: tabular-nums; }
.figure.short .status { color: #b3261e; }
.figure.met .status { color: #1b7a3d; }
.chart { margin: 2pt 0 0; break-inside: avoid; page-break-inside: avoid; }
.chart svg { display: block; width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; break-inside: auto; table-layout: fixed; }
caption { caption-side: top; text-align: left; font-size: 7.6pt; color: #555; padding-bottom: 2pt; }
th, td { padding: 1pt 4pt; border-bottom: 0.5pt solid #d5dde5; vertical-align: top; }
thead th { border-bottom: 1pt solid #0b4f7c; font-weight: 600; color: #222; background: #eef3f8; vertical-align: bottom; }
thead th.num { white-space: normal; }
th.num, td.num { text-align: right; white-space: nowrap; }
th.label, td.label { text-align: left; }
tr { break-inside: avoid; page-break-inside: avoid; }
tr.strong > * { font-weight: 700; background: #f3f6f9; }
tr.total > * { font-weight: 700; border-top: 1pt solid #333; border-bottom: 1pt solid #333; }
tr.heading td { font-style: italic; color: #555; padding-top: 3pt; border-bottom: none; }
tr.measure td.label { padding-left: 12pt; }
.swatch { display: inline-block; width: 7pt; height: 7pt; margin-right: 4pt; vertical-align: -0.5pt; border-radius: 1pt; }
.tables + .tables { margin-top: 4pt; }
ol.measures { margin: 0; padding: 0; list-style: none; }
ol.measures li { padding: 1.5pt 0 2pt; border-bottom: 0.5pt solid #e3e8ed; break-inside: avoid; page-break-inside: avoid; }
ol.measures .name { font-weight: 700; }
ol.measures .off { color: #666; }
ol.measures .off .name { font-weight: 600; }
ol.measures .tag { font-size: 7.4pt; border: 0.5pt solid #999; border-radius: 2pt; padding: 0 3pt; margin-left: 4pt; color: #555; font-weight: 400; }
ol.measures .notes { color: #555; font-size: 7.5pt; }
p.assumptions { margin: 0; }
p.assumptions b { font-weight: 600; }
p.assumptions .sep { color: #0b4f7c; }
footer.doc { margin-top: 8pt; padding-top: 3pt; border-top: 0.5pt solid #bbb; color: #666; font-size: 7.4pt; }
.keep { break-inside: avoid; page-break-inside: avoid; }
@media screen { body { background: #e9ecef; } .page { width: 210mm; margin: 12px auto; padding: ${PAGE_MARGINS_MM.top}mm ${PAGE_MARGINS_MM.right}mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); } }
`;

/** What the version-2 sections add (#20); only in a document that has them, so a version-1 summary prints as before. */
const BUDGET_CSS = `
.figures.four { grid-template-columns: repeat(4, 1fr); }
.figures.four .value { font-size: 12.5pt; }
th.text, td.text { text-align: left; }
td.label .note, th.label .note { font-weight: 400; color: #555; font-size: 7.3pt; }
p.note { margin: 2pt 0 0; color: #444; font-size: 7.6pt; }
ul.warnings { margin: 0; padding-left: 12pt; }
ul.warnings li { padding: 1pt 0; break-inside: avoid; page-break-inside: avoid; }
`;

function slices<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

/** A table as HTML; `columns` limits which data columns (by index) are shown. */
export function htmlTable(
  table: TextTable,
  options: { columns?: number[]; caption?: string; labelWidth?: string; textWidths?: string[] } = {},
): string {
  const cols = options.columns ?? table.header.map((_, i) => i);
  const textWidth = (i: number) => (options.textWidths?.[i] ? ` style="width:${options.textWidths[i]}"` : '');
  const textHead = (table.textHeader ?? []).map((h, i) => `<th class="text" scope="col"${textWidth(i)}>${esc(h)}</th>`).join('');
  const head = `<thead><tr><th class="label" scope="col"${options.labelWidth ? ` style="width:${options.labelWidth}"` : ''}>${esc(table.corner)}</th>${textHead}${cols
    .map((c) => `<th class="num" scope="col">${esc(table.header[c] ?? '')}</th>`)
    .join('')}</tr></thead>`;
  const body = table.rows
    .map((row) => {
      const swatch = row.colour ? `<span class="swatch" style="background:${esc(row.colour)}"></span>` : '';
      const note = row.note ? ` <span class="note">${esc(row.note)}</span>` : '';
      const texts = (table.textHeader ?? []).map((_, i) => `<td class="text">${esc(row.texts?.[i] ?? '')}</td>`).join('');
      const cells = cols.map((c) => `<td class="num">${esc(row.cells[c] ?? '')}</td>`).join('');
      const tag = row.style === 'heading' || row.style === 'plain' || row.style === 'measure' ? 'td' : 'th';
      const label = tag === 'th' ? `<th class="label" scope="row">${swatch}${esc(row.label)}${note}</th>` : `<td class="label">${swatch}${esc(row.label)}${note}</td>`;
      return `<tr class="${row.style}">${label}${texts}${cells}</tr>`;
    })
    .join('');
  const caption = options.caption ? `<caption>${esc(options.caption)}</caption>` : '';
  return `<table>${caption}${head}<tbody>${body}</tbody></table>`;
}

function headlineHtml(summary: ExportSummary): string {
  const { headline, lang } = summary;
  const { status, verdict, net } = headline;
  const mark = status === 'short' ? '✗ ' : status === 'met' ? '✓ ' : '';
  const targetLabel = verdict.targetText ? `${headline.labels.target}: ${verdict.targetText}` : headline.labels.target;
  // With one-off costs (#20) a fourth figure: the net savings over the horizon and the payback year.
  const netFigure = net
    ? `\n<div class="figure"><div class="label">${esc(net.label)}</div><div class="value">${esc(net.text)}</div><div class="detail">${esc(net.detail)}</div></div>`
    : '';
  return `<section class="figures${net ? ' four' : ''}" aria-label="${esc(catalogue(lang).report.headline)}">
<div class="figure"><div class="label">${esc(headline.labels.savings)}</div><div class="value">${esc(headline.texts.savings)}</div></div>
<div class="figure"><div class="label">${esc(headline.labels.cumulative)}</div><div class="value">${esc(headline.texts.cumulative)}</div></div>${netFigure}
<div class="figure ${status}"><div class="label">${esc(targetLabel)}</div><div class="status">${mark}${esc(verdict.word)}</div>${
    verdict.detail ? `<div class="detail">${esc(verdict.detail)}</div>` : ''
  }</div>
</section>`;
}

function measuresHtml(summary: ExportSummary): string {
  const { lang } = summary;
  if (summary.measures.length === 0) return `<p>${esc(catalogue(lang).report.noMeasures)}</p>`;
  const items = summary.measures.map((m) => {
    const swatch = m.colour ? `<span class="swatch" style="background:${esc(m.colour)}"></span>` : '<span class="swatch" style="background:#fff;border:0.5pt solid #999"></span>';
    const off = measureTags(summary, m)
      .map((tag) => `<span class="tag">${esc(tag)}</span>`)
      .join('');
    const notes = m.notes ? ` <span class="notes">${esc(keepAmountsTogether(m.notes))}</span>` : '';
    return `<li class="${m.enabled ? 'on' : 'off'}">${swatch}<span class="name">${esc(m.name)}</span>${off} — ${esc(m.description)}.${notes}</li>`;
  });
  return `<ol class="measures">${items.join('')}</ol>`;
}

/** The assumptions as one run-in paragraph: they are context, and a list would take half a page. */
function assumptionsHtml(summary: ExportSummary): string {
  return `<p class="assumptions">${summary.assumptions.items
    .map((i) => `<span class="item"><b>${esc(i.label)}:</b> ${esc(i.text)}</span>`)
    .join('<span class="sep"> · </span>')}</p>`;
}

/** A complete print document: the page's head and style, a header, then `body` (HTML). */
export function printDocument(page: { lang: string; title: string; kicker: string; date: string; meta: string; body: string; css?: string }): string {
  return `<!doctype html>
<html lang="${esc(page.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(page.title)}</title>
<style>${CSS}${page.css ?? ''}</style>
</head>
<body>
<main class="page">
<header class="doc">
<div class="kicker"><span>${esc(page.kicker)}</span><span>${esc(page.date)}</span></div>
<h1>${esc(page.title)}</h1>
<div class="meta">${esc(page.meta)}</div>
</header>
${page.body}
</main>
</body>
</html>
`;
}

/** A section with its heading. */
export function printSection(heading: string, body: string, className = ''): string {
  return `<section${className ? ` class="${className}"` : ''}>\n<h2>${esc(heading)}</h2>\n${body}\n</section>`;
}

/**
 * A table of years, split into parts of at most so many years for a long horizon. A table with
 * text columns (the overview of incidental items) has fewer years per part, parts of even size
 * and one label width in every part, so its text columns stay in place from part to part.
 * `labelWidth` (a share of the page, in per cent) caps the label column; by default it narrows as
 * the years grow.
 */
export function yearTablesHtml(
  table: TextTable,
  unit: 'euro' | 'thousand',
  caption: string,
  options: { textWidths?: string[]; labelWidth?: number } = {},
): string {
  const texts = table.textHeader?.length ?? 0;
  const years = table.header.length;
  const most = YEARS_PER_TABLE[unit] - texts;
  const size = texts > 0 ? Math.ceil(years / Math.max(1, Math.ceil(years / most))) : most;
  const textShare = (options.textWidths ?? []).reduce((sum, w) => sum + parseFloat(w), 0);
  const labelWidth = (count: number) => `${Math.min(options.labelWidth ?? 58, Math.max(28 - texts * 2, 100 - count * 10 - textShare))}%`;
  const parts = slices(
    table.header.map((_, i) => i),
    size,
  );
  return parts
    .map(
      (cols, i) =>
        `<div class="tables">${htmlTable(table, {
          columns: cols,
          caption: i === 0 ? caption : undefined,
          labelWidth: labelWidth(texts > 0 ? size : cols.length),
          textWidths: options.textWidths,
        })}</div>`,
    )
    .join('');
}

/** The print layout: a complete HTML document. */
export function printHtml(summary: ExportSummary): string {
  const { lang } = summary;
  // The measure rows carry their colour and an indent; the heading row would only cost a line.
  const years = yearTextTable(summary, { measureHeading: false });
  const note = `${years.note}. ${catalogue(lang).report[summary.unit === 'euro' ? 'figuresNote' : 'figuresNoteThousand']}`;
  const orgs = organisationTextTable(summary);
  const meta = [
    summary.amountsLabel,
    `${catalogue(lang).report.baseYear} ${summary.baseYear}`,
    `${catalogue(lang).report.horizon.toLowerCase()} ${summary.span}`,
    summary.author ? `${catalogue(lang).report.authorLabel.toLowerCase()}: ${summary.author}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const chart = savingsChartSvg(summary, {
    width: CONTENT_WIDTH_PX,
    plotHeight: Math.round(CONTENT_WIDTH_PX * 0.15),
    fontSize: 10,
    unitLabel: summary.unit === 'thousand',
  });
  const body = [
    headlineHtml(summary),
    `<section class="chart" aria-label="${esc(catalogue(lang).report.chartTitle)}">\n<h2>${esc(catalogue(lang).report.chartTitle)}</h2>\n${chart}\n</section>`,
    printSection(catalogue(lang).report.perYear, yearTablesHtml(years, summary.unit, note)),
    ...budgetSections(summary),
    printSection(catalogue(lang).report.measures, measuresHtml(summary)),
    printSection(organisationHeading(summary), htmlTable(orgs, { caption: orgs.note, labelWidth: '36%' })),
    printSection(catalogue(lang).report.assumptions, assumptionsHtml(summary)),
  ].join('\n');
  const v2 = summary.budget.shown || summary.warnings.length > 0 || summary.pm.length > 0;
  return printDocument({
    lang,
    title: summary.title,
    kicker: [catalogue(lang).report.documentKind, summary.municipality].filter(Boolean).join(' · '),
    date: summary.dateText,
    meta,
    body,
    css: v2 ? BUDGET_CSS : undefined,
  });
}

/**
 * Version 2's sections (#20), each only when the scenario has it: the structural balance with the
 * payback year, the overview of incidental income and expenditure, the warnings, the PM items.
 */
function budgetSections(summary: ExportSummary): string[] {
  const words = catalogue(summary.lang).report.budget;
  const out: string[] = [];
  const balance = balanceTextTable(summary);
  if (balance) {
    const payback = paybackLine(summary);
    out.push(
      printSection(
        words.balanceTitle,
        yearTablesHtml(balance, summary.unit, `${balance.note}. ${words.balanceNote}.`) + (payback ? `<p class="note">${esc(payback)}.</p>` : ''),
        'keep',
      ),
    );
  }
  const overview = incidentalTextTable(summary);
  if (overview) {
    out.push(printSection(words.overviewTitle, yearTablesHtml(overview, summary.unit, `${overview.note}. ${words.overviewNote}.`, { textWidths: ['11%', '18%'] })));
  }
  if (summary.warnings.length > 0) {
    out.push(printSection(words.warningsTitle, `<ul class="warnings">${summary.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>`));
  }
  const pm = pmTextTable(summary);
  if (pm) out.push(printSection(words.pmTitle, htmlTable(pm, { caption: `${pm.note}.`, labelWidth: '40%', textWidths: ['35%'] }), 'keep'));
  return out;
}

/**
 * The page footer for Chromium's page.pdf / Electron's printToPDF (displayHeaderFooter): the
 * title and "Pagina 1 van 2". The template has its own tiny document, so it sets its font.
 */
export function printFooterTemplate(summary: Pick<ExportSummary, 'lang' | 'title'>): string {
  const of = catalogue(summary.lang).report.pageOf;
  return `<div style="width:100%;font-family:system-ui,'Liberation Sans',Arial,sans-serif;font-size:7pt;color:#777;padding:0 ${PAGE_MARGINS_MM.left}mm;display:flex;justify-content:space-between"><span>${esc(summary.title)} · ${esc(catalogue(summary.lang).report.madeWith)}</span><span>${esc(catalogue(summary.lang).report.page)} <span class="pageNumber"></span> ${of} <span class="totalPages"></span></span></div>`;
}

/** A CSS string, quoted; quotes, backslashes, line breaks and angle brackets escaped (it sits in a <style>). */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * The footer of printFooterTemplate as CSS page-margin boxes, for a browser's own print dialog,
 * which takes no footer template: the same words in the same place. A page with margin boxes also
 * gets none of the browser's own headers and footers (date, address, "about:srcdoc").
 */
export function printFooterCss(page: Pick<ExportSummary, 'lang' | 'title'>): string {
  const words = catalogue(page.lang).report;
  const font = "font-family: system-ui, 'Liberation Sans', Arial, sans-serif; font-size: 7pt; color: #777;";
  return `@page {
  @bottom-left { content: ${cssString(`${page.title} · ${words.madeWith}`)}; ${font} text-align: left; vertical-align: middle; }
  @bottom-right { content: ${cssString(`${words.page} `)} counter(page) ${cssString(` ${words.pageOf} `)} counter(pages); ${font} text-align: right; vertical-align: middle; }
}`;
}

/** A print document (printHtml, comparisonPrintHtml) with its footer in its own CSS: what the browser version prints. */
export function withPrintFooter(html: string, page: Pick<ExportSummary, 'lang' | 'title'>): string {
  return html.replace('</head>', () => `<style>${printFooterCss(page)}</style>\n</head>`);
}
