// One measure: on/off, its chart colour, name, strength and phase-in; expanded, its full form.
// Memoised and subscribed to its own measure only (by id), so dragging one slider re-renders one
// row, not sixty. Props are ids, numbers and stable callbacks.
import { memo, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { measureColour } from '../../../shared/palette';
import { useLocalized } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store';
import { findMeasure } from './find-measure';
import { MeasureForm } from './MeasureForm';
import { measureMessages } from './messages';
import { useNearViewport } from './near-viewport';
import { StrengthControl } from './StrengthControl';
import { MemoYearCells } from './YearCells';

/** How many rows at the top of the list render whole before the observer answers. */
const FIRST_ROWS = 8;

export interface MeasureRowProps {
  id: string;
  position: number;
  count: number;
  /** Index among the enabled measures (the charts' colour), null when switched off. */
  colourIndex: number | null;
  expanded: boolean;
  onToggleExpanded(id: string): void;
  onMove(id: string, delta: -1 | 1): void;
  onRemove(id: string): void;
}

export const MeasureRow = memo(function MeasureRow({ id, position, count, colourIndex, expanded, onToggleExpanded, onMove, onRemove }: MeasureRowProps) {
  const t = useLocalized(measureMessages);
  const baseId = useId();
  const measure = useAppStore((s) => (s.scenario ? findMeasure(s.scenario, id) : undefined));
  const horizon = useAppStore((s) => s.scenario?.horizon);
  const rowRef = useRef<HTMLLIElement>(null);
  // The first rows are on screen when the page opens: render them whole at once.
  const { lazy, near, height } = useNearViewport(rowRef, position < FIRST_ROWS);
  const [focusWithin, setFocusWithin] = useState(false);
  if (!measure || !horizon) return null;
  // Far from the screen, a long list leaves out the year cells (see near-viewport.tsx); a row
  // that has focus or is expanded is always whole.
  const whole = near || focusWithin || expanded;

  const enabled = measure.enabled !== false;
  const nameId = `${baseId}-name`;
  const formId = `${baseId}-form`;
  const first = position === 0;
  const last = position === count - 1;

  const toggle = () =>
    useAppStore.getState().commit(enabled ? t.switchedOff(measure.name) : t.switchedOn(measure.name), (draft) => {
      const m = findMeasure(draft, id);
      if (!m) return;
      if (enabled) m.enabled = false;
      else delete m.enabled;
    });

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    // Alt+ArrowDown opens a select's list: leave it to the select.
    if (e.target instanceof HTMLSelectElement) return;
    e.preventDefault();
    const delta = e.key === 'ArrowUp' ? -1 : 1;
    if ((delta < 0 && !first) || (delta > 0 && !last)) onMove(id, delta);
  };

  const onBlur = (e: FocusEvent<HTMLLIElement>) => {
    if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) setFocusWithin(false);
  };

  return (
    <li
      ref={rowRef}
      className={`measures-row${enabled ? '' : ' measures-row--off'}`}
      data-measure-id={id}
      onKeyDown={onKeyDown}
      onFocus={lazy ? () => setFocusWithin(true) : undefined}
      onBlur={lazy ? onBlur : undefined}
      style={whole || height === undefined ? undefined : { minHeight: height }}
    >
      <div className="measures-row__head">
        <button
          type="button"
          role="switch"
          aria-checked={enabled}
          aria-labelledby={nameId}
          className="measures-switch"
          onClick={toggle}
        >
          <span className="measures-switch__track" aria-hidden="true">
            <span className="measures-switch__thumb" />
          </span>
          <span className="measures-switch__text" aria-hidden="true">
            {enabled ? t.on : t.off}
          </span>
        </button>
        <span
          className={`measures-swatch${colourIndex === null ? ' measures-swatch--off' : ''}`}
          style={colourIndex === null ? undefined : { background: measureColour(colourIndex) }}
          aria-hidden="true"
        />
        <span className="measures-row__title">
          <h3 id={nameId} className="measures-row__name">
            {measure.name}
          </h3>
          <span className="measures-row__type">{t.typeName[measure.type]}</span>
        </span>
        <span className="measures-row__actions">
          <button
            type="button"
            className="measures-icon"
            aria-label={t.moveUp(measure.name)}
            title={t.moveUp(measure.name)}
            aria-disabled={first}
            onClick={() => !first && onMove(id, -1)}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className="measures-icon"
            aria-label={t.moveDown(measure.name)}
            title={t.moveDown(measure.name)}
            aria-disabled={last}
            onClick={() => !last && onMove(id, 1)}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button
            type="button"
            className="measures-icon measures-icon--danger"
            aria-label={t.remove(measure.name)}
            title={t.remove(measure.name)}
            onClick={() => onRemove(id)}
          >
            <span aria-hidden="true">✕</span>
          </button>
          <button
            type="button"
            className="measures-icon measures-disclosure"
            aria-expanded={expanded}
            aria-controls={expanded ? formId : undefined}
            aria-label={t.details(measure.name)}
            title={t.details(measure.name)}
            onClick={() => onToggleExpanded(id)}
          >
            <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
          </button>
        </span>
      </div>
      <StrengthControl measure={measure} horizonFrom={horizon.from} nameId={nameId} />
      {whole ? (
        <MemoYearCells measure={measure} horizon={horizon} nameId={nameId} showHint={expanded} />
      ) : (
        <div className="measures-years measures-years--pending" aria-hidden="true" />
      )}
      {expanded ? <MeasureForm measure={measure} id={formId} /> : null}
    </li>
  );
});
