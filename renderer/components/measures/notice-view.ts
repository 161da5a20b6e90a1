// What the notice-period check (#21 item 2) shows beside one measure, computed once per scenario
// object (immer: every edit is a new one) and per measure: its notice-period warnings from
// scenarioWarnings, the year it may start in, the afbouw the measure lists for the years before,
// and the afbouw one click would add (shared/partners/notice-fixes.ts). Rows subscribe to this as
// one string, so a row renders again only when what it shows changes, not on every edit.
import { scenarioWarnings } from '../../../shared/engine/warnings';
import type { Text } from '../../../shared/i18n/text';
import { roundHalfAway } from '../../../shared/numbers/apportion';
import { afbouwFor, compliantStartYear } from '../../../shared/partners/notice-fixes';
import type { Measure, Scenario } from '../../../shared/scenario/schema';
import { projectionOf } from '../../store/use-projection';
import { measureOf } from './find-measure';

export interface NoticeView {
  messages: Text[];
  /** 1 January of this year the measure may start for every partner it warns about. */
  startYear: number;
  /** The measure's afbouw amounts in the years before startYear, per year (listed, summed). */
  listed: { year: number; amount: number }[];
  /** What "Afbouwregeling toevoegen" adds, per year; empty when its afbouw already covers the loss. */
  proposal: { year: number; amount: number }[];
  partners: string[];
}

type NoticeWarning = Extract<ReturnType<typeof scenarioWarnings>[number], { code: 'notice-period' }>;

const warningsByScenario = new WeakMap<Scenario, Map<string, NoticeWarning[]>>();
const viewsByScenario = new WeakMap<Scenario, Map<string, string>>();

function noticeWarningsByMeasure(scenario: Scenario): Map<string, NoticeWarning[]> {
  let byMeasure = warningsByScenario.get(scenario);
  if (!byMeasure) {
    byMeasure = new Map();
    // Without partners there is nothing to warn about, and no projection is asked for here.
    if ((scenario.organisations?.length ?? 0) > 0) {
      for (const w of scenarioWarnings(scenario, projectionOf(scenario))) {
        if (w.code !== 'notice-period') continue;
        byMeasure.set(w.measure, [...(byMeasure.get(w.measure) ?? []), w]);
      }
    }
    warningsByScenario.set(scenario, byMeasure);
  }
  return byMeasure;
}

function afbouwBefore(measure: Measure, year: number): { year: number; amount: number }[] {
  const sums = new Map<number, number>();
  for (const cost of measure.oneOffCosts ?? []) {
    if (cost.kind !== 'afbouw') continue;
    for (const [key, amount] of Object.entries(cost.amounts)) {
      const y = Number(key);
      if (y < year && amount !== 0) sums.set(y, (sums.get(y) ?? 0) + amount);
    }
  }
  return [...sums.entries()].sort(([a], [b]) => a - b).map(([y, amount]) => ({ year: y, amount: roundHalfAway(amount * 100) / 100 }));
}

/** The measure's notice view as a string ('' without a warning): a stable value for a store selector. */
export function noticeViewKey(scenario: Scenario, measureId: string): string {
  let views = viewsByScenario.get(scenario);
  if (!views) {
    views = new Map();
    viewsByScenario.set(scenario, views);
  }
  const known = views.get(measureId);
  if (known !== undefined) return known;
  const warnings = noticeWarningsByMeasure(scenario).get(measureId) ?? [];
  const measure = measureOf(scenario, measureId);
  const startYear = compliantStartYear(warnings);
  let key = '';
  if (measure && startYear !== null) {
    const proposal = afbouwFor(scenario, projectionOf(scenario), measureId);
    const view: NoticeView = {
      messages: warnings.map((w) => w.message),
      startYear,
      listed: afbouwBefore(measure, startYear),
      proposal: Object.entries(proposal?.amounts ?? {}).map(([year, amount]) => ({ year: Number(year), amount })),
      partners: proposal?.partners ?? [...new Set(warnings.map((w) => w.organisation))],
    };
    key = JSON.stringify(view);
  }
  views.set(measureId, key);
  return key;
}
