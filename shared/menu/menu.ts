// The choice menu (keuzemenu, #22 item 2): every measure of a scenario as a card the council
// switches on or off and steps in strength, the savings per year against the target, the
// structural part apart, and per partner what the chosen set means. The choice is applied to
// the scenario itself (enabled, the stepped strength), so every figure is project()'s of that
// scenario and the variant saved from the menu is exactly what was on the screen.
import { targetCheck, targetCheckOf, type TargetCheck } from '../engine/target-check';
import type { Projection } from '../engine/types';
import { render } from '../i18n/text';
import { USER_LANGS, type Lang } from '../i18n/languages';
import { catalogue } from '../i18n/text';
import { kindOf } from '../measures/registry';
import { natureOf } from '../scenario/measure-facts';
import { NAME_MAX, type Measure, type MeasureType, type Nature, type Scenario } from '../scenario/schema';
import { atStep, stepsOf, type MenuStep } from './steps';

export interface MenuCard {
  id: string;
  name: string;
  type: MeasureType;
  nature: Nature;
  /** Pro memorie: no size yet, so no figure and no steps; it can still be chosen. */
  pm: boolean;
  /** Switched on in the scenario. */
  ownOn: boolean;
  /** Weakest first; empty when the measure has no strength to step. */
  steps: MenuStep[];
  /** The step that is the scenario's own setting (−1 without steps). */
  ownStep: number;
}

/** A measure's place in the choice: on or off, and at which step. */
export interface MenuChoice {
  on: boolean;
  step: number;
}

/** What differs from the scenario, by measure id; a measure not listed is as in the scenario. */
export type MenuChoices = Readonly<Record<string, MenuChoice>>;

/** The cards of a scenario, in file order. */
export function menuCards(scenario: Scenario): MenuCard[] {
  return (scenario.measures ?? []).map((m) => {
    const { steps, own } = stepsOf(m);
    return { id: m.id, name: m.name, type: m.type, nature: natureOf(m), pm: m.pm === true, ownOn: m.enabled !== false, steps, ownStep: own };
  });
}

/** The card's choice: the chosen one, else the scenario's own (a step kept inside the ladder). */
export function choiceOf(card: MenuCard, choices: MenuChoices): MenuChoice {
  const chosen = choices[card.id];
  const own = { on: card.ownOn, step: card.ownStep };
  if (!chosen) return own;
  const step = card.steps.length === 0 ? -1 : Math.min(Math.max(chosen.step, 0), card.steps.length - 1);
  return { on: chosen.on, step };
}

/** The choices with one card's changed; a choice equal to the scenario's own is dropped. */
export function withChoice(choices: MenuChoices, card: MenuCard, choice: MenuChoice): MenuChoices {
  const { [card.id]: _dropped, ...rest } = choices;
  if (choice.on === card.ownOn && choice.step === card.ownStep) return rest;
  return { ...rest, [card.id]: choice };
}

/** One step weaker (−1) or stronger (+1), within the ladder; switching a card off keeps its step. */
export function stepped(card: MenuCard, choices: MenuChoices, by: -1 | 1): MenuChoices {
  const now = choiceOf(card, choices);
  const step = Math.min(Math.max(now.step + by, 0), card.steps.length - 1);
  if (card.steps.length === 0 || step === now.step) return choices;
  return withChoice(choices, card, { on: now.on, step });
}

export function toggled(card: MenuCard, choices: MenuChoices): MenuChoices {
  const now = choiceOf(card, choices);
  return withChoice(choices, card, { on: !now.on, step: now.step });
}

// The same measure at the same choice is the same (frozen) object: the engine keeps what it
// compiled for it, so a menu move compiles only the measure that moved.
const chosenMeasures = new WeakMap<Measure, Map<string, Measure>>();

function chosenMeasure(m: Measure, card: MenuCard, choice: MenuChoice): Measure {
  const key = `${choice.on ? 1 : 0}:${choice.step}`;
  let byChoice = chosenMeasures.get(m);
  if (!byChoice) chosenMeasures.set(m, (byChoice = new Map()));
  const known = byChoice.get(key);
  if (known) return known;
  const step = card.steps[choice.step];
  const strong = step === undefined || choice.step === card.ownStep ? m : atStep(m, step);
  const { enabled: _enabled, ...rest } = strong;
  const out = choice.on && strong === m && m.enabled !== false ? m : (Object.freeze(choice.on ? rest : { ...rest, enabled: false }) as Measure);
  byChoice.set(key, out);
  return out;
}

/**
 * The scenario with the choice applied: each measure switched on or off and at its chosen step.
 * Nothing else changes (the lines are the same objects); with no choice it is the scenario itself.
 */
export function applyChoices(scenario: Scenario, choices: MenuChoices): Scenario {
  const measures = scenario.measures ?? [];
  if (measures.every((m) => choices[m.id] === undefined)) return scenario;
  const cards = new Map(menuCards(scenario).map((c) => [c.id, c]));
  const chosen = measures.map((m) => {
    const card = cards.get(m.id) as MenuCard;
    return choices[m.id] === undefined ? m : chosenMeasure(m, card, choiceOf(card, choices));
  });
  return Object.freeze({ ...scenario, measures: Object.freeze(chosen) as Measure[] });
}

/** The strength of a card at a step in a few words ("15%", "€ 30.000 per jaar"); null without steps. */
export function stepText(scenario: Scenario, card: MenuCard, step: number, lang: Lang): string | null {
  const m = (scenario.measures ?? []).find((x) => x.id === card.id);
  const at = card.steps[step];
  if (!m || at === undefined) return null;
  const measure = atStep(m, at);
  return render(lang, kindOf(measure).strength(measure));
}

/** What a card brings in the projection of the choice. */
export type CardFigure =
  /** Its effect in the last year of the horizon. */
  | { kind: 'year'; year: number; amount: number }
  /** Nothing in the last year (an incidental saving): its effect summed over the horizon. */
  | { kind: 'horizon'; from: number; to: number; amount: number }
  /** Off, or pro memorie: no effect. */
  | { kind: 'none' };

export function cardFigure(projection: Projection, id: string): CardFigure {
  const m = projection.measures.find((x) => x.id === id);
  const years = projection.years;
  if (!m || years.length === 0) return { kind: 'none' };
  const last = m.effect[m.effect.length - 1] ?? 0;
  if (last !== 0 || m.effect.every((v) => v === 0)) return { kind: 'year', year: years[years.length - 1] as number, amount: last };
  return { kind: 'horizon', from: years[0] as number, to: years[years.length - 1] as number, amount: m.effect.reduce((s, v) => s + v, 0) };
}

/** One year's bar: the savings against the target, the structural part apart. */
export interface MenuBar {
  year: number;
  savings: number;
  structural: number;
  incidental: number;
  /** null: no target in this year. */
  target: number | null;
  /** target − savings (positive: short); null without a target. */
  gap: number | null;
  /** target − structural savings; null without a target. */
  structuralGap: number | null;
  met: boolean | null;
  /** Fractions of the bar's length (the scale): the structural part, the rest of the savings, the target's mark. */
  fill: { structural: number; incidental: number; target: number | null };
}

export interface MenuResult {
  bars: MenuBar[];
  /** Whether the target is met in every year that has one, and where not. */
  check: TargetCheck;
  /** The same for the structural savings alone (BBV: structureel en reëel evenwicht). */
  structuralCheck: TargetCheck;
  /** The target is met in every year that has one: the bars turn green. */
  met: boolean;
  /** The euros that a whole bar stands for: the largest target or savings of any year. */
  scale: number;
}

/** The bars of a projection. Every figure is the projection's; only the bars' lengths are made here. */
export function menuResult(projection: Projection): MenuResult {
  const { years, savings, target } = projection;
  let scale = 0;
  years.forEach((_, i) => {
    scale = Math.max(scale, savings.total[i] ?? 0, target?.amount[i] ?? 0);
  });
  const of = (v: number) => (scale > 0 ? Math.min(Math.max(v / scale, 0), 1) : 0);
  const bars = years.map((year, i): MenuBar => {
    const total = savings.total[i] ?? 0;
    const structural = savings.structural[i] ?? 0;
    const shown = Math.max(total, 0);
    const structuralShown = Math.min(Math.max(structural, 0), shown);
    const amount = target?.amount[i] ?? null;
    return {
      year,
      savings: total,
      structural,
      incidental: savings.incidental[i] ?? 0,
      target: amount,
      gap: target?.gap[i] ?? null,
      structuralGap: target?.structuralGap[i] ?? null,
      met: target?.met[i] ?? null,
      fill: { structural: of(structuralShown), incidental: of(shown) - of(structuralShown), target: amount === null ? null : of(amount) },
    };
  });
  const check = targetCheck(projection);
  return {
    bars,
    check,
    structuralCheck: targetCheckOf(years, target?.structuralGap ?? []),
    met: check.status === 'met',
    scale,
  };
}

/** Per partner, for one year of the choice: its budget without and with the measures, and the change. */
export interface MenuPartnerRow {
  /** The organisation; null: lines without one. */
  organisation: string | null;
  baseline: number;
  scenario: number;
  /** scenario − baseline (negative: the partner receives less). */
  change: number;
  /** change ÷ baseline; null when the baseline is 0. */
  changeFraction: number | null;
  /** Σ change over the horizon. */
  horizonChange: number;
}

export interface MenuPartners {
  year: number;
  rows: MenuPartnerRow[];
  /** Fixed amounts belong to no partner: −(the fixed savings) in the year and over the horizon; null without any. */
  fixed: { change: number; horizonChange: number } | null;
  /** Σ of every row and the fixed amounts: −savings. */
  total: { baseline: number; scenario: number; change: number; horizonChange: number };
}

/**
 * The projection's organisation breakdown in one year (index `yi`), the largest cut over the
 * horizon first, lines without an organisation last.
 */
export function menuPartners(projection: Projection, yi: number): MenuPartners {
  const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
  const rows = projection.breakdown.organisation.map((r): MenuPartnerRow => {
    const baseline = r.baseline[yi] ?? 0;
    const scenario = r.scenario[yi] ?? 0;
    return {
      organisation: r.key,
      baseline,
      scenario,
      change: scenario - baseline,
      changeFraction: baseline === 0 ? null : (scenario - baseline) / baseline,
      horizonChange: sum(r.scenario) - sum(r.baseline),
    };
  });
  rows.sort((a, b) => (a.organisation === null ? 1 : 0) - (b.organisation === null ? 1 : 0) || a.horizonChange - b.horizonChange);
  const fixedYear = -(projection.scenario.fixed[yi] ?? 0) + 0;
  const fixedHorizon = -sum(projection.scenario.fixed) + 0;
  const hasFixed = projection.scenario.fixed.some((v) => v !== 0);
  return {
    year: projection.years[yi] as number,
    rows,
    fixed: hasFixed ? { change: fixedYear, horizonChange: fixedHorizon } : null,
    total: {
      baseline: projection.baseline.total[yi] ?? 0,
      scenario: projection.scenario.total[yi] ?? 0,
      change: -(projection.savings.total[yi] ?? 0) + 0,
      horizonChange: -(projection.savings.cumulative[projection.savings.cumulative.length - 1] ?? 0) + 0,
    },
  };
}

/**
 * The title of the variant saved from the menu: the scenario's title and the chosen measures,
 * each with its strength where the menu changed it — "Begroting 2025 — keuze: Korting bieb (15%),
 * Verkoop"; what the menu changed first. Too many to fit in a title: as many as fit, and how many more.
 */
export function menuVariantTitle(scenario: Scenario, choices: MenuChoices, lang: Lang): string {
  const w = catalogue(lang).menu.variant;
  // A variant of a variant: the earlier choice (in any language) gives way to the new one.
  const at = Math.min(...USER_LANGS.map((l) => scenario.title.indexOf(catalogue(l).menu.variant.marker(''))).filter((i) => i > 0));
  const base = (Number.isFinite(at) ? scenario.title.slice(0, at) : scenario.title).trimEnd();
  // What the menu changed first (switched on, or another strength), then the rest as it was.
  const changed: string[] = [];
  const kept: string[] = [];
  for (const card of menuCards(scenario)) {
    const choice = choiceOf(card, choices);
    if (!choice.on) continue;
    const strength = choice.step !== card.ownStep ? stepText(scenario, card, choice.step, lang) : null;
    (strength !== null || !card.ownOn ? changed : kept).push(strength === null ? card.name : w.item(card.name, strength));
  }
  const chosen = [...changed, ...kept];
  if (chosen.length === 0) return fit(base, w.marker(w.nothing));
  for (let shown = chosen.length; shown >= 1; shown--) {
    const rest = chosen.length - shown;
    const list = chosen.slice(0, shown).join(', ') + (rest > 0 ? w.more(rest) : '');
    const suffix = w.marker(list);
    if (base.length + suffix.length <= NAME_MAX) return base + suffix;
  }
  return fit(base, w.marker(w.count(chosen.length)));
}

/** The base cut short so that base + suffix is a valid title. */
function fit(base: string, suffix: string): string {
  return base.slice(0, NAME_MAX - suffix.length).trimEnd() + suffix;
}
