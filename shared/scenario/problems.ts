// A problem found in a scenario file, with where it is and what is wrong, in both languages.
export type Lang = 'nl' | 'en';
export interface LocalizedText {
  nl: string;
  en: string;
}

export interface Problem {
  /** The most specific location at fault: `measures[2].lines[0]`, `horizon.to`, `-` for the whole file. */
  path: string;
  /** A stable machine-readable code, e.g. `unknown-field`, `duplicate-id`, `newer-version`. */
  code: string;
  message: LocalizedText;
}

export type ParseResult<T> =
  | { ok: true; value: T; /** the file's version when it was migrated on load */ migratedFrom?: number }
  | { ok: false; problems: Problem[] };
