// The summary as Markdown, for an e-mail or a wiki: the same sections as the printed page, the
// tables as pipe tables (figures right-aligned), the measures as a numbered list.
import { catalogue } from '../i18n/text';
import type { ExportSummary } from './summary';
import { organisationHeading, organisationTextTable, yearTextTable, type TextTable } from './tables';

/** A table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\|/g, '\\|');
}

/** Markdown emphasis characters in names are taken literally. */
function inline(text: string): string {
  return cell(text.replace(/([\\*_`[\]<>])/g, '\\$1'));
}

function pipeTable(table: TextTable): string {
  const header = `| ${inline(table.corner)} | ${table.header.map(cell).join(' | ')} |`;
  const align = `|:--|${table.header.map(() => '--:').join('|')}|`;
  const rows = table.rows.map((row) => {
    let label = inline(row.label);
    if (row.style === 'strong' || row.style === 'total') label = `**${label}**`;
    if (row.style === 'heading') label = `*${label}*`;
    const cells = row.cells.map((c) => (c && (row.style === 'strong' || row.style === 'total') ? `**${cell(c)}**` : cell(c)));
    return `| ${label} | ${cells.join(' | ')} |`;
  });
  return [header, align, ...rows].join('\n');
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
  out.push(`- **${headline.labels.target}:** ${headline.texts.target}`, '');

  const years = yearTextTable(summary);
  out.push(`## ${catalogue(lang).report.perYear}`, '', `${years.note}.`, '', pipeTable(years), '');

  out.push(`## ${catalogue(lang).report.measures}`, '');
  if (summary.measures.length === 0) out.push(catalogue(lang).report.noMeasures, '');
  summary.measures.forEach((m, i) => {
    const status = m.enabled ? '' : ` (${catalogue(lang).report.disabled})`;
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
