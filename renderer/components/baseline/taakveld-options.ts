// The Iv3 taakvelden as the lines table offers them: one option per code, named as in the
// scenario's base year, and the reverse lookup from what people type (a code, "6.1 Samenkracht…",
// or just the name) to the code that goes into the file.
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

const norm = (s: string) => s.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ');

/**
 * What was typed, as the code to store: a known code as is; "6.1 Samenkracht…" or
 * "6.1 – Samenkracht…" as its code; a known name (any version, any case) as its code.
 * Anything else is kept as typed (the format allows any string), trimmed; "" means "not set".
 */
export function taakveldFromInput(text: string): string {
  const typed = text.trim();
  if (typed === '') return '';
  const all = [...TAAKVELDEN, ...OTHER_TAAKVELDEN];
  if (all.some((t) => t.code === typed)) return typed;
  const lead = /^(\d+(?:\.\d+[a-z]?)?)\s*(?:[-–—:]\s*|\s)/i.exec(typed);
  if (lead && all.some((t) => t.code === lead[1])) return lead[1] as string;
  const byName = all.find((t) => norm(t.name) === norm(typed));
  return byName ? byName.code : typed;
}
