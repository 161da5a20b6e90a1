import { render } from '../../../shared/i18n/text';
// A measure row's head: the on/off switch, the chart colour, name and type, and the buttons that
// move, remove and expand the row. Memoised on values and stable callbacks: a slider move changes
// the row's measure, none of these.
import { memo } from 'react';
import { measureColour } from '../../../shared/palette';
import type { Measure } from '../../../shared/scenario/schema';
import { useLang, useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { findMeasure } from './find-measure';
import { viewOfType } from './kinds/registry';

interface MeasureHeadProps {
  id: string;
  name: string;
  type: Measure['type'];
  /** What a budget says of it beside its type, when not the default ("incidenteel · besloten · PM"); '' when none. */
  facts: string;
  enabled: boolean;
  colourIndex: number | null;
  first: boolean;
  last: boolean;
  expanded: boolean;
  nameId: string;
  formId: string;
  onToggleExpanded(id: string): void;
  onMove(id: string, delta: -1 | 1): void;
  onRemove(id: string): void;
}

export const MeasureHead = memo(function MeasureHead({ id, name, type, facts, enabled, colourIndex, first, last, expanded, nameId, formId, onToggleExpanded, onMove, onRemove }: MeasureHeadProps) {
  const t = useText().measures;
  const lang = useLang();
  const toggle = () =>
    useAppStore.getState().commit(enabled ? t.switchedOff(name) : t.switchedOn(name), (draft) => {
      const m = findMeasure(draft, id);
      if (!m) return;
      if (enabled) m.enabled = false;
      else delete m.enabled;
    });
  return (
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
          {name}
        </h3>
        <span className="measures-row__type">
          {render(lang, viewOfType(type).words.name)}
          {facts ? <span className="measures-row__facts"> · {facts}</span> : null}
        </span>
      </span>
      <span className="measures-row__actions">
        <button
          type="button"
          className="measures-icon"
          aria-label={t.moveUp(name)}
          title={t.moveUp(name)}
          aria-disabled={first}
          onClick={() => !first && onMove(id, -1)}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="measures-icon"
          aria-label={t.moveDown(name)}
          title={t.moveDown(name)}
          aria-disabled={last}
          onClick={() => !last && onMove(id, 1)}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          className="measures-icon measures-icon--danger"
          aria-label={t.remove(name)}
          title={t.remove(name)}
          onClick={() => onRemove(id)}
        >
          <span aria-hidden="true">✕</span>
        </button>
        <button
          type="button"
          className="measures-icon measures-disclosure"
          aria-expanded={expanded}
          aria-controls={expanded ? formId : undefined}
          aria-label={t.details(name)}
          title={t.details(name)}
          onClick={() => onToggleExpanded(id)}
        >
          <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
        </button>
      </span>
    </div>
  );
});
