// One colour, one line pattern and one marker per compared scenario, so that no scenario is told
// apart by colour alone. The colours are Paul Tol's colour-blind safe "muted"/"high contrast"
// sets, chosen apart from the measures' Okabe–Ito palette (shared/palette.ts) so a scenario line
// is never mistaken for a measure, each at least 3:1 against white (WCAG 1.4.11).
export const SCENARIO_COLOURS = ['#332288', '#BB5566', '#117733', '#AA4499', '#882255', '#999933'] as const;

/** Canvas dash patterns: solid, dash-dot, dotted, long dash, dash-dot-dot, short dash. */
export const SCENARIO_DASHES: readonly (readonly number[])[] = [[], [12, 4, 2, 4], [2, 4], [14, 6], [10, 3, 2, 3, 2, 3], [5, 4]];

/** chart.js point styles, the same order. */
export const SCENARIO_MARKERS = ['circle', 'triangle', 'rect', 'rectRot', 'star', 'crossRot'] as const;
export type ScenarioMarker = (typeof SCENARIO_MARKERS)[number];

export interface ScenarioStyle {
  colour: string;
  dash: readonly number[];
  marker: ScenarioMarker;
}

export function scenarioStyle(index: number): ScenarioStyle {
  const i = index % SCENARIO_COLOURS.length;
  return {
    colour: SCENARIO_COLOURS[i] as string,
    // Past six scenarios the colours repeat with the next pattern, so pairs still differ.
    dash: SCENARIO_DASHES[(index + Math.floor(index / SCENARIO_COLOURS.length)) % SCENARIO_DASHES.length] as number[],
    marker: SCENARIO_MARKERS[(index + Math.floor(index / SCENARIO_COLOURS.length)) % SCENARIO_MARKERS.length] as ScenarioMarker,
  };
}
