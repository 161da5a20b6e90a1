// Where a command writes, so commands never touch `process` and stay testable.
export interface Io {
  /** The command's result (table, JSON, problem lines). */
  out(text: string): void;
  /** Notes for the person at the terminal: summaries, usage errors. */
  err(text: string): void;
  /** Terminal width when writing to one; undefined when piped. */
  columns?: number;
}

/** Keeps a text on one line, so a message can never break the `FILE: PATH: message` form. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
