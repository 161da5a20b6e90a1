// The savings chart's stacked measure segments, drawn one path per series (see below).
import type { BarElement, Plugin } from 'chart.js';
import { inflateAmountOf, placementOf, type BarPlacement } from './chart-internals';

/** The stack the savings chart's measure series share. */
export const MEASURE_STACK = 'measures';


/** A segment this plugin draws exactly as chart.js would: a plain rectangle, no border. */
function plain(element: BarElement): boolean {
  const { borderWidth, borderRadius } = element.options;
  const inflate = inflateAmountOf(element);
  return borderWidth === 0 && (borderRadius === 0 || borderRadius === undefined) && !inflate;
}

/**
 * Where a segment is, when it has a height (else null). Read without copying: with no animation
 * running, chart.js's getProps returns the element itself (a copy of each of 510 elements per
 * slider move was most of what a move's drawing allocated).
 */
function placed(element: BarElement): BarPlacement | null {
  const place = placementOf(element);
  return Number.isFinite(place.y) && Number.isFinite(place.base) && place.y !== place.base ? place : null;
}

/**
 * The measure segments, one filled path per series and colour run, with a white line across the
 * top of each non-empty segment so that two neighbours read apart even where their colours are
 * close. chart.js draws each of the large scenario's 510 segments on its own (save, border
 * rectangles, fill, restore) on every slider move, and its own borders clipped and filled every
 * bar twice. The colour is the element's own, so a hovered segment keeps its hover colour. A
 * series with borders, rounded corners or inflated bars is left to chart.js.
 */
export const measureSegments: Plugin<'bar' | 'line'> = {
  id: 'measureSegments',
  beforeDatasetDraw(chart, { meta }) {
    const dataset = chart.data.datasets[meta.index] as { stack?: string } | undefined;
    if (meta.type !== 'bar' || dataset?.stack !== MEASURE_STACK) return;
    const elements = meta.data as unknown as BarElement[];
    if (!elements.every(plain)) return;
    const { ctx, chartArea } = chart;
    // The segments with a height: filled, and given the white line across their top.
    ctx.save();
    ctx.beginPath();
    ctx.rect(chartArea.left, chartArea.top, chartArea.right - chartArea.left, chartArea.bottom - chartArea.top);
    ctx.clip();
    let colour: unknown;
    ctx.beginPath();
    for (const element of elements) {
      const place = placed(element);
      if (place === null) continue;
      const { x, y, base, width } = place;
      const fill = element.options.backgroundColor;
      if (fill !== colour) {
        if (colour !== undefined) ctx.fill();
        ctx.beginPath();
        ctx.fillStyle = fill as string;
        colour = fill;
      }
      ctx.rect(x - width / 2, Math.min(y, base), width, Math.abs(y - base));
    }
    if (colour !== undefined) ctx.fill();
    ctx.beginPath();
    for (const element of elements) {
      const place = placed(element);
      if (place === null) continue;
      const { x, y, width } = place;
      ctx.moveTo(x - width / 2, y);
      ctx.lineTo(x + width / 2, y);
    }
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 2;
    ctx.stroke();
    ctx.restore();
    return false;
  },
};
