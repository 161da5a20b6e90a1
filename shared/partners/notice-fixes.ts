// The two one-click fixes of a notice-period warning (docs/scenario-format.md, "Fixing a
// notice-period warning"): start the measure on 1 January of the earliest year the notice period
// allows, or keep it and add a phase-out payment (afbouw) for the years before. Both return the
// fixed measure; the editor commits it as one undoable step. Figures come from the engine.
import { project } from '../engine/project';
import type { Projection } from '../engine/types';
import { noticeWarnings, type ScenarioWarning } from '../engine/warnings';
import { stepSeries } from '../engine/year-table';
import { roundHalfAway } from '../numbers/apportion';
import { MAX_YEAR, type Measure, type Scenario, type YearTable } from '../scenario/schema';

type NoticeWarning = Extract<ScenarioWarning, { code: 'notice-period' }>;

/** The measure's notice-period warnings, in the order noticeWarnings gives them. */
export function noticeWarningsOf(scenario: Scenario, measureId: string): NoticeWarning[] {
  return noticeWarnings(scenario).filter((w): w is NoticeWarning => w.code === 'notice-period' && w.measure === measureId);
}

/** The year the measure may start in for every partner it warns about: the latest earliestYear. */
export function compliantStartYear(warnings: readonly NoticeWarning[]): number | null {
  if (warnings.length === 0) return null;
  return Math.max(...warnings.map((w) => w.earliestYear));
}

/** The phase of a measure with a phase-in in `year`: the step reading, 1 without a phase-in. */
function phaseAt(phaseIn: YearTable | undefined, year: number): number {
  return phaseIn === undefined ? 1 : (stepSeries(phaseIn, year, 1, 0)[0] as number);
}

/**
 * The measure starting on 1 January of `year`: its phase is 0 in every year before `year` and
 * what it is now from `year` on. The new phase-in lists `year` with the phase it has now in that
 * year (1 without a phase-in) and keeps every listed year after it; the years before are dropped
 * (the step reading is 0 before the first listed year). A measure without a phase-in (a shift, a
 * fixed amount), or a year beyond the format's last, is returned as it is.
 */
export function startingIn<M extends Measure>(measure: M, year: number): M {
  if (measure.type !== 'cut' && measure.type !== 'volumeChange' && measure.type !== 'unitCostChange') return measure;
  if (year > MAX_YEAR) return measure;
  const current = (measure as { phaseIn?: YearTable }).phaseIn;
  const phaseIn: YearTable = { [String(year)]: phaseAt(current, year) };
  for (const [key, value] of Object.entries(current ?? {})) if (Number(key) > year) phaseIn[key] = value;
  const ordered = Object.fromEntries(Object.entries(phaseIn).sort(([a], [b]) => Number(a) - Number(b)));
  return { ...measure, phaseIn: ordered };
}

/** Σ of the measure's afbouw amounts listed in `year` (the listed reading), unrounded. */
function afbouwListed(measure: Measure, year: number): number {
  let sum = 0;
  for (const cost of measure.oneOffCosts ?? []) if (cost.kind === 'afbouw') sum += cost.amounts[String(year)] ?? 0;
  return sum;
}

export interface AfbouwProposal {
  /** What the long-standing partners lose per year before their earliest year (whole euros), listed where above 0. */
  loss: YearTable;
  /** The afbouw amounts to add: the loss less the afbouw the measure already lists that year, where above 0. */
  amounts: YearTable;
  /** The partners it is for, in the order of the warnings. */
  partners: string[];
}

/**
 * The phase-out payment that makes the partners whole for the years the measure takes effect
 * before their notice period ends. For each notice-period warning (partner P, earliest year E)
 * and each horizon year y < E: loss(P, y) = P's cost in the projection of the scenario with the
 * measure started in the compliant year (startingIn) − P's cost in `projection` (both from the
 * per-organisation breakdown, whole euros). loss(y) = Σ over the warnings of loss(P, y) where
 * above 0. The amounts to add are loss(y) − the afbouw the measure already lists in y, where
 * that is above 0 (to the cent), so that afterwards its afbouw in each such year is at least the
 * loss. Null when the measure has no notice-period warning or nothing is left to add.
 */
export function afbouwFor(scenario: Scenario, projection: Projection, measureId: string): AfbouwProposal | null {
  const warnings = noticeWarningsOf(scenario, measureId);
  const start = compliantStartYear(warnings);
  const k = (scenario.measures ?? []).findIndex((m) => m.id === measureId);
  const measure = scenario.measures?.[k];
  if (start === null || measure === undefined) return null;
  const fixed = project({ ...scenario, measures: (scenario.measures ?? []).map((m, i) => (i === k ? startingIn(m, start) : m)) });
  const rowOf = (p: Projection, name: string) => p.breakdown.organisation.find((r) => r.key === name);
  const loss: YearTable = {};
  const amounts: YearTable = {};
  projection.years.forEach((year, yi) => {
    let sum = 0;
    for (const w of warnings) {
      if (year >= w.earliestYear) continue;
      const now = rowOf(projection, w.organisation)?.scenario[yi] ?? 0;
      const compliant = rowOf(fixed, w.organisation)?.scenario[yi] ?? 0;
      if (compliant - now > 0) sum += compliant - now;
    }
    if (sum <= 0) return;
    loss[String(year)] = sum;
    const add = roundHalfAway((sum - afbouwListed(measure, year)) * 100) / 100;
    if (add > 0) amounts[String(year)] = add;
  });
  if (Object.keys(amounts).length === 0) return null;
  return { loss, amounts, partners: [...new Set(warnings.map((w) => w.organisation))] };
}

/** The measure with one more one-off cost: an afbouw of these amounts, with a note. */
export function withAfbouw<M extends Measure>(measure: M, amounts: YearTable, notes: string): M {
  return { ...measure, oneOffCosts: [...(measure.oneOffCosts ?? []), { kind: 'afbouw', amounts: { ...amounts }, notes }] };
}
