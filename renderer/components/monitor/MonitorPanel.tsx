// The realisation monitor in the editor (#22 item 1, the app's side): buildMonitor's tables —
// per year planned against realised and what is still to be covered, per measure planned,
// realised and the signal in colour and in words — the same cells as the monitor's exports
// (shared/export/monitor.ts), and a way to those exports.
import { useMemo, useState, type ReactNode } from 'react';
import { monitorMeasureTable, monitorSummaryTable, type MonitorDocument } from '../../../shared/export/monitor';
import { buildMonitor, type Monitor } from '../../../shared/monitor/monitor';
import type { Scenario } from '../../../shared/scenario/schema';
import type { TextTable } from '../../../shared/export/tables';
import { useLang, useText } from '../../i18n/use-text';
import { scenarioOf } from '../../store/documents-slice';
import { useAppStore } from '../../store/store';
import { projectionOf } from '../../store/use-projection';
import { Disclosure } from '../baseline/Disclosure';
import '../decisions/decisions.css';

// One monitor per scenario object (they are immutable), like the projection it is built from.
const monitors = new WeakMap<Scenario, Monitor>();
function monitorOf(scenario: Scenario): Monitor {
  let monitor = monitors.get(scenario);
  if (!monitor) monitors.set(scenario, (monitor = buildMonitor(scenario, projectionOf(scenario))));
  return monitor;
}

export function MonitorPanel() {
  const t = useText().monitor;
  const lang = useLang();
  const [open, setOpen] = useState(false);
  // Closed, the panel shows two facts; an edit re-renders it only when one of them changes.
  const count = useAppStore((s) => {
    const scenario = scenarioOf(s);
    return scenario ? monitorOf(scenario).measures.length : 0;
  });
  const last = useAppStore((s) => {
    const scenario = scenarioOf(s);
    return scenario ? monitorOf(scenario).lastReportedYear : null;
  });
  const scenario = useAppStore((s) => (open ? scenarioOf(s) : null));
  const setExportOpen = useAppStore((s) => s.setExportOpen);
  const doc = useMemo<MonitorDocument | null>(() => (scenario ? { monitor: monitorOf(scenario), lang, date: '' } : null), [scenario, lang]);
  return (
    <Disclosure
      className="card monitor-panel"
      title={t.view.panel}
      level={2}
      open={open}
      onToggle={() => setOpen((o) => !o)}
      summary={t.view.summary(count, last)}
      actions={
        <button type="button" className="tool-button" aria-haspopup="dialog" onClick={() => setExportOpen(true, 'monitor-pdf')}>
          {t.view.export}
        </button>
      }
    >
      <p className="monitor-panel__intro">{t.view.intro}</p>
      {last === null ? <p className="monitor-panel__intro">{t.view.noReports}</p> : null}
      {doc ? (
        <>
          <h3>{t.summaryHeading}</h3>
          <YearTable table={monitorSummaryTable(doc)} caption={`${t.view.totalsCaption} (${t.unitNote.toLowerCase()})`} testId="monitor-totals" />
          <h3>{t.measuresHeading}</h3>
          {doc.monitor.measures.length === 0 ? <p>{t.noMeasures}</p> : <MeasureTable doc={doc} />}
        </>
      ) : null}
    </Disclosure>
  );
}

/** A table of years as the export writes it: its caption (for a screen reader), the corner and the years. */
function Frame({ table, caption, testId, children }: { table: TextTable; caption: string; testId: string; children: ReactNode }) {
  return (
    <div className="monitor-panel__table" tabIndex={0} role="group" aria-label={caption}>
      <table data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.corner}</th>
            {table.header.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}

function YearTable({ table, caption, testId }: { table: TextTable; caption: string; testId: string }) {
  return (
    <Frame table={table} caption={caption} testId={testId}>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.label} className={row.style === 'strong' || row.style === 'total' ? 'is-strong' : undefined}>
            <th scope="row">{row.label}</th>
            {row.cells.map((c, i) => (
              <td key={i}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </Frame>
  );
}

/** Per measure: its heading (name and status), planned, realised and the signal — the export's table, four rows a measure. */
function MeasureTable({ doc }: { doc: MonitorDocument }) {
  const t = useText().monitor;
  const table = monitorMeasureTable(doc);
  return (
    <Frame table={table} caption={`${t.view.measuresCaption} (${t.unitNote.toLowerCase()})`} testId="monitor-measures">
      {doc.monitor.measures.map((measure, k) => {
        const [heading, planned, realised, signal] = table.rows.slice(4 * k, 4 * k + 4);
        return (
          <tbody key={measure.id} className="is-measure">
            <tr>
              <th scope="rowgroup" colSpan={table.header.length + 1}>
                {heading?.label}
              </th>
            </tr>
            {[planned, realised].map((row) => (
              <tr key={row?.label} className="is-sub">
                <th scope="row">{row?.label}</th>
                {row?.cells.map((c, i) => (
                  <td key={i}>{c}</td>
                ))}
              </tr>
            ))}
            <tr className="is-sub">
              <th scope="row">{signal?.label}</th>
              {signal?.cells.map((c, yi) => {
                const light = measure.light[yi];
                return <td key={yi}>{light ? <span className={`monitor-light monitor-light--${light}`}>{c}</span> : c}</td>;
              })}
            </tr>
          </tbody>
        );
      })}
    </Frame>
  );
}
