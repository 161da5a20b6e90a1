// Scenarios for the uncertainty tests: the worked example, the samples, the large generated
// scenario, small hand-made ones with a known answer, and an arbitrary of valid scenarios that
// carry uncertainty ranges.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseScenarioText } from '../../../shared/scenario/parse';
import { generateLargeScenario } from '../../../shared/scenario/generate-large';
import type { Line, Measure, Scenario } from '../../../shared/scenario/schema';
import { measureArb } from '../../support/measure-arbs';
import { render } from '../../../shared/i18n/text';

const FIXTURE_EXAMPLE = path.resolve(__dirname, '../../fixtures/voorbeeld.json');
const SAMPLES = path.resolve(__dirname, '../../../scenarios');

function load(text: string, what: string): Scenario {
  const result = parseScenarioText(text);
  if (!result.ok) throw new Error(`${what}: ${result.problems.map((p) => `${p.path}: ${render('en', p.message)}`).join('; ')}`);
  return result.value;
}

/** The worked example of the spec (scenario-format.md), validated. */
export function example(): Scenario {
  return load(readFileSync(FIXTURE_EXAMPLE, 'utf8'), 'voorbeeld.json');
}

/** Every sample in scenarios/, validated, by file name. */
export function samples(): { file: string; scenario: Scenario }[] {
  return readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.vcscenario.json'))
    .sort()
    .map((file) => ({ file, scenario: load(readFileSync(path.join(SAMPLES, file), 'utf8'), file) }));
}

export function large(): Scenario {
  return generateLargeScenario();
}

/** The example, the samples and the large scenario, by name. */
export function allScenarios(): [string, Scenario][] {
  return [['voorbeeld', example()], ...samples().map((s): [string, Scenario] => [s.file, s.scenario]), ['large', large()]];
}

/** The same scenario with every enabled measure's uncertainty set to `range` (or removed: undefined). */
export function withRanges(scenario: Scenario, range: { low: number; high: number } | undefined): Scenario {
  const copy = structuredClone(scenario);
  for (const m of copy.measures ?? []) {
    if (range === undefined) delete m.uncertainty;
    else m.uncertainty = { ...range };
  }
  return copy;
}

/** A minimal valid scenario around the given lines and measures. */
export function scenarioOf(lines: Line[], measures: Measure[], extra: Partial<Scenario> = {}): Scenario {
  return {
    format: 'vitale-coalitie-scenario',
    version: 2,
    title: 'Test',
    baseYear: 2024,
    horizon: { from: 2025, to: 2025 },
    lines,
    measures,
    ...extra,
  };
}

/**
 * One amount line A, no indexation or growth, one cut of rate r with uncertainty (low, high):
 * savings = A·r·F with F ~ triangular(low, 1, high) (up to rounding to the euro).
 */
export function singleCut(amount: number, rate: number, low: number, high: number, extra: Partial<Scenario> = {}): Scenario {
  return scenarioOf(
    [{ id: 'lijn', name: 'Lijn', kind: 'subsidy', amount }],
    [{ id: 'korting', name: 'Korting', type: 'cut', lines: ['lijn'], rate, uncertainty: { low, high } }],
    extra,
  );
}

// ---------- an arbitrary of valid scenarios with uncertainty ----------

const noNegativeZero = (x: number): number => (x === 0 ? 0 : x);
const double = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map(noNegativeZero);
const rangeArb = fc.record({ low: double(0, 1), high: double(1, 3) });
const yearTable = (from: number, to: number, value: fc.Arbitrary<number>) =>
  fc.dictionary(fc.integer({ min: from, max: to }).map(String), value, { maxKeys: 4 });

/**
 * Valid scenarios of realistic size (amounts up to € 10 mln, growth and indexation within
 * ±20 %, up to 12 years) with every measure type, most measures carrying a range.
 */
export const uncertainScenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    baseYear: fc.integer({ min: 2020, max: 2030 }),
    lead: fc.integer({ min: 0, max: 2 }),
    span: fc.integer({ min: 0, max: 11 }),
    lineCount: fc.integer({ min: 2, max: 6 }),
    measureCount: fc.integer({ min: 1, max: 6 }),
  })
  .chain(({ baseYear, lead, span, lineCount, measureCount }) => {
    const from = baseYear + lead;
    const to = from + span;
    const lineArb = (i: number): fc.Arbitrary<Line> =>
      fc
        .record({
          volume: fc.boolean(),
          amount: double(0, 1e7),
          clients: double(0, 5000),
          unitCost: double(0, 50000),
          group: fc.constantFrom('A', 'B'),
          wageShare: double(0, 1),
          volumeGrowth: double(-0.2, 0.2),
        })
        .map(({ volume, amount, clients, unitCost, group, wageShare, volumeGrowth }): Line => ({
          id: `l${i}`,
          name: `Lijn ${i}`,
          kind: volume ? 'individual' : 'subsidy',
          ...(volume ? { volume: clients, unitCost } : { amount }),
          group: volume ? `V${group}` : group,
          wageShare,
          volumeGrowth,
        }));
    return fc.tuple(...Array.from({ length: lineCount }, (_, i) => lineArb(i))).chain((lines) => {
      const ids = lines.map((l) => l.id);
      const volume = lines.filter((l) => l.volume !== undefined).map((l) => l.id);
      const common = (k: number) =>
        fc.record({ enabled: fc.boolean(), uncertainty: fc.option(rangeArb, { freq: 4, nil: undefined }) }).map(({ enabled, uncertainty }) => ({
          id: `m${k}`,
          name: `Maatregel ${k}`,
          ...(enabled ? {} : { enabled: false }),
          ...(uncertainty === undefined ? {} : { uncertainty }),
        }));
      const measureArbOf = (k: number): fc.Arbitrary<Measure> =>
        measureArb({
          lines,
          common: common(k),
          yearTable: (value) => yearTable(from, to, value),
          // Lines only, at least one (the volume groups are V-prefixed: no mixed group).
          targets: (volumeOnly) => fc.subarray(volumeOnly ? volume : ids, { minLength: 1 }).map((targets) => ({ lines: targets })),
          values: {
            cutRate: double(-1, 1),
            cutAmount: double(0, 2e6),
            changeRate: double(-1, 1),
            share: double(0, 1),
            phase: double(0, 1),
            ratio: double(0.1, 3),
            fixedAmount: double(-1e6, 1e6),
            continues: fc.boolean(),
          },
        });
      return fc
        .record({
          measures: fc.tuple(...Array.from({ length: measureCount }, (_, k) => measureArbOf(k))),
          wage: yearTable(baseYear, to, double(-0.2, 0.2)),
          price: yearTable(baseYear, to, double(-0.2, 0.2)),
          target: fc.option(yearTable(from, to, double(0, 5e6)), { nil: undefined }),
        })
        .map(({ measures, wage, price, target }) =>
          scenarioOf(lines, measures, {
            baseYear,
            horizon: { from, to },
            indexation: { wage, price },
            ...(target === undefined ? {} : { target }),
          }),
        );
    });
  });
