// The regions of the screen, for the skip links at the top of the page and for F6 / Shift+F6
// (#24): the toolbar, the document tabs, and in the editor the measures, the result, the guide of
// a new scenario, the baseline and the history bar; on the other screens the page's content. A
// region is an element marked with `data-region`, focusable by script only (tabIndex −1), so
// that a screen reader says which region it is and the next Tab goes into it.

/** The ids of the regions the skip links lead to. */
export const REGION_IDS = {
  header: 'region-header',
  tabs: 'region-tabs',
  measures: 'region-measures',
  result: 'region-result',
  guide: 'region-guide',
  baseline: 'region-baseline',
  history: 'region-history',
  content: 'region-content',
} as const;

export type RegionName = keyof typeof REGION_IDS;

/** The attributes that make an element the region `name`. */
export function regionAttributes(name: RegionName): { id: string; 'data-region': RegionName; tabIndex: -1 } {
  return { id: REGION_IDS[name], 'data-region': name, tabIndex: -1 };
}

/** The regions on screen, in the order of the page. */
export function regionElements(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-region]')].filter((el) => !el.closest('[hidden], [inert]'));
}

/** The padding the page keeps free at its top and bottom (the history bar), in pixels. */
function pagePadding(): { top: number; bottom: number } {
  const style = getComputedStyle(document.documentElement);
  return { top: parseFloat(style.scrollPaddingTop) || 0, bottom: parseFloat(style.scrollPaddingBottom) || 0 };
}

/**
 * Focus a region and show its beginning: scrolled to the top of the page when its top is out of
 * view, left where it is when it is in view.
 */
export function focusRegion(target: HTMLElement | RegionName): boolean {
  const element = typeof target === 'string' ? document.getElementById(REGION_IDS[target]) : target;
  if (!element) return false;
  element.focus({ preventScroll: true });
  const { top, bottom } = pagePadding();
  const rect = element.getBoundingClientRect();
  const topInView = rect.top >= top && rect.top < window.innerHeight - bottom;
  if (!topInView && typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'start' });
  return document.activeElement === element;
}

/**
 * The next (step 1) or previous (−1) region from the one that holds the focus, going round; from
 * outside every region, the first or the last. Not while a modal dialog is open: it has the keys.
 */
export function moveRegion(step: 1 | -1): void {
  if (document.querySelector('dialog[open]')) return;
  const regions = regionElements();
  if (regions.length === 0) return;
  const active = document.activeElement;
  const at = regions.findIndex((r) => active !== null && r.contains(active));
  const next = at < 0 ? (step > 0 ? 0 : regions.length - 1) : (at + step + regions.length) % regions.length;
  focusRegion(regions[next]!);
}
