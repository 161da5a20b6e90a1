// A problem found in a scenario file, with where it is and what is wrong, in both languages.
export type { Lang } from '../i18n/languages';
import type { Text } from '../i18n/text';

/**
 * @deprecated A text written inline in both languages. Being replaced by `Text` (a message id of
 * the catalogue, shared/i18n); `render()` still reads it, the English for any other language.
 */
export interface LocalizedText {
  nl: string;
  en: string;
}

/** What a problem, step or sentence says: a catalogue message (or, until moved, inline text). */
export type Message = Text | LocalizedText;

export interface Problem {
  /** The most specific location at fault: `measures[2].lines[0]`, `horizon.to`, `-` for the whole file. */
  path: string;
  /** A stable machine-readable code, e.g. `unknown-field`, `duplicate-id`, `newer-version`. */
  code: string;
  message: Message;
}

export type ParseResult<T> =
  | { ok: true; value: T; /** the file's version when it was migrated on load */ migratedFrom?: number }
  | { ok: false; problems: Problem[] };
