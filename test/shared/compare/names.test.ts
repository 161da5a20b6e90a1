// Naming the compared scenarios so that no two read the same (#21 item 4): a title with its
// file where two share a title; a cut that keeps the part telling them apart.
import { distinctTitles, shortDistinct } from '../../../shared/compare/names';

describe('distinctTitles', () => {
  it('adds the file only where two scenarios share a title and their files differ', () => {
    expect(
      distinctTitles([
        { title: 'Stichtse Vecht', file: 'a.vcscenario.json' },
        { title: 'Stichtse Vecht', file: 'b.vcscenario.json' },
        { title: 'Zwolle', file: 'z.vcscenario.json' },
      ]),
    ).toEqual(['Stichtse Vecht (a.vcscenario.json)', 'Stichtse Vecht (b.vcscenario.json)', 'Zwolle']);
    // An unsaved tab has no file: the one that has one is named by it.
    expect(distinctTitles([{ title: 'X', file: 'x.vcscenario.json' }, { title: 'X', file: null }])).toEqual(['X (x.vcscenario.json)', 'X']);
    expect(distinctTitles([{ title: 'X', file: null }, { title: 'X', file: null }])).toEqual(['X', 'X']);
  });
});

describe('shortDistinct', () => {
  const long = 'Stichtse Vecht: het 5%-besluit, € 165.000 op drie partners van de Vitale Coalitie';

  it('cuts at the end where that keeps them apart', () => {
    expect(shortDistinct([long, 'Zwolle: Samenspel'], 20)).toEqual(['Stichtse Vecht: het…', 'Zwolle: Samenspel']);
  });

  it('cuts the shared beginning where the end tells them apart (a variant made in the app)', () => {
    const [a, b] = shortDistinct([long, `${long} — variant 2`]);
    expect(a).toBe('Stichtse Vecht: het 5%-besluit, € 165.000 op dr…');
    expect(b).toBe('Stichtse Vecht: het 5%-besluit, € 1… — variant 2');
    expect(b!.length).toBeLessThanOrEqual(48);
  });

  it('one a beginning of the other: the longer keeps its extra end; equal texts stay equal', () => {
    const x = 'a'.repeat(60);
    const [cx, cy] = shortDistinct([x, `${x}b`]);
    expect(cx).toBe(`${'a'.repeat(47)}…`);
    expect(cy).toBe(`${'a'.repeat(46)}…b`);
    expect(shortDistinct(['Same', 'Same'])).toEqual(['Same', 'Same']);
  });
});
