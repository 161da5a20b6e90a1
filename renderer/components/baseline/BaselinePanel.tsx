import { useEffect, useState } from 'react';
import { formatMoney } from '../../../shared/format/money';
import { useLang, useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { AssumptionsSection, indexYears } from './AssumptionsSection';
import { Disclosure } from './Disclosure';
import { LinesSection } from './LinesSection';
import { OrganisationsSection, OrganisationsSummary } from './OrganisationsSection';
import { PeriodSection } from './PeriodSection';
import { ScenarioSection } from './ScenarioSection';
import { TargetSection } from './TargetSection';
import './baseline.css';
import { scenarioOf } from '../../store/documents-slice';
import { useFocusRequested } from '../../focus/focus-request';

const SECTIONS = ['scenario', 'period', 'assumptions', 'target', 'partners', 'lines'] as const;
type Section = (typeof SECTIONS)[number];
const ALL_CLOSED = Object.fromEntries(SECTIONS.map((s) => [s, false])) as Record<Section, boolean>;
const ALL_OPEN = Object.fromEntries(SECTIONS.map((s) => [s, true])) as Record<Section, boolean>;

/**
 * The baseline of the scenario, below the measures: what the measures work on. Collapsible as a
 * whole and per section; which sections are open is UI state (not undoable), kept here so it
 * survives closing and reopening the panel.
 */
export function BaselinePanel() {
  const t = useText().baseline;
  const organisations = useText().organisations;
  const [panelOpen, setPanelOpen] = useState(true);
  const [open, setOpen] = useState<Record<Section, boolean>>(ALL_CLOSED);
  const toggle = (section: Section) => () => setOpen((o) => ({ ...o, [section]: !o[section] }));
  const allOpen = SECTIONS.every((s) => open[s]);

  // The focus is asked for in the lines or the target (a new scenario, the guide's steps): open
  // the panel and that section; the section focuses its first field once it is shown.
  const linesWanted = useFocusRequested('lines');
  const targetWanted = useFocusRequested('target');
  useEffect(() => {
    if (!linesWanted && !targetWanted) return;
    setPanelOpen(true);
    const section: Section = linesWanted ? 'lines' : 'target';
    setOpen((o) => (o[section] ? o : { ...o, [section]: true }));
  }, [linesWanted, targetWanted]);

  return (
    <Disclosure
        className="card baseline-panel"
        title={t.panel}
        level={2}
        region="baseline"
        open={panelOpen}
        onToggle={() => setPanelOpen((o) => !o)}
        summary={t.panelIntro}
        actions={
          <button type="button" className="baseline-button baseline-button--quiet" onClick={() => setOpen(allOpen ? ALL_CLOSED : ALL_OPEN)}>
            {allOpen ? t.closeAll : t.openAll}
          </button>
        }
      >
        <p className="baseline-hint baseline-panel__intro">{t.panelIntro}</p>
        <Disclosure title={t.scenario} level={3} open={open.scenario} onToggle={toggle('scenario')} summary={<ScenarioSummary />}>
          <ScenarioSection />
        </Disclosure>
        <Disclosure title={t.period} level={3} open={open.period} onToggle={toggle('period')} summary={<PeriodSummary />}>
          <PeriodSection />
        </Disclosure>
        <Disclosure
          title={t.assumptions}
          level={3}
          open={open.assumptions}
          onToggle={toggle('assumptions')}
          summary={<AssumptionsSummary />}
          className="baseline-disclosure--assumption"
        >
          <AssumptionsSection />
        </Disclosure>
        <Disclosure title={t.target} level={3} open={open.target} onToggle={toggle('target')} summary={<TargetSummary />}>
          <TargetSection />
        </Disclosure>
        <Disclosure title={organisations.section} level={3} open={open.partners} onToggle={toggle('partners')} summary={<OrganisationsSummary />}>
          <OrganisationsSection />
        </Disclosure>
        <Disclosure title={t.lines} level={3} open={open.lines} onToggle={toggle('lines')} summary={<LinesSummary />}>
          <LinesSection />
        </Disclosure>
      </Disclosure>
  );
}

// One-line summaries shown beside a closed section, so the room sees the essentials without opening it.

function ScenarioSummary() {
  const municipality = useAppStore((s) => scenarioOf(s)?.municipality);
  const author = useAppStore((s) => scenarioOf(s)?.author);
  const text = [municipality, author].filter(Boolean).join(' · ');
  return text ? <>{text}</> : null;
}

function PeriodSummary() {
  const t = useText().baseline;
  const base = useAppStore((s) => scenarioOf(s)?.baseYear ?? 0);
  const from = useAppStore((s) => scenarioOf(s)?.horizon.from ?? 0);
  const to = useAppStore((s) => scenarioOf(s)?.horizon.to ?? 0);
  return <>{t.periodSummary(base, from, to)}</>;
}

function AssumptionsSummary() {
  const t = useText().baseline;
  const count = useAppStore((s) => {
    const sc = scenarioOf(s);
    if (!sc) return 0;
    const years = indexYears(sc.baseYear, sc.horizon.to);
    return years.filter((y) => sc.indexation?.wage?.[String(y)] || sc.indexation?.price?.[String(y)]).length;
  });
  return <>{t.assumptionsSummary(count)}</>;
}

function TargetSummary() {
  const t = useText().baseline;
  const lang = useLang();
  const target = useAppStore((s) => scenarioOf(s)?.target);
  if (!target || Object.keys(target).length === 0) return <>{t.targetSummaryNone}</>;
  const years = Object.keys(target).sort();
  const last = years[years.length - 1] as string;
  return (
    <>
      {t.targetSummary(years.length)} ({last}: {formatMoney(target[last] as number, { lang })})
    </>
  );
}

function LinesSummary() {
  const t = useText().baseline;
  const count = useAppStore((s) => scenarioOf(s)?.lines.length ?? 0);
  return <>{t.linesSummary(count)}</>;
}
