import { formatMoney } from '../../../shared/format/money';
import { hasBudgetContent } from '../../../shared/budget/rows';
import { structuralCheck } from '../../../shared/budget/structural';
import { targetCheck, targetCheckText } from '../../../shared/engine/target-check';
import type { Projection } from '../../../shared/engine/types';
import type { Lang } from '../../../shared/i18n/languages';
import { render, type Text } from '../../../shared/i18n/text';
import { useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { uiSelectors } from '../../store/ui-slice';
import { useProjection } from '../../store/use-projection';

/**
 * The answer the room asks for, readable from the back: savings, cumulative, target met or not.
 * With one-off costs (format version 2) a fourth figure: the net cumulative savings and the year
 * they pay back; with incidental measures, the structural part of the last year's savings and
 * whether the target is met structurally too (BBV: structureel en reëel evenwicht). A scenario
 * without either reads as before.
 */
export function HeadlineStrip() {
  const t = useText().app;
  const b = useText().budget.headline;
  const lang = useAppStore(uiSelectors.lang);
  const projection = useProjection();
  if (!projection || projection.years.length === 0) return null;
  const last = projection.years.length - 1;
  const from = projection.years[0] as number;
  const to = projection.years[last] as number;
  const savings = projection.savings.total[last] ?? 0;
  const cumulative = projection.savings.cumulative[last] ?? 0;
  // Met only when met in every year that has a target, not in the last year alone (#20).
  const check = targetCheck(projection);
  const said = targetCheckText(check);
  const facts = hasBudgetContent(projection);
  const money = (v: number) => formatMoney(v, { lang, unit: 'euro' });
  return (
    <section className={`headline${facts.oneOff ? ' headline--four' : ''}`} aria-label={t.savings}>
      <div className="headline__figure">
        <h2>{t.savingsIn(to)}</h2>
        <p data-testid="headline-savings">{money(savings)}</p>
        {facts.incidental ? (
          <div className="headline__detail" data-testid="headline-structural">
            {b.structuralOf(money(projection.savings.structural[last] ?? 0))}
          </div>
        ) : null}
        <PlannedRiskRealised projection={projection} money={money} />
      </div>
      <div className="headline__figure">
        <h2>{t.cumulative(from, to)}</h2>
        <p data-testid="headline-cumulative">{money(cumulative)}</p>
      </div>
      {facts.oneOff ? <NetFigure projection={projection} lang={lang} /> : null}
      <div className="headline__figure">
        <h2>{said.label ? render(lang, said.label) : t.targetIn(to)}</h2>
        <p data-testid="headline-target" className={check.status === 'none' ? '' : check.status === 'short' ? 'is-short' : 'is-met'}>
          {check.status === 'none' ? (
            t.noTarget
          ) : (
            <>
              <span aria-hidden="true">{check.status === 'short' ? '✗ ' : '✓ '}</span>
              {render(lang, said.word)}
              {said.detail ? <span className="headline__gap"> ({render(lang, said.detail)})</span> : null}
            </>
          )}
        </p>
        {facts.incidental && check.status !== 'none' ? <StructuralLine projection={projection} lang={lang} /> : null}
      </div>
    </section>
  );
}

/** Net cumulative savings over the horizon, and when they pay back the one-off costs. */
function NetFigure({ projection, lang }: { projection: Projection; lang: Lang }) {
  const b = useText().budget.headline;
  const years = projection.years;
  const from = years[0] as number;
  const to = years[years.length - 1] as number;
  const net = projection.savings.netCumulative;
  const payback = projection.paybackYear;
  const below = (net[net.length - 1] ?? 0) < 0;
  // Null payback: never below zero (nothing to pay back), or still below zero at the horizon's end;
  // a payback year with the end below zero again: later one-off costs outweigh the savings.
  const detail = payback !== null ? (below ? b.paybackLost(payback, to) : b.paybackIn(payback)) : below ? b.notPaidBack(to) : null;
  return (
    <div className="headline__figure">
      <h2>{b.netCumulative(from, to)}</h2>
      <p data-testid="headline-net" className={below ? 'is-negative' : undefined}>
        {formatMoney(net[net.length - 1] ?? 0, { lang, unit: 'euro' })}
      </p>
      {detail ? (
        <div className="headline__detail" data-testid="headline-payback">
          {detail}
        </div>
      ) : null}
    </div>
  );
}

/**
 * Planned beside risk-weighted and realised (#22): the risk-weighted savings of the last year when
 * some measure's chance is below 1, and the realised savings of the latest year any measure reports,
 * against what was planned for that year. Nothing when neither applies.
 */
function PlannedRiskRealised({ projection, money }: { projection: Projection; money: (v: number) => string }) {
  const b = useText().budget.headline;
  const last = projection.years.length - 1;
  const risky = projection.measures.some((m) => m.probability < 1);
  const reported = projection.savings.realised.findLastIndex((r) => r !== null);
  if (!risky && reported < 0) return null;
  return (
    <div className="headline__detail" data-testid="headline-risk-realised">
      {[
        risky ? b.riskWeighted(money(projection.savings.riskWeighted[last] ?? 0)) : null,
        reported >= 0
          ? b.realisedIn(projection.years[reported] as number, money(projection.savings.realised[reported] ?? 0), money(projection.savings.total[reported] ?? 0))
          : null,
      ]
        .filter(Boolean)
        .join(' · ')}
    </div>
  );
}

/** Whether the structural savings meet the target too: "ook structureel gehaald", "structureel pas vanaf 2026 (…)". */
function StructuralLine({ projection, lang }: { projection: Projection; lang: Lang }) {
  const b = useText().budget.headline;
  const { check, metFrom } = structuralCheck(projection);
  if (check.status === 'none') return null;
  const detail = targetCheckText(check).detail;
  const shown = (d: Text | null) => (d ? render(lang, d) : '');
  const sentence = check.status === 'met' ? b.structuralMet : metFrom !== null ? b.structuralFrom(metFrom, shown(detail)) : b.structuralShort(shown(detail));
  return (
    <div className={`headline__detail ${check.status === 'met' ? 'is-met' : 'is-short'}`} data-testid="headline-structural-check">
      {sentence}
    </div>
  );
}
