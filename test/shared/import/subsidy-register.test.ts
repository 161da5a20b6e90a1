// A subsidy register as municipalities publish it (#19 item 3): the granted amount, not the
// requested one; the applicant is the partner; a one-off grant is a line of its year only (format
// version 2); another year's rows are listed as left out, with why.
import { describeMapping } from '../../../shared/import/describe';
import { guessMapping } from '../../../shared/import/mapping';
import { readLines } from '../../../shared/import/read-lines';
import { readTextSource } from '../../../shared/import/source';
import { render } from '../../../shared/i18n/text';

const REGISTER = [
  'Subsidiejaar;Jaar van toekenning;Programma;Taakveld;Soort;Aanvrager;Omschrijving;Regelmaat;Aangevraagd bedrag;Verleend bedrag;Vastgesteld bedrag',
  '2024;2023;Sociaal domein;6.1;Waarderingssubsidie;Stichting Welzijn Noord;Buurthuiswerk;Structureel;€ 250.000;€ 240.000;',
  '2024;2024;Sociaal domein;6.1;Projectsubsidie;Vereniging De Brug;Zomerprogramma jongeren;Incidenteel;€ 15.000;€ 12.500;€ 12.000',
  '2024;2023;Sociaal domein;6.71;Budgetsubsidie;MEE Samen;Cliëntondersteuning;Structureel;€ 410.000;€ 410.000;',
  '2023;2022;Sociaal domein;6.1;Waarderingssubsidie;Stichting Welzijn Noord;Buurthuiswerk;Structureel;€ 230.000;€ 230.000;€ 229.500',
].join('\n');

function read(text: string, baseYear: number) {
  const r = readTextSource(text);
  if (!r.ok) throw new Error('not read');
  const mapping = guessMapping(r.source, { baseYear });
  return { source: r.source, mapping, result: readLines(r.source, mapping, { baseYear }) };
}

describe('a subsidy register', () => {
  const { source, mapping, result } = read(REGISTER, 2024);

  it('maps the granted amount, the applicant as organisation, the year and the regularity', () => {
    const by = (heading: string) => mapping[source.columns.findIndex((c) => c.heading === heading)];
    expect(by('Verleend bedrag')).toBe('amount');
    expect(by('Aangevraagd bedrag')).toBe('ignore');
    expect(by('Aanvrager')).toBe('organisation');
    expect(by('Subsidiejaar')).toBe('year');
    expect(by('Regelmaat')).toBe('regularity');
    expect(describeMapping(source.columns, mapping, 'nl').find((l) => l.startsWith('J'))).toBe('J  Verleend bedrag → Bedrag');
  });

  it('imports the structural grants of the base year with their partner, at the granted amount, and the one-off grant as a line of its year only', () => {
    expect(result.problems).toEqual([]);
    expect(result.lines.map((l) => [l.line.name, l.line.organisation, l.line.amount ?? l.line.amounts, l.line.oneOff, l.line.kind])).toEqual([
      ['Buurthuiswerk', 'Stichting Welzijn Noord', 240_000, undefined, 'subsidy'],
      ['Zomerprogramma jongeren', 'Vereniging De Brug', { '2024': 12_500 }, true, 'subsidy'],
      ['Cliëntondersteuning', 'MEE Samen', 410_000, undefined, 'subsidy'],
    ]);
    expect(result.notes.map((n) => [n.row, render('nl', n.message)])).toEqual([
      [3, 'eenmalig (incidenteel): telt alleen in 2024.'],
      // The register writes 6.71, which Iv3 split into 6.71a–d from 2023 (#19 item 2).
      [4, 'taakveld 6.71 staat niet in de Iv3-taakvelden van 2024 (daar: 6.71a, 6.71b, 6.71c of 6.71d); zo overgenomen.'],
    ]);
  });

  it('lists the other year as left out, with why; a one-off grant before the base year too', () => {
    expect(result.skipped.map((s) => [s.row, render('nl', s.message)])).toEqual([
      [5, '„Buurthuiswerk” is voor 2023, niet voor het basisjaar 2024: niet geïmporteerd.'],
    ]);
    const later = read(REGISTER, 2025);
    expect(later.result.skipped.map((s) => [s.row, render('nl', s.message)])).toContainEqual([
      3,
      '„Zomerprogramma jongeren” is eenmalig in 2024, vóór het basisjaar 2025: niet geïmporteerd.',
    ]);
  });

  it('a one-off grant of a later year counts in that year only', () => {
    const next = read(REGISTER.replace('2024;2024;Sociaal domein;6.1;Projectsubsidie', '2026;2024;Sociaal domein;6.1;Projectsubsidie'), 2024);
    const line = next.result.lines.find((l) => l.line.name === 'Zomerprogramma jongeren');
    expect(line?.line).toMatchObject({ amounts: { '2026': 12_500 }, oneOff: true });
  });

  it('without a granted column, the settled amount; without that, the requested one', () => {
    const settled = read(['Aanvrager;Omschrijving;Aangevraagd bedrag;Vastgesteld bedrag', 'MEE Samen;Cliëntondersteuning;410.000;405.000'].join('\n'), 2024);
    expect(settled.source.columns[settled.mapping.indexOf('amount')]?.heading).toBe('Vastgesteld bedrag');
    expect(settled.result.lines[0]?.line.amount).toBe(405_000);
    const onlyAsked = read(['Aanvrager;Omschrijving;Aangevraagd bedrag', 'MEE Samen;Cliëntondersteuning;410.000'].join('\n'), 2024);
    expect(onlyAsked.result.lines[0]?.line.amount).toBe(410_000);
  });
});

// #19 item 3, the default group: a register's lines are the partners a cut takes all at once, so
// each gets a group — the register's Programma where it has one, else "Subsidies" — and the
// import says so. Any other table is left as it was: a line without a group keeps none.
describe("a subsidy register's group", () => {
  const WITHOUT_PROGRAMMA = [
    'Subsidiejaar;Aanvrager;Omschrijving;Regelmaat;Verleend bedrag',
    '2024;Stichting Welzijn Noord;Buurthuiswerk;Structureel;€ 240.000',
    '2024;MEE Samen;Cliëntondersteuning;Structureel;€ 410.000',
  ].join('\n');

  it('is the Programma of the row where the register has one, else "Subsidies"', () => {
    const withProgramma = REGISTER.replace('2024;2023;Sociaal domein;6.71;', '2024;2023;;6.71;');
    const { result } = read(withProgramma, 2024);
    expect(result.lines.map((l) => [l.line.name, l.line.group])).toEqual([
      ['Buurthuiswerk', 'Sociaal domein'],
      ['Zomerprogramma jongeren', 'Sociaal domein'],
      ['Cliëntondersteuning', 'Subsidies'],
    ]);
    expect(result.defaultGroup).toEqual({ group: 'Subsidies', lines: 1 });
    expect(render('nl', { id: 'importing.subsidyRegister.groupGiven', args: ['Subsidies', 1] })).toBe(
      'Subsidieregister: 1 regel zonder eigen groep (Programma) krijgt de groep „Subsidies”.',
    );
  });

  it('without a Programma column every line gets "Subsidies", in the language of the import', () => {
    const nl = read(WITHOUT_PROGRAMMA, 2024).result;
    expect(nl.lines.map((l) => l.line.group)).toEqual(['Subsidies', 'Subsidies']);
    expect(nl.defaultGroup).toEqual({ group: 'Subsidies', lines: 2 });
    const r = readTextSource(WITHOUT_PROGRAMMA);
    if (!r.ok) throw new Error('not read');
    const en = readLines(r.source, guessMapping(r.source), { baseYear: 2024, lang: 'en' });
    expect(en.lines.map((l) => l.line.group)).toEqual(['Subsidies', 'Subsidies']);
    expect(render('en', { id: 'importing.subsidyRegister.groupGiven', args: ['Subsidies', 2] })).toBe(
      'Subsidy register: 2 lines without a group of their own (Programma) get the group "Subsidies".',
    );
  });

  it('a register is known by its applicant, its subsidy year or a granted or requested amount; a budget is not one', () => {
    for (const heading of ['Aanvrager;Omschrijving;Bedrag', 'Organisatie;Omschrijving;Verleend bedrag', 'Organisatie;Omschrijving;Aangevraagd bedrag']) {
      expect(read(`${heading}\nMEE Samen;Cliëntondersteuning;410.000`, 2024).result.lines[0]?.line.group).toBe('Subsidies');
    }
    // A budget with partners and a settled budget is no register: its lines keep no group, as before.
    for (const heading of ['Organisatie;Omschrijving;Bedrag', 'Organisatie;Omschrijving;Vastgestelde begroting 2024']) {
      const { result } = read(`${heading}\nMEE Samen;Cliëntondersteuning;410.000`, 2024);
      expect(result.lines[0]?.line.group).toBeUndefined();
      expect(result.defaultGroup).toBeUndefined();
    }
  });
});
