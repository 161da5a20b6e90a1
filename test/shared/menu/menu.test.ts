// The choice menu (keuzemenu, #22 item 2): the steps of each measure, the choice applied to the
// scenario (so that its figures are project()'s), the bars against the target with the
// structural part apart, the per-partner effect, and the title of the variant saved from it.
import { project } from '../../../shared/engine/project';
import {
  applyChoices,
  cardFigure,
  choiceOf,
  menuCards,
  menuPartners,
  menuResult,
  menuVariantTitle,
  stepped,
  stepText,
  toggled,
  type MenuCard,
  type MenuChoices,
} from '../../../shared/menu/menu';
import { atStep, stepsOf } from '../../../shared/menu/steps';
import { NAME_MAX, type Measure, type Scenario } from '../../../shared/scenario/schema';
import { voorbeeldV2 } from '../../support/voorbeeld-v2';

const v2 = voorbeeldV2;

const card = (s: Scenario, id: string): MenuCard => menuCards(s).find((c) => c.id === id)!;
const rates = (m: Measure) => stepsOf(m).steps.map((step) => (atStep(m, step) as { rate: number }).rate);
const base = { id: 'm', name: 'M', lines: ['a'] };

describe('the steps of a measure', () => {
  test('a saving rate steps through round rates, its own among them', () => {
    const cut: Measure = { ...base, type: 'cut', rate: 0.1 };
    expect(rates(cut)).toEqual([0.01, 0.02, 0.03, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5]);
    expect(stepsOf(cut).own).toBe(4);
    const odd: Measure = { ...base, type: 'cut', rate: 0.12 };
    expect(rates(odd).slice(4, 7)).toEqual([0.1, 0.12, 0.15]);
    expect(stepsOf(odd).own).toBe(5);
    const volume: Measure = { ...base, type: 'volumeChange', rate: -0.05 };
    expect(rates(volume).slice(0, 5)).toEqual([-0.01, -0.02, -0.03, -0.05, -0.1]);
    expect(stepsOf(volume).own).toBe(3);
  });

  test('an amount, a share, a fixed amount and a rate that costs scale with their own setting', () => {
    const amount: Measure = { ...base, type: 'cut', amount: 30_000 };
    const s = stepsOf(amount);
    expect(s.steps.map((x) => (atStep(amount, x) as { amount: number }).amount)).toEqual([7_500, 15_000, 22_500, 30_000, 37_500, 45_000, 60_000]);
    expect(atStep(amount, s.steps[s.own]!)).toBe(amount);
    const fixed: Measure = { id: 'f', name: 'F', type: 'fixed', amounts: { '2025': 33_333 } };
    expect(stepsOf(fixed).steps.map((x) => (atStep(fixed, x) as { amounts: Record<string, number> }).amounts['2025'])).toEqual([
      8_333, 16_667, 25_000, 33_333, 41_666, 50_000, 66_666,
    ]);
    expect(rates({ ...base, type: 'unitCostChange', rate: 0.04 })).toEqual([0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08]);
  });

  test('steps that come to the same setting are left out (a share at 100 %), the own one kept', () => {
    const shift: Measure = { id: 's', name: 'S', type: 'shift', from: 'a', to: 'b', share: { '2025': 0.6 } };
    const shares = stepsOf(shift).steps.map((x) => (atStep(shift, x) as { share: Record<string, number> }).share['2025']);
    expect(shares).toEqual([0.15, 0.3, 0.45, 0.6, 0.75, 0.9, 1]);
    const full: Measure = { ...shift, share: { '2025': 1 } };
    const s = stepsOf(full);
    expect(s.steps.map((x) => (atStep(full, x) as { share: Record<string, number> }).share['2025'])).toEqual([0.25, 0.5, 0.75, 1]);
    expect(s.own).toBe(3);
  });

  test('a pro memorie measure, or one whose steps all come to the same, has none', () => {
    expect(stepsOf({ id: 'p', name: 'P', type: 'fixed', amounts: {}, pm: true }).steps).toEqual([]);
    expect(stepsOf({ id: 'z', name: 'Z', type: 'fixed', amounts: { '2025': 0 } }).steps).toEqual([]);
  });
});

describe('the choice applied to the scenario', () => {
  test('no choice: the scenario itself', () => {
    const s = v2();
    expect(applyChoices(s, {})).toBe(s);
  });

  test('a card switched off: the figures are project()’s of the scenario with that measure disabled', () => {
    const s = v2();
    const choices = toggled(card(s, 'jeugdpunt-half'), {});
    const chosen = applyChoices(s, choices);
    const disabled = structuredClone(s);
    disabled.measures![1]!.enabled = false;
    expect(project(chosen)).toEqual(project(disabled));
    // The other measures and the lines are the very same objects.
    expect(chosen.lines).toBe(s.lines);
    expect(chosen.measures![0]).toBe(s.measures![0]);
    // Switched on again: as in the scenario, the choice gone.
    expect(toggled(card(s, 'jeugdpunt-half'), choices)).toEqual({});
  });

  test('a step: the strength written into the measure; a switched-off measure switched on', () => {
    const s = v2();
    const bieb = card(s, 'korting-bieb');
    const choices = stepped(bieb, stepped(bieb, {}, 1), 1); // 10 % → 15 % → 20 %
    expect(choiceOf(bieb, choices)).toEqual({ on: true, step: bieb.ownStep + 2 });
    const chosen = applyChoices(s, choices);
    expect(chosen.measures![0]).toMatchObject({ id: 'korting-bieb', rate: 0.2 });
    expect(stepText(s, bieb, choiceOf(bieb, choices).step, 'nl')).toBe('20%');
    const off = structuredClone(s);
    off.measures![2]!.enabled = false;
    const verkoop = card(off, 'verkoop');
    expect(verkoop.ownOn).toBe(false);
    expect(applyChoices(off, toggled(verkoop, {})).measures![2]!.enabled).toBeUndefined();
    // Stepping stops at the ends of the ladder.
    let c: MenuChoices = {};
    for (let i = 0; i < 20; i++) c = stepped(bieb, c, -1);
    expect(choiceOf(bieb, c).step).toBe(0);
  });

  test('the same choice gives the same measure object (the engine keeps what it compiled)', () => {
    const s = v2();
    const choices = stepped(card(s, 'korting-bieb'), {}, 1);
    expect(applyChoices(s, choices).measures![0]).toBe(applyChoices(s, { ...choices }).measures![0]);
  });
});

describe('the bars', () => {
  test('savings against the target per year, structural apart; green only when met in every year', () => {
    const s = v2();
    const p = project(s);
    const r = menuResult(p);
    expect(r.bars.map((b) => [b.year, b.savings, b.structural, b.target, b.gap, b.structuralGap])).toEqual([
      [2024, 0, 0, null, null, null],
      [2025, 90_000, 40_000, 80_000, -10_000, 40_000],
      [2026, 142_800, 142_800, 80_000, -62_800, -62_800],
      [2027, 117_300, 117_300, 80_000, -37_300, -37_300],
    ]);
    expect(r.met).toBe(true);
    expect(r.check.status).toBe('met');
    expect(r.structuralCheck).toMatchObject({ status: 'short', short: [{ year: 2025, gap: 40_000 }] });
    expect(r.scale).toBe(142_800);
    expect(r.bars[1]!.fill.structural).toBeCloseTo(40_000 / 142_800);
    expect(r.bars[1]!.fill.incidental).toBeCloseTo(50_000 / 142_800);
    expect(r.bars[1]!.fill.target).toBeCloseTo(80_000 / 142_800);

    // Without the sale of the building 2025 falls short: no longer met, no longer green.
    const without = menuResult(project(applyChoices(s, toggled(card(s, 'verkoop'), {}))));
    expect(without.met).toBe(false);
    expect(without.check).toMatchObject({ status: 'short', short: [{ year: 2025, gap: 40_000 }] });
  });

  test('a card’s figure: its effect in the last year, or over the horizon when it ends before', () => {
    const p = project(v2());
    expect(cardFigure(p, 'korting-bieb')).toEqual({ kind: 'year', year: 2027, amount: 40_800 });
    expect(cardFigure(p, 'verkoop')).toEqual({ kind: 'horizon', from: 2024, to: 2027, amount: 50_000 });
    expect(cardFigure(p, 'onderzoek')).toEqual({ kind: 'none' });
  });
});

describe('per partner', () => {
  test('the organisation breakdown of the chosen year, the largest cut first; everything adds up to −savings', () => {
    const s = v2();
    const p = project(s);
    const yi = p.years.indexOf(2026);
    const partners = menuPartners(p, yi);
    expect(partners.rows.map((r) => [r.organisation, r.baseline, r.scenario, r.change])).toEqual([
      ['Stichting Jeugdpunt', 204_000, 102_000, -102_000],
      ['Bibliotheek Rivierenland', 408_000, 367_200, -40_800],
      [null, 0, 0, 0],
    ]);
    expect(partners.rows[0]!.changeFraction).toBeCloseTo(-0.5);
    const total = partners.rows.reduce((sum, r) => sum + r.change, 0) + (partners.fixed?.change ?? 0);
    expect(total).toBe(partners.total.change);
    expect(partners.total.change).toBe(-142_800);
    expect(partners.fixed).toEqual({ change: 0, horizonChange: -50_000 });
    expect(partners.total.horizonChange).toBe(-p.savings.cumulative[p.savings.cumulative.length - 1]!);
  });
});

describe('the variant’s title', () => {
  test('the chosen measures, the strength where the menu changed it', () => {
    const s = v2();
    const cards = menuCards(s);
    // 10 % → 15 % on the library, the youth centre left out.
    const choices = toggled(cards[1]!, stepped(cards[0]!, {}, 1));
    const title = menuVariantTitle(s, choices, 'nl');
    expect(title).toBe(`${s.title} — keuze: 10 % korting bibliotheek (15%), Verkoop pand, Onderzoek inkoop`);
    // A variant of the variant does not pile up choices in its title.
    const again = { ...applyChoices(s, choices), title };
    expect(menuVariantTitle(again, {}, 'en')).toBe(`${s.title} — choice: 10 % korting bibliotheek, Verkoop pand, Onderzoek inkoop`);
  });

  test('long names: what the menu changed first, as many as fit, and how many more', () => {
    const s = v2();
    s.measures!.forEach((m, i) => (m.name = `Maatregel ${i + 1} met een naam zo lang als een raadsvoorstel hem soms schrijft`));
    const verkoop = card(s, 'verkoop');
    const title = menuVariantTitle(s, stepped(verkoop, {}, 1), 'nl');
    expect(title.length).toBeLessThanOrEqual(NAME_MAX);
    expect(title).toBe(`${s.title} — keuze: ${verkoop.name} (€ 62.500) en nog 3`.replace(/ (?=62)/, '\u00a0'));
  });

  test('nothing chosen, and too many to fit: still a valid title that says how many more', () => {
    const s = v2();
    let none: MenuChoices = {};
    for (const c of menuCards(s)) none = toggled(c, none);
    expect(menuVariantTitle(s, none, 'nl')).toBe(`${s.title} — keuze: geen maatregelen`);
    const many = structuredClone(s);
    many.measures = Array.from({ length: 30 }, (_, i) => ({ id: `m${i}`, name: `Maatregel nummer ${i + 1}`, type: 'fixed', amounts: { '2025': 1000 } }));
    const title = menuVariantTitle(many, {}, 'nl');
    expect(title.length).toBeLessThanOrEqual(NAME_MAX);
    expect(title).toMatch(/ — keuze: Maatregel nummer 1, .* en nog \d+$/);
  });
});
