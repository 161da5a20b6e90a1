// Whatever gets the keyboard focus is shown whole (#24). The page's scroll padding (styles.css)
// keeps the history bar free, and each table's (sticky-padding.ts) its sticky header and first
// column; the browser honours them when Tab moves the focus. Where the browser scrolls less than
// the whole element into view — a text area, of which it shows only the line with the caret —
// this scrolls the rest in, as little as needed.
import { useEffect } from 'react';

/** Whether the focus on `element` is one the user sees as such (keyboard, or a text field). */
function focusShows(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    // An engine without :focus-visible (jsdom): every focus counts.
    return true;
  }
}

/** Scrolls the focused `element` fully into view where it fits in the window. */
export function keepInView(element: HTMLElement): void {
  if (element === document.body || element.hasAttribute('data-region') || !focusShows(element)) return;
  if (typeof element.scrollIntoView !== 'function') return;
  const style = getComputedStyle(document.documentElement);
  const room = window.innerHeight - (parseFloat(style.scrollPaddingTop) || 0) - (parseFloat(style.scrollPaddingBottom) || 0);
  const rect = element.getBoundingClientRect();
  // Larger than the window: the browser's own choice (the caret's line) is the best there is.
  if (rect.height > room) return;
  element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** For the whole page, once. */
export function useKeepFocusInView(): void {
  useEffect(() => {
    const onFocusIn = (e: FocusEvent) => {
      if (e.target instanceof HTMLElement) keepInView(e.target);
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);
}
