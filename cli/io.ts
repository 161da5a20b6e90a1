import { visible } from '../shared/scenario/problem-text';

// Where a command writes, so commands never touch `process` and stay testable.
export interface Io {
  /** The command's result (table, JSON, problem lines). */
  out(text: string): void;
  /** Notes for the person at the terminal: summaries, usage errors. */
  err(text: string): void;
  /** Terminal width when writing to one; undefined when piped. */
  columns?: number;
}

/**
 * Keeps a text on one line, so a message can never break the `FILE: PATH: message` form: line
 * breaks become a space, every other character that does not print is written as `\uXXXX`.
 */
export function oneLine(text: string): string {
  return visible(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

/** A text of several lines (a table) for the terminal: its lines kept, anything else that does not print written as `\uXXXX`. */
export function visibleLines(text: string): string {
  return text.split('\n').map(visible).join('\n');
}
