import { slugify, uniqueLineId } from '../../../shared/import/line-ids';
import { ID_PATTERN } from '../../../shared/scenario/schema';
import { taakveldNameFor } from '../../../shared/taakvelden';
// What is typed in the taakveld cell is read by shared/import, as a pasted or imported cell is.
import { taakveldCode as taakveldFromInput } from '../../../shared/import/taakveld';

describe('line ids from names', () => {
  it('makes readable ids that match the format', () => {
    expect(slugify('Welzijn Stichtse Vecht: jongerenwerk')).toBe('welzijn-stichtse-vecht-jongerenwerk');
    expect(slugify('Coördinatie & één loket')).toBe('coordinatie-een-loket');
    expect(slugify('!!!')).toBe('');
  });

  it('is unique, and stays within 64 characters', () => {
    const taken = new Set(['bibliotheek', 'bibliotheek-2']);
    expect(uniqueLineId('Bibliotheek', taken)).toBe('bibliotheek-3');
    expect(uniqueLineId('???', new Set())).toBe('regel');
    const long = 'a'.repeat(100);
    const first = uniqueLineId(long, new Set());
    const second = uniqueLineId(long, new Set([first]));
    for (const id of [first, second]) expect(id).toMatch(ID_PATTERN);
    expect(second).not.toBe(first);
  });
});

describe('taakvelden', () => {
  it('names a code as in the base year, and reads codes and names typed', () => {
    expect(taakveldNameFor('6.2', 2021)).toBe('Wijkteams');
    expect(taakveldNameFor('6.2', 2023)).toBe('Toegang en eerstelijnsvoorzieningen');
    expect(taakveldNameFor('6.1', 2026)).toBe('Samenkracht en burgerparticipatie');
    expect(taakveldNameFor('5.6', 2020)).toBe('Media');
    expect(taakveldFromInput(' 6.71b ')).toBe('6.71b');
    expect(taakveldFromInput('6.1 – Samenkracht')).toBe('6.1');
    expect(taakveldFromInput('wijkteams')).toBe('6.2');
    expect(taakveldFromInput('eigen code')).toBe('eigen code');
  });
});
