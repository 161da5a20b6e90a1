// Several scenarios side by side: the savings of each per year as lines with the targets, the
// per-year and cumulative tables with the difference to the reference, what each scenario means
// per partner, what differs in their files (as sentences), and for variants the spread of each
// measure's settings. Every figure comes from shared/compare, which projects each scenario with
// the one engine; this component only lays them out. It takes the scenarios as props and keeps
// only view state of its own (reference, chart mode, partner period), so the app can show it for
// any set of open tabs: <CompareView items={tabs.map((t) => ({ name: t.title, scenario: t.scenario }))} />.
import { useId, useMemo, useState } from 'react';
import { compareScenarios, yearsNote } from '../../../shared/compare/compare';
import { comparisonRows } from '../../../shared/compare/rows';
import type { CompareItem } from '../../../shared/compare/types';
import { variantStats } from '../../../shared/compare/variant-stats';
import { scenarioStyle } from '../../../shared/compare/palette';
import { useText } from '../../i18n/use-text';
import { useAmounts } from '../projection/use-amounts';
import { CompareChart } from './CompareChart';
import { CompareYearTable } from './CompareYearTable';
import { CompareBudgetTable } from './CompareBudgetTable';
import { DifferencesList } from './DifferencesList';
import { PartnerCompareTable } from './PartnerCompareTable';
import { VariantStatsTable } from './VariantStatsTable';
import { LineSample } from './LineSample';
import './compare.css';

export interface CompareViewProps {
  /** The scenarios, in the order of their labels A, B, C… */
  items: readonly CompareItem[];
  /** The scenario the others are measured against at first (default 0, A); the person can change it. */
  initialReference?: number;
}

export function CompareView({ items, initialReference = 0 }: CompareViewProps) {
  const t = useText().compare;
  const amounts = useAmounts();
  const referenceId = useId();
  const [chosen, setChosen] = useState(initialReference);
  const reference = chosen >= 0 && chosen < items.length ? chosen : 0;

  const comparison = useMemo(() => (items.length >= 2 ? compareScenarios(items, { reference }) : null), [items, reference]);
  const rows = useMemo(() => (comparison ? comparisonRows(comparison, amounts.unit) : null), [comparison, amounts.unit]);
  const stats = useMemo(() => (items.length >= 2 ? variantStats(items) : null), [items]);

  if (!comparison || !rows || !stats) {
    return (
      <section className="compare" aria-labelledby="compare-title" data-testid="compare-view">
        <h2 id="compare-title">{t.title}</h2>
        <p>{t.tooFew}</p>
      </section>
    );
  }
  const ref = comparison.scenarios[reference];
  return (
    <section className="compare" aria-labelledby="compare-title" data-testid="compare-view">
      <div className="compare__head">
        {/* The page's h1 says "compare"; this heads the scenarios it compares. */}
        <h2 id="compare-title">{t.scenarios}</h2>
        <span className="compare-select">
          <label htmlFor={referenceId}>{t.referenceLabel}</label>
          <select id={referenceId} value={String(reference)} onChange={(e) => setChosen(Number(e.target.value))}>
            {comparison.scenarios.map((s) => (
              <option key={s.index} value={String(s.index)}>
                {s.label}: {s.name}
              </option>
            ))}
          </select>
        </span>
      </div>
      <ul className="compare-scenarios" aria-labelledby="compare-title">
        {comparison.scenarios.map((s) => (
          <li key={s.index}>
            <LineSample style={scenarioStyle(s.index)} />
            <strong className="compare-scenarios__label">{s.label}</strong>
            <span>
              {s.name}
              {s.name !== s.scenario.title ? <span className="compare-scenarios__title"> — {s.scenario.title}</span> : null}
              {s.index === reference ? <span className="compare-scenarios__ref"> ({t.reference})</span> : null}
            </span>
          </li>
        ))}
      </ul>
      <p className="compare-note" data-testid="compare-years-note">
        {yearsNote(comparison, amounts.lang)}
      </p>
      {comparison.years.length > 0 ? (
        <>
          <CompareChart comparison={comparison} rows={rows} amounts={amounts} t={t} />
          <CompareYearTable kind="perYear" comparison={comparison} rows={rows} amounts={amounts} t={t} />
          <CompareYearTable kind="cumulative" comparison={comparison} rows={rows} amounts={amounts} t={t} />
          <CompareBudgetTable comparison={comparison} amounts={amounts} />
          <PartnerCompareTable comparison={comparison} amounts={amounts} t={t} />
        </>
      ) : null}
      <DifferencesList comparison={comparison} lang={amounts.lang} t={t} refLabel={ref?.label ?? 'A'} />
      <VariantStatsTable stats={stats} amounts={amounts} t={t} />
    </section>
  );
}
