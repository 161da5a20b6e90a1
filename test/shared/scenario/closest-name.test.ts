// "Did you mean …?" only for obvious typos.
import { closestName, DUTCH_FIELD_NAMES } from '../../../shared/scenario/closest-name';
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
