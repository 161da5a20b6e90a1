// The savings chart's white line between stacked measure segments, drawn by real chart.js on
// jsdom's (mocked) canvas: one line across the top of every non-empty measure segment, none for
// empty years or for series outside the measures' stack.
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { MEASURE_STACK, segmentSeparators } from '../../../renderer/components/projection/segment-separators';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

type Line = { from: [number, number]; to: [number, number]; colour: string; width: number };

function drawnLines(chart: Chart): Line[] {
  const ctx = chart.ctx;
  const lines: Line[] = [];
  let path: [number, number][][] = [];
  // jsdom's canvas is jest-canvas-mock's: its drawing calls are no-ops, recorded here instead.
  jest.spyOn(ctx, 'beginPath').mockImplementation(() => {
    path = [];
  });
  jest.spyOn(ctx, 'moveTo').mockImplementation((x, y) => {
    path.push([[x, y]]);
  });
  jest.spyOn(ctx, 'lineTo').mockImplementation((x, y) => {
    path[path.length - 1]?.push([x, y]);
  });
  jest.spyOn(ctx, 'stroke').mockImplementation(() => {
    for (const [from, to] of path) if (from && to) lines.push({ from, to, colour: String(ctx.strokeStyle), width: ctx.lineWidth });
  });
  chart.draw();
  return lines.filter((l) => l.colour === '#ffffff');
}

it('draws a white line across the top of each non-empty measure segment', () => {
  const canvas = document.createElement('canvas');
  canvas.width = 400;
  canvas.height = 300;
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: ['2024', '2025', '2026'],
      datasets: [
        { stack: MEASURE_STACK, data: [10, 0, 20], borderWidth: 0 },
        { stack: MEASURE_STACK, data: [5, 5, null], borderWidth: 0 },
        { stack: 'gap', data: [3, 3, 3], borderWidth: 0 },
      ],
    },
    options: { responsive: false, animation: false, scales: { x: { stacked: true }, y: { stacked: true } } },
    plugins: [segmentSeparators],
  });
  const lines = drawnLines(chart);
  const expected = [
    [0, 0],
    [0, 2],
    [1, 0],
    [1, 1],
  ].map(([d, i]) => {
    const bar = chart.getDatasetMeta(d!).data[i!] as unknown as { x: number; y: number; width: number };
    return { from: [bar.x - bar.width / 2, bar.y], to: [bar.x + bar.width / 2, bar.y], colour: '#ffffff', width: 2 };
  });
  // chart.js draws the series in its own order: compare as a set.
  expect(lines).toHaveLength(expected.length);
  expect(lines).toEqual(expect.arrayContaining(expected));
  // Each line lies on a segment boundary: the first series' top is the second's base.
  const first = chart.getDatasetMeta(0).data[0] as unknown as { y: number };
  const second = chart.getDatasetMeta(1).data[0] as unknown as { base: number };
  expect(first.y).toBeCloseTo(second.base, 6);
  chart.destroy();
});
