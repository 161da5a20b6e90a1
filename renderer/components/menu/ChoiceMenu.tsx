// The choice menu (keuzemenu, #22 item 2) for the council meeting: every measure a card to switch
// on or off and to make stronger or weaker, the savings per year as bars against the target (green
// once it is met in every year), the structural part apart, and per partner what the choice means
// one click away. The choice is not an edit of the scenario: it lives here until it is saved as a
// variant, a new tab whose title names the choices. Every figure is project()'s of the scenario
// with the choice applied (shared/menu); nothing is computed here.
import { useEffect, useMemo, useRef, useState } from 'react';
import { targetCheckText } from '../../../shared/engine/target-check';
import { render } from '../../../shared/i18n/text';
import { kindOfType } from '../../../shared/measures/registry';
import {
  applyChoices,
  cardFigure,
  choiceOf,
  menuCards,
  menuResult,
  menuVariantTitle,
  stepped,
  stepText,
  toggled,
  type MenuCard,
  type MenuChoices,
  type MenuResult,
} from '../../../shared/menu/menu';
import type { Projection } from '../../../shared/engine/types';
import type { Scenario } from '../../../shared/scenario/schema';
import { useLang, useText } from '../../i18n/use-text';
import { scenarioSelectors } from '../../store/scenario-slice';
import { useAppStore } from '../../store/store';
import { projectionOf } from '../../store/use-projection';
import { PartnerDialog } from './PartnerDialog';
import './menu.css';

const NO_CHOICE: MenuChoices = {};

export function ChoiceMenu() {
  const t = useText().menu;
  const lang = useLang();
  const scenario = useAppStore(scenarioSelectors.scenario);
  const documentId = useAppStore((s) => s.activeDocumentId);
  const setChoosing = useAppStore((s) => s.setChoosing);
  // The choice belongs to the scenario it was made on: another tab, an undo or the variant just
  // saved start from their own settings again.
  const [menu, setMenu] = useState<{ scenario: Scenario | null; choices: MenuChoices }>({ scenario, choices: NO_CHOICE });
  const choices = menu.scenario === scenario ? menu.choices : NO_CHOICE;
  const setChoices = (next: MenuChoices) => setMenu({ scenario, choices: next });
  const [notice, setNotice] = useState('');
  const [partnersOpen, setPartnersOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    root.current?.focus();
  }, []);

  const cards = useMemo(() => (scenario ? menuCards(scenario) : []), [scenario]);
  const chosen = useMemo(() => (scenario ? applyChoices(scenario, choices) : null), [scenario, choices]);
  const projection = chosen ? projectionOf(chosen) : null;
  const result = useMemo(() => (projection ? menuResult(projection) : null), [projection]);
  if (!scenario || !chosen || !projection || !result) return null;

  const changed = Object.keys(choices).length;
  const change = (next: MenuChoices) => {
    setNotice('');
    setChoices(next);
  };
  const saveVariant = () => {
    const title = menuVariantTitle(scenario, choices, lang);
    useAppStore.getState().openDocument({ ...chosen, title }, null, { dirty: true, guide: false, ...(documentId ? { variantOf: documentId } : {}) });
    setNotice(t.saved(title));
  };

  return (
    <div className="choice-menu" ref={root} tabIndex={-1} role="region" aria-label={t.label}>
      <div className="choice-menu__top">
        <div className="choice-menu__titles">
          <h1 title={scenario.title}>{scenario.title}</h1>
          <p className="choice-menu__changed" data-testid="menu-changed">
            {t.changed(changed)}
          </p>
        </div>
        <div className="choice-menu__tools">
          <button type="button" className="tool-button" aria-disabled={changed === 0} onClick={() => changed > 0 && change(NO_CHOICE)}>
            {t.reset}
          </button>
          <button type="button" className="tool-button" aria-haspopup="dialog" onClick={() => setPartnersOpen(true)}>
            {t.partners.open}
          </button>
          <button type="button" className="tool-button is-primary" onClick={saveVariant}>
            {t.saveVariant}
          </button>
          <button type="button" className="tool-button" aria-keyshortcuts="Escape" onClick={() => setChoosing(false)}>
            {t.leave}
          </button>
        </div>
      </div>
      <p role="status" className="choice-menu__notice" data-testid="menu-notice">
        {notice}
      </p>
      <main className="choice-menu__body">
        <section className="choice-menu__cards" aria-labelledby="choice-menu-cards">
          <h2 id="choice-menu-cards" className="visually-hidden">
            {t.cardsHeading}
          </h2>
          <ul className="menu-cards">
            {cards.map((card) => (
              <CardView key={card.id} card={card} scenario={scenario} projection={projection} choices={choices} onChange={change} />
            ))}
          </ul>
        </section>
        <Result result={result} />
      </main>
      <PartnerDialog open={partnersOpen} projection={projection} onClose={() => setPartnersOpen(false)} />
    </div>
  );
}

function CardView({
  card,
  scenario,
  projection,
  choices,
  onChange,
}: {
  card: MenuCard;
  scenario: Scenario;
  projection: Projection;
  choices: MenuChoices;
  onChange(next: MenuChoices): void;
}) {
  const t = useText().menu;
  const lang = useLang();
  const choice = choiceOf(card, choices);
  const figure = choice.on ? cardFigure(projection, card.id) : ({ kind: 'none' } as const);
  const strength = stepText(scenario, card, choice.step, lang);
  const nameId = `menu-card-${card.id}`;
  const first = choice.step <= 0;
  const last = choice.step >= card.steps.length - 1;
  return (
    <li className={`menu-card ${choice.on ? 'is-on' : 'is-off'}`} data-testid={`menu-card-${card.id}`} aria-labelledby={nameId}>
      <h3 id={nameId} className="menu-card__name">
        {card.name}
      </h3>
      <p className="menu-card__meta">
        {render(lang, kindOfType(card.type).words.title)} · {t.nature[card.nature]} · <strong>{choice.on ? t.chosen.on : t.chosen.off}</strong>
      </p>
      <p className="menu-card__figure" data-testid="menu-card-figure">
        {card.pm
          ? t.pm
          : figure.kind === 'year'
            ? t.figureYear(figure.amount, figure.year)
            : figure.kind === 'horizon'
              ? t.figureHorizon(figure.amount, figure.from, figure.to)
              : t.figureNone}
      </p>
      <div className="menu-card__controls">
        <label className="menu-switch">
          <input type="checkbox" role="switch" checked={choice.on} onChange={() => onChange(toggled(card, choices))} />
          <span>{t.include}</span>
          <span className="visually-hidden">{t.about(card.name)}</span>
        </label>
        {strength !== null ? (
          <div className="menu-steps" role="group" aria-label={`${t.strength}: ${card.name}`}>
            <button type="button" className="menu-steps__button" aria-label={t.weaker(card.name)} aria-disabled={first} onClick={() => !first && onChange(stepped(card, choices, -1))}>
              <span aria-hidden="true">−</span>
            </button>
            <output className="menu-steps__value" aria-live="polite">
              {strength}
              {choice.step === card.ownStep ? <small>{t.ownStep}</small> : null}
            </output>
            <button type="button" className="menu-steps__button" aria-label={t.stronger(card.name)} aria-disabled={last} onClick={() => !last && onChange(stepped(card, choices, 1))}>
              <span aria-hidden="true">+</span>
            </button>
          </div>
        ) : null}
      </div>
    </li>
  );
}

const pct = (fraction: number) => `${(fraction * 100).toFixed(2)}%`;

function Result({ result }: { result: MenuResult }) {
  const t = useText().menu;
  const lang = useLang();
  const check = targetCheckText(result.check);
  const structural = targetCheckText(result.structuralCheck);
  const status = result.check.status;
  const mark = status === 'met' ? '✓ ' : status === 'short' ? '✗ ' : '';
  const structuralMark = result.structuralCheck.status === 'met' ? '✓ ' : result.structuralCheck.status === 'short' ? '✗ ' : '';
  return (
    <section className={`choice-menu__result ${result.met ? 'is-met' : ''}`} aria-labelledby="choice-menu-result" tabIndex={0}>
      <h2 id="choice-menu-result" className="visually-hidden">
        {t.resultHeading}
      </h2>
      <div className={`menu-verdict is-${status}`} role="status" data-testid="menu-verdict">
        {check.label ? <p className="menu-verdict__label">{render(lang, check.label)}</p> : null}
        <p className="menu-verdict__word">
          {mark}
          {render(lang, check.word)}
        </p>
        {check.detail ? <p className="menu-verdict__detail">{render(lang, check.detail)}</p> : null}
        {result.structuralCheck.status !== 'none' ? (
          <p className={`menu-verdict__structural is-${result.structuralCheck.status}`} data-testid="menu-structural">
            {t.structuralHeading}: {structuralMark}
            {render(lang, structural.word)}
            {/* Where every saving is structural the detail would repeat the one above. */}
            {structural.detail && !result.bars.every((b) => b.structural === b.savings) ? ` — ${render(lang, structural.detail)}` : ''}
          </p>
        ) : null}
      </div>
      <p className="menu-legend" aria-hidden="true">
        <span className="menu-legend__structural">{t.legend.structural}</span>
        <span className="menu-legend__incidental">{t.legend.incidental}</span>
        <span className="menu-legend__target">{t.legend.target}</span>
      </p>
      <table className="menu-bars" data-testid="menu-bars">
        <caption className="visually-hidden">{t.barsCaption}</caption>
        <colgroup>
          <col className="menu-bars__year-col" />
          <col className="menu-bars__bar-col" />
          <col />
        </colgroup>
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{t.columns.year}</th>
            <th scope="col">{t.columns.bar}</th>
            <th scope="col">{t.columns.figures}</th>
          </tr>
        </thead>
        <tbody>
          {result.bars.map((bar) => {
            const state = bar.met === null ? 'none' : bar.met ? 'met' : 'short';
            return (
              <tr key={bar.year} className={`is-${state}`} data-year={bar.year}>
                <th scope="row">{bar.year}</th>
                <td className="menu-bars__bar">
                  <div className="menu-bar" aria-hidden="true">
                    <span className="menu-bar__structural" style={{ width: pct(bar.fill.structural) }} />
                    <span className="menu-bar__incidental" style={{ width: pct(bar.fill.incidental) }} />
                    {bar.fill.target !== null ? <span className="menu-bar__target" style={{ left: pct(bar.fill.target) }} /> : null}
                  </div>
                </td>
                <td>
                  <div className="menu-bars__figures">
                    <span className="menu-bars__amount" data-testid="menu-bar-amount">
                      {t.savingsOf(bar.savings, bar.target)}
                    </span>
                    <span className="menu-bars__word">
                      {bar.met === null ? t.yearNoTarget : bar.met ? `✓ ${t.yearMet}` : `✗ ${t.yearShort(bar.gap ?? 0)}`}
                    </span>
                    {bar.structural !== bar.savings ? <span className="menu-bars__structural">{t.structuralPart(bar.structural)}</span> : null}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
