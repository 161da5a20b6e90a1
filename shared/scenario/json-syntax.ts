// Where a text stops being valid JSON, and why, in words a policy advisor can act on.
// JSON.parse says this differently in every JavaScript engine (and Node 20 gives no line), so
// the text is scanned again here, only after JSON.parse has failed. Iterative, so deep nesting
// cannot overflow the stack.
import { text as msg, type Text } from '../i18n/text';

export interface JsonSyntaxError {
  /** 1-based line and column (in UTF-16 code units, as editors count them). */
  line: number;
  column: number;
  message: Text;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function show(ch: string): Text {
  if (ch === '') return msg('scenario.json.endOfFile');
  const code = ch.codePointAt(0) ?? 0;
  const visible = code < 0x20 || code === 0x7f ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : ch;
  return msg('scenario.json.char', visible);
}

function at(text: string, offset: number, message: Text): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, message };
}

/** Scans a string starting at the opening quote; returns the offset after it, or an error. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"') return i + 1;
    if (ch === '\\') {
      const next = text[i + 1] ?? '';
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          return at(text, i, msg('scenario.json.badUnicodeEscape'));
        }
        i += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(next) || next === '') {
        return at(text, i, msg('scenario.json.badEscape', show(next)));
      }
      i += 2;
      continue;
    }
    if (ch.charCodeAt(0) < 0x20) {
      return at(text, i, msg('scenario.json.controlInString'));
    }
    i++;
  }
  return at(text, start, msg('scenario.json.unclosedString'));
}

function unexpected(text: string, i: number, expect: Expect, containers: string[]): JsonSyntaxError {
  const ch = text[i] ?? '';
  const shown = show(ch);
  if (ch === '') return at(text, i, msg('scenario.json.endsUnexpectedly', [...containers]));
  if (ch === "'") return at(text, i, msg('scenario.json.singleQuotes'));
  if (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return at(text, i, msg('scenario.json.comment'));
  if (expect === 'key' && /[0-9]/.test(ch) && /[0-9],\s*$/.test(text.slice(Math.max(0, i - 40), i))) {
    return at(text, i, msg('scenario.json.decimalComma'));
  }
  if ((ch === '}' || ch === ']') && /,\s*$/.test(text.slice(Math.max(0, i - 200), i))) {
    return at(text, i, msg('scenario.json.trailingComma', shown));
  }
  const expected: Record<Expect, Text> = {
    value: msg('scenario.json.expected.value'),
    'value-or-close': msg('scenario.json.expected.valueOrClose'),
    key: msg('scenario.json.expected.key'),
    'key-or-close': msg('scenario.json.expected.keyOrClose'),
    colon: msg('scenario.json.expected.colon'),
    'comma-or-close':
      containers[containers.length - 1] === '{' ? msg('scenario.json.expected.commaOrCloseObject') : msg('scenario.json.expected.commaOrCloseArray'),
    end: msg('scenario.json.expected.end'),
  };
  return at(text, i, msg('scenario.json.expectedFound', expected[expect], shown));
}

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const containers: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const afterValue = (): Expect => (containers.length === 0 ? 'end' : 'comma-or-close');
  while (true) {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
    const ch = text[i] ?? '';
    if (expect === 'end') {
      if (ch === '') return undefined;
      return at(text, i, msg('scenario.json.trailingContent', show(ch)));
    }
    if (ch === '') return unexpected(text, i, expect, containers);
    if (expect === 'colon') {
      if (ch !== ':') return unexpected(text, i, expect, containers);
      i++;
      expect = 'value';
      continue;
    }
    if (expect === 'comma-or-close') {
      const top = containers[containers.length - 1];
      if (ch === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
        continue;
      }
      if ((ch === '}' && top === '{') || (ch === ']' && top === '[')) {
        containers.pop();
        i++;
        expect = afterValue();
        continue;
      }
      return unexpected(text, i, expect, containers);
    }
    if (expect === 'key' || expect === 'key-or-close') {
      if (ch === '}' && expect === 'key-or-close') {
        containers.pop();
        i++;
        expect = afterValue();
        continue;
      }
      if (ch !== '"') return unexpected(text, i, expect, containers);
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expect = 'colon';
      continue;
    }
    // A value (or, right after "[", a "]").
    if (ch === ']' && expect === 'value-or-close') {
      containers.pop();
      i++;
      expect = afterValue();
      continue;
    }
    if (ch === '{') {
      containers.push('{');
      i++;
      expect = 'key-or-close';
      continue;
    }
    if (ch === '[') {
      containers.push('[');
      i++;
      expect = 'value-or-close';
      continue;
    }
    if (ch === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expect = afterValue();
      continue;
    }
    const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
    if (literal) {
      i += literal.length;
      expect = afterValue();
      continue;
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number && number[0] !== '' && number[0] !== '-') {
      i += number[0].length;
      expect = afterValue();
      continue;
    }
    const word = /^[A-Za-z]+/.exec(text.slice(i, i + 20))?.[0];
    if (word === 'NaN' || word === 'Infinity' || (ch === '-' && text.startsWith('Infinity', i + 1))) {
      return at(text, i, msg('scenario.json.nanInfinity'));
    }
    if (/^[0-9.+-]/.test(ch)) {
      return at(text, i, msg('scenario.json.badNumber'));
    }
    return unexpected(text, i, expect, containers);
  }
}
