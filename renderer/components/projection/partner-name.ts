// The name of a breakdown row (a partner): the organisation or group as written, a kind in
// words, a taakveld with its Iv3 name in the version in force that year ("6.1 Samenkracht en
// burgerparticipatie"). The projection's partner table and the compare view name rows alike.
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
