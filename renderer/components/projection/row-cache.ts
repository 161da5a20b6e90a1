// Table rows that did not change keep their identity, so the memoised row component skips them:
// while one measure's slider is dragged, its row and the totals change, and the other fifty-nine
// measure rows are neither formatted again nor re-rendered.
import { useRef } from 'react';
import type { GridRow } from './TraceGrid';

interface Entry {
  signature: string;
  values: readonly (number | null)[];
  row: GridRow;
}

export type RowCache = Map<string, Entry>;

export function useRowCache(): RowCache {
  return useRef<RowCache>(new Map()).current;
}

function sameValues(a: readonly (number | null)[], b: readonly (number | null)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The cached row for `key` when its values and its `signature` (everything else that shows:
 * language, unit, name, colour, position) are unchanged; otherwise `build()`, cached.
 */
export function cachedRow(
  cache: RowCache,
  key: string,
  signature: string,
  values: readonly (number | null)[],
  build: () => GridRow,
): GridRow {
  const entry = cache.get(key);
  if (entry && entry.signature === signature && sameValues(entry.values, values)) return entry.row;
  const row = build();
  cache.set(key, { signature, values, row });
  return row;
}
