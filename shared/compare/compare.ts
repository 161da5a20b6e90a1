// Several scenarios side by side: each projected by the one engine (project()), the years they
// all share compared year by year against a reference (the first, unless told otherwise), and
// what differs in their files said in plain sentences. Scenarios with different horizons or base
// years still compare: only the shared years are, and the differences say what the others are.
import { project } from '../engine/project';
import { toProjectJson } from '../engine/project-json';
import type { Projection } from '../engine/types';
import { formatYearRuns } from '../format/money';
import type { Lang } from '../i18n/languages';
import { scenarioDifferences } from './differences';
import type { CompareItem, CompareOptions, ComparedScenario, Comparison } from './types';
import { catalogue } from '../i18n/text';
import { scenarioLabel } from './words';

export type { CompareItem, Comparison } from './types';

/** The years every projection has, ascending. */
function sharedYears(projections: readonly Projection[]): number[] {
  if (projections.length === 0) return [];
  const [first, ...rest] = projections;
  const sets = rest.map((p) => new Set(p.years));
  return (first as Projection).years.filter((y) => sets.every((s) => s.has(y)));
}

const running = (values: readonly number[]): number[] => {
  let sum = 0;
  return values.map((v) => (sum += v));
};

export function compareScenarios(items: readonly CompareItem[], options: CompareOptions = {}): Comparison {
  const reference = options.reference ?? 0;
  if (items.length > 0 && (reference < 0 || reference >= items.length || !Number.isInteger(reference))) {
    throw new RangeError(`reference ${reference} is not one of the ${items.length} scenarios`);
  }
  const projections = items.map((item) => project(item.scenario));
  const years = sharedYears(projections);
  const shared = new Set(years);

  const base = items.map((item, index) => {
    const projection = projections[index] as Projection;
    const yearIndex = years.map((y) => projection.years.indexOf(y));
    const savings = yearIndex.map((i) => projection.savings.total[i] as number);
    const target = projection.target ? yearIndex.map((i) => projection.target?.amount[i] ?? null) : null;
    const gap = projection.target ? yearIndex.map((i) => projection.target?.gap[i] ?? null) : null;
    return {
      index,
      label: scenarioLabel(index),
      name: item.name,
      file: item.file ?? (item.name !== item.scenario.title ? item.name : null),
      scenario: item.scenario,
      projection,
      json: toProjectJson(item.scenario, projection),
      droppedYears: projection.years.filter((y) => !shared.has(y)),
      yearIndex,
      savings,
      cumulative: running(savings),
      target,
      gap,
    };
  });
  const ref = base[reference];
  const scenarios: ComparedScenario[] = base.map((s) => ({
    ...s,
    difference: s.savings.map((v, i) => v - (ref?.savings[i] ?? 0) + 0),
    cumulativeDifference: s.cumulative.map((v, i) => v - (ref?.cumulative[i] ?? 0) + 0),
  }));

  const differences = ref
    ? scenarios
        .filter((s) => s.index !== reference)
        .flatMap((s) =>
          scenarioDifferences({ index: ref.index, label: ref.label, scenario: ref.scenario }, { index: s.index, label: s.label, scenario: s.scenario }),
        )
    : [];

  return { years, reference, scenarios, differences };
}

/**
 * What the comparison covers, in one or two sentences: "Vergeleken worden de jaren 2021–2023,
 * die alle scenario's hebben. Niet vergeleken: A 2024–2025; C 2020." Empty years: says so.
 */
export function yearsNote(comparison: Comparison, lang: Lang): string {
  if (comparison.scenarios.length === 0) return '';
  const words = catalogue(lang).differences;
  if (comparison.years.length === 0) return words.yearsNoShared;
  const compared = words.yearsCompared(comparison.years[0] as number, comparison.years[comparison.years.length - 1] as number);
  const dropped = comparison.scenarios
    .filter((s) => s.droppedYears.length > 0)
    .map((s) => `${s.label} ${formatYearRuns(s.droppedYears).join(', ')}`);
  return dropped.length > 0 ? `${compared} ${words.yearsDropped(dropped)}` : compared;
}

