// One test per rule of the format (spec: scenario-format.md), each with the exact PATH expected.
import { parseScenario, parseScenarioText } from '../../../shared/scenario/parse';
import type { Problem } from '../../../shared/scenario/problems';
import { MAX_EUROS } from '../../../shared/scenario/schema';
import { example, exampleText, problemsOf } from './support';
import { render } from '../../../shared/i18n/text';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;

function problemsAfter(change: (d: Doc) => void): Problem[] {
  const d = example();
  change(d);
  return problemsOf(parseScenario(d));
}

/** The only problem after `change`: its path and code. */
function only(change: (d: Doc) => void): { path: string; code: string; nl: string; en: string } {
  const problems = problemsAfter(change);
  expect(problems.map((p) => `${p.path} ${p.code}`)).toHaveLength(1);
  const [p] = problems as [Problem];
  return { path: p.path, code: p.code, nl: render('nl', p.message), en: render('en', p.message) };
}

describe('the four PATH examples of the spec', () => {
  test('measures[2].lines[0]: a measure refers to a line that does not exist', () => {
    const p = only((d) => {
      d.measures[2] = { id: 'korting2', name: 'Korting', type: 'cut', lines: ['bibliotheek2'], rate: 0.1 };
    });
    expect(p).toMatchObject({ path: 'measures[2].lines[0]', code: 'unknown-line' });
    expect(p.nl).toBe('Maatregel „korting2” verwijst naar regel „bibliotheek2”, die niet bestaat. Bedoelde u „bibliotheek”?');
    expect(p.en).toBe('Measure "korting2" refers to line "bibliotheek2", which does not exist. Did you mean "bibliotheek"?');
  });

  test('lines[2].wagshare: an unknown field, with the closest known name', () => {
    const p = only((d) => {
      d.lines[2].wagshare = d.lines[2].wageShare;
      delete d.lines[2].wageShare;
    });
    expect(p).toMatchObject({ path: 'lines[2].wagshare', code: 'unknown-field' });
    expect(p.nl).toBe('Onbekend veld „wagshare”. Bedoelde u „wageShare”?');
    expect(p.en).toBe('Unknown field "wagshare". Did you mean "wageShare"?');
  });

  test('horizon.to: more than 30 years after horizon.from', () => {
    expect(only((d) => (d.horizon.to = 2051))).toMatchObject({ path: 'horizon.to', code: 'horizon-too-long' });
    expect(parseScenario({ ...example(), horizon: { from: 2020, to: 2050 } }).ok).toBe(true);
  });

  test('measures[1].phaseIn.20x4: a year key that is not a year', () => {
    const p = only((d) => {
      d.measures[1] = { id: 'minder', name: 'Minder cliënten', type: 'volumeChange', lines: ['begeleiding'], rate: -0.1, phaseIn: { '20x4': 1 } };
    });
    expect(p).toMatchObject({ path: 'measures[1].phaseIn.20x4', code: 'invalid-year' });
  });
});

describe('ids', () => {
  test('line ids are unique: the second use is at fault', () => {
    expect(only((d) => (d.lines[1].id = 'bibliotheek'))).toMatchObject({ path: 'lines[1].id', code: 'duplicate-id' });
  });
  test('measure ids are unique', () => {
    expect(only((d) => (d.measures[2].id = 'korting'))).toMatchObject({ path: 'measures[2].id', code: 'duplicate-id' });
  });
  test('a line and a measure may share an id (ids are unique among lines, and among measures)', () => {
    const d = example();
    d.measures[2].id = 'bibliotheek';
    expect(parseScenario(d).ok).toBe(true);
  });
  test('an id follows the pattern; the message suggests a valid one', () => {
    const p = only((d) => (d.measures[2].id = 'Extra Formatie'));
    expect(p).toMatchObject({ path: 'measures[2].id', code: 'invalid-id' });
    expect(p.nl).toContain('„extra-formatie”');
  });
});

describe('references', () => {
  test('a group that no line has, with a hint for a different case', () => {
    const p = only((d) => (d.measures[0].groups = ['Vitale coalitie']));
    expect(p).toMatchObject({ path: 'measures[0].groups[0]', code: 'unknown-group' });
    expect(p.en).toContain('Did you mean "Vitale Coalitie"?');
  });
  test('shift from a line that does not exist', () => {
    expect(only((d) => (d.measures[1].from = 'begeleidng'))).toMatchObject({ path: 'measures[1].from', code: 'unknown-line' });
  });
  test('shift to a line that does not exist', () => {
    expect(only((d) => (d.measures[1].to = 'nergens'))).toMatchObject({ path: 'measures[1].to', code: 'unknown-line' });
  });
  test('volumeChange and unitCostChange references are checked too', () => {
    const problems = problemsAfter((d) => {
      d.measures.push({ id: 'v', name: 'V', type: 'volumeChange', lines: ['begeleiding', 'weg'], rate: -0.1 });
      d.measures.push({ id: 'u', name: 'U', type: 'unitCostChange', groups: ['weg'], rate: -0.1 });
    });
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['measures[3].lines[1] unknown-line', 'measures[4].groups[0] unknown-group']);
  });
  test('no reference is called missing while a line has no readable id', () => {
    const problems = problemsAfter((d) => {
      delete d.lines[0].id;
      d.measures[0].lines = ['bibliotheek'];
    });
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['lines[0].id missing-field']);
  });
});

describe('targets', () => {
  test('a cut needs at least one target', () => {
    expect(only((d) => delete d.measures[0].groups)).toMatchObject({ path: 'measures[0]', code: 'no-target' });
  });
  test('empty lists are no target either: reported at the list', () => {
    expect(only((d) => (d.measures[0].groups = []))).toMatchObject({ path: 'measures[0].groups', code: 'no-target' });
  });
  test('volumeChange on an amount line, listed by id', () => {
    const p = only((d) => d.measures.push({ id: 'v', name: 'V', type: 'volumeChange', lines: ['begeleiding', 'welzijn'], rate: -0.1 }));
    expect(p).toMatchObject({ path: 'measures[3].lines[1]', code: 'not-a-volume-line' });
  });
  test('unitCostChange on amount lines through a group: reported at the group entry, naming the lines', () => {
    const p = only((d) => d.measures.push({ id: 'u', name: 'U', type: 'unitCostChange', lines: ['huiskamers'], groups: ['Vitale Coalitie'], rate: -0.05 }));
    expect(p).toMatchObject({ path: 'measures[3].groups[0]', code: 'not-a-volume-line' });
    expect(p.nl).toContain('„bibliotheek” en „welzijn”');
    expect(p.en).toContain('"bibliotheek" and "welzijn"');
  });
  test('a cut may target amount lines and volume lines alike', () => {
    const d = example();
    d.measures[0].lines = ['begeleiding'];
    expect(parseScenario(d).ok).toBe(true);
  });
});

describe('shift', () => {
  test('from and to must be two different lines', () => {
    expect(only((d) => (d.measures[1].to = 'begeleiding'))).toMatchObject({ path: 'measures[1].to', code: 'shift-to-itself' });
  });
  test('from and to must be volume lines', () => {
    expect(only((d) => (d.measures[1].from = 'bibliotheek'))).toMatchObject({ path: 'measures[1].from', code: 'not-a-volume-line' });
    expect(only((d) => (d.measures[1].to = 'welzijn'))).toMatchObject({ path: 'measures[1].to', code: 'not-a-volume-line' });
  });
  test('ratio is positive', () => {
    expect(only((d) => (d.measures[1].ratio = 0))).toMatchObject({ path: 'measures[1].ratio', code: 'too-small' });
  });
});

describe('horizon', () => {
  test('from before baseYear: at horizon.from', () => {
    expect(only((d) => (d.horizon.from = 2019))).toMatchObject({ path: 'horizon.from', code: 'horizon-before-base-year' });
  });
  test('to before from: at horizon.to', () => {
    expect(only((d) => Object.assign(d.horizon, { from: 2023, to: 2022 }))).toMatchObject({ path: 'horizon.to', code: 'horizon-reversed' });
  });
  test('to after 2100', () => {
    expect(only((d) => Object.assign(d.horizon, { from: 2099, to: 2101 }))).toMatchObject({ path: 'horizon.to', code: 'too-large' });
  });
  test('baseYear 2000–2100 and a whole number', () => {
    expect(only((d) => (d.baseYear = 1999))).toMatchObject({ path: 'baseYear', code: 'too-small' });
    expect(only((d) => (d.baseYear = 2020.5))).toMatchObject({ path: 'baseYear', code: 'not-a-whole-number' });
  });
  test('one year is a valid horizon', () => {
    expect(parseScenario({ ...example(), horizon: { from: 2020, to: 2020 } }).ok).toBe(true);
  });
});

describe('amount or volume × unitCost', () => {
  test('both: at the line', () => {
    expect(only((d) => (d.lines[0].volume = 10))).toMatchObject({ path: 'lines[0]', code: 'amount-and-volume' });
    expect(only((d) => Object.assign(d.lines[0], { volume: 10, unitCost: 5 }))).toMatchObject({ path: 'lines[0]', code: 'amount-and-volume' });
  });
  test('neither: at the line', () => {
    expect(only((d) => delete d.lines[0].amount)).toMatchObject({ path: 'lines[0]', code: 'no-amount-or-volume' });
  });
  test('volume without unitCost, or the other way round: at the missing field', () => {
    expect(only((d) => delete d.lines[2].unitCost)).toMatchObject({ path: 'lines[2].unitCost', code: 'missing-field' });
    expect(only((d) => delete d.lines[2].volume)).toMatchObject({ path: 'lines[2].volume', code: 'missing-field' });
  });
});

describe('cut: exactly one of rate or amount', () => {
  test('both: at the measure', () => {
    expect(only((d) => (d.measures[0].amount = 1000))).toMatchObject({ path: 'measures[0]', code: 'rate-and-amount' });
  });
  test('neither: at the measure', () => {
    expect(only((d) => delete d.measures[0].rate)).toMatchObject({ path: 'measures[0]', code: 'no-rate-or-amount' });
  });
  test('rate in [−1, 1], with a hint when a percentage was written', () => {
    const p = only((d) => (d.measures[0].rate = 20));
    expect(p).toMatchObject({ path: 'measures[0].rate', code: 'too-large' });
    expect(p.nl).toContain('20 % is 0,2');
    expect(p.en).toContain('20% is 0.2');
    expect(only((d) => (d.measures[0].rate = -1.5))).toMatchObject({ path: 'measures[0].rate', code: 'too-small' });
  });
});

describe('uncertainty: 0 ≤ low ≤ 1 ≤ high', () => {
  test.each([
    [{ low: -0.1, high: 1.2 }, 'measures[0].uncertainty.low', 'too-small'],
    [{ low: 1.1, high: 1.2 }, 'measures[0].uncertainty.low', 'too-large'],
    [{ low: 0.8, high: 0.9 }, 'measures[0].uncertainty.high', 'too-small'],
    [{ low: 0.8 }, 'measures[0].uncertainty.high', 'missing-field'],
  ])('%j', (uncertainty, path, code) => {
    expect(only((d) => (d.measures[0].uncertainty = uncertainty))).toMatchObject({ path, code });
  });
  test('the edges are allowed', () => {
    const d = example();
    d.measures[0].uncertainty = { low: 1, high: 1 };
    d.measures[1].uncertainty = { low: 0, high: 5 };
    expect(parseScenario(d).ok).toBe(true);
  });
});

describe('year keys: four digits, 2000–2100', () => {
  test.each([
    ['20x4', 'invalid-year'],
    ['24', 'invalid-year'],
    ['02024', 'invalid-year'],
    [' 2024', 'invalid-year'],
    ['1999', 'year-out-of-range'],
    ['2101', 'year-out-of-range'],
  ])('target key %j', (key, code) => {
    expect(only((d) => (d.target[key] = 1))).toMatchObject({ path: `target.${key}`, code });
  });
  test('in every kind of YearTable', () => {
    const problems = problemsAfter((d) => {
      d.indexation.wage['2o22'] = 0.01;
      d.indexation.price['1990'] = 0.01;
      d.measures[0].phaseIn['x'] = 1;
      d.measures[1].share['2O21'] = 0.1;
      d.measures[2].amounts['year'] = 1;
    });
    expect(problems.map((p) => p.path)).toEqual([
      'indexation.wage.2o22',
      'indexation.price.1990',
      'measures[0].phaseIn.x',
      'measures[1].share.2O21',
      'measures[2].amounts.year',
    ]);
  });
  // Issue #23: the schema library skipped the key, so the file was read without it, silently.
  test('a __proto__ key in a YearTable is refused, as the JSON Schema refuses it', () => {
    const text = exampleText()
      .replace('"target": {', '"target": { "__proto__": 5,')
      .replace('"phaseIn": {', '"phaseIn": { "__proto__": { "2021": 1 },')
      .replace('"wage": {', '"wage": { "__proto__": 0.5,');
    const problems = problemsOf(parseScenarioText(text));
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'indexation.wage.__proto__ invalid-year',
      'measures[0].phaseIn.__proto__ invalid-year',
      'target.__proto__ invalid-year',
    ]);
  });
  test('2000 and 2100 are allowed', () => {
    const d = example();
    d.target['2000'] = 0;
    d.target['2100'] = 1;
    expect(parseScenario(d).ok).toBe(true);
  });
});

describe('numbers must be numbers', () => {
  test('a number written as text gets a message that says so', () => {
    const p = only((d) => (d.lines[0].wageShare = '0.2'));
    expect(p).toMatchObject({ path: 'lines[0].wageShare', code: 'number-as-text' });
    expect(p.nl).toContain('is tekst („0.2”)');
    expect(p.nl).toContain('zonder aanhalingstekens');
    expect(p.en).toContain('is text ("0.2") but must be a number');
  });
  test('in a YearTable as well', () => {
    expect(only((d) => (d.target['2021'] = '1000000'))).toMatchObject({ path: 'target.2021', code: 'number-as-text' });
  });
  test('text that is no number is a wrong type', () => {
    const p = only((d) => (d.lines[0].amount = 'veel'));
    expect(p).toMatchObject({ path: 'lines[0].amount', code: 'wrong-type' });
    expect(p.nl).toBe('„amount” moet een getal zijn, maar is de tekst „veel”.');
  });
  test('a number too large for a double (1e400 in the file) is refused', () => {
    const text = JSON.stringify(example()).replace('"amount":400000', '"amount":1e400');
    const problems = problemsOf(parseScenarioText(text));
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['lines[0].amount not-a-finite-number']);
  });
  test('a version written as text', () => {
    expect(only((d) => (d.version = '1'))).toMatchObject({ path: 'version', code: 'number-as-text' });
  });
});

describe('unknown fields', () => {
  test('each unknown field at its own path, hints only for obvious typos', () => {
    const problems = problemsAfter((d) => {
      d.titel = 'x';
      d.horizon.tot = 2023;
      d.lines[0].bedrag = 5;
      d.lines[1].colour = 'red';
      d.measures[0].uncertainty = { low: 0.5, high: 1.5, mode: 1 };
    });
    // Document order: horizon comes before lines in the file; titel was added last.
    expect(problems.map((p) => p.path)).toEqual(['horizon.tot', 'lines[0].bedrag', 'lines[1].colour', 'measures[0].uncertainty.mode', 'titel']);
    const byPath = new Map(problems.map((p) => [p.path, p]));
    expect(render('en', byPath.get('titel')!.message)).toBe('Unknown field "titel". Did you mean "title"?');
    expect(render('nl', byPath.get('lines[0].bedrag')!.message)).toBe('Onbekend veld „bedrag”. Bedoelde u „amount”?');
    expect(render('en', byPath.get('lines[1].colour')!.message)).not.toContain('Did you mean');
    expect(render('en', byPath.get('lines[1].colour')!.message)).toContain('Allowed are: id, name, kind');
  });
  test('a field of another measure type is an unknown field, and the message says whose it is', () => {
    const p = only((d) => (d.measures[2].rate = 0.1));
    expect(p).toMatchObject({ path: 'measures[2].rate', code: 'unknown-field' });
    expect(p.en).toBe('Unknown field "rate" for a measure of type "fixed"; this field belongs to type cut, volumeChange or unitCostChange.');
  });
  test('__proto__ and other inherited names are unknown fields like any other', () => {
    const problems = problemsOf(parseScenarioText(exampleWith('"__proto__": {"x": 1}, "constructor": 1,')));
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['__proto__ unknown-field', 'constructor unknown-field']);
  });
});

function exampleWith(insert: string): string {
  return JSON.stringify(example()).replace('{', `{${insert}`);
}

describe('other structural rules', () => {
  test('missing required fields, each at its own path', () => {
    const problems = problemsAfter((d) => {
      delete d.title;
      delete d.lines[1].kind;
      delete d.measures[1].share;
    });
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['title missing-field', 'lines[1].kind missing-field', 'measures[1].share missing-field']);
    expect(render('nl', problems[0]!.message)).toBe('Het verplichte veld „title” ontbreekt: de naam van het scenario.');
  });
  test('an unknown kind, with the Dutch word understood', () => {
    const p = only((d) => (d.lines[3].kind = 'algemene voorziening'));
    expect(p).toMatchObject({ path: 'lines[3].kind', code: 'invalid-choice' });
    expect(p.en).toContain('Did you mean "collective"?');
  });
  test('an unknown measure type, and a missing one', () => {
    expect(only((d) => (d.measures[2].type = 'fixd'))).toMatchObject({ path: 'measures[2].type', code: 'unknown-measure-type' });
    expect(only((d) => delete d.measures[2].type)).toMatchObject({ path: 'measures[2].type', code: 'missing-field' });
  });
  test('at least one line', () => {
    const problems = problemsAfter((d) => {
      d.lines = [];
      d.measures = [];
    });
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['lines no-lines']);
  });
  test('an array where an object belongs, and the other way round', () => {
    const problems = problemsAfter((d) => {
      d.horizon = [2020, 2023];
      d.measures[0].groups = { 0: 'Vitale Coalitie' };
    });
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['horizon wrong-type', 'measures[0].groups wrong-type']);
  });
  test('empty title, too long name', () => {
    expect(only((d) => (d.title = ''))).toMatchObject({ path: 'title', code: 'empty-text' });
    expect(only((d) => (d.lines[0].name = 'x'.repeat(201)))).toMatchObject({ path: 'lines[0].name', code: 'text-too-long' });
  });
  test('indexation rates are above −1; wageShare 0–1; volumeGrowth ≥ −1', () => {
    expect(only((d) => (d.indexation.wage['2021'] = -1))).toMatchObject({ path: 'indexation.wage.2021', code: 'too-small' });
    expect(only((d) => (d.lines[0].wageShare = 1.5))).toMatchObject({ path: 'lines[0].wageShare', code: 'too-large' });
    expect(only((d) => (d.lines[2].volumeGrowth = -2))).toMatchObject({ path: 'lines[2].volumeGrowth', code: 'too-small' });
  });
  test('createdAt is an ISO 8601 date and time', () => {
    expect(only((d) => (d.createdAt = '1-3-2025'))).toMatchObject({ path: 'createdAt', code: 'invalid-date-time' });
    const d = example();
    d.createdAt = '2025-03-01T09:30:00+01:00';
    d.updatedAt = '2025-03-01T08:30:00.123Z';
    expect(parseScenario(d).ok).toBe(true);
  });
  test('enabled and continues are true or false', () => {
    expect(only((d) => (d.measures[0].enabled = 'yes'))).toMatchObject({ path: 'measures[0].enabled', code: 'wrong-type' });
  });
  test('a disabled measure is still checked (it stays in the file)', () => {
    expect(only((d) => Object.assign(d.measures[0], { enabled: false, lines: ['weg'] }))).toMatchObject({ path: 'measures[0].lines[0]', code: 'unknown-line' });
  });
});

describe('all problems at once', () => {
  test('structural and semantic problems together, in document order', () => {
    const d = example();
    d.horizon.to = 2060; // semantic
    d.lines[0].amount = '400000'; // structural: number as text
    d.lines[2].wagshare = 0.9; // unknown field
    d.lines[3].id = 'welzijn'; // duplicate
    d.measures[0].groups = ['Vitale coalitie']; // unknown group
    d.measures[0].rate = 2; // out of range
    d.measures[1].to = 'begeleiding'; // shift to itself
    d.measures[2].type = 'vast'; // unknown type
    d.target['20x4'] = 1; // year key
    const problems = problemsOf(parseScenario(d));
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'horizon.to horizon-too-long',
      'lines[0].amount number-as-text',
      'lines[2].wagshare unknown-field',
      'lines[3].id duplicate-id',
      'measures[0].groups[0] unknown-group',
      'measures[0].rate too-large',
      'measures[1].to shift-to-itself',
      'measures[2].type unknown-measure-type',
      'target.20x4 invalid-year',
    ]);
  });
  test('semantic checks run where another part of the file failed structurally', () => {
    const d = example();
    d.lines[0].kind = 'partner'; // the line fails the schema
    d.lines[1].name = 42; // and so does this one
    d.measures[0].lines = ['nergens'];
    d.measures[1].from = 'bibliotheek'; // an amount line, though lines[0] failed the schema
    const problems = problemsOf(parseScenario(d));
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'lines[0].kind invalid-choice',
      'lines[1].name wrong-type',
      'measures[0].lines[0] unknown-line',
      'measures[1].from not-a-volume-line',
    ]);
  });
  test('every problem has a path, a code and both languages', () => {
    const d = example();
    Object.assign(d, { version: 1.5, extra: true, baseYear: '2020', lines: [null, 3, { id: 'A' }], measures: [[], { type: 'cut' }, { type: 'shift', from: 1 }] });
    const problems = problemsOf(parseScenario(d));
    expect(problems.length).toBeGreaterThan(8);
    for (const p of problems) {
      expect(p.path).not.toBe('');
      expect(p.code).not.toBe('');
      expect(render('nl', p.message).trim()).not.toBe('');
      expect(render('en', p.message).trim()).not.toBe('');
      // No zod wording leaks through.
      expect(render('en', p.message)).not.toMatch(/Invalid input|expected .*, received|Unrecognized key|Too (big|small)/);
    }
  });
});

describe('readings of the spec where it leaves room (pinned)', () => {
  test('null is reported once, as a wrong type, and does not count as given for an exactly-one-of rule', () => {
    expect(only((d) => (d.lines[2].amount = null))).toMatchObject({ path: 'lines[2].amount', code: 'wrong-type' });
    expect(only((d) => (d.measures[0].amount = null))).toMatchObject({ path: 'measures[0].amount', code: 'wrong-type' });
  });
  test('YearTable years outside the horizon are allowed (they are simply not used)', () => {
    const d = example();
    d.measures[0].phaseIn['2010'] = 0;
    d.target['2090'] = 1;
    d.indexation.wage['2005'] = 0.01;
    expect(parseScenario(d).ok).toBe(true);
  });
  test('group names are compared exactly (case matters), with a hint', () => {
    expect(only((d) => (d.measures[0].groups = ['VITALE COALITIE']))).toMatchObject({ path: 'measures[0].groups[0]', code: 'unknown-group' });
  });
  test('a measure that lists the same line twice is not an error', () => {
    const d = example();
    d.measures[0].lines = ['bibliotheek', 'bibliotheek'];
    expect(parseScenario(d).ok).toBe(true);
  });
});

// Issue #23: numbers the engine could not project (it looped forever in apportion) were accepted.
describe('limits: every figure within MAX_EUROS (10 trillion euros) a year', () => {
  test('each amount, volume and unit cost, each cut and fixed amount and the target: in the schema', () => {
    const problems = problemsAfter((d) => {
      d.lines[0].amount = 1e22;
      d.lines[2].volume = 1e308;
      d.lines[3].unitCost = MAX_EUROS * 1.5;
      d.measures[2].amounts['2022'] = -1e14;
      d.target['2023'] = 1e20;
    });
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'lines[0].amount too-large',
      'lines[2].volume too-large',
      'lines[3].unitCost too-large',
      'measures[2].amounts.2022 too-small',
      'target.2023 too-large',
    ]);
  });

  test('exactly the limit is allowed', () => {
    const d = example();
    d.lines = [d.lines[0]];
    d.lines[0].amount = MAX_EUROS;
    d.indexation = {};
    d.measures = [];
    d.horizon = { from: 2020, to: 2020 };
    expect(parseScenario(d).ok).toBe(true);
  });

  test('volume × unitCost beyond it: at the line, naming the year and the limit', () => {
    const p = only((d) => {
      d.lines[2].volume = 1e7;
      d.lines[2].unitCost = 1e7;
    });
    expect(p).toMatchObject({ path: 'lines[2]', code: 'too-large-result' });
    expect(p.nl).toContain('2020');
    expect(p.nl).toMatch(/hoogstens €\s10\.000\.000\.000\.000 per regel/);
    expect(p.en).toContain('at most €10,000,000,000,000 per line');
  });

  test('growth or indexation compounded over the years: at the line, in the first year beyond it', () => {
    const growth = only((d) => (d.lines[0].volumeGrowth = 1000));
    expect(growth).toMatchObject({ path: 'lines[0]', code: 'too-large-result' });
    expect(growth.en).toContain('in 2023');
    expect(only((d) => (d.indexation.price['2021'] = 1e300))).toMatchObject({ path: 'lines[0]', code: 'too-large-result' });
  });

  test('all lines together beyond it, each line within: at lines', () => {
    const p = only((d) => {
      d.lines = Array.from({ length: 3 }, (_, i) => ({ id: `r${i}`, name: `R${i}`, kind: 'other', amount: MAX_EUROS * 0.6 }));
      d.measures = [];
    });
    expect(p).toMatchObject({ path: 'lines', code: 'too-large-result' });
  });

  test('a measure that takes a line beyond it: at that measure, even when a later measure brings it back', () => {
    const p = only((d) => {
      d.measures.push(
        { id: 'meer', name: 'Meer', type: 'volumeChange', lines: ['huiskamers'], rate: 1e300 },
        { id: 'niets', name: 'Niets', type: 'volumeChange', lines: ['huiskamers'], rate: -1 },
      );
    });
    expect(p).toMatchObject({ path: 'measures[3]', code: 'too-large-result' });
  });

  test('a strength that uncertainty allows beyond it: at the measure, naming the strength', () => {
    const p = only((d) => {
      d.measures.push({ id: 'meer', name: 'Meer', type: 'volumeChange', lines: ['huiskamers'], rate: 0.5, uncertainty: { low: 0.5, high: 1e300 } });
    });
    expect(p).toMatchObject({ path: 'measures[3]', code: 'too-large-result' });
    expect(p.en).toContain('"uncertainty"');
  });

  test('fixed amounts together beyond it: at measures', () => {
    const p = only((d) => {
      d.measures.push(
        { id: 'f1', name: 'F1', type: 'fixed', amounts: { '2022': MAX_EUROS } },
        { id: 'f2', name: 'F2', type: 'fixed', amounts: { '2022': MAX_EUROS } },
      );
    });
    expect(p).toMatchObject({ path: 'measures', code: 'too-large-result' });
  });
});
