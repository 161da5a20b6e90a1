// What is valid but likely not what the council can decide, beside the measure it is about
// (scenarioWarnings, shared/engine/warnings.ts): a cut on a long-standing partner before its
// notice period ends, a structural measure whose effect ends within the horizon. A warning, not
// an error: the figures stand, the row says what to look at.
// Each row follows only its own warnings (their texts, as one string), so a slider move
// re-renders no row whose warnings stay the same.
import { scenarioWarnings, type ScenarioWarning } from '../../../shared/engine/warnings';
import { render, type Text } from '../../../shared/i18n/text';
import type { Scenario } from '../../../shared/scenario/schema';
import { useLang, useText } from '../../i18n/use-text';
import { scenarioOf } from '../../store/documents-slice';
import { useAppStore } from '../../store/store';
import { projectionOf } from '../../store/use-projection';

const cache = new WeakMap<Scenario, ScenarioWarning[]>();

/** The scenario's warnings, once per scenario (its projection is the one the app shows). */
export function warningsOf(scenario: Scenario): ScenarioWarning[] {
  let warnings = cache.get(scenario);
  if (!warnings) {
    warnings = scenarioWarnings(scenario, projectionOf(scenario));
    cache.set(scenario, warnings);
  }
  return warnings;
}

const NONE = '[]';

/**
 * Warnings another part of the row shows itself, with what fixes them: the notice-period check of
 * #21 (NoticeCheck, with its one-click fixes) shows 'notice-period', so it is not said twice.
 */
export const SHOWN_ELSEWHERE: ReadonlySet<ScenarioWarning['code']> = new Set(['notice-period']);

export function MeasureWarnings({ id, name }: { id: string; name: string }) {
  const t = useText().budget.warnings;
  const lang = useLang();
  // A string, compared by value: the same warnings after an edit leave the row alone.
  const key = useAppStore((s) => {
    const scenario = scenarioOf(s);
    if (!scenario) return NONE;
    const mine = warningsOf(scenario).filter((w) => w.measure === id && !SHOWN_ELSEWHERE.has(w.code));
    return mine.length === 0 ? NONE : JSON.stringify(mine.map((w) => w.message));
  });
  const messages = JSON.parse(key) as Text[];
  // Always there, so that a warning appearing is read out.
  return (
    <div className="measures-warnings" aria-live="polite">
      {messages.length > 0 ? (
        <ul aria-label={t.of(name)} data-testid="measure-warnings">
          {messages.map((message, i) => (
            <li key={i}>
              <span className="measures-warnings__label">{t.label}</span> {render(lang, message)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
