// Units, never silent (#19 item 1): Dutch budgets put "Bedragen x € 1.000" in a caption row above
// the headings, not in each heading. It used to import 1,000 times too small without a word.
import { describeDetection, describeMapping } from '../../../shared/import/describe';
import { unitFactor } from '../../../shared/import/fields';
import { guessMapping } from '../../../shared/import/mapping';
import { readLines } from '../../../shared/import/read-lines';
import { readTextSource, type ImportSource } from '../../../shared/import/source';

function source(text: string): ImportSource {
  const read = readTextSource(text);
  if (!read.ok) throw new Error('not read');
  return read.source;
}

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

// A taakvelden table as a programmabegroting publishes it: a title, the unit, then the headings.
const TAAKVELDEN = [
  'Programma 6 Sociaal domein;;',
  'Bedragen x € 1.000;;',
  'Taakveld;Omschrijving;Begroting 2024',
  '6.1;Samenkracht en burgerparticipatie;13.174',
  '6.2;Toegang en eerstelijnsvoorzieningen;4.210,5',
].join('\n');

describe('the unit of a table', () => {
  it('reads the caption above the headings, scales the amounts and says so, with the row', () => {
    const s = source(TAAKVELDEN);
    expect(s.detection.scale).toEqual({ factor: 1000, row: 2, text: 'Bedragen x € 1.000' });
    const lines = readLines(s, guessMapping(s, { baseYear: 2024 })).lines;
    expect(lines.map((l) => [l.line.taakveld, l.line.amount])).toEqual([
      ['6.1', 13_174_000],
      ['6.2', 4_210_500],
    ]);
    expect(plain(describeDetection(s.detection, 'nl'))).toContain('Bedragen: × € 1.000 (uit rij 2: „Bedragen x € 1.000”)');
    expect(describeMapping(s.columns, guessMapping(s, { baseYear: 2024 }), 'nl', 1000).find((l) => l.startsWith('C'))).toContain('(× 1.000)');
  });

  it('a chosen scale wins, and is said to be chosen', () => {
    const s = source(TAAKVELDEN);
    const lines = readLines(s, guessMapping(s, { baseYear: 2024 }), { scale: 1 }).lines;
    expect(lines[0]?.line.amount).toBe(13_174);
    expect(plain(describeDetection(s.detection, 'en', 1))).toContain('Amounts: in euros (chosen)');
  });

  it('millions, with decimals', () => {
    const s = source(['Bedragen in miljoenen euro', 'Omschrijving;Begroting 2025', 'Wmo;13,2'].join('\n'));
    expect(s.detection.scale?.factor).toBe(1_000_000);
    expect(readLines(s, guessMapping(s, { baseYear: 2025 })).lines[0]?.line.amount).toBe(13_200_000);
  });

  it('a column whose own heading gives a unit keeps it; a table without a unit is in euros', () => {
    const s = source(['Bedragen x € 1.000', 'Omschrijving;Bedrag (in euro)', 'Wmo;1.250'].join('\n'));
    expect(readLines(s, guessMapping(s, { baseYear: 2025 })).lines[0]?.line.amount).toBe(1_250);
    const own = source(['Bedragen x € 1.000', 'Omschrijving;Begroting 2025 (x € 1 mln)', 'Wmo;2'].join('\n'));
    expect(readLines(own, guessMapping(own, { baseYear: 2025 })).lines[0]?.line.amount).toBe(2_000_000);
    const none = source(['Omschrijving;Bedrag', 'Wmo;1.250'].join('\n'));
    expect(none.detection.scale).toBeUndefined();
    expect(readLines(none, guessMapping(none, { baseYear: 2025 })).lines[0]?.line.amount).toBe(1_250);
  });

  it('recognises the ways budgets write it', () => {
    for (const text of ['Bedragen x € 1.000', '× €1.000', '(x 1.000)', 'in duizenden euro’s', 'Bedragen × € 1.000', 'k€']) expect([text, unitFactor(text)]).toEqual([text, 1000]);
    for (const text of ['bedragen in miljoenen', 'x € 1 mln', 'x € 1.000.000', '€ mln']) expect([text, unitFactor(text)]).toEqual([text, 1_000_000]);
    for (const text of ['Begroting 2024', 'Bedrag', 'Programma 6 Sociaal domein', '6.1']) expect([text, unitFactor(text)]).toEqual([text, 1]);
  });
});
