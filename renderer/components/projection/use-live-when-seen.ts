// The tables under a chart follow a slider move in the same frame as the chart when anybody can
// see them: on the screen, they take the live value. Below the fold they take the
// value once the edits rest (SETTLE_MS, as the Monte Carlo band does), so that a drag does not
// spend each frame on rendering and laying out a thirty-column table nobody sees; a table
// scrolled into view, or read by a screen reader a moment later, shows the current figures.
// Where there is no IntersectionObserver (jsdom), the tables are always live.
import { startTransition, useEffect, useRef, useState } from 'react';
import { SETTLE_MS } from './uncertainty-store';

/**
 * Only the screen itself: a table just below the fold is what a drag would otherwise pay for.
 * Scrolled into view within SETTLE_MS of an edit, it shows the new figures one frame later.
 */
const MARGIN = '0px';

/**
 * `value` while the element given to the returned ref is on the screen; off it, the
 * value as it was when the edits last rested. The ref may move to another element (a tab switch).
 */
export function useLiveWhenSeen<T>(value: T): [(element: Element | null) => void, T] {
  const [element, setElement] = useState<Element | null>(null);
  const [seen, setSeen] = useState(true);
  const [settled, setSettled] = useState(value);
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  }, [value]);

  useEffect(() => {
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (!entry) return;
        // Leaving the screen, the tables keep the figures they show.
        if (!entry.isIntersecting) setSettled(latest.current);
        setSeen(entry.isIntersecting);
      },
      { rootMargin: MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);

  useEffect(() => {
    if (seen || Object.is(settled, value)) return;
    const timer = setTimeout(() => startTransition(() => setSettled(value)), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [seen, value, settled]);
  return [setElement, seen ? value : settled];
}
