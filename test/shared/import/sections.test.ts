// A budget's LASTEN and BATEN sections, costs printed negative, several year columns (#19 item 1):
// nothing imported ("de naam is leeg", then "een negatief bedrag … kan geen begrotingsregel zijn").
import { guessMapping } from '../../../shared/import/mapping';
import { readLines } from '../../../shared/import/read-lines';
import { readTextSource } from '../../../shared/import/source';
import { render } from '../../../shared/i18n/text';

const TABLE = [
  'Bedragen x € 1.000',
  'Taakveld;;Rekening 2018;Begroting 2019;Begroting 2020;Raming 2021;Raming 2022;Raming 2023',
  'LASTEN;;;;;;;',
  '6.1;Samenkracht en burgerparticipatie;-12.500;-13.000;-13.174;-13.300;-13.300;-13.300',
  '6.71;Maatwerkdienstverlening 18+;-20.000;-21.000;-22.000;-22.500;-23.000;-23.000',
  'BATEN;;;;;;;',
  '6.1;Samenkracht en burgerparticipatie;1.000;1.000;1.100;1.100;1.100;1.100',
  'SALDO;;;;;;;',
  '6.1;Samenkracht en burgerparticipatie;-11.500;-12.000;-12.074;-12.200;-12.200;-12.200',
].join('\n');

describe('a lasten/baten/saldo layout', () => {
  const read = readTextSource(TABLE);
  if (!read.ok) throw new Error('not read');
  const source = read.source;
  const mapping = guessMapping(source, { baseYear: 2020 });
  const result = readLines(source, mapping);

  it('takes the base year column, the code and the unheaded name column', () => {
    expect(mapping.slice(0, 2)).toEqual(['taakveld', 'name']);
    expect(source.columns[mapping.indexOf('amount')]?.heading).toBe('Begroting 2020');
  });

  it('imports the lasten as costs (printed negative, in thousands), and says so per row', () => {
    expect(result.problems.map((p) => render('nl', p.message))).toEqual([]);
    expect(result.lines.map((l) => [l.line.taakveld, l.line.name, l.line.amount])).toEqual([
      ['6.1', 'Samenkracht en burgerparticipatie', 13_174_000],
      ['6.71', 'Maatwerkdienstverlening 18+', 22_000_000],
    ]);
    expect(result.notes.map((n) => [n.row, render('nl', n.message)])).toEqual([
      [4, 'de kosten staan in deze tabel negatief (lasten); als kosten gelezen.'],
      [5, 'de kosten staan in deze tabel negatief (lasten); als kosten gelezen.'],
    ]);
  });

  it('lists the baten and saldo rows as left out, with why', () => {
    const skipped = result.skipped.map((s) => [s.row, render('nl', s.message)]);
    expect(skipped).toContainEqual([7, '„Samenkracht en burgerparticipatie” staat onder de baten (opbrengsten), niet onder de lasten: niet geïmporteerd.']);
    expect(skipped).toContainEqual([9, '„Samenkracht en burgerparticipatie” staat onder het saldo: niet geïmporteerd.']);
    expect(skipped.map(([row]) => row)).toEqual(expect.arrayContaining([3, 6, 8]));
  });

  it('outside a lasten section a negative amount is still refused', () => {
    const plain = readTextSource(['Omschrijving;Bedrag', 'Correctie;-500'].join('\n'));
    if (!plain.ok) throw new Error('not read');
    const r = readLines(plain.source, guessMapping(plain.source));
    expect(r.lines).toEqual([]);
    expect(r.problems).toHaveLength(1);
  });
});
