// Any text, any mapping: the reader never throws, and every row ends up as a line, a problem,
// a skipped row or an empty row, exactly once. Every line it yields is valid for the engine.
import fc from 'fast-check';
import { COLUMN_FIELDS } from '../../../shared/import/fields';
import { guessMapping } from '../../../shared/import/mapping';
import { readLines } from '../../../shared/import/read-lines';
import { scenarioFromImport } from '../../../shared/import/scenario';
import { sourceFromText } from '../../../shared/import/source';

const cell = fc.oneof(
  fc.constantFrom('', 'Totaal', 'Subsidie', 'Maatwerk', '€ 1.234,56', '1,234.56', '12,5%', '425', '-5', '6.71', '"a;b"', '(1.000)', 'x', '€ 0,-'),
  fc.string({ maxLength: 8 }),
);
const row = fc.array(cell, { minLength: 0, maxLength: 6 });
const sep = fc.constantFrom(';', ',', '\t');
const heading = fc.constantFrom('Omschrijving;Soort;Bedrag;Aantal;Tarief;Loonaandeel', 'Name,Amount,Growth', '');

describe('readLines on anything', () => {
  it('accounts for every row once and yields only valid lines', () => {
    fc.assert(
      fc.property(heading, fc.array(row, { maxLength: 12 }), sep, fc.array(fc.constantFrom(...COLUMN_FIELDS), { maxLength: 6 }), (head, rows, s, fields) => {
        const text = [head, ...rows.map((r) => r.join(s))].join('\n');
        const source = sourceFromText(text);
        const guessed = guessMapping(source, { baseYear: 2024 });
        for (const mapping of [guessed, source.columns.map((_c, i) => fields[i] ?? 'ignore')]) {
          const result = readLines(source, mapping);
          const counted = result.lines.length + result.problems.length + result.skipped.length + result.emptyRows;
          expect(counted).toBe(source.rows.length);
          const rowsSeen = [...result.lines, ...result.problems, ...result.skipped].map((x) => x.row);
          expect(new Set(rowsSeen).size).toBe(rowsSeen.length);
          if (result.lines.length > 0) {
            const built = scenarioFromImport({ title: 'T', baseYear: 2024, lines: result.lines });
            expect(built.ok ? [] : built.problems).toEqual([]);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
