// What is valid but likely not what the council can decide (docs/scenario-format.md, "Version 2,
// exactly", "Warnings"): a cut on a long-standing partner before its notice period ends (Awb
// 4:51), and a structural measure whose effect ends within the horizon. A warning never stops a
// file from opening or projecting; the editor, `vcp validate`, `vcp project --json` and the
// exports all take them from here.
import { text, type Text } from '../i18n/text';
import { formatPath } from '../scenario/paths';
import { countsInProjection, lineIdsOfMeasure } from '../scenario/measure-facts';
import type { Measure, Organisation, Scenario } from '../scenario/schema';
import { project } from './project';
import type { Projection } from './types';
import { stepSeries } from './year-table';

/** A partner subsidised this many years or more before the decision is long-standing. */
export const LONG_STANDING_YEARS = 3;
export const DEFAULT_NOTICE_MONTHS = 12;

export type ScenarioWarning =
  | { code: 'notice-period'; path: string; measure: string; organisation: string; earliestYear: number; message: Text }
  | { code: 'structural-ends'; path: string; measure: string; lastYear: number; message: Text };

/** The decision date as year, month (1–12), day: `decisionDate`, else 1 July of the base year. */
export function decisionDateOf(scenario: Scenario): { year: number; month: number; day: number; iso: string } {
  const iso = scenario.decisionDate ?? `${scenario.baseYear}-07-01`;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day, iso };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The first year a cut on a long-standing partner may take effect: the year of the first
 * 1 January on or after the decision date + the notice period (the day clamped to the month's end).
 */
export function earliestYear(decision: { year: number; month: number; day: number }, noticeMonths: number): number {
  const months = decision.month - 1 + noticeMonths;
  const year = decision.year + Math.floor(months / 12);
  const month = (months % 12) + 1;
  const day = Math.min(decision.day, daysIn(year, month));
  return month === 1 && day === 1 ? year : year + 1;
}

/** Subsidised since LONG_STANDING_YEARS or more before the decision's year. */
export function isLongStanding(organisation: Organisation, decisionYear: number): boolean {
  return organisation.subsidisedSince !== undefined && organisation.subsidisedSince + LONG_STANDING_YEARS <= decisionYear;
}

/** Whether the measure lowers the cost of the lines it targets (a cut up, a change rate down). */
function lowersCost(m: Measure): boolean {
  switch (m.type) {
    case 'cut':
      return (m.rate ?? 0) > 0 || (m.amount ?? 0) > 0;
    case 'volumeChange':
    case 'unitCostChange':
      return m.rate < 0;
    default:
      return false;
  }
}

/** The measure's phase-out payments (one-off costs of kind afbouw) listed for a year. */
function afbouwIn(m: Measure, year: number): number {
  let sum = 0;
  for (const cost of m.oneOffCosts ?? []) if (cost.kind === 'afbouw') sum += cost.amounts[String(year)] ?? 0;
  return sum;
}

/**
 * The notice-period warnings (Awb 4:51), one per measure and long-standing partner it cuts too
 * early — unless the measure pays a phase-out (afbouw) of at least its whole effect in each of
 * those years: the phase-out plan the courts accept in place of the notice.
 */
export function noticeWarnings(scenario: Scenario, projection?: Projection): ScenarioWarning[] {
  const organisations = scenario.organisations ?? [];
  if (organisations.length === 0) return [];
  const decision = decisionDateOf(scenario);
  const byName = new Map(organisations.map((o) => [o.name, o]));
  const { from, to } = scenario.horizon;
  const out: ScenarioWarning[] = [];
  let effects: Map<string, number[]> | undefined;
  const effectOf = (id: string): number[] => {
    effects ??= new Map((projection ?? project(scenario)).measures.map((row) => [row.id, row.effect]));
    return effects.get(id) ?? [];
  };
  (scenario.measures ?? []).forEach((m, k) => {
    if (!countsInProjection(m) || !lowersCost(m)) return;
    const phase = 'phaseIn' in m && m.phaseIn !== undefined ? stepSeries(m.phaseIn, from, to - from + 1, 0) : undefined;
    const seen = new Set<string>();
    const ids = lineIdsOfMeasure(m, scenario.lines);
    for (const line of scenario.lines.filter((l) => ids.has(l.id))) {
      const organisation = line.organisation === undefined ? undefined : byName.get(line.organisation);
      if (organisation === undefined || seen.has(organisation.name) || !isLongStanding(organisation, decision.year)) continue;
      seen.add(organisation.name);
      const notice = organisation.noticeMonths ?? DEFAULT_NOTICE_MONTHS;
      const earliest = earliestYear(decision, notice);
      // The years the cut is in force too early; a phase-out payment (afbouw) of at least the
      // measure's effect in each of them stands in for the notice.
      const early: number[] = [];
      for (let y = from; y < Math.min(earliest, to + 1); y++) {
        if ((phase === undefined ? 1 : (phase[y - from] as number)) > 0) early.push(y);
      }
      const first = early[0];
      if (first === undefined) continue;
      const paid = (y: number) => {
        const afbouw = afbouwIn(m, y);
        return afbouw > 0 && afbouw >= (effectOf(m.id)[y - from] ?? 0);
      };
      if (early.every(paid)) continue;
      out.push({
        code: 'notice-period',
        path: formatPath(['measures', k]),
        measure: m.id,
        organisation: organisation.name,
        earliestYear: earliest,
        message: text('scenario.warnings.noticePeriod', m.name, organisation.name, organisation.subsidisedSince as number, first, decision.iso, notice, earliest),
      });
    }
  });
  return out;
}

/** Structural measures whose effect ends before the horizon's last year. */
export function structuralEndsWarnings(scenario: Scenario, projection: Projection): ScenarioWarning[] {
  const measures = scenario.measures ?? [];
  const out: ScenarioWarning[] = [];
  for (const row of projection.measures) {
    if (row.nature !== 'structural') continue;
    let last = -1;
    row.effect.forEach((e, yi) => {
      if (e !== 0) last = yi;
    });
    if (last < 0 || last === row.effect.length - 1) continue;
    const k = measures.findIndex((m) => m.id === row.id);
    const measure = measures[k] as Measure;
    const lastYear = projection.years[last] as number;
    out.push({
      code: 'structural-ends',
      path: formatPath(measure.nature !== undefined ? ['measures', k, 'nature'] : ['measures', k]),
      measure: row.id,
      lastYear,
      message: text('scenario.warnings.structuralEnds', row.name, lastYear),
    });
  }
  return out;
}

/** Every warning of a scenario, in file order of the measures (notice periods first per measure). */
export function scenarioWarnings(scenario: Scenario, projection: Projection): ScenarioWarning[] {
  const all = [...noticeWarnings(scenario, projection), ...structuralEndsWarnings(scenario, projection)];
  const at = (w: ScenarioWarning) => Number(/^measures\[(\d+)\]/.exec(w.path)?.[1] ?? 0);
  return all.sort((a, b) => at(a) - at(b));
}
