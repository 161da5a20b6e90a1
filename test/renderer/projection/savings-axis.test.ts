// The savings chart's value axis (renderer/components/projection/savings-axis.ts) on real chart.js
// (jsdom's mocked canvas), with the savings chart's axis options: a new scenario's empty chart
// shows the zero line alone (it read "1, 1, 1, 0"), no two ticks read the same, and the highest
// bar or target has room above it (#24 item 10 d, e).
import { BarController, BarElement, CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, type ChartConfiguration } from 'chart.js';
import { fitValueAxis, HEADROOM, roundTicks } from '../../../renderer/components/projection/savings-axis';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale);

type Point = number | null;

function chartOf(bars: Point[][], target: Point[] | null, unit = 1): Chart<'bar' | 'line', Point[], string> {
  const years = bars[0]?.length ?? 4;
  const config: ChartConfiguration<'bar' | 'line', Point[], string> = {
    type: 'bar',
    data: {
      labels: Array.from({ length: years }, (_, i) => String(2026 + i)),
      datasets: [
        ...bars.map((data, i) => ({ type: 'bar' as const, label: `m${i}`, data, stack: 'measures', grouped: false })),
        ...(target ? [{ type: 'line' as const, label: 'target', data: target, stack: 'target' }] : []),
      ],
    },
    options: {
      responsive: false,
      animation: false,
      scales: {
        x: { stacked: true },
        y: {
          stacked: true,
          bounds: 'data',
          grace: '3%',
          ticks: { includeBounds: false },
          afterDataLimits: fitValueAxis,
          afterBuildTicks: (scale) => roundTicks(scale, unit),
        },
      },
    },
  };
  const canvas = document.createElement('canvas');
  canvas.width = 600;
  canvas.height = 400;
  return new Chart(canvas, config);
}

const tickValues = (chart: Chart<'bar' | 'line', Point[], string>) => chart.scales.y!.ticks.map((t) => t.value);

describe('the savings chart’s value axis', () => {
  it('a scenario that saves nothing yet: the zero line alone, at the bottom, no other tick', () => {
    const chart = chartOf([[0, 0, 0, 0]], null);
    expect(tickValues(chart)).toEqual([0]);
    expect(chart.scales.y!.min).toBe(0);
    // No measures at all: the same.
    const none = chartOf([], null);
    expect(tickValues(none)).toEqual([0]);
    chart.destroy();
    none.destroy();
  });

  it('room above the highest bar and the target: the top of the plot is not the top of the bar', () => {
    // Stichtse Vecht: 165.000 a year from 2022, the target as high.
    const chart = chartOf([[0, 30_000, 30_000, 30_000], [0, 135_000, 135_000, 135_000]], [null, 165_000, 165_000, 165_000]);
    const y = chart.scales.y!;
    expect(y.max).toBeGreaterThanOrEqual(165_000 * (1 + HEADROOM));
    // In pixels: the target's marker (radius 5, 7 when hovered) lies wholly inside the plot.
    expect(y.getPixelForValue(165_000) - chart.chartArea.top).toBeGreaterThan(10);
    // The ticks stay round and below the top.
    expect(tickValues(chart).every((v) => v % 20_000 === 0 && v <= y.max)).toBe(true);
    chart.destroy();
  });

  it('ticks at least a unit apart, so no two read the same (euros, and thousands)', () => {
    const euros = chartOf([[0, 1, 2, 3]], null);
    const values = tickValues(euros);
    expect(values.every(Number.isInteger)).toBe(true);
    expect(new Set(values).size).toBe(values.length);
    const thousands = chartOf([[0, 1000, 2000, 1000]], null, 1000);
    expect(tickValues(thousands).every((v) => v % 1000 === 0)).toBe(true);
    euros.destroy();
    thousands.destroy();
  });

  it('a cost below zero keeps the axis at the data below (no room added there)', () => {
    const chart = chartOf([[0, 100_000, 100_000, 100_000], [0, -38_000, -38_000, -38_000]], null);
    expect(chart.scales.y!.min).toBeGreaterThan(-50_000);
    chart.destroy();
  });
});
