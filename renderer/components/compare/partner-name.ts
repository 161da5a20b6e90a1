// The name of a partner row: the organisation or group as written, a kind in words, a taakveld
// with its Iv3 name in the version in force that year ("6.1 Samenkracht en burgerparticipatie").
// The projection column names its rows the same way; this copy keeps the compare view free of
// that column's modules (a shared helper for the year's Iv3 version would serve both).
import type { BreakdownDimension } from '../../../shared/engine/project';
import type { LineKind } from '../../../shared/scenario/schema';
import { taakveldName, type TaakveldVersion } from '../../../shared/taakvelden';
import type { CompareMessages } from './messages';

/** The Iv3 version in force in a year (taakveld 6 changed in 2023 and 2025). */
function taakveldVersion(year: number | undefined): TaakveldVersion | undefined {
  if (year === undefined) return undefined;
  return year <= 2022 ? 'tot-2022' : year <= 2024 ? '2023-2024' : 'vanaf-2025';
}

export function partnerName(dimension: BreakdownDimension, key: string | null, t: CompareMessages, year?: number): string {
  if (key === null) return t.none[dimension];
  if (dimension === 'kind') return t.kinds[key as LineKind] ?? key;
  if (dimension === 'taakveld') {
    const name = taakveldName(key, taakveldVersion(year)) ?? taakveldName(key);
    return name ? `${key} ${name}` : key;
  }
  return key;
}
