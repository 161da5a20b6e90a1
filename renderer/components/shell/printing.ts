// Printing the page (Ctrl+P), from the browser's beforeprint to its afterprint. The browser lays
// the page out for paper right after beforeprint, without a frame in between, so what paper
// needs is done in that listener: parts that render less on screen for speed render whole
// (usePrinting, flushed at once), charts draw at their width on paper (chart-setup.ts), and a
// table wider than the paper is scaled to fit it instead of being cut off at its edge.
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/** The width of the printed page's content, in CSS pixels: A4 less the 12 mm margins of renderer/print.css. */
export const PAPER_WIDTH_PX = Math.floor(((210 - 2 * 12) / 25.4) * 96);

let printing = false;
const listeners = new Set<() => void>();

function setPrinting(next: boolean): void {
  if (printing === next) return;
  printing = next;
  flushSync(() => listeners.forEach((listener) => listener()));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** True while the page is being printed. */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, () => printing, () => false);
}

const FITTED = 'data-print-zoom';

/**
 * Scales each table of the page that would be wider than the paper so that it fits. Measured on
 * the screen's layout at its narrowest (min-content) and converted to the print font size
 * (`--print-font-size` of renderer/print.css).
 */
export function fitTablesToPaper(doc: Document = document, paperWidth = PAPER_WIDTH_PX): void {
  const root = getComputedStyle(doc.documentElement);
  const screenFont = parseFloat(root.fontSize);
  const paperFont = parseFloat(root.getPropertyValue('--print-font-size'));
  const ratio = screenFont > 0 && paperFont > 0 ? paperFont / screenFont : 1;
  for (const table of doc.querySelectorAll<HTMLTableElement>('main table')) {
    if (table.getClientRects().length === 0) continue;
    const width = table.style.width;
    table.style.width = 'min-content';
    const needed = table.getBoundingClientRect().width * ratio;
    table.style.width = width;
    if (needed <= paperWidth) continue;
    table.style.zoom = (Math.floor((paperWidth / needed) * 1000) / 1000).toString();
    table.setAttribute(FITTED, '');
  }
}

export function unfitTables(doc: Document = document): void {
  for (const table of doc.querySelectorAll<HTMLTableElement>(`table[${FITTED}]`)) {
    table.style.zoom = '';
    table.removeAttribute(FITTED);
  }
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => {
    setPrinting(true);
    fitTablesToPaper();
  });
  window.addEventListener('afterprint', () => {
    unfitTables();
    setPrinting(false);
  });
}
