// One measure: on/off, its chart colour, name, strength and phase-in (with its check, PhaseInCheck);
// expanded, its full form.
// Memoised and subscribed to its own measure only (by id), so dragging one slider re-renders one
// row, not sixty. Props are ids, numbers and stable callbacks.
import { memo, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useAppStore } from '../../store/store';
import { measureOf } from './find-measure';
import { MeasureForm } from './MeasureForm';
import { useNearViewport } from './near-viewport';
import { MeasureHead } from './MeasureHead';
import { PhaseInCheck } from './PhaseInCheck';
import { NoticeCheck } from './NoticeCheck';
import { StrengthControl } from './StrengthControl';
import { MemoYearCells } from './YearCells';
import { scenarioOf } from '../../store/documents-slice';

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
  const baseId = useId();
  const measure = useAppStore((s) => {
    const scenario = scenarioOf(s);
    return scenario ? measureOf(scenario, id) : undefined;
  });
  const horizon = useAppStore((s) => scenarioOf(s)?.horizon);
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
      <MeasureHead
        id={id}
        name={measure.name}
        type={measure.type}
        enabled={enabled}
        colourIndex={colourIndex}
        first={first}
        last={last}
        expanded={expanded}
        nameId={nameId}
        formId={formId}
        onToggleExpanded={onToggleExpanded}
        onMove={onMove}
        onRemove={onRemove}
      />
      <StrengthControl measure={measure} horizonFrom={horizon.from} nameId={nameId} />
      {whole ? (
        <div className="measures-row__years">
          <MemoYearCells measure={measure} horizon={horizon} nameId={nameId} showHint={expanded} />
          <PhaseInCheck measure={measure} nameId={nameId} />
        </div>
      ) : (
        <div className="measures-years measures-years--pending" aria-hidden="true" />
      )}
      <NoticeCheck measureId={id} nameId={nameId} />
      {expanded ? <MeasureForm measure={measure} id={formId} /> : null}
    </li>
  );
});
