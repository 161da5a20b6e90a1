// The two fixes of a notice-period warning (docs/scenario-format.md, "Fixing a notice-period
// warning"), on the worked example of version 2 and small variants of it: start the measure on
// 1 January of the earliest year, or add a phase-out payment (afbouw) equal to what the partner
// loses in the years before, from the engine's per-organisation breakdown.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { project } from '../../../shared/engine/project';
import { noticeWarnings } from '../../../shared/engine/warnings';
import { afbouwFor, compliantStartYear, noticeWarningsOf, startingIn, withAfbouw } from '../../../shared/partners/notice-fixes';
import { parseScenario, parseScenarioText } from '../../../shared/scenario/parse';
import type { CutMeasure, Measure, Scenario } from '../../../shared/scenario/schema';

function example(): Scenario {
  const parsed = parseScenarioText(readFileSync(resolve(__dirname, '../../fixtures/voorbeeld-v2.json'), 'utf8'));
  if (!parsed.ok) throw new Error('voorbeeld-v2.json is invalid');
  return structuredClone(parsed.value);
}
const measure = (s: Scenario, id: string) => s.measures!.find((m) => m.id === id) as CutMeasure;
const replaced = (s: Scenario, m: Measure): Scenario => ({ ...s, measures: s.measures!.map((x) => (x.id === m.id ? m : x)) });
const bieb = (p: ReturnType<typeof project>) => p.breakdown.organisation.find((r) => r.key === 'Bibliotheek Rivierenland')!;

describe('start on 1 January of the earliest year', () => {
  it('the worked example: korting-bieb from 2026, the warning gone, 2025 back to the full budget', () => {
    const s = example();
    const warnings = noticeWarningsOf(s, 'korting-bieb');
    expect(warnings.map((w) => [w.organisation, w.earliestYear])).toEqual([['Bibliotheek Rivierenland', 2026]]);
    expect(compliantStartYear(warnings)).toBe(2026);
    const fixed = startingIn(measure(s, 'korting-bieb'), 2026);
    expect(fixed.phaseIn).toEqual({ 2026: 1 });
    // Everything else of the measure is kept, the file's measure untouched.
    expect({ ...fixed, phaseIn: undefined }).toEqual({ ...measure(s, 'korting-bieb'), phaseIn: undefined });
    expect(measure(s, 'korting-bieb').phaseIn).toEqual({ 2025: 1 });
    const after = replaced(s, fixed);
    expect(parseScenario(after).ok).toBe(true);
    expect(noticeWarnings(after)).toEqual([]);
    const p = project(after);
    expect(p.measures.find((m) => m.id === 'korting-bieb')!.effect).toEqual([0, 0, 40800, 40800]);
    expect(bieb(p).scenario).toEqual([400000, 400000, 367200, 367200]);
  });

  it('keeps the phase the measure has from that year on; the years before are dropped', () => {
    const ramp = { ...measure(example(), 'korting-bieb'), phaseIn: { 2024: 0.2, 2025: 0.3, 2026: 0.6, 2027: 1 } };
    expect(startingIn(ramp, 2026).phaseIn).toEqual({ 2026: 0.6, 2027: 1 });
    // A year between listed years takes the step value it has now.
    expect(startingIn({ ...ramp, phaseIn: { 2024: 0.5, 2027: 1 } }, 2026).phaseIn).toEqual({ 2026: 0.5, 2027: 1 });
    // No phase-in means in force every year: from the year on, fully.
    const { phaseIn: _none, ...always } = ramp;
    expect(startingIn(always as CutMeasure, 2026).phaseIn).toEqual({ 2026: 1 });
  });

  it('a measure without a phase-in (shift, fixed amount) is returned as it is', () => {
    const fixedAmount = measure(example(), 'verkoop') as unknown as Measure;
    expect(startingIn(fixedAmount, 2026)).toBe(fixedAmount);
  });
});

describe('the phase-out payment (afbouw)', () => {
  it('the worked example: a loss of € 40.000 in 2025, of which the € 20.000 listed is already there: € 20.000 more', () => {
    const s = example();
    const proposal = afbouwFor(s, project(s), 'korting-bieb');
    expect(proposal).toEqual({ loss: { 2025: 40000 }, amounts: { 2025: 20000 }, partners: ['Bibliotheek Rivierenland'] });
    const after = replaced(s, withAfbouw(measure(s, 'korting-bieb'), proposal!.amounts, 'afbouw'));
    expect(parseScenario(after).ok).toBe(true);
    const p = project(after);
    // One-off costs of 2025: 20 000 + 20 000 of korting-bieb; net follows.
    expect(p.savings.oneOffCosts).toEqual([60000, 40000, 20001, 0]);
    expect(p.savings.net[1]).toBe(90000 - 40000);
    // Covered now: nothing more to add; the warning stays (the phase did not change).
    expect(afbouwFor(after, p, 'korting-bieb')).toBeNull();
    expect(noticeWarningsOf(after, 'korting-bieb')).toHaveLength(1);
  });

  it('without an afbouw yet, the whole loss; cents of an existing one are topped up to the cent', () => {
    const s = example();
    const none = replaced(s, { ...measure(s, 'korting-bieb'), oneOffCosts: [] });
    expect(afbouwFor(none, project(none), 'korting-bieb')!.amounts).toEqual({ 2025: 40000 });
    const cents = replaced(s, { ...measure(s, 'korting-bieb'), oneOffCosts: [{ kind: 'afbouw', amounts: { 2025: 10000.4 } }, { kind: 'frictie', amounts: { 2025: 5000 } }] });
    // Only afbouw counts as a phase-out payment, not frictional costs.
    expect(afbouwFor(cents, project(cents), 'korting-bieb')!.amounts).toEqual({ 2025: 29999.6 });
  });

  it('is what the partner loses, not the measure’s effect, when a later cut works on the same line', () => {
    const s = example();
    const later: Measure = { id: 'nog-een-korting', name: 'Nog 10 %', type: 'cut', lines: ['bibliotheek'], rate: 0.1, phaseIn: { 2027: 1 } };
    const both: Scenario = { ...s, measures: [{ ...measure(s, 'korting-bieb'), oneOffCosts: [], phaseIn: { 2024: 1 } }, later, ...s.measures!.slice(1)] };
    const p = project(both);
    // 2024 and 2025 are before 2026; the later cut starts in 2027, so here the loss is the effect.
    expect(afbouwFor(both, p, 'korting-bieb')!.amounts).toEqual({ 2024: 40000, 2025: 40000 });
    // The later cut in force from 2024 too: the partner loses 10 % of what is left after it.
    const early: Scenario = { ...both, measures: both.measures!.map((m) => (m.id === 'nog-een-korting' ? { ...later, phaseIn: { 2024: 1 } } : m)) };
    const pe = project(early);
    expect(pe.measures.find((m) => m.id === 'korting-bieb')!.effect.slice(0, 2)).toEqual([40000, 40000]);
    expect(afbouwFor(early, pe, 'korting-bieb')!.loss).toEqual({ 2024: 36000, 2025: 36000 });
  });

  it('counts only the long-standing partners a group cut warns about', () => {
    const s = example();
    s.lines.find((l) => l.id === 'jeugdpunt')!.group = 'Coalitie';
    s.lines.find((l) => l.id === 'bibliotheek')!.group = 'Coalitie';
    const group: Measure = { id: 'groep', name: 'Korting coalitie', type: 'cut', groups: ['Coalitie'], rate: 0.1, phaseIn: { 2025: 1 } };
    const withGroup: Scenario = { ...s, measures: [group] };
    const p = project(withGroup);
    // The effect in 2025 takes 20 000 from Jeugdpunt too; only the library is long-standing.
    expect(p.measures[0]!.effect[1]).toBe(60000);
    expect(afbouwFor(withGroup, p, 'groep')).toEqual({ loss: { 2025: 40000 }, amounts: { 2025: 40000 }, partners: ['Bibliotheek Rivierenland'] });
  });

  it('nothing for a measure without a notice-period warning', () => {
    const s = example();
    expect(afbouwFor(s, project(s), 'jeugdpunt-half')).toBeNull();
    expect(afbouwFor(s, project(s), 'no-such-measure')).toBeNull();
  });
});
