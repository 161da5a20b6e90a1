// "Did you mean …?" only for obvious typos.
import fc from 'fast-check';
import {
  closestName,
  DUTCH_FIELD_NAMES,
  MAX_HINT_CANDIDATES,
  MAX_HINT_SEARCHES,
  NameIndex,
  withinDistance,
} from '../../../shared/scenario/closest-name';
import { checkDocument } from '../../../shared/scenario/validate';
import { example } from './support';
import { formatPath } from '../../../shared/scenario/paths';

const LINE_FIELDS = ['id', 'name', 'kind', 'amount', 'volume', 'unitCost', 'group', 'organisation', 'taakveld', 'wageShare', 'volumeGrowth', 'notes'];

test.each([
  ['wagshare', 'wageShare'],
  ['WageShare', 'wageShare'],
  ['unit_cost', 'unitCost'],
  ['unitcots', 'unitCost'],
  ['organization', 'organisation'],
  ['taakveldd', 'taakveld'],
  ['nmae', 'name'],
  ['groep', 'group'],
])('%s → %s', (typo, meant) => {
  expect(closestName(typo, LINE_FIELDS, { synonyms: DUTCH_FIELD_NAMES })).toBe(meant);
});

test.each(['colour', 'x', 'ab', 'somethingElseEntirely', '', 'a'.repeat(500)])('no hint for %j', (name) => {
  expect(closestName(name, LINE_FIELDS, { synonyms: DUTCH_FIELD_NAMES })).toBeUndefined();
});

test('no hint when two names are equally close', () => {
  expect(closestName('ab', ['abc', 'abd'])).toBeUndefined();
});

test('Dutch words only when asked for', () => {
  expect(closestName('bedrag', LINE_FIELDS)).toBeUndefined();
  expect(closestName('bedrag', LINE_FIELDS, { synonyms: DUTCH_FIELD_NAMES })).toBe('amount');
});

test('PATH format', () => {
  expect(formatPath([])).toBe('-');
  expect(formatPath(['horizon', 'to'])).toBe('horizon.to');
  expect(formatPath(['measures', 2, 'lines', 0])).toBe('measures[2].lines[0]');
  expect(formatPath(['measures', 1, 'phaseIn', '20x4'])).toBe('measures[1].phaseIn.20x4');
  expect(formatPath(['lines', 0, ''])).toBe('lines[0].""');
  expect(formatPath([''])).toBe('""');
});

// Issue #23: each wrong reference was compared with every name of the file, each comparison a
// full table: a 1.3 MB file took 227 s. The search is bounded now; these pin the bounds.
describe('bounded search', () => {
  test('the banded distance is the full optimal string alignment distance whenever that is within the limit', () => {
    const full = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          const row = d[i] as number[];
          const up = d[i - 1] as number[];
          row[j] = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
        }
      }
      return d[a.length]![b.length]!;
    };
    const word = fc.string({ unit: fc.constantFrom(...'abcde'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
        const exact = full(a, b);
        expect(withinDistance(a, b, limit)).toBe(exact <= limit ? exact : limit + 1);
      }),
      { numRuns: 2000, seed: 20261205 },
    );
  });

  test(`more than ${MAX_HINT_CANDIDATES} names of about the right length: no guess by distance, a different case still found`, () => {
    const names = Array.from({ length: MAX_HINT_CANDIDATES + 1 }, (_, i) => `groep-${String(i).padStart(4, '0')}`);
    expect(closestName('groep-0001x', names.slice(0, 10))).toBe('groep-0001');
    expect(closestName('groep-0001x', names)).toBeUndefined();
    expect(closestName('GROEP 0001', names)).toBe('groep-0001');
  });

  test(`after ${MAX_HINT_SEARCHES} names searched by distance, only case, separators and synonyms; a name asked again gets the same answer`, () => {
    const index = new NameIndex(['bibliotheek', 'welzijn'], DUTCH_FIELD_NAMES);
    expect(index.closest('bibliotheekk')).toBe('bibliotheek');
    for (let i = 1; i < MAX_HINT_SEARCHES; i++) index.closest(`onbekend-${i}`);
    expect(index.closest('bibliotheekk')).toBe('bibliotheek');
    expect(index.closest('welzijnn')).toBeUndefined();
    expect(index.closest('WELZIJN')).toBe('welzijn');
  });

  test('a file with more wrong references than a call can take as arguments: every problem, not "unreadable"', () => {
    const d = example();
    d.measures[0].lines = Array.from({ length: 150_000 }, (_, i) => `regel-${i}`);
    const { problems } = checkDocument(d);
    expect(problems.filter((p) => p.problem.code === 'unknown-line')).toHaveLength(150_000);
  });
});
