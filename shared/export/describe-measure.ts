// A measure's settings in one sentence, for a council document: "20% korting op Vitale Coalitie,
// ingroei 0% 2021, 50% 2022, 100% 2023". Amounts in a setting are always whole euros (or cents
// where the file has them), whatever unit the figures are shown in: they are what was decided.
import { kindOf } from '../measures/registry';
import type { Lang } from '../i18n/languages';
import { catalogue } from '../i18n/text';
import type { Measure, Scenario } from '../scenario/schema';
import { percent } from './describe-words';

export { describePhaseIn, joinNames } from './describe-words';

/** One sentence (without final stop) describing the measure's settings, first letter capital. */
export function describeMeasure(measure: Measure, scenario: Scenario, lang: Lang): string {
  const w = catalogue(lang).report.describe;
  const names = new Map(scenario.lines.map((l) => [l.id, l.name]));
  const lineName = (id: string) => names.get(id) ?? id;
  const parts: string[] = [];
  parts.push(...kindOf(measure).describe(measure, lineName, lang));
  if (measure.uncertainty) {
    parts.push(w.range(percent(measure.uncertainty.low, lang), percent(measure.uncertainty.high, lang)));
  }
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
