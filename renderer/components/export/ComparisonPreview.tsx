// What the export of a comparison will hold, drawn from the comparison model and the same table
// builders as its print layout and workbook (shared/export/comparison.ts), without making the file.
import {
  comparisonCsvData,
  comparisonMarkdown,
  comparisonPartnerTable,
  comparisonYearTable,
  scenarioCaption,
  type ComparisonExport,
} from '../../../shared/export/comparison';
import type { ComparisonCsvTable } from '../../../shared/export/csv';
import { catalogue } from '../../../shared/i18n/text';
import { comparisonExportable } from '../../../shared/export/exportable';
import { svgDataUrl, type ExportChoice } from './export-bytes';
import { CsvPreview } from './ExportPreview';
import { PreviewTable } from './PrintPreview';
import type { Catalogue } from '../../../shared/i18n/catalogues';

export function ComparisonPreview({ comparison: c, choice, t }: { comparison: ComparisonExport; choice: ExportChoice; t: Catalogue['exportDialog'] }) {
  const { lang } = c;
  // Built only for the formats that show them: the chart's SVG is the costliest part.
  const chart = () => <img className="print-preview__chart" src={svgDataUrl(comparisonExportable(c).chartSvg())} alt={t.chartAlt} data-testid="png-preview" />;
  const yearTable = () => <PreviewTable table={comparisonYearTable(c)} caption={c.amountsLabel} />;
  switch (choice.format) {
    case 'png':
      return chart();
    case 'md':
      return (
        <pre className="export-preview__text" data-testid="md-preview">
          {comparisonMarkdown(c)}
        </pre>
      );
    case 'csv':
      return <CsvPreview data={comparisonCsvData(c, choice.table as ComparisonCsvTable)} choice={choice} t={t} />;
    case 'xlsx':
      return (
        <div className="export-preview__sheet" data-testid="xlsx-preview">
          {yearTable()}
        </div>
      );
    case 'pdf':
      return (
        <article className="print-preview" lang={lang} data-testid="print-preview">
          <header className="print-preview__header">
            <p className="print-preview__kicker">
              <span>{catalogue(lang).report.comparisonKind}</span>
              <time dateTime={c.date}>{c.dateText}</time>
            </p>
            <h3>{c.title}</h3>
            <p className="print-preview__meta">{c.yearsNote}</p>
          </header>
          <ul className="print-preview__measures">
            {c.scenarios.map((s) => (
              <li key={s.label}>{scenarioCaption(s)}</li>
            ))}
          </ul>
          {chart()}
          <h4>{catalogue(lang).report.perYear}</h4>
          {yearTable()}
          <h4>{catalogue(lang).report[c.partners.by === 'line' ? 'changePerScenarioLine' : 'changePerScenario']}</h4>
          <PreviewTable table={comparisonPartnerTable(c)} caption={c.amountsLabel} />
          <h4>{catalogue(lang).report.whatDiffers}</h4>
          {c.differences.map((d) => (
            <section key={d.label}>
              <h5>{catalogue(lang).report.differsFrom(d.label, d.reference)}</h5>
              <ul>
                {d.texts.length === 0 ? <li>{catalogue(lang).report.noDifferences}</li> : d.texts.map((text, i) => <li key={i}>{text}</li>)}
              </ul>
            </section>
          ))}
        </article>
      );
  }
}
