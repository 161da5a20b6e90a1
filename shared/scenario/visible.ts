// Text from a file as it may be printed, and a value from the file cut short to quote in a
// message. No imports: the catalogues quote with clip() and the problems pass through visible().

/**
 * Characters that change how text prints rather than print: C0 and C1 controls (line breaks,
 * carriage return, the escape that starts a terminal command), DEL, the line and paragraph
 * separators, the marks that reorder text (bidi) and invisible ones (zero-width, byte order mark).
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;

/**
 * A text from a file as it may be printed: each character in INVISIBLE written as `\uXXXX`, so
 * that a key or value can neither break the `FILE: PATH: message` form nor send a terminal
 * command, and what is there can be seen. Every problem's path and message arguments pass
 * through here (located()); the command line's own output does too.
 */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

const MAX_QUOTED = 60;

/** A value from the file, cut short, with what does not print made visible, to quote in a message. */
export function clip(text: string, max = MAX_QUOTED): string {
  return visible(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}

/** "a, b <word> c": the list form of the problem messages (the word is the catalogue's). */
export function joinList(items: readonly string[], word: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1] as string}`;
}
