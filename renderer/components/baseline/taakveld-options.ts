// The Iv3 taakvelden as the lines table offers them: one option per code, named as in the
// scenario's base year. (What people type, a code, "6.1 Samenkracht…" or a name, is read into
// the code that goes into the file by shared/import/taakveld.ts.)
import { OTHER_TAAKVELDEN, TAAKVELDEN, taakveldNameFor } from '../../../shared/taakvelden';

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
