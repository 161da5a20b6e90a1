// A letter to one partner (#21 item 3): what the scenario means for that partner — the measures
// that touch it, its budget per year without and with measures, the cut in euros and per cent,
// from when, its notice period and any phase-out payment, its contact. The figures are the
// projection's per-organisation breakdown, never recomputed; the words come from the catalogue
// area `letter`. One model (buildLetter), one text (letterText), three writers: Markdown, the
// print HTML for a PDF (Chromium in the command line, printToPDF in the app), and Word.
import { decisionDateOf, DEFAULT_NOTICE_MONTHS, earliestYear, isLongStanding } from '../engine/warnings';
import type { Projection } from '../engine/types';
import { SCENARIO_SUFFIX, scenarioFileName } from '../files/file-names';
import { formatDate } from '../format/date';
import { formatMoney, formatPercent } from '../format/money';
import { localeOf, tagOf, type Lang } from '../i18n/languages';
import { catalogue } from '../i18n/text';
import { roundHalfAway } from '../numbers/apportion';
import { measuresTouching, partnersOf } from '../partners/organisations';
import { countsInProjection } from '../scenario/measure-facts';
import type { Scenario } from '../scenario/schema';
import { escapeXml } from './chart-svg';
import { describeMeasure } from './describe-measure';
import { docxDocument, type DocxBlock } from './docx';

export type LetterFormat = 'pdf' | 'md' | 'docx';
export const LETTER_FORMATS: readonly LetterFormat[] = ['pdf', 'md', 'docx'];
export const LETTER_MIME: Record<LetterFormat, string> = {
  pdf: 'application/pdf',
  md: 'text/markdown;charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface LetterYear {
  year: number;
  /** The partner's cost without measures (breakdown.organisation baseline), whole euros. */
  before: number;
  /** With measures (breakdown.organisation scenario). */
  after: number;
  /** before − after: positive is less money for the partner. */
  cut: number;
  /** cut / before; null where before is 0. */
  share: number | null;
}

export interface Letter {
  lang: Lang;
  /** The letter's date, YYYY-MM-DD. */
  date: string;
  organisation: string;
  contact: string | null;
  municipality: string | null;
  scenario: string;
  /** The council's decision, YYYY-MM-DD (decisionDate, else 1 July of the base year). */
  decisionDate: string;
  /** The switched-on measures that work on a line of the partner, in file order. */
  measures: { id: string; name: string; description: string; pm: boolean }[];
  years: LetterYear[];
  total: Omit<LetterYear, 'year'>;
  /** The first year the partner receives less; null when it never does. */
  firstCutYear: number | null;
  notice: { months: number; since: number | null; longStanding: boolean; earliestYear: number | null };
  /** The partner's lines that are PM (the projection's pm.lines): known, not yet in euros, counted as 0. */
  pmLines: string[];
  /** Afbouw one-off costs of those measures per year of the horizon (per measure and year rounded half away from zero, then summed), where not 0. */
  afbouw: { year: number; amount: number }[];
}

/** The partner's letter, or null when the scenario has no such partner. */
export function buildLetter(scenario: Scenario, projection: Projection, name: string, options: { lang: Lang; date: string }): Letter | null {
  const partner = partnersOf(scenario).find((o) => o.name === name);
  if (!partner) return null;
  const row = projection.breakdown.organisation.find((r) => r.key === name);
  const years: LetterYear[] = projection.years.map((year, i) => {
    const before = row?.baseline[i] ?? 0;
    const after = row?.scenario[i] ?? 0;
    return { year, before, after, cut: before - after, share: before === 0 ? null : (before - after) / before };
  });
  const before = years.reduce((s, y) => s + y.before, 0);
  const after = years.reduce((s, y) => s + y.after, 0);
  const touching = measuresTouching(scenario, name).filter((m) => m.enabled !== false);
  const afbouw = projection.years
    .map((year) => ({
      year,
      amount: touching
        .filter(countsInProjection)
        .reduce((sum, m) => sum + roundHalfAway((m.oneOffCosts ?? []).filter((c) => c.kind === 'afbouw').reduce((s, c) => s + (c.amounts[String(year)] ?? 0), 0)) + 0, 0),
    }))
    .filter((a) => a.amount !== 0);
  const decision = decisionDateOf(scenario);
  const months = partner.noticeMonths ?? DEFAULT_NOTICE_MONTHS;
  const longStanding = isLongStanding(partner, decision.year);
  return {
    lang: options.lang,
    date: options.date,
    organisation: name,
    contact: partner.contact?.trim() || null,
    municipality: scenario.municipality?.trim() || null,
    scenario: scenario.title,
    decisionDate: decision.iso,
    measures: touching.map((m) => ({
      id: m.id,
      name: m.name,
      pm: m.pm === true,
      description: m.pm === true ? '' : describeMeasure(m, scenario, options.lang),
    })),
    years,
    total: { before, after, cut: before - after, share: before === 0 ? null : (before - after) / before },
    firstCutYear: years.find((y) => y.cut > 0)?.year ?? null,
    notice: { months, since: partner.subsidisedSince ?? null, longStanding, earliestYear: longStanding ? earliestYear(decision, months) : null },
    afbouw,
    pmLines: scenario.lines.filter((l) => l.organisation === name && projection.pm.lines.includes(l.id)).map((l) => l.name),
  };
}

/** The letter's text as blocks, in the reader's language; the three writers lay these out. */
export type LetterBlock =
  | { kind: 'paragraph'; text: string; emphasis?: boolean }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; caption: string; header: string[]; rows: string[][]; total: string[] };

export interface LetterText {
  lang: Lang;
  sender: string;
  /** The partner, and the contact when there is one. */
  addressee: string[];
  /** The lines above the salutation: date (with its ISO date) and subject. */
  heads: { label: string; value: string; dateTime?: string }[];
  subject: string;
  salutation: string;
  blocks: LetterBlock[];
  closing: string;
  signature: string;
  footer: string;
}

export function letterText(letter: Letter): LetterText {
  const w = catalogue(letter.lang).letter;
  const { lang } = letter;
  const money = (v: number) => formatMoney(v, { lang });
  const share = (s: number | null) => (s === null ? w.noShare : formatPercent(s, { lang, digits: 1 }));
  const blocks: LetterBlock[] = [{ kind: 'paragraph', text: w.intro(letter.scenario, letter.decisionDate) }];
  if (letter.measures.length === 0) blocks.push({ kind: 'paragraph', text: w.noMeasures });
  else {
    blocks.push({ kind: 'paragraph', text: w.measuresIntro(letter.measures.length) });
    blocks.push({ kind: 'list', items: letter.measures.map((m) => (m.pm ? w.pm(m.name) : w.measure(m.name, m.description))) });
  }
  blocks.push({
    kind: 'table',
    caption: w.tableCaption,
    header: [w.year, w.before, w.after, w.cut, w.cutShare],
    rows: letter.years.map((y) => [String(y.year), money(y.before), money(y.after), money(y.cut), share(y.share)]),
    total: [w.total, money(letter.total.before), money(letter.total.after), money(letter.total.cut), share(letter.total.share)],
  });
  if (letter.pmLines.length > 0) blocks.push({ kind: 'paragraph', text: w.pmLines(letter.pmLines) });
  const cutAtAll = letter.years.some((y) => y.cut !== 0);
  blocks.push({ kind: 'paragraph', text: letter.firstCutYear !== null ? w.from(letter.firstCutYear) : cutAtAll ? w.more : w.noCut });
  const { notice } = letter;
  blocks.push({
    kind: 'paragraph',
    text:
      notice.longStanding && notice.since !== null && notice.earliestYear !== null
        ? w.noticeLong(notice.since, notice.months, letter.decisionDate, notice.earliestYear)
        : w.noticePlain(notice.months),
  });
  if (notice.earliestYear !== null && letter.firstCutYear !== null && letter.firstCutYear < notice.earliestYear) {
    blocks.push({ kind: 'paragraph', text: w.early(letter.firstCutYear, notice.earliestYear), emphasis: true });
  }
  if (letter.afbouw.length > 0) blocks.push({ kind: 'paragraph', text: w.afbouw(letter.afbouw.map((a) => w.afbouwItem(a.amount, a.year))) });
  blocks.push({ kind: 'paragraph', text: w.questions });
  const sender = w.sender(letter.municipality);
  return {
    lang: letter.lang,
    sender,
    addressee: [letter.organisation, ...(letter.contact ? [w.attention(letter.contact)] : [])],
    heads: [
      { label: w.date, value: formatDate(letter.date, { lang }), dateTime: letter.date },
      { label: w.subject, value: w.subjectText(letter.scenario) },
    ],
    subject: w.subjectText(letter.scenario),
    salutation: w.salutation,
    blocks,
    closing: w.closing,
    signature: sender,
    footer: w.madeWith(letter.scenario),
  };
}

/** "Brief Bibliotheek Rivierenland.pdf": a name every file system takes. */
export function letterFileName(letter: Pick<Letter, 'lang' | 'organisation'>, format: LetterFormat): string {
  const base = scenarioFileName(catalogue(letter.lang).letter.fileBase(letter.organisation)).slice(0, -SCENARIO_SUFFIX.length);
  return `${base}.${format}`;
}

/** Markdown cell or line: one line, pipes and emphasis characters taken literally. */
function md(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/([\\*_`[\]<>|])/g, '\\$1');
}

export function letterMarkdown(letter: Letter): string {
  const t = letterText(letter);
  const out: string[] = [`**${md(t.sender)}**`, ''];
  out.push(t.addressee.map(md).join('  \n'), '');
  out.push(t.heads.map((h) => `${md(h.label)}: ${md(h.value)}`).join('  \n'), '');
  out.push(md(t.salutation), '');
  for (const block of t.blocks) {
    if (block.kind === 'paragraph') out.push(block.emphasis ? `**${md(block.text)}**` : md(block.text), '');
    else if (block.kind === 'list') out.push(...block.items.map((i) => `- ${md(i)}`), '');
    else {
      out.push(`*${md(block.caption)}*`, '');
      out.push(`| ${block.header.map(md).join(' | ')} |`, `|:--|${block.header.slice(1).map(() => '--:').join('|')}|`);
      for (const row of block.rows) out.push(`| ${row.map(md).join(' | ')} |`);
      out.push(`| ${block.total.map((c) => `**${md(c)}**`).join(' | ')} |`, '');
    }
  }
  out.push(md(t.closing), '', md(t.signature), '', '---', '', `*${md(t.footer)}*`, '');
  return out.join('\n');
}

/** Page margins of the letter (CSS @page says the same; the PDF printers are given these). */
export const LETTER_MARGINS_MM = { top: 18, right: 20, bottom: 16, left: 22 } as const;

const LETTER_CSS = `
@page { size: A4 portrait; margin: ${LETTER_MARGINS_MM.top}mm ${LETTER_MARGINS_MM.right}mm ${LETTER_MARGINS_MM.bottom}mm ${LETTER_MARGINS_MM.left}mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #1a1a1a; background: #fff;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif;
  font-size: 9.6pt; line-height: 1.38; }
.sender { font-size: 13pt; font-weight: 700; color: #0b4f7c; border-bottom: 2px solid #0b4f7c; padding-bottom: 3pt; margin: 0 0 14pt; }
.addressee { margin: 0 0 12pt; }
.heads { border-collapse: collapse; margin: 0 0 12pt; }
.heads th { text-align: left; font-weight: 600; padding: 0 10pt 1pt 0; vertical-align: top; }
.heads td { padding: 0 0 1pt; }
p { margin: 0 0 7pt; }
p.emphasis { font-weight: 700; color: #7a2418; }
ul { margin: 0 0 7pt; padding-left: 14pt; }
li { margin: 0 0 2pt; }
table.years { border-collapse: collapse; width: 100%; margin: 2pt 0 8pt; font-variant-numeric: tabular-nums; font-size: 9pt; }
table.years caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: 2pt; }
table.years th, table.years td { padding: 1.2pt 5pt; border-bottom: 0.5pt solid #d5dde5; text-align: right; white-space: nowrap; }
table.years th:first-child, table.years td:first-child { text-align: left; }
table.years thead th { border-bottom: 1pt solid #0b4f7c; background: #eef3f8; font-weight: 600; }
table.years tfoot td { font-weight: 700; border-top: 1pt solid #333; border-bottom: 1pt solid #333; }
tr { break-inside: avoid; page-break-inside: avoid; }
.closing { margin-top: 12pt; }
.signature { margin-top: 22pt; font-weight: 600; }
footer { margin-top: 16pt; padding-top: 3pt; border-top: 0.5pt solid #bbb; color: #666; font-size: 7.4pt; }
@media screen { body { background: #e9ecef; } .page { width: 210mm; margin: 12px auto; padding: ${LETTER_MARGINS_MM.top}mm ${LETTER_MARGINS_MM.right}mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); } }
`;

/** The letter as one self-contained HTML document (inline CSS, no script), A4: what a PDF is printed from. */
export function letterHtml(letter: Letter): string {
  const t = letterText(letter);
  const esc = escapeXml;
  const body = t.blocks
    .map((block) => {
      if (block.kind === 'paragraph') return `<p${block.emphasis ? ' class="emphasis"' : ''}>${esc(block.text)}</p>`;
      if (block.kind === 'list') return `<ul>${block.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
      const head = `<thead><tr>${block.header.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`;
      const rows = block.rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`).join('');
      const total = `<tfoot><tr>${block.total.map((c) => `<td>${esc(c)}</td>`).join('')}</tr></tfoot>`;
      return `<table class="years"><caption>${esc(block.caption)}</caption>${head}<tbody>${rows}</tbody>${total}</table>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${esc(tagOf(letter.lang))}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(`${t.subject} — ${letter.organisation}`)}</title>
<style>${LETTER_CSS}</style>
</head>
<body>
<main class="page">
<p class="sender">${esc(t.sender)}</p>
<p class="addressee">${t.addressee.map(esc).join('<br>')}</p>
<table class="heads">${t.heads
    .map((h) => `<tr><th scope="row">${esc(h.label)}</th><td>${h.dateTime ? `<time datetime="${esc(h.dateTime)}">${esc(h.value)}</time>` : esc(h.value)}</td></tr>`)
    .join('')}</table>
<p>${esc(t.salutation)}</p>
${body}
<p class="closing">${esc(t.closing)}</p>
<p class="signature">${esc(t.signature)}</p>
<footer>${esc(t.footer)}</footer>
</main>
</body>
</html>
`;
}

/** The letter as a Word document (.docx bytes). */
export function letterDocx(letter: Letter): Uint8Array {
  const t = letterText(letter);
  const blocks: DocxBlock[] = [
    { kind: 'paragraph', runs: [{ text: t.sender, bold: true, size: 26, colour: '0B4F7C' }], after: 240 },
    { kind: 'paragraph', runs: t.addressee.map((line, i) => ({ text: line, breakBefore: i > 0 })), after: 200 },
    { kind: 'paragraph', runs: t.heads.flatMap((h, i) => [{ text: `${h.label}: `, bold: true, breakBefore: i > 0 }, { text: h.value }]), after: 200 },
    { kind: 'paragraph', runs: [{ text: t.salutation }] },
  ];
  for (const block of t.blocks) {
    if (block.kind === 'paragraph') blocks.push({ kind: 'paragraph', runs: [{ text: block.text, bold: block.emphasis }] });
    else if (block.kind === 'list') for (const item of block.items) blocks.push({ kind: 'paragraph', runs: [{ text: `•\t${item}` }], indent: true });
    else {
      blocks.push({ kind: 'paragraph', runs: [{ text: block.caption, bold: true }], after: 60 });
      blocks.push({ kind: 'table', header: block.header, rows: block.rows, total: block.total });
    }
  }
  blocks.push({ kind: 'paragraph', runs: [{ text: t.closing }], before: 200, after: 480 });
  blocks.push({ kind: 'paragraph', runs: [{ text: t.signature, bold: true }] });
  blocks.push({ kind: 'paragraph', runs: [{ text: t.footer, size: 15, colour: '666666' }], before: 360 });
  return docxDocument({ lang: localeOf(letter.lang), title: `${t.subject} — ${letter.organisation}`, blocks });
}
