// Helpers for the engine tests: the worked example, small scenarios by hand, and a fast-check
// arbitrary of valid scenarios.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { CellRef } from '../../../shared/engine/explain';
import type { Projection } from '../../../shared/engine/types';
import type { Line, Measure, Scenario, YearTable } from '../../../shared/scenario/schema';
import { measureArb, targetsFrom, volumeTargets } from '../../support/measure-arbs';

/** The worked example of docs/scenario-format.md. */
export const FIXTURE_EXAMPLE = path.resolve(__dirname, '../../fixtures/voorbeeld.json');

export function loadExample(): Scenario {
  return JSON.parse(readFileSync(FIXTURE_EXAMPLE, 'utf8')) as Scenario;
}

/** A scenario around the given lines and measures: base year 2020, horizon 2020–2020+years−1, no indexation. */
export function scenario(lines: Line[], measures: Measure[] = [], extra: Partial<Scenario> = {}, years = 1): Scenario {
  return {
    format: 'vitale-coalitie-scenario',
    version: 2,
    title: 'Test',
    baseYear: 2020,
    horizon: { from: 2020, to: 2020 + years - 1 },
    lines,
    measures,
    ...extra,
  };
}

export const amountLine = (id: string, amount: number, extra: Partial<Line> = {}): Line => ({
  id,
  name: id,
  kind: 'subsidy',
  amount,
  ...extra,
});

export const volumeLine = (id: string, volume: number, unitCost: number, extra: Partial<Line> = {}): Line => ({
  id,
  name: id,
  kind: 'individual',
  volume,
  unitCost,
  ...extra,
});

// ---------------------------------------------------------------------------------------------
// Arbitrary valid scenarios (small: property tests run hundreds of them)

const BASE_YEAR = 2020;
const GROUPS = ['A', 'B'] as const;

const money = fc.integer({ min: 0, max: 50_000_000 }).map((cents) => cents / 100);
const rate = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0);
const fraction = rate(0, 1);

function yearTable<T>(value: fc.Arbitrary<T>, lastYear: number): fc.Arbitrary<Record<string, T>> {
  return fc
    .uniqueArray(fc.integer({ min: BASE_YEAR - 2, max: lastYear + 1 }), { maxLength: 4 })
    .chain((years) => fc.tuple(...years.map(() => value)).map((values) => Object.fromEntries(years.map((y, i) => [String(y), values[i] as T]))));
}

const lineArb = (i: number): fc.Arbitrary<Line> =>
  fc
    .record({
      volume: fc.boolean(),
      amount: money,
      count: fc.integer({ min: 0, max: 3000 }),
      unitCost: money.map((x) => x / 100),
      group: fc.constantFrom<(string | undefined)[]>(...GROUPS, undefined),
      organisation: fc.constantFrom<(string | undefined)[]>('Org 1', 'Org 2', undefined),
      taakveld: fc.constantFrom<(string | undefined)[]>('6.1', '6.71', undefined),
      kind: fc.constantFrom<Line['kind'][]>('subsidy', 'individual', 'collective', 'other'),
      wageShare: fc.option(fraction, { nil: undefined }),
      volumeGrowth: fc.option(rate(-0.1, 0.1), { nil: undefined }),
    })
    .map((r) => {
      const line: Line = { id: `l${i}`, name: `Regel ${i}`, kind: r.kind };
      if (r.volume) {
        line.volume = r.count;
        line.unitCost = r.unitCost;
      } else line.amount = r.amount;
      if (r.group !== undefined) line.group = r.group;
      if (r.organisation !== undefined) line.organisation = r.organisation;
      if (r.taakveld !== undefined) line.taakveld = r.taakveld;
      if (r.wageShare !== undefined) line.wageShare = r.wageShare;
      if (r.volumeGrowth !== undefined) line.volumeGrowth = r.volumeGrowth;
      return line;
    });

function measureArbOf(lines: readonly Line[], lastYear: number, i: number): fc.Arbitrary<Measure> {
  const groups = [...new Set(lines.map((l) => l.group).filter((g): g is string => g !== undefined))];
  const volume = volumeTargets(lines);
  return measureArb({
    lines,
    common: fc.option(fc.boolean(), { nil: undefined }).map((enabled) => ({ id: `m${i}`, name: `Maatregel ${i}`, ...clean({ enabled }) })),
    yearTable: (value) => yearTable(value, lastYear),
    targets: (volumeOnly) => (volumeOnly ? targetsFrom(volume.ids, volume.groups) : targetsFrom(lines.map((l) => l.id), groups)),
    values: {
      cutRate: rate(-1, 1),
      cutAmount: money,
      changeRate: rate(-1, 0.5),
      share: fraction,
      phase: fraction,
      ratio: fc.option(rate(0.1, 3), { nil: undefined }),
      fixedAmount: money.map((x) => x - 100_000),
      continues: fc.boolean().map((on) => (on ? true : undefined)),
    },
  });
}

function clean<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
export interface ScenarioArbOptions {
  maxLines?: number;
  maxMeasures?: number;
  maxYears?: number;
}

/** Valid scenarios (schema and semantics) with every measure type, indexation and targets. */
export function scenarioArb(opts: ScenarioArbOptions = {}): fc.Arbitrary<Scenario> {
  const { maxLines = 5, maxMeasures = 6, maxYears = 5 } = opts;
  return fc
    .record({
      lead: fc.integer({ min: 0, max: 2 }),
      years: fc.integer({ min: 1, max: maxYears }),
      lineCount: fc.integer({ min: 1, max: maxLines }),
    })
    .chain(({ lead, years, lineCount }) => {
      const from = BASE_YEAR + lead;
      const to = from + years - 1;
      return fc.tuple(...Array.from({ length: lineCount }, (_, i) => lineArb(i))).chain((lines) =>
        fc
          .record({
            measures: fc.integer({ min: 0, max: maxMeasures }).chain((m) =>
              m === 0 ? fc.constant([] as Measure[]) : fc.tuple(...Array.from({ length: m }, (_, i) => measureArbOf(lines, to, i))),
            ),
            wage: fc.option(yearTable(rate(-0.05, 0.1), to), { nil: undefined }),
            price: fc.option(yearTable(rate(-0.05, 0.1), to), { nil: undefined }),
            target: fc.option(yearTable(money, to), { nil: undefined }),
          })
          .map(({ measures, wage, price, target }): Scenario => {
            const indexation: { wage?: YearTable; price?: YearTable } = clean({ wage, price });
            return {
              ...scenario(lines, measures),
              horizon: { from, to },
              ...(Object.keys(indexation).length > 0 && { indexation }),
              ...(target !== undefined && { target }),
            };
          }),
      );
    });
}

// ---------------------------------------------------------------------------------------------

/** The projection's figure for a ref, looked up independently of explain(). */
export function figureOf(p: Projection, ref: CellRef): number | null {
  const yi = p.years.indexOf(ref.year);
  const at = (row: readonly (number | null)[] | undefined) => {
    const v = row?.[yi];
    if (v === undefined) throw new Error(`no figure for ${JSON.stringify(ref)}`);
    return v;
  };
  switch (ref.figure) {
    case 'line':
      return at(p.lines.find((l) => l.id === ref.lineId)?.[ref.side]);
    case 'total':
      return at(p[ref.side].total);
    case 'fixed':
      return at(p.scenario.fixed);
    case 'savings':
      return at(p.savings.total);
    case 'cumulative':
      return at(p.savings.cumulative);
    case 'measure':
      return at(p.measures.find((m) => m.id === ref.measureId)?.effect);
    case 'target':
      return at(p.target?.amount);
    case 'gap':
      return at(p.target?.gap);
    case 'breakdown':
      return at(p.breakdown[ref.dimension].find((r) => r.key === ref.key)?.[ref.side]);
  }
}

