// A table copied from a municipality's online budget (#19 item 6): the clipboard's HTML table is
// read like cells from Excel, with the unit above it and a merged cell kept in place.
import { htmlTableToText } from '../../../renderer/components/import/html-paste';
import { guessMapping } from '../../../shared/import/mapping';
import { readLines } from '../../../shared/import/read-lines';
import { readTextSource } from '../../../shared/import/source';

const PAGE = `<html><body><h1>Programma 6</h1><p>Lees meer</p>
<table><caption>Lasten per taakveld</caption>
<tr><td colspan="3">Bedragen x € 1.000</td></tr>
<tr><th>Taakveld</th><th>Omschrijving</th><th>Begroting 2024</th></tr>
<tr><td>6.1</td><td>Samenkracht en<br>burgerparticipatie</td><td>13.174</td></tr>
<tr><td>6.2</td><td>Toegang en eerstelijns&shy;voorzieningen</td><td>4.210</td></tr>
</table><script>window.bad = 1</script><table><tr><td>menu</td></tr></table></body></html>`;

describe('a table pasted from a web page', () => {
  it('becomes tab-separated rows, the largest table, spans kept, text only', () => {
    const text = htmlTableToText(PAGE);
    expect(text).toBe(
      ['Bedragen x € 1.000\t\t', 'Taakveld\tOmschrijving\tBegroting 2024', '6.1\tSamenkracht en burgerparticipatie\t13.174', '6.2\tToegang en eerstelijns\u00advoorzieningen\t4.210'].join('\n'),
    );
    expect((window as unknown as { bad?: number }).bad).toBeUndefined();
  });

  it('reads like the CSV: unit from the caption row, taakveld and name', () => {
    const read = readTextSource(htmlTableToText(PAGE) as string, { format: 'paste' });
    if (!read.ok) throw new Error('not read');
    const lines = readLines(read.source, guessMapping(read.source, { baseYear: 2024 })).lines;
    expect(lines.map((l) => [l.line.taakveld, l.line.amount])).toEqual([
      ['6.1', 13_174_000],
      ['6.2', 4_210_000],
    ]);
  });

  it('no table, or too much: null (the plain text is read instead)', () => {
    expect(htmlTableToText('<p>geen tabel</p>')).toBeNull();
    expect(htmlTableToText('')).toBeNull();
    expect(htmlTableToText(`<table>${'x'.repeat(21 * 1024 * 1024)}</table>`)).toBeNull();
  });
});
