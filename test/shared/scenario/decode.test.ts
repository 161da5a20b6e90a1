// Scenario bytes as text (shared/scenario/decode.ts): strict UTF-8, one byte order mark.
import fc from 'fast-check';
import { decodeScenarioBytes, firstInvalidByte } from '../../../shared/scenario/decode';
import { parseScenarioText } from '../../../shared/scenario/parse';
import { exampleText } from './support';
import { render } from '../../../shared/i18n/text';

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

test('UTF-8 text, one byte order mark dropped', () => {
  expect(decodeScenarioBytes(utf8('{"a":"é€😀"}'))).toEqual({ ok: true, text: '{"a":"é€😀"}' });
  expect(decodeScenarioBytes(utf8('\uFEFF{"a":1}'))).toEqual({ ok: true, text: '{"a":1}' });
});

// Issue #23: the app and the command line each dropped one, and parseScenarioText another.
test('a second byte order mark is refused, for bytes and for text', () => {
  const result = decodeScenarioBytes(utf8(`\uFEFF\uFEFF${exampleText()}`));
  expect(result).toMatchObject({ ok: false, problem: { path: '-', code: 'second-byte-order-mark' } });
  const text = parseScenarioText(`\uFEFF\uFEFF${exampleText()}`);
  expect(text.ok ? [] : text.problems.map((p) => p.code)).toEqual(['second-byte-order-mark']);
});

test.each([
  ['Latin-1 é', concat(utf8('{"t\n'), Uint8Array.of(0xe9), utf8('"}')), 4, 2, '0xE9'],
  ['a lone continuation byte', concat(utf8('{'), Uint8Array.of(0x80)), 1, 1, '0x80'],
  ['an overlong encoding', Uint8Array.of(0x20, 0xc0, 0x80), 1, 1, '0xC0'],
  ['a surrogate', Uint8Array.of(0xed, 0xa0, 0x80), 0, 1, '0xED'],
  ['a sequence cut short at the end', Uint8Array.of(0x41, 0x0a, 0x0a, 0xe2, 0x82), 3, 3, '0xE2'],
])('%s: refused (never U+FFFD), naming the byte offset and line', (_, bytes, offset, line, hex) => {
  const result = decodeScenarioBytes(bytes);
  if (result.ok) throw new Error('accepted');
  expect(result.problem).toMatchObject({ path: '-', code: 'not-utf8' });
  expect(render('nl', result.problem.message)).toContain(`byte ${offset} (geteld vanaf 0, op regel ${line}), ${hex},`);
  expect(render('en', result.problem.message)).toContain(`byte ${offset} (counting from 0, on line ${line}), ${hex},`);
});

test('the offset is where the standard decoder first fails, for any bytes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
      const offset = firstInvalidByte(bytes);
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        valid = false;
      }
      expect(offset === bytes.length).toBe(valid);
      if (!valid) {
        // The bytes before it decode; from it on they do not.
        expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, offset))).not.toThrow();
        expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(offset))).toThrow();
      }
    }),
    { numRuns: 3000, seed: 20261205 },
  );
});
