// The name of a breakdown row (a partner): the organisation or group as written, a kind in
// words, a taakveld with its Iv3 name in the version in force that year ("6.1 Samenkracht en
// burgerparticipatie"). The projection's partner table and the compare view name rows alike,
// and encode the choice of one partner alike.
import type { BreakdownDimension } from '../../../shared/engine/project';
import type { LineKind } from '../../../shared/scenario/schema';
import { taakveldName, taakveldNameFor } from '../../../shared/taakvelden';

/** The words a row name needs: the "no value" row per dimension, and the line kinds. */
export interface PartnerWords {
  none: Record<BreakdownDimension, string>;
  kinds: Record<LineKind, string>;
}

export function partnerName(dimension: BreakdownDimension, key: string | null, t: PartnerWords, year?: number): string {
  if (key === null) return t.none[dimension];
  if (dimension === 'kind') return t.kinds[key as LineKind] ?? key;
  if (dimension === 'taakveld') {
    const name = year === undefined ? taakveldName(key) : taakveldNameFor(key, year);
    return name ? `${key} ${name}` : key;
  }
  return key;
}

/** The value of the "Toon" choice for every partner. */
export const ALL_PARTNERS = 'all';

/** The value of the "Toon" choice for one partner: its key, or the row of lines without one. */
export function partnerOption(key: string | null): string {
  return key === null ? 'none' : `k:${key}`;
}

/** The partner a "Toon" value chooses; null: every partner. */
export function partnerOfOption(value: string): { key: string | null } | null {
  return value === ALL_PARTNERS ? null : { key: value === 'none' ? null : value.slice(2) };
}
