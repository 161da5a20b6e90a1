// The CBS open data layout (#19 item 5): "Iv3 gemeenten" tables as the CBS open data portal exports
// them as CSV, rows per municipality × taakveld × category, amounts in € 1.000. The layout is
// recognised from its headings, one municipality is read (the only one, or the one chosen), its
// lasten per taakveld of the social domain become lines, and every other row is accounted for:
// listed with why, or, for the other municipalities, counted.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeDetection, describeMapping, openDataFacts } from '../../../shared/import/describe';
import { guessMapping, suggestedBaseYear } from '../../../shared/import/mapping';
import { categoryOf, defaultReport, findMunicipality, openDataTaakveld, periodYear } from '../../../shared/import/open-data';
import { importedTotal, readLines, type ReadOptions } from '../../../shared/import/read-lines';
import { readTextSource, scaleInEffect, type ImportSource } from '../../../shared/import/source';
import { decodeText } from '../../../shared/import/text';
import { render } from '../../../shared/i18n/text';
import { scenarioFromImport } from '../../../shared/import/scenario';

const FIXTURES = resolve(__dirname, '..', '..', 'fixtures', 'import');
const SEVERAL = 'cbs-iv3-gemeenten-2024.csv';
const ONE = 'cbs-iv3-zwolle-2024.csv';

function source(text: string) {
  const r = readTextSource(text);
  if (!r.ok) throw new Error(render('nl', r.message));
  return r.source;
}
const fixture = (name: string) => source(decodeText(new Uint8Array(readFileSync(resolve(FIXTURES, name)))).text);

function read(input: string | ImportSource, options: ReadOptions = {}) {
  const s = typeof input === 'string' ? source(input) : input;
  const mapping = guessMapping(s, { baseYear: options.baseYear ?? 2024 });
  return { source: s, mapping, result: readLines(s, mapping, { baseYear: 2024, ...options }) };
}
const skippedText = (result: ReturnType<typeof readLines>) => result.skipped.map((s) => `${s.row}: ${render('nl', s.message)}`);
const accounted = (result: ReturnType<typeof readLines>) =>
  result.lines.length + result.problems.length + result.skipped.length + result.emptyRows + (result.openData?.otherRows ?? 0);

describe('the CBS layout, several municipalities (";", codes beside names, "Waarde")', () => {
  const s = fixture(SEVERAL);

  it('is recognised from its headings, with the municipalities, reports and years in it', () => {
    const layout = s.detection.openData;
    expect(layout).toBeDefined();
    expect(s.detection.headerRow).toBe(3);
    expect(layout?.municipalities).toEqual([
      { key: 'GM0193', code: 'GM0193', name: 'Zwolle' },
      { key: 'GM0150', code: 'GM0150', name: 'Deventer' },
      { key: 'GM0166', code: 'GM0166', name: 'Kampen' },
    ]);
    expect(layout?.reports).toEqual(['Begroting', 'Realisatie']);
    expect(layout?.years).toEqual([2024]);
    // "Waarde" says no unit: CBS's Iv3 amounts are € 1.000, and the detection says where that came from.
    expect(scaleInEffect(s.detection)).toBe(1000);
    expect(describeDetection(s.detection, 'nl').replace(/\u00a0/g, ' ')).toContain(
      'Indeling: CBS open data (Iv3), per gemeente, taakveld en categorie; 3 gemeenten · Bedragen: × € 1.000 (CBS Iv3: bedragen in € 1.000)',
    );
  });

  it('maps the taakveld, the amount and the year; the layout reads municipality, category and report itself', () => {
    const mapping = guessMapping(s);
    expect(describeMapping(s.columns, mapping, 'nl', scaleInEffect(s.detection), s.detection.openData)).toEqual([
      'A  Gemeenten → Gemeente (CBS-indeling)',
      'B  Gemeentenaam → Gemeente (CBS-indeling)',
      'C  TaakveldBalanspost → Taakveld',
      'D  Categorie → Categorie: alleen de lasten',
      'E  Verslagsoort → Verslagsoort (CBS-indeling)',
      'F  Perioden → Jaar',
      'G  Waarde → Bedrag (× 1.000)',
    ]);
    expect(suggestedBaseYear(s, mapping)).toBe(2024);
  });

  it('without a choice imports nothing, and counts every row of the municipalities as not chosen', () => {
    const { result } = read(s);
    expect(result.lines).toEqual([]);
    expect(result.openData).toMatchObject({ municipalities: 3, otherRows: 30, onlyOne: false });
    expect(result.openData?.municipality).toBeUndefined();
    expect(openDataFacts(result.openData, 'nl')[0]).toEqual(['Gemeente', 'nog niet gekozen (3 gemeenten in het bestand)']);
    expect(accounted(result)).toBe(s.rows.length);
  });

  it("imports the chosen municipality's lasten per taakveld of the social domain, × 1.000, with taakveld and kind", () => {
    const { result } = read(s, { municipality: 'Zwolle' });
    expect(result.problems).toEqual([]);
    expect(result.lines.map(({ row, line }) => [row, line.name, line.taakveld, line.amount, line.kind])).toEqual([
      [9, 'Samenkracht en burgerparticipatie', '6.1', 13_174_000, 'other'],
      [12, 'Toegang en eerstelijnsvoorzieningen', '6.2', 9_876_000, 'other'],
      [13, 'Inkomensregelingen', '6.3', 61_250_000, 'other'],
      [15, 'WSW en beschut werk', '6.4', 14_800_000, 'other'],
      [16, 'Arbeidsparticipatie', '6.5', 6_230_000, 'other'],
      [17, 'Maatwerkvoorzieningen (WMO)', '6.6', 4_410_000, 'individual'],
      [18, 'Hulp bij het huishouden (WMO)', '6.71a', 12_600_000, 'individual'],
      [19, 'Begeleiding (WMO)', '6.71b', 18_345_000, 'individual'],
      [20, 'Jeugdhulp begeleiding', '6.72a', 9_150_000, 'individual'],
    ]);
    expect(importedTotal(result.lines)).toBe(149_835_000);
    // The kind is guessed as any import guesses it (its words, else its taakveld), and said so.
    expect(result.lines.map((l) => l.kindGuessedFrom)).toEqual(['default', 'default', 'default', 'default', 'default', 'name', 'name', 'taakveld', 'name']);
  });

  it('lists every other row of that municipality with its row and why; the other municipalities as one count', () => {
    const { result } = read(s, { municipality: 'GM0193' });
    expect(skippedText(result)).toEqual([
      '4: „0.1 Bestuur” valt buiten het sociaal domein (taakveld 6): niet geïmporteerd.',
      '5: „0.1 Bestuur”: baten (categorie „Baten”), geen lasten: niet geïmporteerd.',
      '6: „1.1 Crisisbeheersing en brandweer” valt buiten het sociaal domein (taakveld 6): niet geïmporteerd.',
      '7: „4.2 Onderwijshuisvesting” valt buiten het sociaal domein (taakveld 6): niet geïmporteerd.',
      '8: „5.6 Media” valt buiten het sociaal domein (taakveld 6): niet geïmporteerd.',
      '10: „6.1 Samenkracht en burgerparticipatie”: baten (categorie „Baten”), geen lasten: niet geïmporteerd.',
      '11: „6.1 Samenkracht en burgerparticipatie” is „Realisatie”, niet „Begroting”: niet geïmporteerd.',
      '14: „6.3 Inkomensregelingen”: baten (categorie „Baten”), geen lasten: niet geïmporteerd.',
      '21: „6.74c Gesloten plaatsing”: geen cijfer („.”: onbekend of geheim): niet geïmporteerd.',
      '22: „6.81a Beschermd wonen (WMO)”: de lasten zijn 0: geen regel.',
      '23: „7.1 Volksgezondheid” valt buiten het sociaal domein (taakveld 6): niet geïmporteerd.',
      '24: „8.3 Wonen en bouwen” valt buiten het sociaal domein (taakveld 6): niet geïmporteerd.',
      '25: „Totaal taakvelden” is geen taakveld (een balanspost of een totaal): niet geïmporteerd.',
      '34: de rij noemt geen gemeente of geen taakveld (geen cijfer van de tabel): niet geïmporteerd.',
    ]);
    expect(result.openData).toMatchObject({ otherRows: 8, municipalities: 3, onlyOne: false, report: 'Begroting', reportChosen: false });
    expect(openDataFacts(result.openData, 'nl')).toEqual([
      ['Gemeente', 'Zwolle (GM0193) (gekozen uit 3 gemeenten)'],
      ['Verslagsoort', 'Begroting (standaard; ook in het bestand: Realisatie)'],
    ]);
    expect(openDataFacts(result.openData, 'en')).toEqual([
      ['Municipality', 'Zwolle (GM0193) (chosen from 3 municipalities)'],
      ['Report', 'Begroting (default; also in the file: Realisatie)'],
    ]);
    expect(accounted(result)).toBe(s.rows.length);
    // Only the rows outside the social domain can be taken in after all; a baten or realisatie row cannot.
    expect(result.skipped.filter((p) => !p.final).map((p) => p.row)).toEqual([4, 6, 7, 8, 23, 24]);
  });

  it('another report is a choice, and is said to be one', () => {
    const { result } = read(s, { municipality: 'deventer', report: 'Realisatie' });
    expect(result.lines.map(({ line }) => [line.taakveld, line.amount])).toEqual([['6.1', 10_980_000]]);
    expect(openDataFacts(result.openData, 'nl')).toEqual([
      ['Gemeente', 'Deventer (GM0150) (gekozen uit 3 gemeenten)'],
      ['Verslagsoort', 'Realisatie (gekozen)'],
    ]);
  });

  it('a row outside the social domain is taken in when asked (a library under 5.6 Media), with a note', () => {
    const { result } = read(s, { municipality: 'Zwolle', keepRows: [8] });
    expect(result.lines.find((l) => l.row === 8)?.line).toEqual({ name: 'Media', kind: 'other', amount: 4_120_000, taakveld: '5.6' });
    expect(result.notes.map((n) => `${n.row}: ${render('nl', n.message)}`)).toEqual(['8: taakveld 5.6 valt buiten het sociaal domein; op uw verzoek toch opgenomen.']);
  });

  it('rows of another year than the base year are left out, with why', () => {
    const { result } = read(s, { municipality: 'Kampen', baseYear: 2025 });
    expect(result.lines).toEqual([]);
    expect(skippedText(result)[0]).toBe('31: „0.1 Bestuur” is voor 2024, niet voor het basisjaar 2025: niet geïmporteerd.');
  });

  it('makes a valid scenario for the municipality', () => {
    const { result } = read(s, { municipality: 'Zwolle' });
    const built = scenarioFromImport({ title: 'Zwolle 2024', baseYear: 2024, lines: result.lines, municipality: result.openData?.municipality?.name ?? '' });
    expect(built.ok).toBe(true);
    if (built.ok) expect(built.value.municipality).toBe('Zwolle');
  });
});

describe('the CBS layout, one municipality (",", "Lasten (x 1 000 euro)" beside "Baten")', () => {
  const s = fixture(ONE);

  it('takes the only municipality and says so; reads the lasten column, in its own unit', () => {
    expect(s.detection.separator).toBe(',');
    expect(s.detection.openData?.municipalities).toEqual([{ key: 'GM0193', code: 'GM0193', name: 'Zwolle' }]);
    // The heading gives the unit: no table scale is made up.
    expect(s.detection.scale).toBeUndefined();
    const { mapping, result } = read(s);
    expect(s.columns[mapping.indexOf('amount')]?.heading).toBe('Lasten (x 1 000 euro)');
    expect(result.openData).toMatchObject({ onlyOne: true, otherRows: 0 });
    expect(openDataFacts(result.openData, 'nl')[0]).toEqual(['Gemeente', 'Zwolle (GM0193) (de enige in het bestand)']);
    expect(result.lines.map(({ line }) => [line.taakveld, line.amount])).toEqual([
      ['6.1', 13_174_000],
      ['6.2', 9_876_000],
      ['6.3', 61_250_000],
      ['6.71a', 12_600_000],
      ['6.72a', 9_150_000],
    ]);
    expect(result.skipped.map((p) => p.row)).toEqual([2, 3, 9]);
  });
});

describe('the CBS layout, other forms', () => {
  const HEAD = 'Gemeenten;TaakveldBalanspost;Categorie;Verslagsoort;Perioden;Waarde';

  it('the economic categories of a taakveld without a total are added up on the row of the first', () => {
    const { result } = read(
      [
        HEAD,
        'Zwolle;6.1 Samenkracht en burgerparticipatie;L1.1 Salarissen en sociale lasten;Begroting;2024JJ00;4000',
        'Zwolle;6.1 Samenkracht en burgerparticipatie;L3.8 Overige goederen en diensten;Begroting;2024JJ00;2500',
        'Zwolle;6.1 Samenkracht en burgerparticipatie;B3.5 Overige overdrachten;Begroting;2024JJ00;800',
        'Zwolle;6.2 Toegang en eerstelijnsvoorzieningen;Lasten;Begroting;2024JJ00;9876',
        'Zwolle;6.2 Toegang en eerstelijnsvoorzieningen;L1.1 Salarissen en sociale lasten;Begroting;2024JJ00;7000',
      ].join('\n'),
    );
    expect(result.lines.map(({ row, line }) => [row, line.taakveld, line.amount])).toEqual([
      [2, '6.1', 6_500_000],
      [5, '6.2', 9_876_000],
    ]);
    expect(skippedText(result)).toEqual([
      '3: „6.1 Samenkracht en burgerparticipatie”: „L3.8 Overige goederen en diensten” is opgeteld bij de regel van rij 2.',
      '4: „6.1 Samenkracht en burgerparticipatie”: baten (categorie „B3.5 Overige overdrachten”), geen lasten: niet geïmporteerd.',
      '6: „6.2 Toegang en eerstelijnsvoorzieningen”: „L1.1 Salarissen en sociale lasten” is een deel van de lasten; het totaal staat in rij 5.',
    ]);
    expect(result.notes.map((n) => render('nl', n.message))).toEqual(['de lasten van 2 economische categorieën opgeteld (rijen 2 en 3).']);
  });

  it('a code alone is named from the Iv3 list of the base year; a code the list lacks is imported with a note', () => {
    const text = [HEAD, 'GM0193;6.2;Lasten;Begroting;2022;500', 'GM0193;6.2;Lasten;Begroting;2024;600', 'GM0193;6.72;Lasten;Begroting;2024;700'].join('\n');
    expect(read(text, { baseYear: 2022 }).result.lines.map((l) => l.line.name)).toEqual(['Wijkteams']);
    const { result } = read(text, { baseYear: 2024 });
    expect(result.lines.map((l) => [l.line.name, l.line.taakveld])).toEqual([
      ['Toegang en eerstelijnsvoorzieningen', '6.2'],
      ['Maatwerkdienstverlening 18-', '6.72'],
    ]);
    expect(result.notes.map((n) => `${n.row}: ${render('nl', n.message)}`)).toEqual([
      '4: taakveld 6.72 staat niet in de lijst van Iv3-taakvelden voor 2024 die de app kent; controleer de code (de regel is wel geïmporteerd).',
    ]);
  });

  it('CBS symbols: "-" is nil, "x" secret; a negative or unreadable amount is a problem of its row', () => {
    const { result } = read(
      [HEAD, 'Zwolle;6.1 Samenkracht;Lasten;Begroting;2024;-', 'Zwolle;6.2 Wijkteams;Lasten;Begroting;2024;x', 'Zwolle;6.3 Inkomen;Lasten;Begroting;2024;-12', 'Zwolle;6.4 Wsw;Lasten;Begroting;2024;veel'].join('\n'),
    );
    expect(result.lines).toEqual([]);
    expect(skippedText(result)).toEqual([
      '2: „6.1 Samenkracht”: de lasten zijn 0: geen regel.',
      '3: „6.2 Wijkteams”: geen cijfer („x”: onbekend of geheim): niet geïmporteerd.',
    ]);
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([
      [4, 'Waarde'],
      [5, 'Waarde'],
    ]);
  });

  it('is not recognised without a municipality and a taakveld column, or without a category, report or period', () => {
    expect(source('Omschrijving;Taakveld;Bedrag\nA;6.1;100').detection.openData).toBeUndefined();
    expect(source('Gemeente;Omschrijving;Bedrag\nZwolle;A;100').detection.openData).toBeUndefined();
    expect(source('Gemeenten;TaakveldBalanspost;Waarde\nZwolle;6.1;100').detection.openData).toBeUndefined();
    expect(source('Gemeenten;TaakveldBalanspost;Perioden\nZwolle;6.1;2024').detection.openData).toBeUndefined();
    expect(source("Regio's;Taakvelden;Perioden;Lasten (x 1 000 euro)\nZwolle;6.1;2024;100").detection.openData).toBeDefined();
  });
});

describe('the pieces', () => {
  it('finds a municipality by code (with or without GM, padded or not) or by name in any case', () => {
    const list = [{ key: 'GM0193', code: 'GM0193', name: 'Zwolle' }, { key: 's gravenhage', name: "'s-Gravenhage" }];
    for (const typed of ['GM0193', 'gm0193', '0193', '193', 'Zwolle', 'ZWOLLE', 'Zwolle (GM0193)']) expect(findMunicipality(list, typed)?.key).toBe('GM0193');
    expect(findMunicipality(list, "'s-Gravenhage")?.key).toBe('s gravenhage');
    expect(findMunicipality(list, 'Deventer')).toBeUndefined();
    expect(findMunicipality(list, 'GM0150')).toBeUndefined();
  });

  it('reads categories, periods, taakvelden and the default report as CBS writes them', () => {
    expect(['Lasten', 'Totaal lasten', 'Lasten (x 1 000 euro)', 'Baten', 'L1.1 Salarissen', 'B3 Overdrachten', 'Balans'].map(categoryOf)).toEqual([
      'lasten', 'lasten', 'lasten', 'baten', 'lastenPart', 'batenPart', 'other',
    ]);
    expect(['2024', '2024JJ00', '2024*', '2024-03', 'Begroting'].map(periodYear)).toEqual([2024, 2024, 2024, undefined, undefined]);
    expect(openDataTaakveld('6.71a Hulp bij het huishouden (WMO)')).toEqual({ code: '6.71a', name: 'Hulp bij het huishouden (WMO)' });
    expect(openDataTaakveld('0.10 Mutaties reserves')).toEqual({ code: '0.10', name: 'Mutaties reserves' });
    expect(openDataTaakveld('6.2')).toEqual({ code: '6.2', name: '' });
    expect(openDataTaakveld('A1 Vaste activa')).toBeNull();
    expect(defaultReport(['Realisatie', 'Begroting na wijziging', 'Begroting'])).toBe('Begroting');
    expect(defaultReport(['Realisatie', 'Begroting na wijziging'])).toBe('Begroting na wijziging');
    expect(defaultReport(['Jaarrekening'])).toBe('Jaarrekening');
  });
});
