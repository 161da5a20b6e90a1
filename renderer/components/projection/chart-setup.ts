// Chart.js, registered once for the projection column's charts: only what they use (tree-shaken),
// the app's system font and a text colour with enough contrast on white (WCAG 1.4.3).
import {
  type Plugin,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { TARGET_COLOUR } from '../../../shared/palette';
import { localeOf, type Lang } from '../../../shared/i18n/languages';
import { PAPER_WIDTH_PX } from '../shell/printing';
import { forgetSharedOptions } from './chart-internals';

/**
 * Every update applies the series' options as they now are: chart.js's update('none') kept a
 * series' first colour (chart-internals' forgetSharedOptions says why), in every chart of the app.
 */
export const freshOptions: Plugin = {
  id: 'freshOptions',
  beforeElementsUpdate(chart) {
    forgetSharedOptions(chart);
  },
};

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Filler, freshOptions);
Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
Chart.defaults.font.size = 13;
Chart.defaults.color = '#3d3d3d';
// Every chart fills its box and draws at once: a slider moves the bars directly, and a projector
// shows no motion. Legends are the app's own HTML, so chart.js's Legend plugin is not registered.
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.animation = false;

/** Device pixels per CSS pixel of a chart drawn for paper: twice the screen's, at least. */
const PRINT_PIXEL_RATIO = 2;

/**
 * Printing (Ctrl+P) lays the page out for paper without a frame in which a chart could draw
 * again, so a chart would print its screen drawing, scaled into its box. Before the browser
 * prints, every chart draws at its width on paper, its height kept, sharp enough for a printer;
 * afterwards it fits its box on the screen again.
 */
export function drawChartsForPaper(): void {
  for (const chart of Object.values(Chart.instances as Record<string, Chart>)) {
    chart.options.devicePixelRatio = Math.max(PRINT_PIXEL_RATIO, window.devicePixelRatio || 1);
    chart.resize(PAPER_WIDTH_PX, chart.height);
  }
}

export function drawChartsForScreen(): void {
  for (const chart of Object.values(Chart.instances as Record<string, Chart>)) {
    delete (chart.options as { devicePixelRatio?: number }).devicePixelRatio;
    chart.resize();
  }
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', drawChartsForPaper);
  window.addEventListener('afterprint', drawChartsForScreen);
}

/** The number format of a chart's ticks and tooltips, in the app's language. */
export function chartLocale(lang: Lang): string {
  return localeOf(lang);
}

/** Ink of the axes and grid: the gridlines light, the zero line darker so that "below zero" reads. */
export const GRID_COLOUR = '#e3e5e8';
export const ZERO_LINE_COLOUR = '#6b6b6b';

/** The scenario's own colour (not a measure's): costs with measures, cumulative savings. */
export const SCENARIO_COLOUR = '#1f4e79';
/** The baseline (no measures): a light fill with a dark outline, so it reads without colour. */
export const BASELINE_FILL = '#d9dce1';
export const BASELINE_BORDER = '#4b5563';

/**
 * The Monte Carlo band: a translucent fill between P10 and P90 with thin edges, and the median
 * as a dark line. Drawn over the measure bars, so the fill is light enough to read them through.
 */
export const BAND_EDGE = '#1f2937';
export const BAND_FILL = 'rgba(31, 41, 55, 0.16)';
/** While the band of an earlier edit is shown and the new one is computed. */
export const BAND_FILL_STALE = 'rgba(31, 41, 55, 0.07)';
export const BAND_MEDIAN = '#111827';
/** The tornado's two ends: Okabe–Ito vermillion (low) and blue (high); the table names them too. */
export const TORNADO_LOW = '#D55E00';
export const TORNADO_HIGH = '#0072B2';

let hatch: CanvasPattern | string | undefined;
/**
 * Diagonal hatching in the target's colour: the shortfall between savings and target, drawn as
 * an outlined, hatched segment (not a colour of its own, so it reads in greyscale too).
 */
export function gapPattern(): CanvasPattern | string {
  hatch ??= stripes('rgba(255, 255, 255, 0.6)', TARGET_COLOUR, 1.5) ?? 'rgba(51, 51, 51, 0.25)';
  return hatch;
}

/** Diagonal lines of `stroke`, `width` wide, on `ground`, as a repeating 8 × 8 pattern; null without a 2D context. */
function stripes(ground: string, stroke: string, width: number): CanvasPattern | null {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = ground;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = stroke;
  ctx.lineWidth = width;
  ctx.beginPath();
  ctx.moveTo(0, 8);
  ctx.lineTo(8, 0);
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.moveTo(6, 10);
  ctx.lineTo(10, 6);
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat');
}

/** One-off costs (format version 2), drawn below the zero line: a dark brick red no measure has. */
export const ONE_OFF_COSTS_COLOUR = '#8a3324';

const hatches = new Map<string, CanvasPattern | string>();
/**
 * An incidental measure's segment: its colour in diagonal stripes on white, lighter than the
 * solid segment of a structural measure and told apart without colour too. One pattern per
 * colour, kept, so that a chart update sees the same fill (and a drag stays a live move).
 */
export function incidentalPattern(colour: string): CanvasPattern | string {
  let pattern = hatches.get(colour);
  if (pattern === undefined) {
    pattern = stripes('#ffffff', colour, 3) ?? colour;
    hatches.set(colour, pattern);
  }
  return pattern;
}

/** The same stripes for an HTML legend's swatch. */
export function incidentalSwatch(colour: string): string {
  return `repeating-linear-gradient(-45deg, ${colour} 0 2px, #ffffff 2px 4.5px)`;
}
