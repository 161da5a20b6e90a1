// The Iv3 code against the taakvelden of the base year (#19 item 2): a code the year's list does
// not have is imported as written and said, with the year's codes that start with it; a code of
// the year, a code of no Iv3 version, and a year whose list is not yet verified say nothing.
import { guessMapping } from '../../../shared/import/mapping';
import { readLines } from '../../../shared/import/read-lines';
import { readTextSource } from '../../../shared/import/source';
import { taakveldNotInYear } from '../../../shared/import/taakveld';
import { render } from '../../../shared/i18n/text';

function notes(code: string, baseYear: number): string[] {
  const read = readTextSource(['Taakveld;Omschrijving;Bedrag', `${code};Begeleiding;1000`].join('\n'));
  if (!read.ok) throw new Error('not read');
  const result = readLines(read.source, guessMapping(read.source), { baseYear });
  expect(result.lines.map((l) => l.line.taakveld)).toEqual([code]);
  return result.notes.map((n) => render('nl', n.message));
}

describe('the taakveld against the base year', () => {
  it('6.71 in 2024 (split into 6.71a–d since 2023): imported as written, and said', () => {
    expect(notes('6.71', 2024)).toEqual(['taakveld 6.71 staat niet in de Iv3-taakvelden van 2024 (daar: 6.71a, 6.71b, 6.71c of 6.71d); zo overgenomen.']);
  });

  it('6.71 in 2022, 6.71a in 2024: nothing to say', () => {
    expect(notes('6.71', 2022)).toEqual([]);
    expect(notes('6.71a', 2024)).toEqual([]);
  });

  it('a year whose list is not verified (2025 on), or a code of no Iv3 version: no judgement', () => {
    expect(taakveldNotInYear('6.71', 2025)).toBeNull();
    expect(taakveldNotInYear('9.9', 2024)).toBeNull();
    expect(taakveldNotInYear('5.6', 2024)).toBeNull();
    expect(taakveldNotInYear('6.2', 2024)).toBeNull();
  });
});
