// The white line between the savings chart's stacked measure segments (see below).
import type { Plugin } from 'chart.js';

/** The stack the savings chart's measure series share. */
export const MEASURE_STACK = 'measures';

/**
 * A white line between stacked measure segments, so that two neighbours read apart even where
 * their colours are close. One path per series over its bars: chart.js's own bar borders clip
 * and fill each of the 300 bars of the large scenario twice, on every slider move.
 */
export const segmentSeparators: Plugin<'bar' | 'line'> = {
  id: 'segmentSeparators',
  afterDatasetDraw(chart, { meta }) {
    const dataset = chart.data.datasets[meta.index] as { stack?: string } | undefined;
    if (meta.type !== 'bar' || dataset?.stack !== MEASURE_STACK) return;
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.beginPath();
    ctx.rect(chartArea.left, chartArea.top, chartArea.right - chartArea.left, chartArea.bottom - chartArea.top);
    ctx.clip();
    ctx.beginPath();
    for (const element of meta.data) {
      const { x, y, base, width } = element.getProps(['x', 'y', 'base', 'width'], true) as { x: number; y: number; base: number; width: number };
      if (!Number.isFinite(y) || y === base) continue;
      ctx.moveTo(x - width / 2, y);
      ctx.lineTo(x + width / 2, y);
    }
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 2;
    ctx.stroke();
    ctx.restore();
  },
};
