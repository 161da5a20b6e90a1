// Pasting rows from a spreadsheet: tab-separated, the table's column order, numbers in the
// current language; a row that cannot be read is reported with its number and why.
import { looksLikeRows, parsePastedRows, splitTabbed } from '../../../renderer/components/baseline/paste-rows';
import { render } from '../../../shared/i18n/text';

describe('splitTabbed', () => {
  it('splits rows and cells, ignoring one final line break, and reads quoted cells whole', () => {
    expect(splitTabbed('a\tb\nc\td\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(splitTabbed('a\r\nb')).toEqual([['a'], ['b']]);
    expect(splitTabbed('"two\nlines"\t"say ""hi"""\nx')).toEqual([['two\nlines', 'say "hi"'], ['x']]);
    expect(splitTabbed('5" screen\tx')).toEqual([['5" screen', 'x']]);
  });

  it('tells multi-cell text from a single value', () => {
    expect(looksLikeRows('Bibliotheek')).toBe(false);
    expect(looksLikeRows('1.234\n')).toBe(false);
    expect(looksLikeRows('a\tb')).toBe(true);
    expect(looksLikeRows('a\nb')).toBe(true);
  });
});

describe('parsePastedRows', () => {
  it('refuses a paste beyond the import limits as a whole, naming the limit, as the import dialog does', () => {
    const rows = Array.from({ length: 20_001 }, (_, i) => `Regel ${i}\tSubsidie\t1.000`).join('\n');
    const result = parsePastedRows(rows, 'nl');
    expect(result.lines).toEqual([]);
    expect(render('nl', result.refusal!)).toBe(
      'De geplakte tekst heeft meer dan 20.000 rijen; er worden hoogstens 20.000 rijen gelezen. Er is niets toegevoegd; plak minder rijen tegelijk of laat weg wat geen begrotingsregel is.',
    );
    expect(render('en', result.refusal!)).toContain('The pasted text has more than 20,000 rows; at most 20,000 rows are read.');
    const within = parsePastedRows(rows.split('\n').slice(0, 20_000).join('\n'), 'nl');
    expect(within.refusal).toBeUndefined();
    expect(within.lines).toHaveLength(20_000);
  });

  const dutch = [
    'Bibliotheek\tSubsidie\t€ 1.234,50\tVitale Coalitie\tBibliotheek AVV\t5.6\t70\t\tbron: begroting',
    'Begeleiding\tmaatwerk\t120 × 9.000\tWmo\t\t6.71b\t90%\t2',
    'Huiskamers\tCollectieve voorziening\t200.000',
    'Kapot\tSubsidie\tveel geld',
  ].join('\n');

  it('reads Dutch rows, amounts and clients × cost, and reports the bad row', () => {
    const result = parsePastedRows(dutch, 'nl');
    expect(result.lines.map((l) => l.line)).toEqual([
      {
        name: 'Bibliotheek', kind: 'subsidy', amount: 1234.5, group: 'Vitale Coalitie', organisation: 'Bibliotheek AVV',
        taakveld: '5.6', wageShare: 0.7, notes: 'bron: begroting',
      },
      { name: 'Begeleiding', kind: 'individual', volume: 120, unitCost: 9000, group: 'Wmo', taakveld: '6.71b', wageShare: 0.9, volumeGrowth: 0.02 },
      { name: 'Huiskamers', kind: 'collective', amount: 200000 },
    ]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.row).toBe(4);
    expect(render('nl', result.problems[0]!.reason)).toContain('„veel geld” is geen bedrag');
    expect(result.problems[0]!.text).toBe('Kapot | Subsidie | veel geld');
  });

  it('reads numbers in the current language only: no guessing', () => {
    const en = parsePastedRows('A\tSubsidy\t€1,234.50\nB\tOther\t1.234,50', 'en');
    expect(en.lines.map((l) => l.line.amount)).toEqual([1234.5]);
    expect(en.problems.map((p) => p.row)).toEqual([2]);
  });

  it('skips a heading row and empty rows, keeps row numbers of the pasted text', () => {
    const result = parsePastedRows('Naam\tSoort\tBedrag\n\nA\tSubsidie\t10\nB\tvreemd\t10\n', 'nl');
    expect(result.headerSkipped).toBe(true);
    expect(result.lines.map((l) => l.row)).toEqual([3]);
    expect(result.problems.map((p) => [p.row, render('en', p.reason)])).toEqual([[4, expect.stringContaining('kind "vreemd" is unknown')]]);
  });

  it('reports empty names, negative amounts, wage shares over 100% and too many columns', () => {
    const result = parsePastedRows(['\tSubsidie\t10', 'A\tSubsidie\t-5', 'B\tSubsidie\t5\t\t\t\t150', 'C\t\t1\t\t\t\t\t\t\tx\ty'].join('\n'), 'nl');
    expect(result.lines).toEqual([]);
    expect(result.problems.map((p) => p.row)).toEqual([1, 2, 3, 4]);
    expect(render('nl', result.problems[3]!.reason)).toContain('11 kolommen');
  });

  it('turns a taakveld name into its code and an empty kind into "other"', () => {
    const result = parsePastedRows('A\t\t10\t\t\tSamenkracht en burgerparticipatie', 'nl');
    expect(result.lines[0]!.line).toEqual({ name: 'A', kind: 'other', amount: 10, taakveld: '6.1' });
  });
});

describe('parsePastedRows through shared/import', () => {
  it('reads the columns of a heading row by their headings, in any order, with remarks', () => {
    const result = parsePastedRows('Organisatie\tOmschrijving\tAantal\tPrijs\tBedrag\nBuurtwerk\tJongerenwerk\t10\t5\t60', 'nl');
    expect(result.headerSkipped).toBe(true);
    expect(result.lines).toEqual([{ row: 2, line: { name: 'Jongerenwerk', kind: 'other', organisation: 'Buurtwerk', volume: 10, unitCost: 5 } }]);
    expect(result.notes.map((n) => [n.row, n.text])).toEqual([[2, 'Buurtwerk | Jongerenwerk | 10 | 5 | 60']]);
    expect(render('nl', result.notes[0]!.reason)).toContain('aantal × prijs is gebruikt');
  });

  it('takes no row for a total, and reports a row with only a name instead of adding it', () => {
    const result = parsePastedRows('Naam\nA\tSubsidie\t100\nB\tSubsidie\t200\nC\tSubsidie\t300\nTotaal\t\t600', 'nl');
    expect(result.headerSkipped).toBe(false);
    expect(result.lines.map((l) => l.line.name)).toEqual(['A', 'B', 'C', 'Totaal']);
    expect(result.problems.map((p) => [p.row, p.text])).toEqual([[1, 'Naam']]);
  });

  it('says in the app’s language which notation an unreadable amount needs', () => {
    const result = parsePastedRows('A\tOverig\tveel', 'en');
    expect(result.problems.map((p) => render('en', p.reason))).toEqual(['"veel" is not an amount (English notation expected, such as "€1,234.50").']);
  });
});
