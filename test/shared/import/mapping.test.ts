// Column headings in Dutch and English to fields; the mapping guessed, changed, remembered.
import { fieldFromName, guessHeading, headingMultiplier, headingYear } from '../../../shared/import/fields';
import { guessKind, kindFromCell } from '../../../shared/import/kinds';
import { uniqueLineId } from '../../../shared/import/line-ids';
import { applyOverrides, guessMapping, mappingFromRecord, mappingKey, mappingToRecord, withColumnField } from '../../../shared/import/mapping';
import { readLines } from '../../../shared/import/read-lines';
import { sourceFromText } from '../../../shared/import/source';
import { taakveldCode } from '../../../shared/import/taakveld';

describe('guessHeading', () => {
  it.each([
    ['Omschrijving', 'name'], ['Naam', 'name'], ['Begrotingspost', 'name'], ['Description', 'name'], ['Budget line', 'name'],
    ['Soort', 'kind'], ['Type', 'kind'], ['Kind', 'kind'],
    ['Bedrag', 'amount'], ['Begroting 2024', 'amount'], ['Bedrag (€)', 'amount'], ['Begroting 2024 (x € 1.000)', 'amount'],
    ['Primitieve begroting 2024', 'amount'], ['Subsidie 2024', 'amount'], ['Amount', 'amount'], ['Budget 2024', 'amount'],
    ['Aantal cliënten', 'volume'], ['Aantal clienten', 'volume'], ['Cliënten', 'volume'], ['Clients', 'volume'], ['Aantal', 'volume'],
    ['Prijs per cliënt', 'unitCost'], ['Tarief', 'unitCost'], ['Tarief 2024', 'unitCost'], ['Kosten per cliënt', 'unitCost'],
    ['Cost per client', 'unitCost'], ['Unit cost', 'unitCost'],
    ['Taakveld', 'taakveld'], ['Iv3', 'taakveld'], ['Task field', 'taakveld'],
    ['Organisatie', 'organisation'], ['Partner', 'organisation'], ['Aanbieder', 'organisation'], ['Organization', 'organisation'],
    ['Naam organisatie', 'organisation'],
    ['Groep', 'group'], ['Cluster', 'group'], ['Group', 'group'],
    ['Loonaandeel', 'wageShare'], ['Looncomponent', 'wageShare'], ['Wage share', 'wageShare'], ['Loonaandeel (%)', 'wageShare'],
    ['Groei', 'volumeGrowth'], ['Autonome groei', 'volumeGrowth'], ['Growth', 'volumeGrowth'],
    ['Toelichting', 'notes'], ['Opmerkingen', 'notes'], ['Notes', 'notes'], ['Bron', 'notes'],
  ])('%s → %s', (heading, field) => expect(guessHeading(heading).field).toBe(field));

  it.each([['Realisatie 2023'], ['Jaarrekening 2023'], ['Kostenplaats'], ['Grootboekrekening'], ['']])('%s is not guessed', (heading) =>
    expect(guessHeading(heading).field).toBe('ignore'),
  );

  it('reads years and "in thousands" from headings', () => {
    expect(headingYear('Begroting 2024 (x € 1.000)')).toBe(2024);
    expect(headingYear('Bedrag')).toBeUndefined();
    for (const h of ['Begroting 2024 (x € 1.000)', 'Bedrag × € 1.000', 'Bedrag (x1000)', 'Lasten in duizenden euro', 'Budget (in thousands)', 'Bedrag k€']) {
      expect(headingMultiplier(h)).toBe(1000);
    }
    expect(headingMultiplier('Bedrag (€)')).toBe(1);
  });

  it('reads field names as typed on the command line', () => {
    expect(fieldFromName('amount')).toBe('amount');
    expect(fieldFromName('unitcost')).toBe('unitCost');
    expect(fieldFromName('Bedrag')).toBe('amount');
    expect(fieldFromName('tarief')).toBe('unitCost');
    expect(fieldFromName('negeren')).toBe('ignore');
    expect(fieldFromName('bedragen')).toBeUndefined();
  });
});

describe('the mapping', () => {
  const csv = 'Omschrijving;Totaal;Begroting 2024;Begroting 2025;Naam\nA;1;2;3;x\n';
  it('reads amount columns of two or more years as the multi-year estimate by default', () => {
    const source = sourceFromText(csv);
    expect(guessMapping(source)).toEqual(['name', 'ignore', 'estimate', 'estimate', 'ignore']);
    expect(guessMapping(source, { baseYear: 2025 })).toEqual(['name', 'ignore', 'estimate', 'estimate', 'ignore']);
  });

  it('with one year wanted: a field to one column only; the base year picks among amount columns', () => {
    const source = sourceFromText(csv);
    expect(guessMapping(source, { baseYear: 2025, years: 'one' })).toEqual(['name', 'ignore', 'ignore', 'amount', 'ignore']);
    expect(guessMapping(source, { baseYear: 2024, years: 'one' })).toEqual(['name', 'ignore', 'amount', 'ignore', 'ignore']);
    // Without a base year the surest guess, then the leftmost.
    expect(guessMapping(source, { years: 'one' })).toEqual(['name', 'ignore', 'amount', 'ignore', 'ignore']);
  });

  it('without a heading row reads the lines table order, as the baseline paste does', () => {
    const source = sourceFromText('Bibliotheek\tSubsidie\t€ 1.000,00\tVitale Coalitie\n');
    expect(source.detection.headerRow).toBeUndefined();
    expect(guessMapping(source)).toEqual(['name', 'kind', 'amount', 'group']);
    expect(readLines(source, guessMapping(source)).lines[0]!.line).toEqual({ name: 'Bibliotheek', kind: 'subsidy', amount: 1000, group: 'Vitale Coalitie' });
  });

  it('changing one column frees the field from the column that had it', () => {
    expect(withColumnField(['name', 'amount', 'ignore'], 2, 'amount')).toEqual(['name', 'ignore', 'amount']);
    expect(withColumnField(['name', 'amount', 'ignore'], 1, 'ignore')).toEqual(['name', 'ignore', 'ignore']);
  });

  it('applies column=field overrides by heading (any case) or letter, and names what does not exist', () => {
    const source = sourceFromText(csv);
    const guessed = guessMapping(source, { baseYear: 2024, years: 'one' });
    expect(applyOverrides(source.columns, guessed, [{ column: 'begroting 2025', field: 'bedrag' }])).toEqual({
      ok: true,
      mapping: ['name', 'ignore', 'ignore', 'amount', 'ignore'],
    });
    expect(applyOverrides(source.columns, guessed, [{ column: 'E', field: 'notes' }])).toMatchObject({ ok: true, mapping: ['name', 'ignore', 'amount', 'ignore', 'notes'] });
    expect(applyOverrides(source.columns, guessed, [{ column: 'Realisatie', field: 'amount' }])).toEqual({ ok: false, error: 'unknown-column', value: 'Realisatie' });
    expect(applyOverrides(source.columns, guessed, [{ column: 'Naam', field: 'bedragen' }])).toEqual({ ok: false, error: 'unknown-field', value: 'bedragen' });
  });

  it('is remembered by heading names and restored only for the same headings', () => {
    const source = sourceFromText(csv);
    const mapping = withColumnField(guessMapping(source, { baseYear: 2024 }), 4, 'notes');
    const record = JSON.parse(JSON.stringify(mappingToRecord(source.columns, mapping)));
    expect(mappingFromRecord(source.columns, record)).toEqual(mapping);
    const other = sourceFromText('Omschrijving;Bedrag\nA;1\n');
    expect(mappingFromRecord(other.columns, record)).toBeUndefined();
    expect(mappingKey(source.columns)).not.toBe(mappingKey(other.columns));
    expect(mappingFromRecord(source.columns, { Omschrijving: 'nonsense' })).toBeUndefined();
  });
});

describe('kinds, taakvelden and ids', () => {
  it.each([
    ['Subsidie', 'subsidy'], ['Subsidie Wmo', 'subsidy'], ['Maatwerk', 'individual'], ['Maatwerkvoorziening Jeugd', 'individual'],
    ['Individuele voorziening (maatwerk)', 'individual'], ['Algemene voorziening', 'collective'], ['Collectief', 'collective'],
    ['Overig', 'other'], ['Collective provision', 'collective'], ['Lasten', undefined], ['Subsidie of maatwerk', undefined],
  ])('a Soort cell %s → %s', (text, kind) => expect(kindFromCell(text)).toBe(kind));

  it('guesses a kind from the name, the group, the taakveld or the organisation', () => {
    expect(guessKind({ name: 'Huiskamers in de wijk' })).toEqual({ kind: 'collective', from: 'name' });
    expect(guessKind({ name: 'Hulp bij het huishouden' })).toEqual({ kind: 'individual', from: 'name' });
    expect(guessKind({ name: 'Budgetsubsidie bibliotheek' })).toEqual({ kind: 'subsidy', from: 'name' });
    expect(guessKind({ name: 'Post A', group: 'Maatwerkvoorzieningen' })).toEqual({ kind: 'individual', from: 'group' });
    expect(guessKind({ name: 'Dagbesteding', taakveld: '6.71c' })).toEqual({ kind: 'individual', from: 'taakveld' });
    expect(guessKind({ name: 'Jongerenwerk', organisation: 'Jeugd-Punt' })).toEqual({ kind: 'subsidy', from: 'organisation' });
    expect(guessKind({ name: 'Wijkteams', taakveld: '6.2' })).toEqual({ kind: 'other', from: 'default' });
  });

  it.each([
    ['6.71b', '6.71b'], ['6.1 Samenkracht en burgerparticipatie', '6.1'], ['Taakveld 6.2', '6.2'], ['6,71', '6.71'],
    ['Wijkteams', '6.2'], ['Media', '5.6'], ['eigen code', 'eigen code'], ['', ''],
  ])('taakveld %s → %s', (text, code) => expect(taakveldCode(text)).toBe(code));

  it('makes ids unique among the lines already there', () => {
    expect(uniqueLineId('Welzijn Stichtse Vecht', new Set(['welzijn-stichtse-vecht']))).toBe('welzijn-stichtse-vecht-2');
    expect(uniqueLineId('€€€', new Set())).toBe('regel');
  });
});
