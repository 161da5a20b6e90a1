// The realistic files of test/fixtures/import, imported as a person would: every line and amount
// to the cent, totals rows skipped, empty rows ignored, bad rows reported with their numbers, and
// the scenario built from them valid and projected by the engine.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { project } from '../../../shared/engine/project';
import { guessMapping, type Mapping } from '../../../shared/import/mapping';
import { openImportFile } from '../../../shared/import/open';
import { importedTotal, readLines, type ImportResult } from '../../../shared/import/read-lines';
import { scenarioFromImport } from '../../../shared/import/scenario';
import type { ImportSource } from '../../../shared/import/source';
import { parseScenarioText } from '../../../shared/scenario/parse';
import { serializeScenario } from '../../../shared/scenario/serialize';
import { render } from '../../../shared/i18n/text';

const FIXTURES = resolve(__dirname, '..', '..', 'fixtures', 'import');
const bytes = (name: string) => new Uint8Array(readFileSync(resolve(FIXTURES, name)));

async function open(name: string, options: Parameters<typeof openImportFile>[2] = {}): Promise<ImportSource> {
  const opened = await openImportFile(bytes(name), name, { excel: ExcelJS, ...options });
  if (!opened.ok) throw new Error(render('en', opened.message));
  return opened.source;
}

function imported(source: ImportSource, baseYear = 2024): { mapping: Mapping; result: ImportResult } {
  const mapping = guessMapping(source, { baseYear });
  return { mapping, result: readLines(source, mapping) };
}

const byName = (result: ImportResult) => Object.fromEntries(result.lines.map(({ line }) => [line.name, line]));
const rowsOf = (list: { row: number }[]) => list.map((p) => p.row);

describe('Dutch Excel CSV (BOM, ;, decimal comma, thousands dots, € signs)', () => {
  let source: ImportSource;
  let result: ImportResult;
  beforeAll(async () => {
    source = await open('begroting-2024-nl.csv');
    ({ result } = imported(source));
  });

  it('detects the format and finds the heading row under the title', () => {
    expect(source.detection).toMatchObject({ format: 'csv', encoding: 'utf-8-bom', separator: ';', decimal: 'comma', headerRow: 3 });
    expect(source.detection.decimalEvidence.point).toBe(0);
    expect(guessMapping(source, { baseYear: 2024 })).toEqual([
      'name', 'kind', 'taakveld', 'organisation', 'group', 'amount', 'volume', 'unitCost', 'wageShare', 'notes',
    ]);
  });

  it('imports every readable line with its amount to the cent', () => {
    expect(result.lines.map((l) => l.row)).toEqual([4, 5, 6, 7, 8, 11, 12, 13, 14, 18]);
    const lines = byName(result);
    expect(lines['Bibliotheek Angstel, Vecht en Venen']).toEqual({
      name: 'Bibliotheek Angstel, Vecht en Venen', kind: 'subsidy', amount: 1020000, group: 'Vitale Coalitie',
      organisation: 'Bibliotheek AVV', taakveld: '5.6', wageShare: 0.6, notes: 'Budgetsubsidie',
    });
    expect(lines['Welzijn Stichtse Vecht']).toMatchObject({ amount: 1743000, notes: 'Welzijnswerk; vrijwilligers; mantelzorg', wageShare: 0.75 });
    expect(lines['Individuele begeleiding Wmo']).toMatchObject({ kind: 'individual', volume: 425, unitCost: 10270, notes: 'Tarief 2024 incl.\nloonindexatie 1,13%' });
    expect(lines['Hulp bij het huishouden']).toMatchObject({ kind: 'individual', volume: 610, unitCost: 4150.5 });
    expect(lines['Huiskamers in de wijk']).toMatchObject({ kind: 'collective', amount: 202000 });
    expect(lines['Jeugdhulp zonder verblijf']).toMatchObject({ kind: 'individual', amount: 3456789.12, taakveld: '6.72' });
    // "€ 1.250.000,-" is whole euros; no Soort: the kind is a guess, and said so.
    expect(lines['Sociaal wijkteam']).toMatchObject({ kind: 'other', amount: 1250000, wageShare: 0.9 });
    expect(result.lines.find((l) => l.line.name === 'Sociaal wijkteam')!.kindGuessedFrom).toBe('default');
    expect(importedTotal(result.lines)).toBe(16305344.12);
  });

  it('skips the nameless subtotal (by its sum) and the totals row (by its name), and ignores empty rows', () => {
    expect(rowsOf(result.skipped)).toEqual([9, 20]);
    expect(render('nl', result.skipped[0]!.message)).toContain('som van de regels 4–8');
    expect(render('en', result.skipped[1]!.message)).toContain('Totaal sociaal domein');
    expect(result.emptyRows).toBe(2);
  });

  it('reports each unreadable row with its number, column and reason, in both languages', () => {
    expect(result.problems.map((p) => ({ ...p, message: { nl: render('nl', p.message), en: render('en', p.message) } }))).toEqual([
      { row: 15, column: 'Begroting 2024', message: expect.objectContaining({ nl: expect.stringContaining('„€ 12.34,5” is geen getal') }) },
      { row: 16, column: 'Soort', message: expect.objectContaining({ en: expect.stringContaining('kind "Lasten" is unknown') }) },
      { row: 17, column: 'Begroting 2024', message: expect.objectContaining({ nl: expect.stringContaining('geen bedrag') }) },
    ]);
  });

  it('every non-empty row below the heading is a line, a problem or a skipped row: none dropped', () => {
    const accounted = [...rowsOf(result.lines), ...rowsOf(result.problems), ...rowsOf(result.skipped)].sort((a, b) => a - b);
    const nonEmpty = source.rows.filter((r) => r.cells.some((c) => c.text.trim() !== '')).map((r) => r.row);
    expect(accounted).toEqual(nonEmpty);
  });

  it('builds a scenario the engine accepts, whose base year adds up to the euro', () => {
    const built = scenarioFromImport({ title: 'Begroting 2024', baseYear: 2024, lines: result.lines, sourceName: 'begroting-2024-nl.csv' });
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    const reread = parseScenarioText(serializeScenario(built.value));
    expect(reread.ok).toBe(true);
    expect(built.value.lines.map((l) => l.id)).toEqual([
      'bibliotheek-angstel-vecht-en-venen', 'welzijn-stichtse-vecht', 'kwadraad-maatschappelijk-werk', 'jeugd-punt-jongerenwerk',
      'handjehelpen', 'individuele-begeleiding-wmo', 'hulp-bij-het-huishouden', 'huiskamers-in-de-wijk', 'jeugdhulp-zonder-verblijf',
      'sociaal-wijkteam',
    ]);
    const projection = project(built.value);
    expect(projection.years).toEqual([2024, 2025, 2026, 2027]);
    // Per-line cells are whole euros; 3.456.789,12 rounds to 3.456.789.
    expect(projection.baseline.total[0]).toBe(16305344);
  });
});

describe('English CSV (",", decimal point, quoted amounts)', () => {
  it('imports the lines, reports the one written the Dutch way, skips "Total"', async () => {
    const source = await open('budget-2024-en.csv');
    expect(source.detection).toMatchObject({ separator: ',', decimal: 'point', encoding: 'utf-8', headerRow: 1 });
    const { mapping, result } = imported(source);
    expect(mapping).toEqual(['name', 'kind', 'amount', 'volume', 'unitCost', 'group', 'organisation', 'taakveld', 'wageShare', 'volumeGrowth', 'notes']);
    const lines = byName(result);
    expect(Object.keys(lines)).toEqual(['Library', 'Social work', 'Individual support', 'Neighbourhood living rooms', 'Youth care']);
    expect(lines['Social work']).toMatchObject({ amount: 957000, notes: 'Includes "Beursvloer", internships' });
    expect(lines['Individual support']).toMatchObject({ kind: 'individual', volume: 425, unitCost: 10270, volumeGrowth: 0.02 });
    expect(lines['Neighbourhood living rooms']).toMatchObject({ kind: 'collective', volumeGrowth: 0.015 });
    expect(lines['Youth care']!.amount).toBe(3456789.12);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ row: 7, column: 'Amount' });
    expect(render('en', result.problems[0]!.message)).toContain('other notation');
    expect(rowsOf(result.skipped)).toEqual([9]);
    expect(result.emptyRows).toBe(1);
    expect(importedTotal(result.lines)).toBe(10000539.12);
  });
});

describe('XLSX with formulas and merged headings', () => {
  let source: ImportSource;
  let result: ImportResult;
  beforeAll(async () => {
    source = await open('begroting-2024.xlsx');
    ({ result } = imported(source));
  });

  it('reads the first sheet, the heading in the second of two merged rows, the columns under "Maatwerk"', () => {
    expect(source.detection).toMatchObject({ format: 'xlsx', sheet: 'Begroting 2024', sheets: ['Begroting 2024', 'Meerjarig (x € 1.000)'], headerRow: 4 });
    expect(source.columns.map((c) => c.heading)).toEqual([
      'Omschrijving', 'Groep', 'Taakveld', 'Aantal cliënten', 'Tarief', 'Begroting 2024', 'Organisatie', 'Loonaandeel', 'Toelichting',
    ]);
    expect(guessMapping(source, { baseYear: 2024 })).toEqual([
      'name', 'group', 'taakveld', 'volume', 'unitCost', 'amount', 'organisation', 'wageShare', 'notes',
    ]);
  });

  it('takes formula results as Excel stored them, a merged group for each row it spans, and % formats as fractions', () => {
    const lines = byName(result);
    expect(lines['Welzijn Stichtse Vecht']).toMatchObject({ amount: 1742500, group: 'Vitale Coalitie', wageShare: 0.75, kind: 'subsidy' });
    expect(lines['Individuele begeleiding Wmo']).toMatchObject({ volume: 425, unitCost: 10270, group: 'Wmo', wageShare: 0.7, kind: 'individual' });
    expect(lines['Hulp bij het huishouden']).toMatchObject({ volume: 610, unitCost: 4150.5, group: 'Wmo', wageShare: 0.85 });
    expect(lines['Huiskamers in de wijk (algemene voorziening)']).toMatchObject({ amount: 202000, kind: 'collective' });
    expect(result.lines.map((l) => l.row)).toEqual([5, 6, 7, 8, 9]);
    expect(importedTotal(result.lines)).toBe(9861055);
  });

  it('reports the formula without a stored result and the #REF! error by row; skips "Totaal"', () => {
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([
      [10, 'Begroting 2024'],
      [11, 'Begroting 2024'],
    ]);
    expect(render('en', result.problems[0]!.message)).toContain('no calculated value');
    expect(render('nl', result.problems[1]!.message)).toContain('#REF!');
    expect(rowsOf(result.skipped)).toEqual([13]);
  });

  it('reads a chosen sheet; "x € 1.000" multiplies, and the base year picks its column', async () => {
    const sheet = await open('begroting-2024.xlsx', { sheet: 'meerjarig (X € 1.000)' });
    // By default the two year columns are the multi-year estimate; one year can be chosen.
    expect(guessMapping(sheet, { baseYear: 2024 }).slice(0, 3)).toEqual(['name', 'estimate', 'estimate']);
    const mapping2024 = guessMapping(sheet, { baseYear: 2024, years: 'one' });
    expect(mapping2024.slice(0, 3)).toEqual(['name', 'ignore', 'amount']);
    expect(readLines(sheet, mapping2024).lines.map((l) => l.line)).toEqual([
      { name: 'Bibliotheek', kind: 'other', amount: 1020000 },
      { name: 'Welzijn', kind: 'other', amount: 1742500 },
      { name: 'Begeleiding', kind: 'other', volume: 425, unitCost: 10270 },
    ]);
    const mapping2025 = guessMapping(sheet, { baseYear: 2025, years: 'one' });
    expect(mapping2025.slice(0, 3)).toEqual(['name', 'amount', 'ignore']);
    expect(readLines(sheet, mapping2025).lines[0]!.line.amount).toBe(1045500);
  });

  it('says which sheets exist when the chosen one does not', async () => {
    const opened = await openImportFile(bytes('begroting-2024.xlsx'), 'b.xlsx', { sheet: 'Blad1', excel: ExcelJS });
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(render('nl', opened.message)).toBe('Werkblad „Blad1” bestaat niet in deze werkmap; er zijn: „Begroting 2024”, „Meerjarig (x € 1.000)”.');
  });

  it('takes ExcelJS as a loader, as the app and the command line pass it, and says so when there is none', async () => {
    const { excelModuleOf } = await import('../../../shared/import/xlsx');
    const opened = await openImportFile(bytes('begroting-2024.xlsx'), 'b.xlsx', { excel: () => import('exceljs').then(excelModuleOf) });
    expect(opened.ok && opened.source.rows.length).toBe(source.rows.length);
    const without = await openImportFile(bytes('begroting-2024.xlsx'), 'b.xlsx');
    expect(without.ok === false && render('en', without.message)).toBe('Excel workbooks cannot be read here; save the sheet as CSV.');
  });

  it('refuses a broken workbook, an old .xls and an empty file with a clear message', async () => {
    const broken = bytes('begroting-2024.xlsx').slice(0, 500);
    const a = await openImportFile(broken, 'b.xlsx', { excel: ExcelJS });
    expect(a.ok === false && render('nl', a.message)).toMatch(/^Dit XLSX-bestand kan niet worden gelezen/);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const b = await openImportFile(xls, 'oud.xls');
    expect(b.ok === false && render('en', b.message)).toMatch(/old Excel file \(\.xls\)/);
    const c = await openImportFile(new Uint8Array(), 'leeg.csv');
    expect(c.ok === false && render('nl', c.message)).toBe('Het bestand is leeg.');
  });
});

describe('cells pasted from a spreadsheet (tabs)', () => {
  it('reads tabs, a quoted cell with a line break, "425 × 10.270", and reports "twee ton"', async () => {
    const text = new TextDecoder().decode(bytes('plakken.tsv'));
    const { sourceFromText } = await import('../../../shared/import/source');
    const source = sourceFromText(text, { format: 'paste' });
    expect(source.detection).toMatchObject({ format: 'paste', separator: '\t', decimal: 'comma', headerRow: 1 });
    const { result } = imported(source);
    expect(result.lines.map((l) => l.line)).toEqual([
      { name: 'Bibliotheek', kind: 'subsidy', amount: 1020000, group: 'Vitale Coalitie', organisation: 'Bibliotheek AVV', taakveld: '5.6', wageShare: 0.6 },
      { name: 'Welzijn', kind: 'subsidy', amount: 1743000, group: 'Vitale Coalitie', organisation: 'Welzijn Stichtse Vecht', taakveld: '6.1', wageShare: 0.75, notes: 'Welzijnswerk\nen vrijwilligers' },
      { name: 'Begeleiding', kind: 'individual', volume: 425, unitCost: 10270, group: 'Wmo', taakveld: '6.71', wageShare: 0.7, volumeGrowth: 0.015 },
    ]);
    expect(result.problems.map((p) => ({ ...p, message: render('nl', p.message) }))).toEqual([
      { row: 5, column: 'Bedrag', message: expect.stringContaining('„twee ton” is geen getal') },
    ]);
  });
});
