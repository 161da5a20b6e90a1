// Serving a focus request of the store (ui-slice's requestFocus): the component that holds the
// field focuses it as soon as it is on screen — at once when it is, after its section has opened
// when it was closed (#24).
import { useEffect, useRef } from 'react';
import { useAppStore } from '../store/store';
import type { FocusTarget } from '../store/ui-slice';
import { REGION_IDS } from './regions';

/** The request for `target`, while there is one (for components that open what holds the field). */
export function useFocusRequested(target: FocusTarget): boolean {
  return useAppStore((s) => s.focusRequest?.target === target);
}

/** Focuses what `find` returns when the focus is requested for `target` (a text field with its text selected). */
export function useFocusRequest(target: FocusTarget, find: () => HTMLElement | null | undefined): void {
  const request = useAppStore((s) => (s.focusRequest?.target === target ? s.focusRequest.seq : null));
  const finder = useRef(find);
  finder.current = find;
  useEffect(() => {
    if (request === null) return;
    const element = finder.current();
    if (!element) return;
    useAppStore.getState().focusServed(request);
    focusWithGuide(element);
    // A field's text selected, to type over ("Nieuwe begrotingsregel").
    if (element instanceof HTMLInputElement) element.select();
  }, [request]);
}

/**
 * Focuses `element`, and where the guide of the three steps is above it, shows as much of the
 * guide as fits with the element in view: the steps stay in sight while the first one is done.
 */
export function focusWithGuide(element: HTMLElement): void {
  element.focus();
  const guide = document.getElementById(REGION_IDS.guide);
  if (!guide || document.activeElement !== element) return;
  // Measured after focusing: the focus has scrolled the element into view.
  const from = guide.getBoundingClientRect().top;
  const to = element.getBoundingClientRect().bottom;
  if (from > to) return;
  const style = getComputedStyle(document.documentElement);
  const top = parseFloat(style.scrollPaddingTop) || 0;
  const bottom = window.innerHeight - (parseFloat(style.scrollPaddingBottom) || 0);
  // The guide's top at the top of the window, unless that puts the element below its bottom.
  const by = Math.max(from - top, to - bottom);
  if (by < 0) window.scrollBy({ top: by });
}
