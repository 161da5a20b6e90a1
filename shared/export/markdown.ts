// The summary as Markdown, for an e-mail or a wiki: the same sections as the printed page, the
// tables as pipe tables (figures right-aligned), the measures as a numbered list.
import { catalogue } from '../i18n/text';
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

/** A table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\|/g, '\\|');
}

/** Markdown emphasis characters in names are taken literally. */
function inline(text: string): string {
  return cell(text.replace(/([\\*_`[\]<>])/g, '\\$1'));
}

function pipeTable(table: TextTable): string {
  const texts = table.textHeader ?? [];
  const header = `| ${[inline(table.corner), ...texts.map(inline), ...table.header.map(cell)].join(' | ')} |`;
  const align = `|${[':--', ...texts.map(() => ':--'), ...table.header.map(() => '--:')].join('|')}|`;
  const rows = table.rows.map((row) => {
    let label = inline(row.label);
    if (row.style === 'strong' || row.style === 'total') label = `**${label}**`;
    if (row.style === 'heading') label = `*${label}*`;
    if (row.note) label = `${label} (${inline(row.note)})`;
    const cells = row.cells.map((c) => (c && (row.style === 'strong' || row.style === 'total') ? `**${cell(c)}**` : cell(c)));
    return `| ${[label, ...texts.map((_, i) => inline(row.texts?.[i] ?? '')), ...cells].join(' | ')} |`;
  });
  return [header, align, ...rows].join('\n');
}

/** Version 2's sections (#20), each only when the scenario has it, as in the print layout. */
function budgetMarkdown(summary: ExportSummary): string[] {
  const words = catalogue(summary.lang).report.budget;
  const out: string[] = [];
  const balance = balanceTextTable(summary);
  if (balance) {
    out.push(`## ${words.balanceTitle}`, '', `${balance.note}. ${words.balanceNote}.`, '', pipeTable(balance), '');
    const payback = paybackLine(summary);
    if (payback) out.push(`${payback}.`, '');
  }
  const overview = incidentalTextTable(summary);
  if (overview) out.push(`## ${words.overviewTitle}`, '', `${overview.note}. ${words.overviewNote}.`, '', pipeTable(overview), '');
  if (summary.warnings.length > 0) out.push(`## ${words.warningsTitle}`, '', ...summary.warnings.map((w) => `- ${inline(w)}`), '');
  const pm = pmTextTable(summary);
  if (pm) out.push(`## ${words.pmTitle}`, '', `${pm.note}.`, '', pipeTable(pm), '');
  return out;
}

export function summaryMarkdown(summary: ExportSummary): string {
  const { lang, headline } = summary;
  const out: string[] = [];
  out.push(`# ${inline(summary.title)}`, '');
  const context = [catalogue(lang).report.documentKind, summary.municipality, summary.dateText].filter(Boolean) as string[];
  out.push(context.map(inline).join(' · '), '');

  out.push(`## ${catalogue(lang).report.headline}`, '');
  out.push(`- **${headline.labels.savings}:** ${headline.texts.savings}`);
  out.push(`- **${headline.labels.cumulative}:** ${headline.texts.cumulative}`);
  if (headline.net) out.push(`- **${headline.net.label}:** ${headline.net.text} (${headline.net.detail})`);
  out.push(`- **${headline.labels.target}:** ${headline.texts.target}`, '');

  const years = yearTextTable(summary);
  out.push(`## ${catalogue(lang).report.perYear}`, '', `${years.note}.`, '', pipeTable(years), '');
  out.push(...budgetMarkdown(summary));

  out.push(`## ${catalogue(lang).report.measures}`, '');
  if (summary.measures.length === 0) out.push(catalogue(lang).report.noMeasures, '');
  summary.measures.forEach((m, i) => {
    const tags = measureTags(summary, m);
    const status = tags.length === 0 ? '' : ` (${tags.join(', ')})`;
    out.push(`${i + 1}. **${inline(m.name)}**${status} — ${inline(m.description)}.`);
    if (m.notes) out.push(`   ${inline(m.notes)}`);
  });
  if (summary.measures.length > 0) out.push('');

  const orgs = organisationTextTable(summary);
  out.push(`## ${organisationHeading(summary)}`, '', `${orgs.note}.`, '', pipeTable(orgs), '');

  out.push(`## ${catalogue(lang).report.assumptions}`, '');
  for (const item of summary.assumptions.items) out.push(`- **${item.label}:** ${inline(item.text)}`);
  out.push('', '---', '', `*${catalogue(lang).report.madeWith}. ${catalogue(lang).report[summary.unit === 'euro' ? 'figuresNote' : 'figuresNoteThousand']}*`, '');
  return out.join('\n');
}
