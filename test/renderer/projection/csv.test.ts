// The small CSV writer behind "Download CSV": what Dutch and English Excel read as numbers.
import { csvFileText, toCsv } from '../../../renderer/components/projection/csv';

describe('toCsv', () => {
  it('writes Dutch CSV with semicolons and a decimal comma, English with commas and a point', () => {
    const rows = [['Post', 2022, 2023], ['Besparing', 629861, -38000.5], ['Leeg', null, 0]];
    expect(toCsv(rows, 'nl')).toBe('Post;2022;2023\r\nBesparing;629861;-38000,5\r\nLeeg;;0\r\n');
    expect(toCsv(rows, 'en')).toBe('Post,2022,2023\r\nBesparing,629861,-38000.5\r\nLeeg,,0\r\n');
  });

  it('quotes text holding the separator, quotes or line breaks', () => {
    expect(toCsv([['a;b', 'zeg "ja"', 'regel\ntwee', 'a,b']], 'nl')).toBe('"a;b";"zeg ""ja""";"regel\ntwee";a,b\r\n');
    expect(toCsv([['a,b']], 'en')).toBe('"a,b"\r\n');
  });

  it('never lets a name become a spreadsheet formula', () => {
    expect(toCsv([['=SUM(A1)', '+31', '-5% korting', '@x', 'gewoon']], 'nl')).toBe("'=SUM(A1);'+31;'-5% korting;'@x;gewoon\r\n");
  });

  it('writes −0 as 0 and no grouping', () => {
    expect(toCsv([[-0, 1234567.25]], 'nl')).toBe('0;1234567,25\r\n');
  });

  it('prefixes the file with a byte-order mark so that Excel reads € as €', () => {
    expect(csvFileText('a\r\n')).toBe('\uFEFFa\r\n');
  });
});
