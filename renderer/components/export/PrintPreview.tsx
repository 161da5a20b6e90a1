import { savingsChartSvg } from '../../../shared/export/chart-svg';
import { catalogue } from '../../../shared/i18n/text';
import type { ExportSummary } from '../../../shared/export/summary';
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
} from '../../../shared/export/tables';
import { svgDataUrl } from './export-bytes';
import { keepAmountsTogether } from '../../../shared/format/money';

/** One of the summary's tables, cell for cell as the print layout writes it. */
export function PreviewTable({ table, caption, className = 'print-preview__table' }: { table: TextTable; caption: string; className?: string }) {
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{table.corner}</th>
          {(table.textHeader ?? []).map((h) => (
            <th scope="col" key={h}>
              {h}
            </th>
          ))}
          {table.header.map((h) => (
            <th scope="col" key={h} className="num">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={`${row.label}-${i}`} className={`is-${row.style}`}>
            <th scope="row">
              {row.colour ? <span className="print-preview__swatch" style={{ background: row.colour }} aria-hidden="true" /> : null}
              {row.label}
              {row.note ? <span className="print-preview__notes"> {row.note}</span> : null}
            </th>
            {(table.textHeader ?? []).map((_, j) => (
              <td key={`text-${j}`}>{row.texts?.[j] ?? ''}</td>
            ))}
            {row.cells.map((c, j) => (
              <td key={j} className="num">
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The printed page, drawn from the same summary model and table builders as the print layout
 * (shared/export/print-html.ts): React, part of the dialog, rather than the HTML in a frame
 * (the browser version prints that HTML in a frame of its own: renderer/platform/browser-print.ts).
 * The chart is the same SVG, shown as a data: image.
 */
export function PrintPreview({ summary, chartAlt }: { summary: ExportSummary; chartAlt: string }) {
  const { lang, headline } = summary;
  const mark = headline.status === 'short' ? '✗ ' : headline.status === 'met' ? '✓ ' : '';
  const kicker = [catalogue(lang).report.documentKind, summary.municipality].filter(Boolean).join(' · ');
  return (
    <article className="print-preview" lang={lang} data-testid="print-preview">
      <header className="print-preview__header">
        <p className="print-preview__kicker">
          <span>{kicker}</span>
          <time dateTime={summary.date}>{summary.dateText}</time>
        </p>
        <h3>{summary.title}</h3>
        <p className="print-preview__meta">
          {summary.amountsLabel} · {catalogue(lang).report.baseYear} {summary.baseYear} · {catalogue(lang).report.horizon.toLowerCase()} {summary.span}
        </p>
      </header>
      <div className="print-preview__figures" style={headline.net ? { gridTemplateColumns: 'repeat(4, 1fr)' } : undefined}>
        <div>
          <span>{headline.labels.savings}</span>
          <strong data-testid="preview-savings">{headline.texts.savings}</strong>
        </div>
        <div>
          <span>{headline.labels.cumulative}</span>
          <strong data-testid="preview-cumulative">{headline.texts.cumulative}</strong>
        </div>
        {headline.net ? (
          <div>
            <span>{headline.net.label}</span>
            <strong data-testid="preview-net">{headline.net.text}</strong>
            <span>{headline.net.detail}</span>
          </div>
        ) : null}
        <div className={`is-${headline.status}`}>
          <span>{headline.verdict.targetText ? `${headline.labels.target}: ${headline.verdict.targetText}` : headline.labels.target}</span>
          <strong data-testid="preview-target">
            {mark}
            {headline.verdict.word}
          </strong>
          {headline.verdict.detail ? <span>{headline.verdict.detail}</span> : null}
        </div>
      </div>
      <h4>{catalogue(lang).report.chartTitle}</h4>
      <img className="print-preview__chart" src={svgDataUrl(savingsChartSvg(summary))} alt={chartAlt} />
      <h4>{catalogue(lang).report.perYear}</h4>
      <PreviewTable table={yearTextTable(summary, { measureHeading: false })} caption={summary.amountsLabel} />
      <BudgetPreview summary={summary} />
      <h4>{catalogue(lang).report.measures}</h4>
      <ol className="print-preview__measures">
        {summary.measures.map((m) => (
          <li key={m.id} className={m.enabled ? '' : 'is-off'}>
            <strong>{m.name}</strong>
            {measureTags(summary, m).length > 0 ? ` (${measureTags(summary, m).join(', ')})` : ''} — {m.description}.{m.notes ? <span className="print-preview__notes"> {keepAmountsTogether(m.notes)}</span> : null}
          </li>
        ))}
      </ol>
      <h4>{organisationHeading(summary)}</h4>
      <PreviewTable table={organisationTextTable(summary)} caption={summary.amountsLabel} />
      <h4>{catalogue(lang).report.assumptions}</h4>
      <p className="print-preview__assumptions">
        {summary.assumptions.items.map((a, i) => (
          <span key={a.label}>
            {i > 0 ? ' · ' : ''}
            <b>{a.label}:</b> {a.text}
          </span>
        ))}
      </p>
    </article>
  );
}

/** Version 2's sections of the print layout (#20), each only when the scenario has it. */
function BudgetPreview({ summary }: { summary: ExportSummary }) {
  const words = catalogue(summary.lang).report.budget;
  const balance = balanceTextTable(summary);
  const overview = incidentalTextTable(summary);
  const pm = pmTextTable(summary);
  const payback = paybackLine(summary);
  return (
    <>
      {balance ? (
        <>
          <h4>{words.balanceTitle}</h4>
          <PreviewTable table={balance} caption={`${balance.note}. ${words.balanceNote}.`} />
          {payback ? <p className="print-preview__assumptions">{payback}.</p> : null}
        </>
      ) : null}
      {overview ? (
        <>
          <h4>{words.overviewTitle}</h4>
          <PreviewTable table={overview} caption={`${overview.note}. ${words.overviewNote}.`} />
        </>
      ) : null}
      {summary.warnings.length > 0 ? (
        <>
          <h4>{words.warningsTitle}</h4>
          <ul className="print-preview__measures">
            {summary.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      ) : null}
      {pm ? (
        <>
          <h4>{words.pmTitle}</h4>
          <PreviewTable table={pm} caption={`${pm.note}.`} />
        </>
      ) : null}
    </>
  );
}
