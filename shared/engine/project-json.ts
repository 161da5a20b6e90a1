// The `vcp project --json` shape (scenario-format.md, "Command line"). The command line, the
// app's export and the tests all build it here, so it cannot drift from the spec.
import type { Scenario } from '../scenario/schema';
import type { Projection } from './types';
import { scenarioWarnings, type ScenarioWarning } from './warnings';

/** Every number is whole euros; arrays are indexed like `years`. */
export interface ProjectJson {
  title: string;
  years: number[];
  baseline: { total: number[]; lines: Record<string, number[]> };
  scenario: { total: number[]; lines: Record<string, number[]> };
  /** `measures`: enabled measures only, in file order. The rest: version 2 (scenario-format.md). */
  savings: Projection['savings'] & { measures: Record<string, number[]> };
  /** Only when the file has a target; null in years before the first target year. */
  target?: NonNullable<Projection['target']>;
  paybackYear: number | null;
  pm: Projection['pm'];
  /** Each warning without its message, which the command line prints in the chosen language. */
  warnings: WithoutMessage<ScenarioWarning>[];
}

/** Each kind of warning without its message (distributes over the union). */
type WithoutMessage<W> = W extends unknown ? Omit<W, 'message'> : never;

/**
 * The projection in the spec's JSON shape, keys in the spec's order. Objects keyed by line or
 * measure id list them in file order (JSON object order is not meaningful, but stable output
 * diffs well) — except that JavaScript puts integer-like keys such as "2020" first.
 */
export function toProjectJson(scenario: Scenario, projection: Projection): ProjectJson {
  const baselineLines: Record<string, number[]> = {};
  const scenarioLines: Record<string, number[]> = {};
  for (const line of projection.lines) {
    baselineLines[line.id] = [...line.baseline];
    scenarioLines[line.id] = [...line.scenario];
  }
  const measures: Record<string, number[]> = {};
  for (const measure of projection.measures) measures[measure.id] = [...measure.effect];
  const json: ProjectJson = {
    title: scenario.title,
    years: [...projection.years],
    baseline: { total: [...projection.baseline.total], lines: baselineLines },
    scenario: { total: [...projection.scenario.total], lines: scenarioLines },
    savings: {
      total: [...projection.savings.total],
      cumulative: [...projection.savings.cumulative],
      measures,
      structural: [...projection.savings.structural],
      incidental: [...projection.savings.incidental],
      oneOffCosts: [...projection.savings.oneOffCosts],
      net: [...projection.savings.net],
      netCumulative: [...projection.savings.netCumulative],
      riskWeighted: [...projection.savings.riskWeighted],
      realised: [...projection.savings.realised],
    },
    paybackYear: projection.paybackYear,
    pm: { lines: [...projection.pm.lines], measures: [...projection.pm.measures] },
    warnings: scenarioWarnings(scenario, projection).map(({ message: _message, ...rest }) => rest),
  };
  if (scenario.target !== undefined && projection.target !== undefined) {
    const t = projection.target;
    json.target = { amount: [...t.amount], gap: [...t.gap], met: [...t.met], structuralGap: [...t.structuralGap] };
    // Keys in the spec's order: target before paybackYear.
    const { paybackYear, pm, warnings, ...head } = json;
    return { ...head, target: json.target, paybackYear, pm, warnings };
  }
  return json;
}
