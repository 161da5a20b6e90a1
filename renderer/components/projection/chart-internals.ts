// Every reach into chart.js's private fields, in one place, against the exact version pinned in
// package.json (CHART_JS_VERSION). The savings chart's live drawing (live-bars.ts) and its
// measure segments (measure-segments.ts) need what chart.js keeps to itself: its drawing layers,
// the context a dataset controller draws on, its per-dataset drawing, an element's place without
// a copy and a line's cached points. test/renderer/projection/chart-internals.test.ts holds each
// of these to chart.js's own behaviour; upgrading chart.js means reading that test first.
import type { BarElement, Chart, ChartArea, ChartMeta } from 'chart.js';

/** The chart.js version these internals were read from (package.json pins it exactly). */
export const CHART_JS_VERSION = '4.6.1';

/** One of chart.js's drawing layers (a scale's grid, border or labels): `z` ≤ 0 lies under the series. */
export interface Layer {
  z: number;
  draw(area: ChartArea): void;
}

interface WithLayers {
  _layers: Layer[];
}

/** The layers chart.js draws (`chart._layers`), in its drawing order. */
export function layersOf(chart: Chart): Layer[] {
  return (chart as unknown as WithLayers)._layers;
}

/** Replaces the layers chart.js draws in its next drawing. */
export function setLayers(chart: Chart, layers: Layer[]): void {
  (chart as unknown as WithLayers)._layers = layers;
}

interface DrawingInternals {
  ctx: CanvasRenderingContext2D;
  _drawDataset(meta: ChartMeta): void;
}

/**
 * Draws the given series as chart.js draws them on the chart (its clip, the plugins' dataset
 * hooks: the Filler's band), but onto `ctx`: it stands in for the chart's context, and each
 * series' controller's, while they are drawn.
 */
export function drawDatasetsOn(chart: Chart, metas: readonly ChartMeta[], ctx: CanvasRenderingContext2D): void {
  const internals = chart as unknown as DrawingInternals;
  const own = internals.ctx;
  const controllers = metas.map((meta) => meta.controller as unknown as { _ctx: CanvasRenderingContext2D });
  internals.ctx = ctx;
  for (const controller of controllers) controller._ctx = ctx;
  try {
    for (const meta of metas) internals._drawDataset(meta);
  } finally {
    internals.ctx = own;
    for (const controller of controllers) controller._ctx = own;
  }
}

/** A bar's hover inflation (`inflateAmount`, not in chart.js's types). */
export function inflateAmountOf(element: BarElement): number | undefined {
  return (element as unknown as { inflateAmount?: number }).inflateAmount;
}

/** Where a bar is: with no animation running, getProps(…, true) returns the element itself, no copy. */
export interface BarPlacement {
  x: number;
  y: number;
  base: number;
  width: number;
}
const PLACEMENT = ['x', 'y', 'base', 'width'];
export function placementOf(element: BarElement): BarPlacement {
  return element.getProps(PLACEMENT, true) as unknown as BarPlacement;
}

/** After its points moved, a line draws from them again: its cached path goes with `points`. */
export function refreshLinePoints(meta: ChartMeta): void {
  if (meta.type === 'line' && meta.dataset) (meta.dataset as unknown as { points: unknown }).points = meta.data;
}

interface WithSharedOptions {
  _sharedOptions?: object;
}

/**
 * Makes chart.js resolve the options its series' elements share anew in this update. It keeps
 * one options object per series, made at its first update, and an update without animation
 * ('none', the app's every update) never brings it up to date (chartjs/Chart.js#11507): a
 * measure whose colour changed — another one switched off, moved or deleted — kept drawing in
 * its old colour while the legend showed the new one. Call it after chart.js has built the
 * series' controllers (the beforeElementsUpdate hook).
 */
export function forgetSharedOptions(chart: Chart): void {
  for (let i = 0; i < chart.data.datasets.length; i++) {
    const controller = chart.getDatasetMeta(i).controller as unknown as WithSharedOptions | undefined;
    if (controller) controller._sharedOptions = undefined;
  }
}
