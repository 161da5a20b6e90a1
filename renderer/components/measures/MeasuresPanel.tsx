// The measures editor (left, top): what a workshop changes most. One row per measure in file
// order — the order the engine applies them — with add, move and delete. The panel itself only
// follows which measures exist and which are on; each row follows its own measure.
import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { AddMeasure } from './AddMeasure';
import { BaselineCostsProvider } from './BaselineCosts';
import { colourIndices } from './measure-edits';
import { MeasureRow } from './MeasureRow';
import { LAZY_ROWS_FROM, NearViewportProvider } from './near-viewport';
import './measures.css';
import { scenarioOf } from '../../store/documents-slice';
import { regionAttributes } from '../../focus/regions';

import { countsInProjection } from '../../../shared/scenario/measure-facts';

export { MeasureSliders } from './MeasureSliders';

type PendingFocus = { element: HTMLElement } | { selector: string } | null;

/**
 * "1id" for a measure in the chart, "0id" for one that is not (off, or PM: no amount yet): a cheap
 * key of the list's shape, and whether the row's swatch has the chart's colour.
 */
function listKeys(s: ReturnType<typeof useAppStore.getState>): string[] {
  return (scenarioOf(s)?.measures ?? []).map((m) => (countsInProjection(m) ? '1' : '0') + m.id);
}

export function MeasuresPanel() {
  const t = useText().measures;
  const headingId = useId();
  const keys = useAppStore(useShallow(listKeys));
  const ids = useMemo(() => keys.map((k) => k.slice(1)), [keys]);
  const colours = useMemo(() => colourIndices(keys.map((k) => k[0] === '1')), [keys]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const pendingFocus = useRef<PendingFocus>(null);
  // The words of the current language, for callbacks that must stay stable across renders.
  const words = useRef(t);
  words.current = t;

  // Moving a row moves DOM nodes, which drops focus; deleting one removes the focused button.
  // Put focus back where the person was, or on the nearest sensible control.
  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    const target = 'element' in pending ? pending.element : sectionRef.current?.querySelector<HTMLElement>(pending.selector);
    if (target && target.isConnected && document.activeElement !== target) target.focus();
  }, [keys, expanded]);

  const onToggleExpanded = useCallback((id: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  const onMove = useCallback((id: string, delta: -1 | 1) => {
    const { commit } = useAppStore.getState();
    const scenario = scenarioOf(useAppStore.getState());
    const measures = scenario?.measures ?? [];
    const from = measures.findIndex((m) => m.id === id);
    const to = from + delta;
    const measure = measures[from];
    if (!measure || to < 0 || to >= measures.length) return;
    if (document.activeElement instanceof HTMLElement) pendingFocus.current = { element: document.activeElement };
    commit(words.current.movedLabel(measure.name, delta < 0), (draft) => {
      const list = draft.measures;
      if (!list) return;
      const [moved] = list.splice(from, 1);
      if (moved) list.splice(to, 0, moved);
    });
    setAnnouncement(words.current.movedAnnounce(measure.name, to + 1, measures.length));
  }, []);

  const onRemove = useCallback((id: string) => {
    const { commit } = useAppStore.getState();
    const scenario = scenarioOf(useAppStore.getState());
    const measures = scenario?.measures ?? [];
    const index = measures.findIndex((m) => m.id === id);
    const measure = measures[index];
    if (!measure) return;
    const neighbour = measures[index + 1] ?? measures[index - 1];
    pendingFocus.current = {
      selector: neighbour ? `[data-measure-id="${CSS.escape(neighbour.id)}"] .measures-disclosure` : '.measures-add select',
    };
    commit(words.current.removedLabel(measure.name), (draft) => {
      draft.measures = (draft.measures ?? []).filter((m) => m.id !== id);
    });
    setExpanded((current) => {
      if (!current.has(id)) return current;
      const next = new Set(current);
      next.delete(id);
      return next;
    });
    setAnnouncement(words.current.removedAnnounce(measure.name));
  }, []);

  const onAdded = useCallback((id: string, name: string) => {
    setExpanded((current) => new Set(current).add(id));
    pendingFocus.current = { selector: `[data-measure-id="${CSS.escape(id)}"] .measures-form input` };
    setAnnouncement(words.current.addedAnnounce(name));
  }, []);

  return (
    <section ref={sectionRef} className="card measures" aria-labelledby={headingId} {...regionAttributes('measures')}>
      <h2 id={headingId} className="measures__heading">
        {t.heading}
      </h2>
      <p className="measures__note">
        {t.orderNote} <span className="measures__keys">{t.reorderHint}</span>
      </p>
      <BaselineCostsProvider>
        {ids.length === 0 ? <p>{t.empty}</p> : null}
        <NearViewportProvider enabled={ids.length >= LAZY_ROWS_FROM}>
          <ol ref={listRef} className="measures__list">
            {ids.map((id, i) => (
              <MeasureRow
                key={id}
                id={id}
                position={i}
                count={ids.length}
                colourIndex={colours[i] ?? null}
                expanded={expanded.has(id)}
                onToggleExpanded={onToggleExpanded}
                onMove={onMove}
                onRemove={onRemove}
              />
            ))}
          </ol>
        </NearViewportProvider>
      </BaselineCostsProvider>
      <AddMeasure onAdded={onAdded} />
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
