// CSV and pasted cells: quotes, line breaks in cells, separators found, Excel's "sep=" line.
import { detectSeparator, splitDelimited } from '../../../shared/import/delimited';
import { sourceFromText } from '../../../shared/import/source';
import { decodeText } from '../../../shared/import/text';

const cells = (text: string, sep: ';' | ',' | '\t') => splitDelimited(text, sep).map((r) => r.cells);

describe('splitDelimited', () => {
  it('reads quoted cells with separators, doubled quotes and line breaks as one cell', () => {
    expect(cells('a;"b;c";"say ""hi"""\r\n"two\r\nlines";x\r\n', ';')).toEqual([
      ['a', 'b;c', 'say "hi"'],
      ['two\nlines', 'x'],
    ]);
  });

  it('numbers records as a spreadsheet numbers rows, also after a cell with a line break', () => {
    const records = splitDelimited('h1;h2\n"a\nb";1\n\nc;2', ';');
    expect(records.map((r) => r.row)).toEqual([1, 2, 3, 4]);
    expect(records[2]!.cells).toEqual(['']);
    expect(records[3]!.cells).toEqual(['c', '2']);
  });

  it('keeps a quote inside an unquoted cell, and an unclosed quote as text', () => {
    expect(cells('5" scherm;x', ';')).toEqual([['5" scherm', 'x']]);
    expect(cells('"open;x', ';')).toEqual([['"open', 'x']]);
  });
});

describe('detectSeparator', () => {
  it('finds the separator that splits the lines consistently', () => {
    expect(detectSeparator('Naam;Bedrag\nA;1.234,50\nB;12,00\n')).toBe(';');
    expect(detectSeparator('Name,Amount\nA,"1,234.50"\nB,12.00\n')).toBe(',');
    expect(detectSeparator('Naam\tBedrag\nA\t€ 1.234,50\n')).toBe('\t');
    expect(detectSeparator('sep=,\nNaam,Bedrag\n')).toBe(',');
  });

  it('skips Excel\'s "sep=" line and says the separator came from it', () => {
    const source = sourceFromText('sep=;\nOmschrijving;Bedrag\nBibliotheek;€ 1.000,00\n');
    expect(source.detection).toMatchObject({ separator: ';', separatorDeclared: true, headerRow: 1 });
    expect(source.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['Bibliotheek', '€ 1.000,00']]);
  });
});

describe('decodeText', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  it('reads UTF-8 with and without BOM, and Windows-1252 from Excel\'s plain CSV', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x63, 0x6c, 0x69, 0xc3, 0xab))).toEqual({ text: 'clië', encoding: 'utf-8-bom' });
    expect(decodeText(bytes(0x63, 0xc3, 0xab))).toEqual({ text: 'cë', encoding: 'utf-8' });
    // "Cliënt € 5" in Windows-1252: ë = 0xEB, € = 0x80.
    expect(decodeText(bytes(0x43, 0x6c, 0x69, 0xeb, 0x6e, 0x74, 0x20, 0x80, 0x20, 0x35))).toEqual({ text: 'Cliënt € 5', encoding: 'windows-1252' });
  });
});
