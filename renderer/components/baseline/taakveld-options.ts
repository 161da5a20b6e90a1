// The Iv3 taakvelden as the lines table offers them: one option per code, named as in the
// scenario's base year. (What people type, a code, "6.1 Samenkracht…" or a name, is read into
// the code that goes into the file by shared/import/taakveld.ts.)
import {
  OTHER_TAAKVELDEN,
  TAAKVELDEN,
  taakveldEntries,
  taakveldName,
  type TaakveldVersion,
} from '../../../shared/taakvelden';

/** The Iv3 version in force in a year: up to 2022, 2023–2024, from 2025. */
export function taakveldVersionFor(year: number): TaakveldVersion {
  if (year <= 2022) return 'tot-2022';
  if (year <= 2024) return '2023-2024';
  return 'vanaf-2025';
}

/** The name of a code as in force in `year`, else in the newest version that has it. */
export function taakveldNameFor(code: string, year: number): string | undefined {
  const entries = taakveldEntries(code);
  const version = taakveldVersionFor(year);
  return entries.find((t) => t.version === version)?.name ?? taakveldName(code);
}

export interface TaakveldOption {
  code: string;
  name: string;
}

/** Every known code once, in code order, named as in `year`. */
export function taakveldOptions(year: number): TaakveldOption[] {
  const codes = new Set<string>([...OTHER_TAAKVELDEN.map((t) => t.code), ...TAAKVELDEN.map((t) => t.code)]);
  return [...codes]
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((code) => ({ code, name: taakveldNameFor(code, year) ?? '' }));
}
