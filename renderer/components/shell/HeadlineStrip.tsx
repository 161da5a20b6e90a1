import { formatMoney } from '../../../shared/format/money';
import { useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { uiSelectors } from '../../store/ui-slice';
import { useProjection } from '../../store/use-projection';

/** The answer the room asks for, readable from the back: savings, cumulative, target met or not. */
export function HeadlineStrip() {
  const t = useText().app;
  const lang = useAppStore(uiSelectors.lang);
  const projection = useProjection();
  if (!projection || projection.years.length === 0) return null;
  const last = projection.years.length - 1;
  const from = projection.years[0] as number;
  const to = projection.years[last] as number;
  const savings = projection.savings.total[last] ?? 0;
  const cumulative = projection.savings.cumulative[last] ?? 0;
  const gap = projection.target?.gap[last] ?? null;
  const money = (v: number) => formatMoney(v, { lang, unit: 'euro' });
  return (
    <section className="headline" aria-label={t.savings}>
      <div className="headline__figure">
        <h2>{t.savingsIn(to)}</h2>
        <p data-testid="headline-savings">{money(savings)}</p>
      </div>
      <div className="headline__figure">
        <h2>{t.cumulative(from, to)}</h2>
        <p data-testid="headline-cumulative">{money(cumulative)}</p>
      </div>
      <div className="headline__figure">
        <h2>{t.targetIn(to)}</h2>
        <p data-testid="headline-target" className={gap === null ? '' : gap > 0 ? 'is-short' : 'is-met'}>
          {gap === null ? (
            t.noTarget
          ) : gap > 0 ? (
            <>
              <span aria-hidden="true">✗ </span>
              {t.targetNotMet} <span className="headline__gap">({money(-gap)})</span>
            </>
          ) : (
            <>
              <span aria-hidden="true">✓ </span>
              {t.targetMet}
            </>
          )}
        </p>
      </div>
    </section>
  );
}
