// Small helpers for the comparison's words. The sentences themselves are messages of the
// catalogue (shared/i18n/<lang>/differences.ts); differences.ts returns them as Text (message id
// and arguments), so the app, the command line and the exports render the same thing.
import type { Text } from '../i18n/text';

/** "A", "B", … "Z", "AA", "AB", …: how tables and sentences name the scenarios. */
export function scenarioLabel(index: number): string {
  let n = index;
  let label = '';
  do {
    label = String.fromCharCode(65 + (n % 26)) + label;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return label;
}

/** A list argument of Texts: render() renders each item of an array argument before the message sees it. */
export const textList = (items: readonly (Text | string)[]): string[] => items as unknown as string[];
