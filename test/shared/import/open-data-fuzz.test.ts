// The CBS open data layout's detection and reading, fuzzed (seeded, as the other import suites):
// generated "Iv3 gemeenten" tables in any column order, with ";" or ",", titles above, and CBS's
// symbols are recognised, and reading one municipality gives exactly its lasten of the social
// domain, × 1.000, with every row accounted for once; a budget table is never taken for one; and
// nothing throws on any text.
import fc from 'fast-check';
import { guessMapping } from '../../../shared/import/mapping';
import { readLines } from '../../../shared/import/read-lines';
import { scenarioFromImport } from '../../../shared/import/scenario';
import { sourceFromText } from '../../../shared/import/source';

const MUNICIPALITIES = [
  { code: 'GM0193', name: 'Zwolle' },
  { code: 'GM0150', name: 'Deventer' },
  { code: 'GM0166', name: 'Kampen' },
  { code: 'GM0363', name: 'Amsterdam' },
  { code: 'GM0518', name: "'s-Gravenhage" },
];
const TAAKVELDEN = [
  '0.1 Bestuur', '1.1 Crisisbeheersing en brandweer', '2.1 Verkeer en vervoer', '3.1 Economische ontwikkeling', '4.2 Onderwijshuisvesting',
  '5.6 Media', '6.1 Samenkracht en burgerparticipatie', '6.2 Toegang en eerstelijnsvoorzieningen', '6.3 Inkomensregelingen',
  '6.71a Hulp bij het huishouden (WMO)', '6.72b Jeugdhulp behandeling', '6.81a Beschermd wonen (WMO)', '7.1 Volksgezondheid',
  '8.3 Wonen en bouwen', 'Totaal taakvelden', 'A1 Vaste activa',
];
const CATEGORIES = ['Lasten', 'Baten', 'Balans'];
const REPORTS = ['Begroting', 'Realisatie'];
const VALUES = fc.oneof(fc.integer({ min: 0, max: 250_000 }).map(String), fc.constantFrom('.', 'x', '-', '-40', 'veel'));

const row = fc.record({
  municipality: fc.integer({ min: 0, max: MUNICIPALITIES.length - 1 }),
  taakveld: fc.constantFrom(...TAAKVELDEN),
  category: fc.constantFrom(...CATEGORIES),
  report: fc.constantFrom(...REPORTS),
  value: VALUES,
});

/** How the municipality is written: code and name in two columns, or both in one cell. */
const municipalityForm = fc.constantFrom('two-columns', 'name-and-code', 'code-only');
const COLUMNS = ['municipality', 'taakveld', 'category', 'report', 'period', 'value'] as const;
const order = fc.shuffledSubarray([...COLUMNS], { minLength: COLUMNS.length, maxLength: COLUMNS.length });

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

describe('the CBS layout, generated tables (seeded fuzz)', () => {
  it('is recognised in any column order and separator, and reads exactly the chosen lasten of the social domain', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 40 }),
        order,
        fc.constantFrom(';', ','),
        municipalityForm,
        fc.boolean(),
        fc.nat(),
        (rows, columns, sep, form, title, pick) => {
          const headings: Record<(typeof COLUMNS)[number], string[]> = {
            municipality: form === 'two-columns' ? ['Gemeenten', 'Gemeentenaam'] : ['Gemeenten'],
            taakveld: ['TaakveldBalanspost'],
            category: ['Categorie'],
            report: ['Verslagsoort'],
            period: ['Perioden'],
            value: ['Waarde'],
          };
          const cellsOf = (r: (typeof rows)[number]): Record<(typeof COLUMNS)[number], string[]> => {
            const m = MUNICIPALITIES[r.municipality] as { code: string; name: string };
            return {
              municipality: form === 'two-columns' ? [`${m.code}  `, m.name] : form === 'name-and-code' ? [`${m.name} (${m.code})`] : [m.code],
              taakveld: [r.taakveld],
              category: [r.category],
              report: [r.report],
              period: ['2024'],
              value: [r.value],
            };
          };
          const line = (cells: string[]) => cells.map(quote).join(sep);
          const text = [
            ...(title ? [quote('Iv3 gemeenten; lasten en baten per taakveld 2024'), ''] : []),
            line(columns.flatMap((c) => headings[c])),
            ...rows.map((r) => line(columns.flatMap((c) => cellsOf(r)[c]))),
          ].join('\r\n');
          const source = sourceFromText(text);
          const layout = source.detection.openData;
          expect(layout).toBeDefined();
          const present = [...new Set(rows.map((r) => r.municipality))];
          expect(layout?.municipalities.map((m) => m.code)).toEqual(present.map((i) => MUNICIPALITIES[i]?.code));

          const chosen = present[pick % present.length] as number;
          const m = MUNICIPALITIES[chosen] as { code: string; name: string };
          const mapping = guessMapping(source, { baseYear: 2024 });
          const result = readLines(source, mapping, { baseYear: 2024, municipality: pick % 2 === 0 || form === 'code-only' ? m.code : m.name.toUpperCase() });
          // Every row once: a line, a problem, a skipped row, or counted as another municipality's.
          const counted = result.lines.length + result.problems.length + result.skipped.length + result.emptyRows + (result.openData?.otherRows ?? 0);
          expect(counted).toBe(source.rows.length);
          const rowsSeen = [...result.lines, ...result.problems, ...result.skipped].map((x) => x.row);
          expect(new Set(rowsSeen).size).toBe(rowsSeen.length);
          expect(result.openData?.otherRows).toBe(rows.filter((r) => r.municipality !== chosen).length);

          // The begroting unless the table has none; then the first report in it.
          const report = rows.some((r) => r.report === 'Begroting') ? 'Begroting' : (rows[0]?.report as string);
          expect(result.openData?.report).toBe(report);
          const expected = rows.filter(
            (r) => r.municipality === chosen && r.report === report && r.category === 'Lasten' && r.taakveld.startsWith('6.') && /^\d+$/.test(r.value) && Number(r.value) > 0,
          );
          expect(result.lines.map((l) => [l.line.taakveld, l.line.amount])).toEqual(expected.map((r) => [r.taakveld.split(' ')[0], Number(r.value) * 1000]));
          if (result.lines.length > 0) {
            const built = scenarioFromImport({ title: 'T', baseYear: 2024, lines: result.lines });
            expect(built.ok ? [] : built.problems).toEqual([]);
          }
        },
      ),
      { numRuns: 300, seed: 1905 },
    );
  });

  it('a budget table, whatever its headings and cells, is never taken for the CBS layout', () => {
    const budgetHeading = fc.constantFrom('Omschrijving', 'Taakveld', 'Bedrag', 'Begroting 2024', 'Organisatie', 'Groep', 'Soort', 'Jaar', 'Subsidiejaar', 'Aanvrager', 'Programma');
    fc.assert(
      fc.property(fc.array(budgetHeading, { minLength: 2, maxLength: 8 }), fc.array(fc.array(fc.string({ maxLength: 8 }), { maxLength: 8 }), { maxLength: 10 }), (heads, rows) => {
        const source = sourceFromText([heads.join(';'), ...rows.map((r) => r.join(';'))].join('\n'));
        expect(source.detection.openData).toBeUndefined();
      }),
      { numRuns: 300, seed: 1906 },
    );
  });

  it('never throws on any text under CBS headings, and accounts for every row, chosen or not', () => {
    const cell = fc.oneof(fc.constantFrom('', 'GM0193', 'Zwolle', '6.1 Samenkracht', '0.1 Bestuur', 'Lasten', 'Baten', 'L1.1 Lonen', 'Begroting', '2024', '2024JJ00', '.', '-', '12,5', '"a;b"'), fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 15 }), fc.option(fc.constantFrom('Zwolle', 'GM0193', 'Nergens')), (rows, municipality) => {
        const text = ['Gemeenten;TaakveldBalanspost;Categorie;Verslagsoort;Perioden;Waarde', ...rows.map((r) => r.join(';'))].join('\n');
        const source = sourceFromText(text);
        const result = readLines(source, guessMapping(source), { baseYear: 2024, ...(municipality !== null ? { municipality } : {}) });
        const counted = result.lines.length + result.problems.length + result.skipped.length + result.emptyRows + (result.openData?.otherRows ?? 0);
        expect(counted).toBe(source.rows.length);
        for (const { line } of result.lines) expect(line.amount).toBeGreaterThan(0);
      }),
      { numRuns: 400, seed: 1907 },
    );
  });
});
