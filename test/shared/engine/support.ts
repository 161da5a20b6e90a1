// Helpers for the engine tests: the worked example, small scenarios by hand, and a fast-check
// arbitrary of valid scenarios.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { CellRef } from '../../../shared/engine/explain';
import type { Projection } from '../../../shared/engine/types';
import type { Line, Measure, Scenario, YearTable } from '../../../shared/scenario/schema';

/** The worked example of docs/scenario-format.md. */
export const FIXTURE_EXAMPLE = path.resolve(__dirname, '../../fixtures/voorbeeld.json');

export function loadExample(): Scenario {
  return JSON.parse(readFileSync(FIXTURE_EXAMPLE, 'utf8')) as Scenario;
}

/** A scenario around the given lines and measures: base year 2020, horizon 2020–2020+years−1, no indexation. */
export function scenario(lines: Line[], measures: Measure[] = [], extra: Partial<Scenario> = {}, years = 1): Scenario {
  return {
    format: 'vitale-coalitie-scenario',
    version: 1,
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

function measureArb(lines: readonly Line[], lastYear: number, i: number): fc.Arbitrary<Measure> {
  const ids = lines.map((l) => l.id);
  const volumeIds = lines.filter((l) => l.volume !== undefined).map((l) => l.id);
  const groups = [...new Set(lines.map((l) => l.group).filter((g): g is string => g !== undefined))];
  const volumeGroups = groups.filter((g) => lines.every((l) => l.group !== g || l.volume !== undefined));
  const common = fc.record({ enabled: fc.option(fc.boolean(), { nil: undefined }), phaseIn: fc.option(yearTable(fraction, lastYear), { nil: undefined }) });
  const pick = (items: readonly string[]) => fc.subarray([...items], { minLength: 0 });
  const targets = (lineIds: readonly string[], groupNames: readonly string[]) =>
    fc.tuple(pick(lineIds), pick(groupNames)).filter(([l, g]) => l.length + g.length > 0);
  const head = { id: `m${i}`, name: `Maatregel ${i}` };
  const options: fc.Arbitrary<Measure>[] = [
    fc.tuple(common, targets(ids, groups), rate(-1, 1)).map(([c, [l, g], r]) => ({
      ...head, type: 'cut' as const, ...clean({ enabled: c.enabled, phaseIn: c.phaseIn }), ...targetFields(l, g), rate: r,
    })),
    fc.tuple(common, targets(ids, groups), money).map(([c, [l, g], a]) => ({
      ...head, type: 'cut' as const, ...clean({ enabled: c.enabled, phaseIn: c.phaseIn }), ...targetFields(l, g), amount: a,
    })),
    fc.tuple(fc.option(fc.boolean(), { nil: undefined }), yearTable(money.map((x) => x - 100_000), lastYear), fc.boolean()).map(([enabled, amounts, continues]) => ({
      ...head, type: 'fixed' as const, ...clean({ enabled }), amounts, ...(continues && { continues }),
    })),
  ];
  if (volumeIds.length > 0) {
    for (const type of ['volumeChange', 'unitCostChange'] as const) {
      options.push(
        fc.tuple(common, targets(volumeIds, volumeGroups), rate(-1, 0.5)).map(([c, [l, g], r]) => ({
          ...head, type, ...clean({ enabled: c.enabled, phaseIn: c.phaseIn }), ...targetFields(l, g), rate: r,
        })),
      );
    }
  }
  if (volumeIds.length >= 2) {
    options.push(
      fc
        .tuple(fc.shuffledSubarray(volumeIds, { minLength: 2, maxLength: 2 }), yearTable(fraction, lastYear), fc.option(rate(0.1, 3), { nil: undefined }), fc.option(fc.boolean(), { nil: undefined }))
        .map(([[from, to], share, ratio, enabled]) => ({
          ...head, type: 'shift' as const, from: from as string, to: to as string, share, ...clean({ ratio, enabled }),
        })),
    );
  }
  return fc.oneof(...options);
}

function clean<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
function targetFields(lines: string[], groups: string[]): { lines?: string[]; groups?: string[] } {
  return { ...(lines.length > 0 && { lines }), ...(groups.length > 0 && { groups }) };
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
              m === 0 ? fc.constant([] as Measure[]) : fc.tuple(...Array.from({ length: m }, (_, i) => measureArb(lines, to, i))),
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

