// The words that every measure type's description shares (describe-measure.ts puts them
// together): names joined with "en", a phase-in, amounts as decided. The phrases are in the
// catalogue (report.describe); each type's own phrases are in its module (shared/measures/<type>.ts).
import { listedYears } from '../engine/year-table';
import { formatMoney, formatPercent } from '../format/money';
import type { Lang } from '../i18n/languages';
import { catalogue } from '../i18n/text';
import type { YearTable } from '../scenario/schema';

/** "A", "A en B", "A, B en C". */
export function joinNames(names: readonly string[], lang: Lang): string {
  return catalogue(lang).report.describe.names([...names]);
}

export const percent = (fraction: number, lang: Lang) => formatPercent(fraction, { lang, maxDigits: 2 });

/** "ingroei 0% 2021, 50% 2022, 100% 2023"; "vanaf 2022" for a single full step; null when absent. */
export function describePhaseIn(phaseIn: YearTable | undefined, lang: Lang): string | null {
  const entries = listedYears(phaseIn);
  if (entries.length === 0) return null;
  const only = entries[0];
  const words = catalogue(lang).report.describe;
  if (entries.length === 1 && only && only.value === 1) return words.from(only.year);
  return words.phaseIn(entries.map((e) => `${percent(e.value, lang)} ${e.year}`).join(', '));
}

export function money(value: number, lang: Lang): string {
  return formatMoney(value, { lang, digits: 'cents' });
}

/** The targets of a cut or change: group names and line names, in file order. */
export function targetNames(m: { lines?: string[]; groups?: string[] }, lineName: (id: string) => string, lang: Lang): string {
  return joinNames([...(m.groups ?? []), ...(m.lines ?? []).map(lineName)], lang);
}
