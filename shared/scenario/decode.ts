// The bytes of a scenario file as text: UTF-8, strictly. A wrong byte is refused with its place,
// never replaced by U+FFFD (that would change the data without a word). One byte order mark is
// allowed and dropped; a second one is refused, since the text after the first would then start
// with an invisible character that no JSON reader accepts. The app (Electron and browser) and the
// command line all read scenario files through this.
import { text as msg } from '../i18n/text';
import { located } from './problem-text';
import type { Problem } from './problems';

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: Problem };

const BOM = 0xfeff;

/** A text that still starts with a byte order mark after the first was dropped. */
export function secondByteOrderMark(): Problem {
  return located([], 'second-byte-order-mark', msg('scenario.file.secondByteOrderMark')).problem;
}

/** Length of the valid UTF-8 sequence at `i`, or 0 when the bytes there are not one. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** The offset of the first byte that does not start a valid UTF-8 sequence (only asked when there is one). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return bytes.length;
}

/** The scenario file's bytes as text, or a problem for the whole file naming the byte offset. */
export function decodeScenarioBytes(bytes: Uint8Array): DecodeResult {
  let text: string;
  try {
    // fatal: a wrong byte is an error, not a silent U+FFFD; one byte order mark is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      problem: located([], 'not-utf8', msg('scenario.file.notUtf8', offset, line, byte)).problem,
    };
  }
  if (text.charCodeAt(0) === BOM) return { ok: false, problem: secondByteOrderMark() };
  return { ok: true, text };
}
