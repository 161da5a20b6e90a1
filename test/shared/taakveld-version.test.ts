// Which Iv3 version names a taakveld in a given year: task field 6 changed in 2023 and 2025.
import { taakveldNameFor, taakveldVersionFor } from '../../shared/taakvelden';

it('is the version in force that year, at each boundary', () => {
  expect([2020, 2022, 2023, 2024, 2025, 2030].map(taakveldVersionFor)).toEqual([
    'tot-2022',
    'tot-2022',
    '2023-2024',
    '2023-2024',
    'vanaf-2025',
    'vanaf-2025',
  ]);
});

it('names a code as in force that year, else as in the newest version that has it', () => {
  expect(taakveldNameFor('6.2', 2022)).toBe('Wijkteams');
  expect(taakveldNameFor('6.2', 2024)).toBe('Toegang en eerstelijnsvoorzieningen');
  // 6.71 exists only up to 2022: in a later year it keeps its own name rather than none.
  expect(taakveldNameFor('6.71', 2024)).toBe('Maatwerkdienstverlening 18+');
  expect(taakveldNameFor('9.99', 2024)).toBeUndefined();
});
