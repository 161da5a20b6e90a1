// One accent colour per measure, stable across the app's charts, tables and exports.
// Okabe–Ito, the colour-blind safe palette, minus its yellow (too little contrast on white).
export const MEASURE_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000'] as const;

/** The colour of the measure at `position` in the scenario's list of measures (switched on or off). */
export function measureColour(position: number): string {
  return MEASURE_COLOURS[position % MEASURE_COLOURS.length] as string;
}

/**
 * Each measure's colour by its id: by its place among all of the scenario's measures, switched on
 * or off, so that switching a measure off or on recolours no other — in the chart, its legend,
 * the tables and the exports alike.
 */
export function measureColours(ids: readonly string[]): ReadonlyMap<string, string> {
  return new Map(ids.map((id, position) => [id, measureColour(position)]));
}

export const TARGET_COLOUR = '#333333';
