// A problem found in a scenario file: where it is, a stable code, and what is wrong as a catalogue message.
export type { Lang } from '../i18n/languages';
import type { Text } from '../i18n/text';

export interface Problem {
  /** The most specific location at fault: `measures[2].lines[0]`, `horizon.to`, `-` for the whole file. */
  path: string;
  /** A stable machine-readable code, e.g. `unknown-field`, `duplicate-id`, `newer-version`. */
  code: string;
  /** What is wrong, as a catalogue message: render(lang, problem.message). */
  message: Text;
}

export type ParseResult<T> =
  | { ok: true; value: T; /** the file's version when it was migrated on load */ migratedFrom?: number }
  | { ok: false; problems: Problem[] };
