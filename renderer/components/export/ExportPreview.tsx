import { csvData, csvLocale, type CsvData } from '../../../shared/export/csv';
import { summaryMarkdown } from '../../../shared/export/markdown';
import type { ExportSummary } from '../../../shared/export/summary';
import { yearTextTable } from '../../../shared/export/tables';
import { sheetNames } from '../../../shared/export/xlsx';
import { pngChartSvg, svgDataUrl, type ExportChoice } from './export-bytes';
import { PreviewTable, PrintPreview } from './PrintPreview';
import type { Catalogue } from '../../../shared/i18n/catalogues';

const CSV_PREVIEW_ROWS = 40;

/** What the chosen export will hold, drawn from the summary model without making the file. */
export function ExportPreview({ summary, choice, t }: { summary: ExportSummary; choice: ExportChoice; t: Catalogue['exportDialog'] }) {
  switch (choice.format) {
    case 'pdf':
      return <PrintPreview summary={summary} chartAlt={t.chartAlt} />;
    case 'png':
      return <img className="export-preview__png" src={svgDataUrl(pngChartSvg(summary))} alt={t.chartAlt} data-testid="png-preview" />;
    case 'md':
      return (
        <pre className="export-preview__text" data-testid="md-preview">
          {summaryMarkdown(summary)}
        </pre>
      );
    case 'csv':
      return <CsvPreview data={csvData(summary, choice.table)} choice={choice} t={t} />;
    case 'xlsx': {
      const names = sheetNames(summary);
      const table = yearTextTable(summary);
      return (
        <div className="export-preview__sheet" data-testid="xlsx-preview">
          <p>
            {t.sheets}: {Object.values(names).join(' · ')}
          </p>
          <PreviewTable table={table} caption={`${names.year} — ${summary.amountsLabel}`} className="" />
        </div>
      );
    }
  }
}

/** The first rows of a CSV table, numbers written as the chosen style writes them. */
export function CsvPreview({ data, choice, t }: { data: CsvData; choice: ExportChoice; t: Catalogue['exportDialog'] }) {
  const rows = data.rows.slice(0, CSV_PREVIEW_ROWS);
  const number = new Intl.NumberFormat(csvLocale(choice.csvStyle), { useGrouping: false, maximumFractionDigits: 10 });
  return (
    <div className="export-preview__sheet" data-testid="csv-preview">
      <table>
        <thead>
          <tr>
            {data.header.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j} className={typeof cell === 'number' ? 'num' : undefined}>
                  {cell === null ? '' : typeof cell === 'number' ? number.format(cell) : cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {data.rows.length > rows.length ? <p>{t.previewRows(rows.length, data.rows.length)}</p> : null}
    </div>
  );
}
