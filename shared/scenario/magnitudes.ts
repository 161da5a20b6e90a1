// The limit on the size of the figures (scenario-format.md, "Limits"): every cost, effect and
// total of the projection stays within MAX_EUROS a year. The fields each have that bound in the
// schema; what they give together (volume × unitCost, growth and indexation compounded over the
// years, measures one after the other, the strengths that `uncertainty` allows) is checked here,
// by running the engine's own year simulation over the horizon: the same numbers the projection
// will meet, so that an accepted scenario always projects to whole euros, exactly.
import { countsInProjection } from './measure-facts';
import { compile, type CompiledMeasure, type Model } from '../engine/model';
import { createYearState, simulateYear, type YearState, type YearTracer } from '../engine/simulate';
import { text } from '../i18n/text';
import { located, type LocatedProblem } from './problem-text';
import { MAX_EUROS, type Scenario } from './schema';

const within = (x: number): boolean => Math.abs(x) <= MAX_EUROS; // false for NaN and ±Infinity

/** The strengths to check: every factor 1, and, when some measure is uncertain, each at its low and at its high. */
function strengths(scenario: Scenario): (ReadonlyMap<string, number> | undefined)[] {
  const uncertain = (scenario.measures ?? []).filter((m) => countsInProjection(m) && m.uncertainty !== undefined);
  if (uncertain.length === 0) return [undefined];
  return [
    undefined,
    new Map(uncertain.map((m) => [m.id, m.uncertainty?.low ?? 1])),
    new Map(uncertain.map((m) => [m.id, m.uncertainty?.high ?? 1])),
  ];
}

function measureIndex(model: Model, measure: CompiledMeasure): number {
  return (model.scenario.measures ?? []).indexOf(measure.source);
}

function measureTooLarge(model: Model, measure: CompiledMeasure, year: number, value: number): LocatedProblem {
  return located(
    ['measures', measureIndex(model, measure)],
    'too-large-result',
    text('scenario.checks.measureTooLarge', measure.source.id, year, value, measure.factor, MAX_EUROS),
  );
}

function lineTooLarge(model: Model, l: number, year: number, cost: number): LocatedProblem {
  const id = model.lines[l]?.id ?? '';
  return located(['lines', l], 'too-large-result', text('scenario.checks.lineTooLarge', id, year, cost, MAX_EUROS));
}

/** The first measure after which some line's cost in year `yi` is beyond the limit. */
function culprit(model: Model, yi: number, state: YearState): LocatedProblem | undefined {
  let found: LocatedProblem | undefined;
  const year = model.years[yi] as number;
  const tracer: YearTracer = {
    line(measure, _line, _vb, _ub, volumeAfter, unitCostAfter) {
      const cost = volumeAfter * unitCostAfter;
      if (found === undefined && !(within(cost) && Number.isFinite(volumeAfter) && Number.isFinite(unitCostAfter))) {
        found = measureTooLarge(model, measure, year, cost);
      }
    },
    cutAmount() {},
    shift() {},
  };
  simulateYear(model, yi, state, tracer);
  return found;
}

/** The first place where the projection of `model` goes beyond MAX_EUROS, if any. */
function firstOverflow(model: Model): LocatedProblem | undefined {
  const state = createYearState(model);
  const { volume, unitCost, baseline, effect } = state;
  for (let yi = 0; yi < model.yearCount; yi++) {
    const year = model.years[yi] as number;
    simulateYear(model, yi, state);
    let baseSum = 0;
    let scenSum = 0;
    for (let l = 0; l < model.lineCount; l++) {
      const b = baseline[l] as number;
      if (!within(b)) return lineTooLarge(model, l, year, b);
      baseSum += b;
      const v = volume[l] as number;
      const u = unitCost[l] as number;
      const cost = v * u;
      if (!within(cost) || !Number.isFinite(v) || !Number.isFinite(u)) return culprit(model, yi, state) ?? lineTooLarge(model, l, year, cost);
      scenSum += cost;
    }
    for (const [sum, withMeasures] of [
      [baseSum, false],
      [scenSum, true],
    ] as const) {
      if (within(sum)) continue;
      return located(['lines'], 'too-large-result', text('scenario.checks.totalTooLarge', year, sum, withMeasures, MAX_EUROS));
    }
    for (let k = 0; k < model.measures.length; k++) {
      const e = effect[k] as number;
      if (!within(e)) return measureTooLarge(model, model.measures[k] as CompiledMeasure, year, e);
    }
    if (!within(state.fixed)) {
      return located(['measures'], 'too-large-result', text('scenario.checks.fixedTooLarge', year, state.fixed, MAX_EUROS));
    }
    let oneOff = 0;
    for (const m of model.measures) oneOff += m.oneOffCosts.length === 0 ? 0 : (m.oneOffCosts[yi] as number);
    if (!within(oneOff)) return located(['measures'], 'too-large-result', text('scenario.checks.oneOffTooLarge', year, oneOff, MAX_EUROS));
    let realised = 0;
    for (const m of model.scenario.measures ?? []) realised += m.realised?.[String(year)] ?? 0;
    if (!within(realised)) return located(['measures'], 'too-large-result', text('scenario.checks.realisedTooLarge', year, realised, MAX_EUROS));
  }
  return undefined;
}

/**
 * Where the projection of a scenario that is otherwise valid would go beyond MAX_EUROS (at
 * every factor 1, and at the low and at the high strength of the uncertain measures): the
 * first such place, or nothing. Time: one year simulation over the horizon per strength.
 */
export function checkMagnitudes(scenario: Scenario): LocatedProblem[] {
  for (const strength of strengths(scenario)) {
    // At other strengths, on copies of the measures: the engine keeps the compiled form of a
    // frozen measure for its next projection, which runs at factor 1.
    const model =
      strength === undefined
        ? compile(scenario)
        : compile({ ...scenario, measures: scenario.measures?.map((m) => ({ ...m })) }, { strength });
    const problem = firstOverflow(model);
    if (problem !== undefined) return [problem];
  }
  return [];
}
