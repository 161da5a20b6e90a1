import { formatMoney } from '../../../shared/format/money';
import { targetCheck, targetCheckText } from '../../../shared/engine/target-check';
import { render } from '../../../shared/i18n/text';
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
  // Met only when met in every year that has a target, not in the last year alone (#20).
  const check = targetCheck(projection);
  const said = targetCheckText(check);
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
      </div>
    </section>
  );
}
