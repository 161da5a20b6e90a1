// One text mechanism (#18): outside shared/i18n no code picks a word by language. Every text a
// user reads comes from a catalogue, by message id; so a language is added in shared/i18n alone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sourceFiles } from '../support/source-files';

const ROOT = path.resolve(__dirname, '../..');
const FOLDERS = ['shared', 'renderer', 'electron', 'cli', 'node'];
const CATALOGUES = path.join(ROOT, 'shared', 'i18n');
const SOURCE = /\.(ts|tsx)$/;

const files = (dir: string): string[] => sourceFiles(dir, SOURCE);

/** The ways text used to be chosen by language, each with what it looks like. */
const PATTERNS: [string, RegExp][] = [
  ['a choice by language', /\blang(?:uage)?\s*[!=]==?\s*['"](?:nl|en)['"]|['"](?:nl|en)['"]\s*[!=]==?\s*\w*[lL]ang\b/],
  ['text written inline in both languages', /\bnl:\s*['"`].*\ben:\s*['"`]|^\s*nl:\s*['"`(]/],
  // LANGUAGES[lang] is the list of languages itself (a language's own name, its locale).
  ['a table per language', /Record<Lang,|\b(?!LANGUAGES\b)\w+\[lang\]\.|\bnl:\s*\{/],
];

/** A line that names something 'nl' that is not a language (the CSV style 'nl') says so. */
const NOT_A_LANGUAGE = 'not a language';

export function offences(text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (/^\s*(\/\/|\*)/.test(line) || line.includes(NOT_A_LANGUAGE)) return;
    for (const [what, pattern] of PATTERNS) if (pattern.test(line)) found.push(`${i + 1}: ${what}: ${line.trim().slice(0, 100)}`);
  });
  return found;
}

describe('one text mechanism', () => {
  it('recognises each old way of choosing text (the check can fail)', () => {
    expect(offences("const w = lang === 'nl' ? 'Regel' : 'Line';")).toHaveLength(1);
    expect(offences("  message: { nl: 'Onbekend veld', en: 'Unknown field' },")).toHaveLength(1);
    expect(offences('  nl: `Regel ${name}`,')).toHaveLength(1);
    expect(offences('const WORDS: Record<Lang, Words> = { nl, en };')).toHaveLength(1);
    expect(offences("const t = useText().baseline; render(lang, text('scenario.unknownField', name));")).toEqual([]);
  });

  it('no production file outside shared/i18n chooses words by language', () => {
    const found: string[] = [];
    for (const folder of FOLDERS) {
      for (const file of files(path.join(ROOT, folder))) {
        if (file.startsWith(CATALOGUES + path.sep)) continue;
        for (const offence of offences(readFileSync(file, 'utf8'))) found.push(`${path.relative(ROOT, file)}:${offence}`);
      }
    }
    expect(found).toEqual([]);
  });
});
