// Where a text stops being JSON, in line and column, with a reason an advisor can act on.
import { findJsonSyntaxError } from '../../../shared/scenario/json-syntax';
import { render } from '../../../shared/i18n/text';

describe('findJsonSyntaxError', () => {
  test.each([
    ['{"a": 1}', undefined],
    ['[1, 2.5e-3, -0, "x\\u00e9\\n", true, false, null, {}, []]', undefined],
    [' {\n "a": 1,\n}', [3, 1, 'comma too many']],
    ['{"a": 1 "b": 2}', [1, 9, 'Expected "," or "}"']],
    ['[1 2]', [1, 4, 'Expected "," or "]"']],
    ['{\n  "rate": 0,2\n}', [2, 13, 'decimal comma']],
    ["{'a': 1}", [1, 2, 'double quotes']],
    ['{"a": 1} // note', [1, 10, 'more after the end']],
    ['{"a": // note\n 1}', [1, 7, 'no comments']],
    ['{"a": NaN}', [1, 7, 'NaN and Infinity']],
    ['{"a": -Infinity}', [1, 7, 'NaN and Infinity']],
    ['{"a": .5}', [1, 7, 'decimal separator']],
    ['{"a": "line\nbreak"}', [1, 12, 'line break']],
    ['{"a": "open', [1, 7, 'not closed']],
    ['{"a": "\\x"}', [1, 8, 'backslash']],
    ['{"a": [1, {"b": 2}', [1, 19, '"]" "}" still missing']],
    ['{"a"}', [1, 5, '":" after the field name']],
    ['{"a": }', [1, 7, 'Expected a value']],
    ['[1, ]', [1, 5, 'comma too many']],
    ['{"a": tru}', [1, 7, 'Expected a value']],
  ])('%j', (text, expected) => {
    const error = findJsonSyntaxError(text);
    let parses = true;
    try {
      JSON.parse(text);
    } catch {
      parses = false;
    }
    // The scanner agrees with JSON.parse about what is JSON.
    expect(error === undefined).toBe(parses);
    if (expected === undefined) return;
    const [line, column, words] = expected as [number, number, string];
    expect(error).toMatchObject({ line, column });
    expect(render('en', error!.message)).toContain(words);
    expect(render('nl', error!.message)).not.toBe('');
  });

  test('deep nesting does not overflow the stack', () => {
    const error = findJsonSyntaxError(`${'['.repeat(200_000)}${']'.repeat(199_999)}`);
    expect(render('en', error!.message)).toContain('ends unexpectedly');
  });
});
