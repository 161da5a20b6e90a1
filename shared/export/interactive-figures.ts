// What the interactive page (interactive-page.ts) computes for the reader's switches and sliders:
// the scenario with the measures switched as chosen, projected by the engine with each slider's
// factor as that measure's strength (ProjectOptions.strength, the same factor the uncertainty
// bands draw), and summarised as every export is (buildSummary). Nothing here computes a figure
// of its own. At the saved positions (each measure as saved, at 100 %) it is project(scenario).
import { project } from '../engine/project';
import type { Projection } from '../engine/types';
import type { Lang } from '../i18n/languages';
import type { Scenario } from '../scenario/schema';
import type { PageData } from './interactive-page';
import { buildSummary, type ExportSummary } from './summary';

/** One measure's switch and slider: on or off, and the strength in whole per cents of the plan. */
export interface Position {
  on: boolean;
  percent: number;
}

/** The measures as saved: each on or off as in the file, at 100 %. */
export function savedPositions(scenario: Scenario): Map<string, Position> {
  return new Map((scenario.measures ?? []).map((m) => [m.id, { on: m.enabled !== false, percent: 100 }]));
}

/** The ids of the measures whose position differs from the saved one. */
export function changedMeasures(scenario: Scenario, positions: ReadonlyMap<string, Position>): string[] {
  const saved = savedPositions(scenario);
  return [...saved].filter(([id, s]) => {
    const p = positions.get(id);
    return p !== undefined && (p.on !== s.on || p.percent !== s.percent);
  }).map(([id]) => id);
}

/** The scenario with each measure switched as chosen (the measures untouched where they already are), and the strength factors. */
export function scenarioAt(scenario: Scenario, positions: ReadonlyMap<string, Position>): { scenario: Scenario; strength: Map<string, number> } {
  const strength = new Map<string, number>();
  let switched = false;
  const measures = (scenario.measures ?? []).map((m) => {
    const p = positions.get(m.id);
    if (p === undefined) return m;
    if (p.percent !== 100) strength.set(m.id, p.percent / 100);
    if (p.on === (m.enabled !== false)) return m;
    switched = true;
    return { ...m, enabled: p.on };
  });
  return { scenario: switched ? { ...scenario, measures } : scenario, strength };
}

/** The engine's projection at these positions. */
export function projectAt(scenario: Scenario, positions: ReadonlyMap<string, Position>): { scenario: Scenario; projection: Projection } {
  const at = scenarioAt(scenario, positions);
  return { scenario: at.scenario, projection: project(at.scenario, at.strength.size > 0 ? { strength: at.strength } : undefined) };
}

/** Everything the page shows at these positions, in this language. */
export function pageFigures(data: PageData, positions: ReadonlyMap<string, Position>, lang: Lang): { projection: Projection; summary: ExportSummary } {
  const at = projectAt(data.scenario, positions);
  return { projection: at.projection, summary: buildSummary(at.scenario, at.projection, { lang, unit: data.unit, date: data.date }) };
}
