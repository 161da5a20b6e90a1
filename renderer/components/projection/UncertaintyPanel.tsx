// The "Onzekerheid" tab: which uncertainty matters most (the tornado of the last year's savings,
// chart and table), then the Monte Carlo band of the savings and of the cumulative savings per
// year with the chance that the target is met, and with one-off costs (format version 2) the band
// of the net savings. Everything comes from the worker
// (uncertainty-store); until it answers the tab says it is computing, and while a newer edit is
// computed the figures of the previous one stay, marked as being updated.
import { useId, useState } from 'react';
import { CERTAINTY_LEVELS, DEFAULT_CERTAINTY } from '../../../shared/uncertainty/monte-carlo';
import type { Projection } from '../../../shared/engine/types';
import { formatNumber, formatYear } from '../../../shared/format/money';
import { scenarioSelectors } from '../../store/scenario-slice';
import { useAppStore } from '../../store/store';
import { DRAWS, hasUncertainty } from '../../workers/uncertainty-protocol';
import { sameYears } from './band';
import { BandTable } from './BandTable';
import { TORNADO_HIGH, TORNADO_LOW } from './chart-setup';
import { TORNADO_CHART_MAX, TornadoChart } from './TornadoChart';
import { TornadoTable } from './TornadoTable';
import { useUncertainty } from './uncertainty-store';
import { hasBudgetContent } from '../../../shared/budget/rows';
import { useText } from '../../i18n/use-text';
import type { Amounts } from './use-amounts';
import type { Catalogue } from '../../../shared/i18n/catalogues';

export interface UncertaintyPanelProps {
  projection: Projection;
  amounts: Amounts;
  t: Catalogue['projection'];
}

export function UncertaintyPanel({ projection, amounts, t }: UncertaintyPanelProps) {
  const view = useUncertainty();
  const b = useText().budget.band;
  const scenario = useAppStore(scenarioSelectors.scenario);
  const titleId = useId();
  const certaintyId = useId();
  // The certainty level of the "at least" row (weerstandsvermogen: 70 % or 90 %), this panel's own choice.
  const [level, setLevel] = useState<number>(DEFAULT_CERTAINTY);
  const uncertain = scenario !== null && hasUncertainty(scenario);
  const { figures } = view;
  const stale = !view.current;
  const count = (n: number) => formatNumber(n, { lang: amounts.lang, digits: 0 });

  // Figures of another horizon (a file just opened, a horizon just changed) wait for their own.
  const fits = figures !== null && (figures.band === null || sameYears(figures.band.years, projection.years)) && projection.years.includes(figures.tornado.year);
  if (!figures || !fits) {
    return (
      <p className="projection-band-note" data-testid="uncertainty-status" aria-busy={view.error ? undefined : true}>
        {view.current && view.error ? t.bandError(view.error) : t.uncertaintyComputing}
      </p>
    );
  }
  const { tornado } = figures;
  const band = uncertain ? figures.band : null;
  const pp = t.percentagePoint(formatNumber(tornado.assumptionShift * 100, { lang: amounts.lang }));
  return (
    <>
      <section className="projection-section" aria-labelledby={titleId} aria-busy={stale || undefined} data-testid="tornado">
        <div className="projection-section__head">
          <h3 id={titleId}>{t.tornadoTitle(formatYear(tornado.year))}</h3>
          {stale ? <span className="projection-note projection-band-note__busy">{t.bandUpdating}</span> : null}
        </div>
        <p className="projection-uncertainty-intro">{t.tornadoIntro(amounts.money(tornado.savings), pp)}</p>
        {!uncertain ? (
          <p className="projection-band-note" data-testid="band-hint">
            {t.noMeasureRanges} {t.noRangesHint} {t.noRangesWhere}
          </p>
        ) : null}
        <TornadoChart tornado={tornado} amounts={amounts} t={t} />
        <ul className="projection-legend" aria-label={t.legend}>
          <li>
            <span className="projection-legend__swatch" style={{ background: TORNADO_LOW }} aria-hidden="true" />
            {t.tornadoLow}
          </li>
          <li>
            <span className="projection-legend__swatch" style={{ background: TORNADO_HIGH }} aria-hidden="true" />
            {t.tornadoHigh}
          </li>
          <li>
            <span className="projection-legend__baseline" aria-hidden="true" />
            {t.tornadoLine}
          </li>
        </ul>
        {tornado.rows.length > TORNADO_CHART_MAX ? <p className="projection-note">{t.tornadoMore(TORNADO_CHART_MAX, tornado.rows.length)}</p> : null}
      </section>
      <TornadoTable tornado={tornado} amounts={amounts} t={t} />
      {band ? (
        <>
          <div className="projection-certainty">
            <label htmlFor={certaintyId}>{t.certainty.label}</label>{' '}
            <select id={certaintyId} value={String(level)} onChange={(e) => setLevel(Number(e.target.value))} aria-describedby={`${certaintyId}-hint`}>
              {CERTAINTY_LEVELS.map((c) => (
                <option key={c} value={String(c)}>
                  {t.certainty.option(c)}
                </option>
              ))}
            </select>{' '}
            <span id={`${certaintyId}-hint`} className="projection-note">
              {t.certainty.hint}
            </span>
          </div>
          <BandTable which="savings" band={band} stale={stale} projection={projection} amounts={amounts} t={t} level={level} />
          {projection.target === undefined ? <p className="projection-note">{t.noTargetChance}</p> : null}
          <BandTable which="cumulative" band={band} stale={stale} projection={projection} amounts={amounts} t={t} />
          {hasBudgetContent(projection).oneOff ? (
            <>
              <BandTable which="net" band={band} stale={stale} projection={projection} amounts={amounts} t={t} level={level} />
              <p className="projection-note">{b.note}</p>
            </>
          ) : null}
          <p className="projection-note" data-testid="band-note">
            {t.bandNote(count(band.draws), band.seed)} {view.plan?.reduced ? t.bandNoteReduced(count(band.draws), count(DRAWS)) : null} {t.bandHow}
          </p>
        </>
      ) : null}
    </>
  );
}
