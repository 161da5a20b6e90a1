// Where a text stops being valid JSON, and why, in words a policy advisor can act on.
// JSON.parse says this differently in every JavaScript engine (and Node 20 gives no line), so
// the text is scanned again here, only after JSON.parse has failed. Iterative, so deep nesting
// cannot overflow the stack.
import type { LocalizedText } from './problems';

export interface JsonSyntaxError {
  /** 1-based line and column (in UTF-16 code units, as editors count them). */
  line: number;
  column: number;
  message: LocalizedText;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function show(ch: string): { nl: string; en: string } {
  if (ch === '') return { nl: 'het einde van het bestand', en: 'the end of the file' };
  const code = ch.codePointAt(0) ?? 0;
  const visible = code < 0x20 || code === 0x7f ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : ch;
  return { nl: `„${visible}”`, en: `"${visible}"` };
}

function at(text: string, offset: number, message: LocalizedText): JsonSyntaxError {
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
          return at(text, i, { nl: 'Ongeldige \\u-code in tekst: na \\u horen vier hexadecimale cijfers.', en: 'Invalid \\u escape in text: \\u must be followed by four hexadecimal digits.' });
        }
        i += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(next) || next === '') {
        return at(text, i, {
          nl: `Ongeldig teken na een backslash in tekst: ${show(next).nl}. Schrijf een backslash als \\\\.`,
          en: `Invalid character after a backslash in text: ${show(next).en}. Write a backslash as \\\\.`,
        });
      }
      i += 2;
      continue;
    }
    if (ch.charCodeAt(0) < 0x20) {
      return at(text, i, {
        nl: 'Tekst tussen aanhalingstekens loopt over een regeleinde of bevat een stuurteken; sluit de tekst af met " of schrijf \\n.',
        en: 'Text in quotes runs over a line break or holds a control character; close it with " or write \\n.',
      });
    }
    i++;
  }
  return at(text, start, { nl: 'Deze tekst wordt niet afgesloten met een aanhalingsteken (").', en: 'This text is not closed with a quote (").' });
}

function unexpected(text: string, i: number, expect: Expect, containers: string[]): JsonSyntaxError {
  const ch = text[i] ?? '';
  const shown = show(ch);
  if (ch === '') {
    const open = containers.length > 0 ? { nl: ` er ontbreekt nog ${containers.map((c) => (c === '{' ? '„}”' : '„]”')).reverse().join(' ')}`, en: ` ${containers.map((c) => (c === '{' ? '"}"' : '"]"')).reverse().join(' ')} still missing` } : { nl: '', en: '' };
    return at(text, i, { nl: `Het bestand houdt onverwacht op;${open.nl || ' er ontbreekt een waarde'}.`, en: `The file ends unexpectedly;${open.en || ' a value is missing'}.` });
  }
  if (ch === "'") {
    return at(text, i, { nl: 'JSON gebruikt dubbele aanhalingstekens ("), geen enkele (\').', en: 'JSON uses double quotes ("), not single quotes (\').' });
  }
  if (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
    return at(text, i, { nl: 'JSON kent geen commentaar; haal het weg of zet het in „notes”.', en: 'JSON has no comments; remove it or put it in "notes".' });
  }
  if (expect === 'key' && /[0-9]/.test(ch) && /[0-9],\s*$/.test(text.slice(Math.max(0, i - 40), i))) {
    return at(text, i, {
      nl: 'Een getal met een komma als decimaalteken? JSON schrijft decimalen met een punt: 0.25, niet 0,25.',
      en: 'A number with a decimal comma? JSON writes decimals with a point: 0.25, not 0,25.',
    });
  }
  if ((ch === '}' || ch === ']') && /,\s*$/.test(text.slice(Math.max(0, i - 200), i))) {
    return at(text, i, { nl: `Een komma te veel vóór ${shown.nl}: na het laatste element hoort geen komma.`, en: `One comma too many before ${shown.en}: no comma after the last item.` });
  }
  const expected: Record<Expect, LocalizedText> = {
    value: { nl: 'een waarde', en: 'a value' },
    'value-or-close': { nl: 'een waarde of „]”', en: 'a value or "]"' },
    key: { nl: 'een veldnaam tussen dubbele aanhalingstekens', en: 'a field name in double quotes' },
    'key-or-close': { nl: 'een veldnaam tussen dubbele aanhalingstekens of „}”', en: 'a field name in double quotes or "}"' },
    colon: { nl: '„:” na de veldnaam', en: '":" after the field name' },
    'comma-or-close': {
      nl: containers[containers.length - 1] === '{' ? '„,” of „}” (ontbreekt er een komma?)' : '„,” of „]” (ontbreekt er een komma?)',
      en: containers[containers.length - 1] === '{' ? '"," or "}" (is a comma missing?)' : '"," or "]" (is a comma missing?)',
    },
    end: { nl: 'het einde van het bestand', en: 'the end of the file' },
  };
  return at(text, i, { nl: `Verwacht ${expected[expect].nl}, maar vond ${shown.nl}.`, en: `Expected ${expected[expect].en}, but found ${shown.en}.` });
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
      return at(text, i, { nl: `Na het einde van de JSON staat nog iets: ${show(ch).nl}.`, en: `There is more after the end of the JSON: ${show(ch).en}.` });
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
      return at(text, i, { nl: 'NaN en Infinity zijn geen getallen in JSON.', en: 'NaN and Infinity are not numbers in JSON.' });
    }
    if (/^[0-9.+-]/.test(ch)) {
      return at(text, i, {
        nl: 'Dit getal is niet goed geschreven: gebruik een punt als decimaalteken (0.25), zonder voorloopnullen, plusteken of duizendtalscheiding.',
        en: 'This number is not written correctly: use a point as decimal separator (0.25), with no leading zeros, plus sign or thousands separator.',
      });
    }
    return unexpected(text, i, expect, containers);
  }
}
