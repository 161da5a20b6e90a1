// A taakveld as financial systems and Excel write it, to the code that goes into the file:
// "6.71b", "6.1 Samenkracht en burgerparticipatie", "Taakveld 6.2", "6,71" (Excel made it a
// number with a decimal comma), or a known name. Anything else is kept as written.
import { OTHER_TAAKVELDEN, TAAKVELDEN, taakveldVersionFor } from '../taakvelden';

const norm = (s: string) => s.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ');

export function taakveldCode(text: string): string {
  const typed = text.trim();
  if (typed === '') return '';
  const all = [...TAAKVELDEN, ...OTHER_TAAKVELDEN];
  const known = (code: string) => all.some((t) => t.code === code);
  if (known(typed)) return typed;
  const lead = /^(?:taakveld\s*)?(\d{1,2}[.,]\d{1,3}[a-z]?)(?:\s*(?:[-–—:]\s*|\s)|$)/i.exec(typed);
  if (lead) {
    const code = (lead[1] as string).replace(',', '.').toLowerCase();
    if (known(code) || lead[0].length === typed.length || /^taakveld/i.test(typed)) return code;
  }
  const byName = all.find((t) => norm(t.name) === norm(typed));
  return byName ? byName.code : typed;
}

/**
 * A cell that holds a taakveld's code and a name together, as budgets print them: "6.1 - Samenkracht
 * en burgerparticipatie", "6.71 Maatwerkdienstverlening 18+", "0-1. Bestuur", "Taakveld 6.2: Wijkteams".
 * The code must be a known Iv3 code (any version), so that "2024 Begroting" or a house number is
 * never taken for one. null: not such a cell.
 */
export function splitCodeAndName(text: string): { code: string; name: string } | null {
  const m = /^(?:taakveld\s*)?(\d{1,2})[.,-](\d{1,3}[a-z]?)\.?(?:\s*[-–—:]\s*|\s+)(\S.*)$/i.exec(text.trim());
  if (!m) return null;
  const code = `${m[1]}.${(m[2] as string).toLowerCase()}`;
  if (![...TAAKVELDEN, ...OTHER_TAAKVELDEN].some((t) => t.code === code)) return null;
  return { code, name: (m[3] as string).trim() };
}

/**
 * Whether a code is missing from the Iv3 taakvelden of `year` (its version's list), with the codes
 * of that year that start with it ("6.71" in 2024: 6.71a–6.71d). Null when the code is in the
 * list, when it is not an Iv3 social-domain code of any version (kept as written, no judgement),
 * or when that year's list is not yet verified (from 2025), so that no correct code is called wrong.
 */
export function taakveldNotInYear(code: string, year: number): { others: string[] } | null {
  const version = taakveldVersionFor(year);
  const inVersion = TAAKVELDEN.filter((t) => t.version === version);
  if (inVersion.some((t) => t.toVerify === true)) return null;
  if (inVersion.some((t) => t.code === code) || OTHER_TAAKVELDEN.some((t) => t.code === code)) return null;
  if (!TAAKVELDEN.some((t) => t.code === code)) return null;
  return { others: inVersion.filter((t) => t.code.startsWith(code)).map((t) => t.code) };
}
