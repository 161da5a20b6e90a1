// "Nog niet in euro's": the PM lines and measures of the scenario (pro memorie: known, their
// amount not yet), which count as 0 in every figure on this tab. Nothing when there are none.
import { useId } from 'react';
import type { Projection } from '../../../shared/engine/types';
import type { Scenario } from '../../../shared/scenario/schema';
import { useText } from '../../i18n/use-text';

export function NotYetInEuros({ scenario, projection }: { scenario: Scenario; projection: Projection }) {
  const t = useText().budget.pm;
  const titleId = useId();
  const { lines, measures } = projection.pm;
  if (lines.length === 0 && measures.length === 0) return null;
  const lineName = new Map(scenario.lines.map((l) => [l.id, l.name]));
  const measureName = new Map((scenario.measures ?? []).map((m) => [m.id, m.name]));
  return (
    <section className="projection-section projection-pm" aria-labelledby={titleId} data-testid="not-yet-in-euros">
      <h3 id={titleId}>{t.title}</h3>
      <p className="projection-note">{t.intro}</p>
      <ul>
        {lines.map((id) => (
          <li key={`line:${id}`}>{t.line(lineName.get(id) ?? id)}</li>
        ))}
        {measures.map((id) => (
          <li key={`measure:${id}`}>{t.measure(measureName.get(id) ?? id)}</li>
        ))}
      </ul>
    </section>
  );
}
