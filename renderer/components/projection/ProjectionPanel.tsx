// The right column: what the scenario does. Four tabs (a WAI-ARIA tablist: arrow keys, Home and
// End move between tabs and select them), each a chart with its table underneath rather than a
// separate "table" tab: in a workshop the room looks at the chart and someone asks "and in 2023
// exactly?", so the figures sit right under the picture; the table is also the chart's text
// alternative. The chosen tab is UI state (view-store), not part of the scenario, not undoable.
// The fourth tab, Onzekerheid, holds the tornado and the band's tables; the band itself is drawn
// on the savings chart, its table under the year table.
//
// Speed: the charts take the projection at once; so do the tables when they are on the screen,
// so that chart and tables change in the same frame. Tables below the fold follow once a drag
// rests (useLiveWhenSeen).
import { useId, useRef, type KeyboardEvent } from 'react';
import { useText } from '../../i18n/use-text';
import { scenarioSelectors } from '../../store/scenario-slice';
import { useAppStore } from '../../store/store';
import './chart-setup';
import { CostsChart } from './CostsChart';
import { CostsTable } from './CostsTable';
import { PartnerTable } from './PartnerTable';
import { SavingsBand } from './SavingsBand';
import { SavingsChart } from './SavingsChart';
import { UncertaintyPanel } from './UncertaintyPanel';
import { NotYetInEuros } from './NotYetInEuros';
import { useAmounts } from './use-amounts';
import { projectionOf, rowsOf, useCachedProjection, useYearRows } from './use-figures';
import { useLiveWhenSeen } from './use-live-when-seen';
import { PROJECTION_TABS, useProjectionView, type ProjectionTab } from './view-store';
import { YearTable } from './YearTable';
import './projection.css';
import { regionAttributes } from '../../focus/regions';

export function ProjectionPanel() {
  const t = useText().projection;
  const amounts = useAmounts();
  const tab = useProjectionView((s) => s.tab);
  const setTab = useProjectionView((s) => s.setTab);
  const scenario = useAppStore(scenarioSelectors.scenario);
  const [tablesRef, tableScenario] = useLiveWhenSeen(scenario);
  const projection = useCachedProjection();
  const rows = useYearRows(projection);
  const base = useId();
  const tabRefs = useRef<Partial<Record<ProjectionTab, HTMLButtonElement | null>>>({});

  if (!scenario || !projection || !rows || !tableScenario) return null;
  const tableProjection = projectionOf(tableScenario);
  const tableRows = rowsOf(tableProjection, amounts.unit);
  const tabId = (id: ProjectionTab) => `${base}-tab-${id}`;
  const panelId = (id: ProjectionTab) => `${base}-panel-${id}`;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = PROJECTION_TABS.indexOf(tab);
    const n = PROJECTION_TABS.length;
    let next: ProjectionTab | undefined;
    if (e.key === 'ArrowRight') next = PROJECTION_TABS[(i + 1) % n];
    else if (e.key === 'ArrowLeft') next = PROJECTION_TABS[(i - 1 + n) % n];
    else if (e.key === 'Home') next = PROJECTION_TABS[0];
    else if (e.key === 'End') next = PROJECTION_TABS[n - 1];
    if (!next) return;
    e.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  const tableProps = { scenario: tableScenario, projection: tableProjection, rows: tableRows, amounts, t };
  return (
    <section className="card projection-panel" aria-labelledby={`${base}-title`} {...regionAttributes('result')}>
      <h2 id={`${base}-title`} className="visually-hidden">
        {t.tablist}
      </h2>
      <div role="tablist" aria-label={t.tablist} className="projection-tabs" onKeyDown={onKeyDown}>
        {PROJECTION_TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              tabRefs.current[id] = el;
            }}
            type="button"
            role="tab"
            id={tabId(id)}
            aria-selected={tab === id}
            aria-controls={panelId(id)}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
          >
            {t.tabs[id]}
          </button>
        ))}
      </div>
      {PROJECTION_TABS.map((id) => (
        <div
          key={id}
          role="tabpanel"
          id={panelId(id)}
          aria-labelledby={tabId(id)}
          hidden={tab !== id}
          className="projection-tabpanel"
        >
          {tab !== id ? null : id === 'savings' ? (
            <>
              <SavingsChart />
              <NotYetInEuros scenario={scenario} projection={projection} />
              <div ref={tablesRef} className="projection-tables">
                <YearTable {...tableProps} />
                <SavingsBand projection={tableProjection} amounts={amounts} t={t} />
              </div>
            </>
          ) : id === 'costs' ? (
            <>
              <CostsChart years={projection.years} rows={rows} amounts={amounts} t={t} />
              <div ref={tablesRef} className="projection-tables">
                <CostsTable {...tableProps} />
              </div>
            </>
          ) : id === 'partners' ? (
            <div ref={tablesRef} className="projection-tables">
              <PartnerTable {...tableProps} />
            </div>
          ) : (
            <UncertaintyPanel projection={projection} amounts={amounts} t={t} />
          )}
        </div>
      ))}
    </section>
  );
}
