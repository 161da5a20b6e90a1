// The savings chart's stacked measure segments, drawn by real chart.js with the measureSegments
// plugin on jsdom's (mocked) canvas: every non-empty segment filled once, in its own colour, at
// the rectangle chart.js computed for it, with a white line across its top; empty years and
// series outside the measures' stack are left to chart.js, and so is a series with borders.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type ChartDataset } from 'chart.js';
import { MEASURE_STACK, measureSegments } from '../../../renderer/components/projection/measure-segments';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

type Line = { from: [number, number]; to: [number, number]; colour: string; width: number };
type Box = { x: number; y: number; w: number; h: number; colour: string };

/** What one draw of the chart puts on the canvas: white lines, and filled rectangles by colour. */
function drawn(chart: Chart): { lines: Line[]; boxes: Box[] } {
  const ctx = chart.ctx;
  const lines: Line[] = [];
  const boxes: Box[] = [];
  let path: [number, number][][] = [];
  let rects: Omit<Box, 'colour'>[] = [];
  // jsdom's canvas is jest-canvas-mock's: its drawing calls are no-ops, recorded here instead.
  jest.spyOn(ctx, 'beginPath').mockImplementation(() => {
    path = [];
    rects = [];
  });
  jest.spyOn(ctx, 'moveTo').mockImplementation((x, y) => {
    path.push([[x, y]]);
  });
  jest.spyOn(ctx, 'lineTo').mockImplementation((x, y) => {
    path[path.length - 1]?.push([x, y]);
  });
  jest.spyOn(ctx, 'rect').mockImplementation((x, y, w, h) => {
    rects.push({ x, y, w, h });
  });
  jest.spyOn(ctx, 'stroke').mockImplementation(() => {
    for (const [from, to] of path) if (from && to) lines.push({ from, to, colour: String(ctx.strokeStyle), width: ctx.lineWidth });
  });
  jest.spyOn(ctx, 'fill').mockImplementation(() => {
    for (const r of rects) boxes.push({ ...r, colour: String(ctx.fillStyle) });
  });
  chart.draw();
  jest.restoreAllMocks();
  return { lines: lines.filter((l) => l.colour === '#ffffff'), boxes };
}

function chartOf(datasets: ChartDataset<'bar'>[]): Chart {
  const canvas = document.createElement('canvas');
  canvas.width = 400;
  canvas.height = 300;
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: ['2024', '2025', '2026'], datasets },
    options: { responsive: false, animation: false, scales: { x: { stacked: true }, y: { stacked: true } } },
    plugins: [measureSegments],
  });
}

interface Bar {
  x: number;
  y: number;
  base: number;
  width: number;
}
const bar = (chart: Chart, d: number, i: number) => chart.getDatasetMeta(d).data[i] as unknown as Bar;
const boxOf = (b: Bar, colour: string): Box => ({ x: b.x - b.width / 2, y: Math.min(b.y, b.base), w: b.width, h: Math.abs(b.y - b.base), colour });

const MEASURE = { stack: MEASURE_STACK, borderWidth: 0 };

it('fills each non-empty measure segment once, in its colour, where chart.js placed it, with a white line across its top', () => {
  const chart = chartOf([
    { ...MEASURE, data: [10, 0, 20], backgroundColor: '#0072b2' },
    { ...MEASURE, data: [5, -5, null], backgroundColor: '#e69f00' },
    { stack: 'gap', data: [3, 3, 3], borderWidth: 0, backgroundColor: '#333333' },
  ]);
  const { lines, boxes } = drawn(chart);
  const segments: [number, number, string][] = [
    [0, 0, '#0072b2'],
    [0, 2, '#0072b2'],
    [1, 0, '#e69f00'],
    [1, 1, '#e69f00'],
  ];
  const measureBoxes = boxes.filter((b) => b.colour !== '#333333');
  expect(measureBoxes).toHaveLength(segments.length);
  expect(measureBoxes).toEqual(expect.arrayContaining(segments.map(([d, i, colour]) => boxOf(bar(chart, d, i), colour))));
  // The series outside the stack is chart.js's own: one rectangle per bar.
  expect(boxes.filter((b) => b.colour === '#333333')).toHaveLength(3);

  const expectedLines = segments.map(([d, i]) => {
    const b = bar(chart, d, i);
    return { from: [b.x - b.width / 2, b.y], to: [b.x + b.width / 2, b.y], colour: '#ffffff', width: 2 };
  });
  // chart.js draws the series in its own order: compare as a set.
  expect(lines).toHaveLength(expectedLines.length);
  expect(lines).toEqual(expect.arrayContaining(expectedLines));
  // Each line lies on a segment boundary: the first series' top is the second's base.
  expect(bar(chart, 0, 0).y).toBeCloseTo(bar(chart, 1, 0).base, 6);
  chart.destroy();
});

it('leaves a measure series with borders to chart.js', () => {
  const chart = chartOf([
    { ...MEASURE, data: [10, 20, 30], backgroundColor: '#0072b2' },
    { ...MEASURE, data: [5, 5, 5], backgroundColor: '#e69f00', borderWidth: 2, borderColor: '#000000' },
  ]);
  const { lines, boxes } = drawn(chart);
  // Only the first series has the white lines; the bordered one is drawn by chart.js: per bar a
  // border ring (outer and inner rectangle, filled even-odd) and the inside.
  expect(lines).toHaveLength(3);
  expect(boxes.filter((b) => b.colour === '#0072b2')).toHaveLength(3);
  expect(boxes.filter((b) => b.colour === '#000000')).toHaveLength(6);
  expect(boxes.filter((b) => b.colour === '#e69f00')).toHaveLength(3);
  chart.destroy();
});
