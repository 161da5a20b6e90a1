// Shared by the scenario tests: the worked example and generators of valid scenarios.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { Line, Measure, Scenario } from '../../../shared/scenario/schema';
import { checkMagnitudes } from '../../../shared/scenario/magnitudes';
import type { ParseResult, Problem } from '../../../shared/scenario/problems';
import { measureArb, targetsFrom, volumeTargets } from '../../support/measure-arbs';

const FIXTURE_EXAMPLE = path.resolve(__dirname, '../../fixtures/voorbeeld.json');

/** The worked example of the spec, as text. */
let cachedText: string | undefined;
export function exampleText(): string {
  cachedText ??= readFileSync(FIXTURE_EXAMPLE, 'utf8');
  return cachedText;
}

/** A fresh, mutable copy of the worked example. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function example(): any {
  return JSON.parse(exampleText());
}

export function problemsOf(result: ParseResult<unknown>): Problem[] {
  if (result.ok) throw new Error('expected problems, but the scenario was accepted');
  return result.problems;
}

export const pathsOf = (result: ParseResult<unknown>): string[] => problemsOf(result).map((p) => p.path);

// ---------- valid scenarios ----------

const noNegativeZero = (x: number): number => (x === 0 ? 0 : x);
const double = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map(noNegativeZero);
const text = (min = 0, max = 30) => fc.string({ minLength: min, maxLength: max });
const idArb = fc
  .tuple(fc.constantFrom(...'abcz019'), fc.string({ unit: fc.constantFrom(...'abcz019_-'), maxLength: 12 }))
  .map(([first, rest]) => first + rest);
const GROUPS = ['Vitale Coalitie', 'Jeugd', 'Wijkteams'];

function yearTableArb(from: number, to: number, value: fc.Arbitrary<number>) {
  return fc.dictionary(
    fc.integer({ min: from, max: to }).map(String),
    value,
    { maxKeys: 5 },
  );
}

const lineArb = (id: string) =>
  fc
    .record(
      {
        name: text(1, 40),
        kind: fc.constantFrom('subsidy', 'individual', 'collective', 'other') as fc.Arbitrary<Line['kind']>,
        size: fc.oneof(
          fc.record({ amount: double(0, 1e8) }),
          fc.record({ volume: double(0, 1e5), unitCost: double(0, 1e5) }),
        ),
        group: fc.constantFrom(...GROUPS),
        organisation: text(),
        taakveld: fc.constantFrom('6.1', '6.71', '7.1'),
        wageShare: double(0, 1),
        volumeGrowth: double(-1, 1),
        notes: text(0, 80),
      },
      { requiredKeys: ['name', 'kind', 'size'] },
    )
    .map(({ size, ...rest }): Line => ({ id, ...rest, ...size }));

function measureArbOf(id: string, lines: Line[], from: number, to: number): fc.Arbitrary<Measure> {
  const groups = [...new Set(lines.map((l) => l.group).filter((g): g is string => g !== undefined))];
  const volume = volumeTargets(lines);
  return measureArb({
    lines,
    common: fc
      .record({ name: text(1, 40), enabled: fc.boolean(), notes: text(0, 40), uncertainty: fc.record({ low: double(0, 1), high: double(1, 3) }) }, { requiredKeys: ['name'] })
      .map((common) => ({ id, ...common })),
    yearTable: (value) => yearTableArb(from, to, value),
    targets: (volumeOnly) => (volumeOnly ? targetsFrom(volume.ids, volume.groups) : targetsFrom(lines.map((l) => l.id), groups)),
    values: {
      cutRate: double(-1, 1),
      cutAmount: double(0, 1e7),
      changeRate: double(-1, 2),
      share: double(0, 1),
      phase: double(0, 1),
      ratio: fc.option(double(0.01, 5), { nil: undefined }),
      fixedAmount: double(-1e6, 1e6),
      continues: fc.option(fc.boolean(), { nil: undefined }),
    },
  });
}

/**
 * Valid scenarios of every shape the format allows (small, so that many can run). Growth and
 * indexation compounded over a long horizon can take a few (about 3 in 1,000) beyond the limit
 * on the figures (scenario-format.md, "Limits"); those are left out, as the format refuses them.
 */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    baseYear: fc.integer({ min: 2000, max: 2060 }),
    start: fc.integer({ min: 0, max: 5 }),
    span: fc.integer({ min: 0, max: 30 }),
    lineIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: 5 }),
    measureIds: fc.uniqueArray(idArb, { maxLength: 5 }),
  })
  .chain(({ baseYear, start, span, lineIds, measureIds }) => {
    const from = baseYear + start;
    const to = Math.min(from + span, 2100);
    return fc.tuple(fc.tuple(...lineIds.map(lineArb))).chain(([lines]) =>
      fc.record(
        {
          title: text(1, 60),
          municipality: text(),
          author: text(),
          description: text(0, 100),
          createdAt: fc.constantFrom('2025-01-31T12:00:00Z', '2024-02-29T08:15:30.5+01:00'),
          indexation: fc.record(
            { wage: yearTableArb(baseYear, to, double(-0.5, 0.2)), price: yearTableArb(baseYear, to, double(-0.5, 0.2)) },
            { requiredKeys: [] },
          ),
          measures: fc.tuple(...measureIds.map((id) => measureArbOf(id, lines, from, to))),
          target: yearTableArb(from, to, double(0, 1e7)),
        },
        { requiredKeys: ['title'] },
      ).map(
        (rest): Scenario => ({
          format: 'vitale-coalitie-scenario',
          version: 2,
          baseYear,
          horizon: { from, to },
          lines,
          ...rest,
        }),
      ),
    );
  })
  .filter((s) => checkMagnitudes(s).length === 0);
