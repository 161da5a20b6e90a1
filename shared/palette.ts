// One accent colour per measure, stable across the app's charts, tables and exports.
// Okabe–Ito, the colour-blind safe palette, minus its yellow (too little contrast on white).
export const MEASURE_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000'] as const;

export function measureColour(index: number): string {
  return MEASURE_COLOURS[index % MEASURE_COLOURS.length] as string;
}

export const TARGET_COLOUR = '#333333';
