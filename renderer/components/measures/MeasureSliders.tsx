// Presentation mode's measures: for each measure that is on, its name and its main slider with
// the value, in large type. Nothing else: the room watches the chart, not a form.
import { memo, useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { measureColour } from '../../../shared/palette';
import { useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { BaselineCostsProvider } from './BaselineCosts';
import { measureOf } from './find-measure';
import { StrengthControl } from './StrengthControl';
import './measures.css';
import { scenarioOf } from '../../store/documents-slice';
import { countsInProjection } from '../../../shared/scenario/measure-facts';

/** The sliders of the measures in the projection (on, and not PM: a PM slider would move nothing), for presentation mode. */
export function MeasureSliders() {
  const t = useText().measures;
  const headingId = useId();
  // Every measure's place, '' for one that is off or PM: a measure's colour is its place among all of them.
  const places = useAppStore(useShallow((s) => (scenarioOf(s)?.measures ?? []).map((m) => (countsInProjection(m) ? m.id : ''))));
  const ids = places.flatMap((id, position) => (id === '' ? [] : [{ id, position }]));
  return (
    <section className="measures-sliders" aria-labelledby={headingId}>
      <h2 id={headingId} className="measures-sliders__heading">
        {t.slidersHeading}
      </h2>
      {ids.length === 0 ? <p>{t.noEnabled}</p> : null}
      <BaselineCostsProvider>
        <ul className="measures-sliders__list">
          {ids.map(({ id, position }) => (
            <SliderItem key={id} id={id} colourIndex={position} />
          ))}
        </ul>
      </BaselineCostsProvider>
    </section>
  );
}

const SliderItem = memo(function SliderItem({ id, colourIndex }: { id: string; colourIndex: number }) {
  const nameId = useId();
  const measure = useAppStore((s) => {
    const scenario = scenarioOf(s);
    return scenario ? measureOf(scenario, id) : undefined;
  });
  const horizonFrom = useAppStore((s) => scenarioOf(s)?.horizon.from);
  if (!measure || horizonFrom === undefined) return null;
  return (
    <li className="measures-sliders__item">
      <p className="measures-sliders__name">
        <span className="measures-swatch" style={{ background: measureColour(colourIndex) }} aria-hidden="true" />
        <span id={nameId}>{measure.name}</span>
      </p>
      <StrengthControl measure={measure} horizonFrom={horizonFrom} nameId={nameId} variant="large" />
    </li>
  );
});
