// A taakveld's code and a name, as budgets print them (#19 item 2): in one cell ("6.1 -
// Samenkracht en burgerparticipatie"), or in a code column followed by an unnamed name column.
// Both used to import nothing ("de naam is leeg").
import { guessMapping } from '../../../shared/import/mapping';
import { readLines } from '../../../shared/import/read-lines';
import { readTextSource, type ImportSource } from '../../../shared/import/source';
import { splitCodeAndName } from '../../../shared/import/taakveld';
import { render } from '../../../shared/i18n/text';

function read(text: string) {
  const r = readTextSource(text);
  if (!r.ok) throw new Error('not read');
  const source: ImportSource = r.source;
  const mapping = guessMapping(source, { baseYear: 2024 });
  const result = readLines(source, mapping);
  return { mapping, lines: result.lines.map((l) => [l.line.taakveld, l.line.name, l.line.amount]), problems: result.problems.map((p) => render('nl', p.message)) };
}

describe('code and name', () => {
  it('splits the ways budgets write them, only for known Iv3 codes', () => {
    expect(splitCodeAndName('6.1 - Samenkracht en burgerparticipatie')).toEqual({ code: '6.1', name: 'Samenkracht en burgerparticipatie' });
    expect(splitCodeAndName('6.71 Maatwerkdienstverlening 18+')).toEqual({ code: '6.71', name: 'Maatwerkdienstverlening 18+' });
    expect(splitCodeAndName('6-1. Samenkracht')).toEqual({ code: '6.1', name: 'Samenkracht' });
    // Outside the social domain the list of codes ends at 5.6 Media: not taken for a code.
    expect(splitCodeAndName('0-1. Bestuur')).toBeNull();
    expect(splitCodeAndName('Taakveld 6.2: Toegang')).toEqual({ code: '6.2', name: 'Toegang' });
    expect(splitCodeAndName('9.9 Onbekend')).toBeNull();
    expect(splitCodeAndName('2024 Begroting')).toBeNull();
    expect(splitCodeAndName('Wmo-begeleiding')).toBeNull();
  });

  it('a Taakveld column holding code and name, and no name column: both, split', () => {
    const r = read(['Taakveld;Begroting 2024', '6.1 - Samenkracht en burgerparticipatie;13174', '6.71 Maatwerkdienstverlening 18+;25000'].join('\n'));
    expect(r.mapping).toEqual(['taakveld', 'amount']);
    expect(r.problems).toEqual([]);
    expect(r.lines).toEqual([
      ['6.1', 'Samenkracht en burgerparticipatie', 13174],
      ['6.71', 'Maatwerkdienstverlening 18+', 25000],
    ]);
  });

  it('a name column holding code and name, and no taakveld column: both, split', () => {
    const r = read(['Omschrijving;Bedrag', '6.1 - Samenkracht en burgerparticipatie;13174', 'Jeugdhulp algemeen;5000'].join('\n'));
    expect(r.lines).toEqual([
      ['6.1', 'Samenkracht en burgerparticipatie', 13174],
      [undefined, 'Jeugdhulp algemeen', 5000],
    ]);
  });

  it('a code column followed by an unnamed text column: that column is the name', () => {
    const r = read(['Taakveld;;Begroting 2024', '6.1;Samenkracht en burgerparticipatie;13174', '6.2;Toegang en eerstelijnsvoorzieningen;4210'].join('\n'));
    expect(r.mapping).toEqual(['taakveld', 'name', 'amount']);
    expect(r.lines).toEqual([
      ['6.1', 'Samenkracht en burgerparticipatie', 13174],
      ['6.2', 'Toegang en eerstelijnsvoorzieningen', 4210],
    ]);
  });

  it('both a name and a taakveld of their own: kept as they are', () => {
    const r = read(['Taakveld;Omschrijving;Bedrag', '6.1 Samenkracht;Buurthuizen;1000'].join('\n'));
    expect(r.lines).toEqual([['6.1', 'Buurthuizen', 1000]]);
  });
});
