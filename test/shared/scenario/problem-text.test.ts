// Problems as catalogue Text: what comes from the file is made visible in the arguments, at any
// depth, and every message renders in every language, the pseudo-locale included.
import { isText, render, text } from '../../../shared/i18n/text';
import { LANGUAGES, type Lang } from '../../../shared/i18n/languages';
import { located, subjectOf } from '../../../shared/scenario/problem-text';
import { parseScenarioText } from '../../../shared/scenario/parse';

const LANGS = Object.keys(LANGUAGES) as Lang[];

describe('located', () => {
  it('keeps the message as Text and makes each string argument visible, also in a nested Text', () => {
    const { problem } = located(['lines', 0, 'x\u001b[31m'], 'unknown-field', text('scenario.schema.wrongType', subjectOf(['a\u2028b']), 'x', 'y\u0007'));
    expect(isText(problem.message)).toBe(true);
    expect(problem.path).toBe('lines[0].x\\u001B[31m');
    expect(render('nl', problem.message)).toBe('„a\\u2028b” moet x zijn, maar is y\\u0007.');
    expect(render('en', problem.message)).toBe('"a\\u2028b" must be x, but is y\\u0007.');
    expect(JSON.parse(JSON.stringify(problem.message))).toEqual(problem.message);
  });
});

describe('a file with problems', () => {
  it('reads in every language, the pseudo-locale too', () => {
    const result = parseScenarioText('{"format": "vitale-coalitie-scenario", "version": 1, "titel": "x", "lines": []}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const lang of LANGS) {
      for (const p of result.problems) expect(render(lang, p.message).trim()).not.toBe('');
    }
    expect(result.problems.map((p) => render('en', p.message))).toContain('Unknown field "titel". Did you mean "title"?');
  });
});
