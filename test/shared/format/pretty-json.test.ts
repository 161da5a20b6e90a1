import fc from 'fast-check';
import { prettyJson } from '../../../shared/format/pretty-json';

describe('prettyJson', () => {
  it('indents objects and keeps arrays of plain values on one line', () => {
    const value = { title: 'x', years: [2020, 2021], target: { amount: [null, 5], gap: [] }, rows: [{ a: 1 }, [1, 2]] };
    expect(prettyJson(value)).toBe(
      [
        '{',
        '  "title": "x",',
        '  "years": [2020, 2021],',
        '  "target": {',
        '    "amount": [null, 5],',
        '    "gap": []',
        '  },',
        '  "rows": [',
        '    {',
        '      "a": 1',
        '    },',
        '    [1, 2]',
        '  ]',
        '}',
      ].join('\n'),
    );
  });

  it('reads back as the same value, whatever the value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expect(JSON.parse(prettyJson(value))).toEqual(JSON.parse(JSON.stringify(value)))));
    expect(prettyJson(undefined)).toBe('null');
    expect(prettyJson({ a: undefined, b: 1 })).toBe('{\n  "b": 1\n}');
  });
});
