// A budget's LASTEN and BATEN sections, costs printed negative, several year columns (#19 item 1):
// nothing imported ("de naam is leeg", then "een negatief bedrag … kan geen begrotingsregel zijn").
import { guessMapping, suggestedBaseYear, withColumnField } from '../../../shared/import/mapping';
import { scenarioFromImport } from '../../../shared/import/scenario';
import { project } from '../../../shared/engine/project';
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

describe('a lasten/baten/saldo layout with a multi-year estimate (#19 item 4)', () => {
  const read = readTextSource(TABLE);
  if (!read.ok) throw new Error('not read');
  const source = read.source;
  const mapping = guessMapping(source, { baseYear: 2019 });
  const result = readLines(source, mapping, { baseYear: 2019 });

  it('reads every Begroting/Raming year column as the estimate; the Rekening column (actuals) is left out', () => {
    expect(mapping).toEqual(['taakveld', 'name', 'ignore', 'estimate', 'estimate', 'estimate', 'estimate', 'estimate']);
    expect(suggestedBaseYear(source, mapping)).toBe(2019);
  });

  it('imports the lasten per year, in thousands, read as costs; the horizon follows the years found', () => {
    expect(result.problems).toEqual([]);
    expect(result.lines.map((l) => [l.line.taakveld, l.line.name, l.line.amounts])).toEqual([
      ['6.1', 'Samenkracht en burgerparticipatie', { '2019': 13_000_000, '2020': 13_174_000, '2021': 13_300_000, '2022': 13_300_000, '2023': 13_300_000 }],
      ['6.71', 'Maatwerkdienstverlening 18+', { '2019': 21_000_000, '2020': 22_000_000, '2021': 22_500_000, '2022': 23_000_000, '2023': 23_000_000 }],
    ]);
    expect(result.notes.map((n) => [n.row, render('nl', n.message)])).toEqual([
      [4, 'de kosten staan in deze tabel negatief (lasten); als kosten gelezen.'],
      [5, 'de kosten staan in deze tabel negatief (lasten); als kosten gelezen.'],
    ]);
    const built = scenarioFromImport({ title: 'T', baseYear: 2019, lines: result.lines });
    expect(built.ok && built.value.horizon).toEqual({ from: 2019, to: 2023 });
    expect(built.ok && project(built.value).baseline.total).toEqual([34_000_000, 35_174_000, 35_800_000, 36_300_000, 36_300_000]);
  });

  it('a blank year in the estimate is € 0 there (not the year before), and said so', () => {
    const gap = readTextSource(['Omschrijving;Begroting 2025;Raming 2026;Raming 2027', 'Project X;100;;50'].join('\n'));
    if (!gap.ok) throw new Error('not read');
    const r = readLines(gap.source, guessMapping(gap.source));
    expect(r.lines.map((l) => l.line.amounts)).toEqual([{ '2025': 100, '2026': 0, '2027': 50 }]);
    expect(r.notes.map((n) => render('nl', n.message))).toEqual(['geen bedrag in 2026: daar als € 0 gelezen.']);
  });

  it('choosing one amount column clears the estimate, choosing an estimate column clears the amount', () => {
    const one = withColumnField(mapping, 4, 'amount');
    expect(one).toEqual(['taakveld', 'name', 'ignore', 'ignore', 'amount', 'ignore', 'ignore', 'ignore']);
    expect(withColumnField(one, 5, 'estimate')).toEqual(['taakveld', 'name', 'ignore', 'ignore', 'ignore', 'estimate', 'ignore', 'ignore']);
  });
});

describe('a lasten/baten/saldo layout, one year chosen', () => {
  const read = readTextSource(TABLE);
  if (!read.ok) throw new Error('not read');
  const source = read.source;
  const mapping = guessMapping(source, { baseYear: 2020, years: 'one' });
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
