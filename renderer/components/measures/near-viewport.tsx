// On a long list of measures (the generated large scenario has sixty, each with thirty year
// cells), only the rows on or near the screen render their year cells: the rest keep their head
// (switch, name, buttons) and slider, so every row stays in the tab order and in the list a
// screen reader reads, and a row renders its cells as soon as it comes near the screen or gets
// focus. One IntersectionObserver serves the whole list. Where there is none (jsdom), on short
// lists, and while the page is printed, every row renders everything.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode, type RefObject } from 'react';
import { usePrinting } from '../shell/printing';

/** From this many measures on, rows far from the screen leave out their year cells. */
export const LAZY_ROWS_FROM = 16;
/** Rows this near the screen (above or below) count as on it: a scroll rarely outruns it. */
const MARGIN = '800px 0px';

type Listener = (near: boolean, height: number) => void;
type Observe = (element: Element, listener: Listener) => () => void;

const NearViewport = createContext<Observe | null>(null);

export function NearViewportProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  // On paper every row is whole: the printout has no screen to come near.
  const lazy = enabled && !usePrinting();
  const observe = useMemo<Observe | null>(() => {
    if (!lazy || typeof IntersectionObserver === 'undefined') return null;
    const listeners = new Map<Element, Listener>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting, entry.boundingClientRect.height);
      },
      { rootMargin: MARGIN },
    );
    return (element, listener) => {
      listeners.set(element, listener);
      observer.observe(element);
      return () => {
        listeners.delete(element);
        observer.unobserve(element);
      };
    };
  }, [lazy]);
  return <NearViewport.Provider value={observe}>{children}</NearViewport.Provider>;
}

export interface Nearness {
  /** Rows far from the screen may leave out their cells (a long list, with an observer). */
  lazy: boolean;
  /** Render the whole row. */
  near: boolean;
  /** The row's height when it was last rendered whole, to hold its place while it is not. */
  height: number | undefined;
}

/**
 * Whether the row `ref` is near the screen. `initially`: what to assume before the observer
 * has answered (the first rows of the list: on screen when the page opens).
 */
export function useNearViewport(ref: RefObject<Element | null>, initially: boolean): Nearness {
  const observe = useContext(NearViewport);
  const [state, setState] = useState<Omit<Nearness, 'lazy'>>({ near: initially || observe === null, height: undefined });
  useEffect(() => {
    const element = ref.current;
    if (!observe || !element) {
      setState((s) => (s.near ? s : { near: true, height: s.height }));
      return;
    }
    return observe(element, (near, height) =>
      // A row leaving keeps its height as a placeholder; a row coming near renders whole again.
      setState((s) => (s.near === near ? s : { near, height: near ? s.height : height })),
    );
  }, [observe, ref]);
  return observe === null ? { lazy: false, near: true, height: undefined } : { lazy: true, ...state };
}
