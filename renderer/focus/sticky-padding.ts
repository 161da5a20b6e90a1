// A table that scrolls in a box of its own and keeps its header row or first column in place
// (position: sticky) hides what scrolls under them. The box's scroll padding, the header's height
// and the first column's width as they are now, keeps a cell reached with Tab (or the arrow keys)
// clear of both (#24). Measured, not guessed: names, languages and the unit change the widths.
import { useLayoutEffect, type RefObject } from 'react';

/** Room for the focus outline (3 px, 2 px off the element) beside the sticky parts. */
const OUTLINE_ROOM = 6;

function stuck(cell: Element | null | undefined, side: 'top' | 'left'): cell is HTMLElement {
  if (!(cell instanceof HTMLElement)) return false;
  const style = getComputedStyle(cell);
  return style.position === 'sticky' && style[side] !== 'auto';
}

/** Sets the box's scroll padding from its table's sticky header row and first column. */
export function applyStickyPadding(box: HTMLElement): void {
  const head = box.querySelector('table')?.tHead?.rows[0];
  const corner = head?.cells[0];
  const last = head?.cells[head.cells.length - 1];
  const top = stuck(last, 'top') ? head!.getBoundingClientRect().height : 0;
  const left = stuck(corner, 'left') ? corner.getBoundingClientRect().width : 0;
  box.style.scrollPaddingTop = top > 0 ? `${Math.ceil(top) + OUTLINE_ROOM}px` : '';
  box.style.scrollPaddingLeft = left > 0 ? `${Math.ceil(left) + OUTLINE_ROOM}px` : '';
}

/** Keeps `box`'s scroll padding matched to its table while sizes change. */
export function useStickyScrollPadding(box: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const update = () => applyStickyPadding(element);
    update();
    // Before the focus moves in (capture): a column may have grown since the last resize.
    element.addEventListener('focusin', update, true);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(element);
    const table = element.querySelector('table');
    if (table) observer?.observe(table);
    return () => {
      element.removeEventListener('focusin', update, true);
      observer?.disconnect();
    };
  }, [box]);
}
