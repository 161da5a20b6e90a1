// The savings chart's value axis: room above the highest bar or target, round ticks that never
// repeat a label, and for a scenario that saves nothing yet (a new one) the zero line alone.
import type { Scale, Tick } from 'chart.js';

/** Room above the highest bar, target or band, as a share of the axis: its marker and the bar's top line show whole. */
export const HEADROOM = 0.08;

/** Whether the chart has no figure other than 0: nothing to scale the axis to. */
function nothingToShow(scale: Scale): boolean {
  const { min, max } = scale.getMinMax(true);
  return !(max > 0) && !(min < 0);
}

/**
 * afterDataLimits: with figures, room above the top (the axis otherwise ended at the highest
 * bar, and a target on it was cut in half); without any, 0 … 1 (chart.js's own fallback, whose
 * ticks are removed in roundTicks).
 */
export function fitValueAxis(scale: Scale): void {
  if (nothingToShow(scale)) {
    scale.min = 0;
    scale.max = 1;
    return;
  }
  if (scale.max > 0) scale.max += (scale.max - Math.min(scale.min, 0)) * HEADROOM;
}

/**
 * afterBuildTicks: ticks at whole multiples of chart.js's own step (0 among them), between the
 * axis's ends, the step at least `unit` (one euro, or a thousand in thousands), so that no two
 * ticks read the same ("1, 1, 1, 0" on a new scenario's empty chart). Without figures: 0 alone.
 */
export function roundTicks(scale: Scale, unit: number): void {
  if (nothingToShow(scale)) {
    scale.ticks = [{ value: 0 }];
    return;
  }
  const ticks = scale.ticks;
  if (ticks.length < 2) return;
  const chartStep = Math.abs((ticks[1] as Tick).value - (ticks[0] as Tick).value);
  if (!(chartStep > 0)) return;
  const step = Math.max(chartStep, unit);
  const out: Tick[] = [];
  for (let k = Math.ceil(scale.min / step); k * step <= scale.max; k++) out.push({ value: k * step + 0 });
  scale.ticks = out;
}
