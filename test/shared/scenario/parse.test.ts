// Reading a file: text, JSON, format, version; the worked example of the spec.
import { parseScenario, parseScenarioText } from '../../../shared/scenario/parse';
import { CURRENT_VERSION } from '../../../shared/scenario/schema';
import { MAX_PROBLEMS } from '../../../shared/scenario/validate';
import { example, exampleText, problemsOf } from './support';
import { render } from '../../../shared/i18n/text';

describe('the worked example', () => {
  test('parses, as text and as data: a version-1 file, migrated to version 2 with nothing else changed', () => {
    const fromText = parseScenarioText(exampleText());
    expect(fromText.ok).toBe(true);
    if (!fromText.ok) return;
    expect(fromText.migratedFrom).toBe(1);
    expect(fromText.value).toEqual({ ...example(), version: 2 });
    expect(parseScenario(example())).toEqual(fromText);
  });
  test('keeps every field (nothing is dropped or defaulted)', () => {
    const result = parseScenario(example());
    expect(result.ok && result.value.lines[2]).toEqual({
      id: 'begeleiding',
      name: 'Wmo-begeleiding individueel',
      kind: 'individual',
      volume: 500,
      unitCost: 9000,
      volumeGrowth: 0.02,
      wageShare: 0.9,
      taakveld: '6.71',
    });
  });
  test('does not change the data it was given', () => {
    const d = example();
    parseScenario(d);
    expect(d).toEqual(example());
  });
});

describe('the whole file (PATH "-")', () => {
  test.each([
    ['empty text', '', 'empty-file'],
    ['only white space', ' \n\t\r\n', 'empty-file'],
    ['only a byte order mark', '\uFEFF', 'empty-file'],
    ['not JSON', 'format: vitale-coalitie-scenario', 'invalid-json'],
    ['a JSON array', '[1, 2]', 'not-an-object'],
    ['a JSON string', '"scenario"', 'not-an-object'],
    ['a JSON number', '42', 'not-an-object'],
    ['JSON null', 'null', 'not-an-object'],
  ])('%s: one problem at "-"', (_label, text, code) => {
    const problems = problemsOf(parseScenarioText(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: '-', code });
  });
  test('a UTF-8 byte order mark is skipped', () => {
    const result = parseScenarioText(`\uFEFF${exampleText()}`);
    expect(result.ok).toBe(true);
  });
  test('invalid JSON: the message gives line and column', () => {
    const text = exampleText().replace('"municipality": "Voorbeeldgemeente",', '"municipality": "Voorbeeldgemeente"');
    const [p] = problemsOf(parseScenarioText(text));
    expect(p?.path).toBe('-');
    expect(render('nl', p!.message)).toMatch(/^Dit bestand is geen geldige JSON: regel 6, kolom 3: Verwacht „,” of „}”/);
    expect(render('en', p!.message)).toMatch(/^This file is not valid JSON: line 6, column 3: Expected "," or "}"/);
  });
  test('parseScenario of something that is not an object', () => {
    for (const value of [undefined, null, 1, 'x', [], true]) {
      expect(problemsOf(parseScenario(value))).toEqual([expect.objectContaining({ path: '-', code: 'not-an-object' })]);
    }
  });
});

describe('format, checked first', () => {
  test('missing: one clear problem, nothing else', () => {
    const d = example();
    delete d.format;
    d.lines = 'broken';
    const problems = problemsOf(parseScenario(d));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'format', code: 'missing-format' });
    expect(render('en', problems[0]!.message)).toContain('not a scenario file');
  });
  test('wrong: one clear problem naming the expected value', () => {
    const problems = problemsOf(parseScenario({ ...example(), format: 'excel' }));
    expect(problems).toEqual([expect.objectContaining({ path: 'format', code: 'wrong-format' })]);
    expect(render('nl', problems[0]!.message)).toContain('„vitale-coalitie-scenario”');
  });
  test('another JSON file altogether', () => {
    expect(problemsOf(parseScenarioText('{"name": "my-package", "version": "1.0.0"}'))).toEqual([
      expect.objectContaining({ path: 'format', code: 'missing-format' }),
    ]);
  });
});

describe('version, checked second', () => {
  test('a newer version is refused with "made with a newer version of the app", and nothing else', () => {
    const d = example();
    d.version = CURRENT_VERSION + 1;
    d.lines = []; // would be a problem, but a newer file's structure is not ours to judge
    d.someNewField = true;
    const problems = problemsOf(parseScenario(d));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'version', code: 'newer-version' });
    expect(render('en', problems[0]!.message)).toContain('made with a newer version of the app');
    expect(render('nl', problems[0]!.message)).toContain('gemaakt met een nieuwere versie van de app');
  });
  test('a much newer version too (1e20 is an integer)', () => {
    expect(problemsOf(parseScenario({ ...example(), version: 1e20 }))[0]?.code).toBe('newer-version');
  });
  test.each([
    [1.5, 'invalid-version'],
    ['1', 'number-as-text'],
    [null, 'invalid-version'],
    [0, 'unknown-version'],
    [-3, 'unknown-version'],
  ])('version %j: a problem at "version", and the rest is still checked', (version, code) => {
    const d = example();
    d.version = version;
    d.lines[0].colour = 'red';
    const problems = problemsOf(parseScenario(d));
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([`version ${code}`, 'lines[0].colour unknown-field']);
  });
  test('missing version', () => {
    const d = example();
    delete d.version;
    expect(problemsOf(parseScenario(d)).map((p) => `${p.path} ${p.code}`)).toEqual(['version missing-field']);
  });
  test('a version that is not finite (1e400 in the text)', () => {
    const text = exampleText().replace('"version": 1', '"version": 1e400');
    expect(problemsOf(parseScenarioText(text)).map((p) => `${p.path} ${p.code}`)).toEqual(['version invalid-version']);
  });
});

describe('many problems', () => {
  test(`more than ${MAX_PROBLEMS} are cut off with one last problem saying how many more`, () => {
    const d = example();
    for (let i = 0; i < MAX_PROBLEMS + 10; i++) d.lines.push({ id: `r${i}`, name: 'R', kind: 'other', amount: -1 });
    const problems = problemsOf(parseScenario(d));
    expect(problems).toHaveLength(MAX_PROBLEMS);
    expect(problems[MAX_PROBLEMS - 1]).toMatchObject({ path: '-', code: 'too-many-problems' });
    expect(render('en', problems[MAX_PROBLEMS - 1]!.message)).toContain('And 11 more problems');
  });
});
