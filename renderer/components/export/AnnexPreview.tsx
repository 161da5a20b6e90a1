// What an annex (#22) will hold, drawn from the same tables as its writers, without making the
// file: Markdown as text, otherwise the monitor's tables or the decision log's rows.
import { annexParts, type AnnexFormat } from '../../../shared/export/annex-formats';
import type { Annex } from '../../../shared/export/annex';
import { decisionRows, type DecisionsDocument } from '../../../shared/export/decisions';
import { monitorMeasureTable, monitorSummaryTable, type MonitorDocument } from '../../../shared/export/monitor';
import { catalogue } from '../../../shared/i18n/text';
import { DecisionTable } from '../decisions/DecisionTable';
import { PreviewTable } from './PrintPreview';

export interface AnnexModel {
  annex: Annex;
  monitor: MonitorDocument | null;
  decisions: DecisionsDocument;
}

export function AnnexPreview({ model, format }: { model: AnnexModel; format: AnnexFormat }) {
  const { kind, type } = annexParts(format);
  if (type === 'md') {
    return (
      <pre className="export-preview__text" data-testid="md-preview">
        {model.annex.markdown()}
      </pre>
    );
  }
  if (kind === 'monitor' && model.monitor) {
    const w = catalogue(model.monitor.lang).monitor;
    return (
      <article className="print-preview" lang={model.monitor.lang} data-testid="annex-preview">
        <h3>{w.title(model.monitor.monitor.title)}</h3>
        <h4>{w.summaryHeading}</h4>
        <PreviewTable table={monitorSummaryTable(model.monitor)} caption={w.unitNote} />
        <h4>{w.measuresHeading}</h4>
        {model.monitor.monitor.measures.length === 0 ? <p>{w.noMeasures}</p> : <PreviewTable table={monitorMeasureTable(model.monitor)} caption={w.unitNote} />}
      </article>
    );
  }
  const doc = model.decisions;
  const w = catalogue(doc.lang).decisions;
  const rows = decisionRows(doc);
  return (
    <article className="print-preview" lang={doc.lang} data-testid="annex-preview">
      <h3>{w.title(doc.title)}</h3>
      <h4>{w.heading}</h4>
      {rows.length === 0 ? <p>{w.none}</p> : <DecisionTable rows={rows} caption={w.meta(rows.length)} className="print-preview__table" />}
    </article>
  );
}
