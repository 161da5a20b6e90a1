// The savings chart during a drag (renderer/components/projection/live-bars.ts), with real
// chart.js on jsdom's mocked canvas: edits that follow each other within SETTLE_MS move the bars,
// shortfall segments and markers without chart.js's update, on the axis as it stands, and put
// every element exactly where chart.js itself puts it for the same data on the same axis. A bar
// that would leave the axis widens it; a rest fits it to the data again; any change but the
// figures takes chart.js's own update.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
} from 'chart.js';
import fc from 'fast-check';
import { DRAG_ROOM, liveBars } from '../../../renderer/components/projection/live-bars';
import { MEASURE_STACK, measureSegments } from '../../../renderer/components/projection/measure-segments';
import { SETTLE_MS } from '../../../renderer/components/projection/uncertainty-store';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale);

type Value = number | null;
interface Figures {
  measures: Value[][];
  target: number[];
  /** The net savings marker (a measure that costs money). */
  net: boolean;
  /** A line drawn between the shortfall and the net marker, as the Monte Carlo band is. */
  band?: number[];
}
type Point = Value | [number, number];

const YEARS = 6;

/** The savings chart's series, built as SavingsChart builds them (measures, net, gap, target). */
function datasets({ measures, target, net, band }: Figures): ChartDataset<'bar' | 'line', Point[]>[] {
  const savings = target.map((_, i) => measures.reduce((sum, m) => sum + (m[i] ?? 0), 0));
  const out: ChartDataset<'bar' | 'line', Point[]>[] = measures.map((data, k) => ({
    type: 'bar',
    label: `m${k}`,
    data,
    stack: MEASURE_STACK,
    borderWidth: 0,
    grouped: false,
    order: 3,
    backgroundColor: `#00000${k}`,
  }));
  if (band) out.push({ type: 'line', label: 'band', data: band, stack: 'band', order: 1.5 });
  if (net) out.push({ type: 'line', label: 'net', data: savings, showLine: false, stack: 'net', order: 1 });
  out.push({
    type: 'bar',
    label: 'gap',
    data: target.map((t, i) => ((savings[i] as number) < t ? [savings[i] as number, t] : null)),
    borderWidth: 1.5,
    borderSkipped: false,
    grouped: false,
    stack: 'gap',
    order: 2,
  });
  out.push({ type: 'line', label: 'target', data: target, stack: 'target', order: 0, borderDash: [7, 5] });
  return out;
}

/** SavingsChart's axis options: stacked, ending at the data, round ticks, a darker zero line. */
function config(figures: Figures): ChartConfiguration<'bar' | 'line', Point[], string> {
  return {
    type: 'bar',
    data: { labels: Array.from({ length: YEARS }, (_, i) => String(2026 + i)), datasets: datasets(figures) },
    options: {
      responsive: false,
      animation: false,
      normalized: true,
      scales: {
        x: { stacked: true, grid: { display: false } },
        y: {
          stacked: true,
          bounds: 'data',
          grace: '3%',
          ticks: { includeBounds: false },
          grid: { lineWidth: (ctx) => (ctx.tick?.value === 0 ? 1.5 : 1) },
        },
      },
    },
  };
}

/** A chart on a 600 × 400 canvas. */
function canvasChart(configuration: ChartConfiguration<'bar' | 'line', Point[], string>): Chart<'bar' | 'line', Point[], string> {
  const canvas = document.createElement('canvas');
  canvas.width = 600;
  canvas.height = 400;
  return new Chart(canvas, configuration);
}

function chartOf(figures: Figures, plugins = [liveBars]): Chart<'bar' | 'line', Point[], string> {
  return canvasChart({ ...config(figures), plugins });
}

/** Gives the chart new figures the way react-chartjs-2 does: new data arrays, then update. */
function show(chart: Chart<'bar' | 'line', Point[], string>, figures: Figures): void {
  datasets(figures).forEach((d, i) => {
    (chart.data.datasets[i] as ChartDataset<'bar' | 'line', Point[]>).data = d.data;
  });
  chart.update('none');
}

/** Every element's place, series by series. */
function places(chart: Chart<'bar' | 'line', Point[], string>) {
  return chart.data.datasets.map((_, i) => {
    const meta = chart.getDatasetMeta(i);
    return meta.data.map((e) => {
      const p = e as unknown as Record<string, unknown>;
      return meta.type === 'bar' ? { x: p.x, y: p.y, base: p.base, width: p.width, height: p.height } : { x: p.x, y: p.y, skip: p.skip };
    });
  });
}

/** What chart.js itself draws for `configuration` on the axis `chart` stands on now. */
function reference(chart: Chart<'bar' | 'line', Point[], string>, configuration: ChartConfiguration<'bar' | 'line', Point[], string>) {
  const { min, max } = chart.scales.y as LinearScale;
  const ticks = chart.scales.y?.ticks.map((t) => ({ value: t.value })) ?? [];
  Object.assign(configuration.options?.scales?.y ?? {}, { min, max, afterBuildTicks: (scale: LinearScale) => (scale.ticks = ticks.map((t) => ({ ...t }))) });
  const pinned = canvasChart(configuration);
  // The same axis: the same ends, ticks and plot area, or the comparison proves nothing.
  expect(pinned.scales.y?.min).toBe(min);
  expect(pinned.scales.y?.max).toBe(max);
  expect(pinned.scales.y?.ticks.map((t) => t.value)).toEqual(chart.scales.y?.ticks.map((t) => t.value));
  expect(pinned.chartArea).toEqual(chart.chartArea);
  const out = places(pinned);
  pinned.destroy();
  return out;
}

// Mostly real-sized figures; sometimes tiny ones whose sums cancel, where chart.js's stacking
// rule (the running sum's sign decides) shows.
const money = fc.oneof(
  { arbitrary: fc.integer({ min: -2_000_000, max: 12_000_000 }).map((v) => v * 1.5), weight: 4 },
  { arbitrary: fc.constantFrom(0, 1.5, -1.5, 0.3, -0.3), weight: 1 },
);
const figures: fc.Arbitrary<Figures> = fc.record({
  measures: fc.array(fc.array(fc.option(money, { freq: 8 }), { minLength: YEARS, maxLength: YEARS }), { minLength: 1, maxLength: 6 }),
  target: fc.array(fc.integer({ min: 0, max: 20_000_000 }), { minLength: YEARS, maxLength: YEARS }),
  net: fc.boolean(),
});

/** The same series with other figures for the measures (a slider moved), target unchanged. */
function moved(base: Figures): fc.Arbitrary<Figures> {
  return fc
    .array(fc.array(fc.option(money, { freq: 8 }), { minLength: YEARS, maxLength: YEARS }), {
      minLength: base.measures.length,
      maxLength: base.measures.length,
    })
    .map((measures) => ({ ...base, measures }));
}

/** A move of `factor` on every measure figure: what one slider step does to the stack. */
const scaled = (f: Figures, factor: number): Figures => ({ ...f, measures: f.measures.map((m) => m.map((v) => (v === null ? null : v * factor))) });

beforeEach(() => {
  jest.useFakeTimers();
});
afterEach(() => {
  jest.useRealTimers();
});

it('puts every bar, shortfall segment and marker where chart.js puts it for the same figures on the same axis', () => {
  let live = 0;
  fc.assert(
    fc.property(
      // The next move: any other figures, or the same scaled by a slider step (mostly fitting).
      figures.chain((f) =>
        moved(f).chain((second) =>
          fc.tuple(fc.constant(f), fc.constant(second), fc.oneof(moved(f), fc.double({ min: 0.2, max: 1.05, noNaN: true }).map((k) => scaled(second, k)))),
        ),
      ),
      ([first, second, third]) => {
        const chart = chartOf(first);
        jest.advanceTimersByTime(1000);
        show(chart, second); // a first edit after a rest: chart.js's own update
        jest.advanceTimersByTime(30);
        const updateElements = jest.spyOn(chart.getDatasetMeta(0).controller, 'updateElements');
        show(chart, third); // the next move of the drag
        if (updateElements.mock.calls.length === 0) live++;
        expect(places(chart)).toEqual(reference(chart, config(third)));
        chart.destroy();
      },
    ),
    { numRuns: 150 },
  );
  // Most random moves fit the held or widened axis: the live path was the one tested.
  expect(live).toBeGreaterThan(50);
});

it('moves the bars on the held axis during a drag, without chart.js updating its elements', () => {
  const start: Figures = { measures: [[1e6, 2e6, 3e6, 4e6, 5e6, 6e6], [5e5, 5e5, 5e5, 5e5, 5e5, 5e5]], target: [0, 1e6, 2e6, 3e6, 8e6, 9e6], net: false };
  const chart = chartOf(start);
  jest.advanceTimersByTime(1000);
  show(chart, scaled(start, 0.9));
  const axis = { min: chart.scales.y?.min, max: chart.scales.y?.max, ticks: chart.scales.y?.ticks.map((t) => t.value) };
  jest.advanceTimersByTime(20);
  const updateElements = jest.spyOn(chart.getDatasetMeta(0).controller, 'updateElements');
  // Nor does it re-resolve the options or rebuild the scales, which its update does first.
  const resolveOptions = jest.spyOn(chart.config as unknown as { update(): void }, 'update');
  show(chart, scaled(start, 0.8));
  expect(updateElements).not.toHaveBeenCalled();
  expect(resolveOptions).not.toHaveBeenCalled();
  expect({ min: chart.scales.y?.min, max: chart.scales.y?.max, ticks: chart.scales.y?.ticks.map((t) => t.value) }).toEqual(axis);
  expect(places(chart)).toEqual(reference(chart, config(scaled(start, 0.8))));
  // A resize in a drag lays the chart out anew: chart.js's own update.
  chart.update('resize');
  expect(resolveOptions).toHaveBeenCalledTimes(1);
  expect(updateElements).toHaveBeenCalled();
  chart.destroy();
});

it('widens the axis at once when a bar would leave it during a drag, with room for the next moves', () => {
  const start: Figures = { measures: [[1e6, 2e6, 3e6, 4e6, 5e6, 6e6]], target: [0, 0, 0, 0, 0, 0], net: false };
  const chart = chartOf(start);
  jest.advanceTimersByTime(1000);
  show(chart, scaled(start, 1.01));
  jest.advanceTimersByTime(20);
  show(chart, scaled(start, 1.2)); // the top bar (7.2 million) leaves the axis (6.06 million)
  const max = chart.scales.y?.max as number;
  // The axis runs from 0 (the target) to 7.2 million, and gets DRAG_ROOM of that above.
  expect(chart.scales.y?.min).toBe(0);
  expect(max).toBeCloseTo(7.2e6 * (1 + DRAG_ROOM), 0);
  expect(places(chart)).toEqual(reference(chart, config(scaled(start, 1.2))));
  // The next step up fits the room: no update of the elements by chart.js.
  jest.advanceTimersByTime(20);
  const updateElements = jest.spyOn(chart.getDatasetMeta(0).controller, 'updateElements');
  show(chart, scaled(start, 1.25));
  expect(updateElements).not.toHaveBeenCalled();
  expect(chart.scales.y?.max).toBe(max);
  chart.destroy();
});

it('fits the axis to the figures again once the edits rest for SETTLE_MS', () => {
  const start: Figures = { measures: [[1e6, 2e6, 3e6, 4e6, 5e6, 6e6]], target: [0, 0, 0, 0, 0, 0], net: false };
  const chart = chartOf(start);
  jest.advanceTimersByTime(1000);
  show(chart, scaled(start, 0.9));
  jest.advanceTimersByTime(20);
  show(chart, scaled(start, 0.5)); // held: the axis still ends at 5.4 million
  expect(chart.scales.y?.max).toBe(5.4e6);
  jest.advanceTimersByTime(SETTLE_MS - 1);
  expect(chart.scales.y?.max).toBe(5.4e6);
  jest.advanceTimersByTime(1);
  const fitted = chartOf(scaled(start, 0.5), []);
  expect(chart.scales.y?.max).toBe(3e6);
  expect(chart.scales.y?.ticks.map((t) => t.value)).toEqual(fitted.scales.y?.ticks.map((t) => t.value));
  expect(places(chart)).toEqual(places(fitted));
  fitted.destroy();
  chart.destroy();
});

it('puts back the axes, grid and labels from a copy in a live drawing, and draws the series as before; copies them anew after a full update', () => {
  const start: Figures = { measures: [[1e6, 2e6, 3e6, 4e6, 5e6, 6e6], [5e5, 5e5, 5e5, 5e5, 5e5, 5e5]], target: [0, 1e6, 2e6, 3e6, 8e6, 9e6], net: true };
  const chart = chartOf(start);
  // jest-canvas-mock records every call (events) and, of them, what paints (draw calls). It drops
  // chart.js's fillText calls (their maxWidth is undefined), so the axis labels show as the fonts
  // and rotations set to draw them.
  type Call = { type: string; props: Record<string, unknown> };
  const ctx = chart.ctx as unknown as { __getDrawCalls(): Call[]; __getEvents(): Call[]; __clearDrawCalls(): void; __clearEvents(): void };
  const drawing = (figures: Figures) => {
    ctx.__clearDrawCalls();
    ctx.__clearEvents();
    show(chart, figures);
    const texts = ctx.__getEvents().filter((c) => c.type === 'font' || c.type === 'rotate');
    return { calls: ctx.__getDrawCalls(), texts };
  };
  jest.advanceTimersByTime(1000);
  const full = drawing(scaled(start, 0.9)); // the first edit after a rest: chart.js's update
  jest.advanceTimersByTime(20);
  const first = drawing(scaled(start, 0.8)); // live: draws the axes as chart.js does, and copies them
  jest.advanceTimersByTime(20);
  const second = drawing(scaled(start, 0.8)); // live again, the same figures: the copy
  // One rotation per tick label: the first live drawing draws the labels, as the full one did.
  const rotations = (texts: { type: string }[]) => texts.filter((c) => c.type === 'rotate').length;
  expect(rotations(first.texts)).toBe(rotations(full.texts));
  expect(rotations(first.texts)).toBeGreaterThanOrEqual(YEARS);
  expect(first.calls[1]?.type).not.toBe('drawImage');
  // chart.js clears the canvas, the copy goes back, whole, at the origin …
  expect(second.calls.map((c) => c.type).slice(0, 2)).toEqual(['clearRect', 'drawImage']);
  expect(second.calls[1]?.props).toMatchObject({ dx: 0, dy: 0 });
  expect(second.texts).toEqual([]);
  // … and then the same series drawn the same way as in the drawing that made the copy.
  const series = second.calls.slice(2);
  expect(series.length).toBeGreaterThan(0);
  expect(series).toEqual(first.calls.slice(first.calls.length - series.length));
  expect(second.calls.length).toBeLessThan(first.calls.length);
  // Once the edits rest, chart.js draws it all; the next drawing copies the axes anew.
  jest.advanceTimersByTime(SETTLE_MS);
  jest.advanceTimersByTime(1000);
  drawing(scaled(start, 0.7));
  jest.advanceTimersByTime(20);
  const again = drawing(scaled(start, 0.6));
  expect(again.calls[1]?.type).not.toBe('drawImage');
  expect(rotations(again.texts)).toBe(rotations(full.texts));
  chart.destroy();
});

it('draws the series over the moving ones that do not move (the band, the target) once in a drag, and puts them back in their place', () => {
  const start: Figures = {
    measures: [[1e6, 2e6, 3e6, 4e6, 5e6, 6e6], [5e5, 5e5, 5e5, 5e5, 5e5, 5e5]],
    target: [0, 1e6, 2e6, 3e6, 8e6, 9e6],
    net: true,
    band: [1e6, 2e6, 3e6, 4e6, 5e6, 6e6],
  };
  // As the app has them: the measures drawn by measureSegments, which ends the hook for them.
  const chart = chartOf(start, [liveBars, measureSegments]);
  const ctx = chart.ctx as unknown as { __getDrawCalls(): { type: string; props: Record<string, unknown> }[]; __clearDrawCalls(): void };
  // What reaches the chart's canvas, in order: a series drawn by chart.js, or an image put back.
  let log: string[] = [];
  const elsewhere: string[] = [];
  const own = chart.ctx;
  chart.data.datasets.forEach((dataset, i) => {
    const controller = chart.getDatasetMeta(i).controller as unknown as { draw(): void; _ctx: unknown };
    const draw = controller.draw.bind(controller);
    controller.draw = () => {
      (controller._ctx === own ? log : elsewhere).push(String(dataset.label));
      draw();
    };
  });
  const drawImage = chart.ctx.drawImage.bind(chart.ctx);
  const images: unknown[] = [];
  chart.ctx.drawImage = ((image: CanvasImageSource, ...rest: number[]) => {
    if (!images.includes(image)) images.push(image);
    log.push(`image ${images.indexOf(image)}`);
    (drawImage as (...args: unknown[]) => void)(image, ...rest);
  }) as typeof chart.ctx.drawImage;
  const drawing = (figures: Figures) => {
    log = [];
    elsewhere.length = 0;
    ctx.__clearDrawCalls();
    show(chart, figures);
    return { log: [...log], elsewhere: [...elsewhere], calls: ctx.__getDrawCalls() };
  };
  jest.advanceTimersByTime(1000);
  const full = drawing(scaled(start, 0.9)); // chart.js's update draws every series itself
  expect(full.log).toEqual(['gap', 'band', 'net', 'target']);
  jest.advanceTimersByTime(20);
  // The first live drawing: the band and the target drawn apart, once, and put back as images
  // where chart.js draws them: the band after the shortfall and before the net marker, the
  // target last. (Image 0 is the copy of the axes, put back from the next drawing on.)
  const first = drawing(scaled(start, 0.8));
  expect(first.elsewhere).toEqual(['band', 'target']);
  expect(first.log).toEqual(['gap', 'image 0', 'net', 'image 1']);
  jest.advanceTimersByTime(20);
  const second = drawing(scaled(start, 0.7));
  expect(second.elsewhere).toEqual([]);
  expect(second.log).toEqual(['image 2', 'gap', 'image 0', 'net', 'image 1']);
  // Put back whole, at the canvas's origin, as the copy of the axes is.
  const putBack = second.calls.filter((c) => c.type === 'drawImage');
  expect(putBack).toHaveLength(3);
  for (const c of putBack) expect(c.props).toMatchObject({ dx: 0, dy: 0, dWidth: 600, dHeight: 400 });
  // A drawing of chart.js's own (a hover's) may change how they look: the next live move draws them anew.
  chart.render();
  jest.advanceTimersByTime(20);
  const afterHover = drawing(scaled(start, 0.6));
  expect(afterHover.elsewhere).toEqual(['band', 'target']);
  // A rest fits the axis again: chart.js draws it all, and the next drag draws them anew.
  jest.advanceTimersByTime(SETTLE_MS);
  jest.advanceTimersByTime(1000);
  expect(drawing(scaled(start, 0.7)).log).toEqual(['gap', 'band', 'net', 'target']);
  jest.advanceTimersByTime(20);
  expect(drawing(scaled(start, 0.6)).elsewhere).toEqual(['band', 'target']);
  // Every element still where chart.js puts it for these figures on this axis.
  expect(places(chart)).toEqual(reference(chart, config(scaled(start, 0.6))));
  chart.destroy();
});

it('takes chart.js’s own update while a tooltip shows figures, so that they follow the bars', () => {
  const start: Figures = { measures: [[1e6, 2e6, 3e6, 4e6, 5e6, 6e6]], target: [0, 0, 0, 0, 0, 0], net: false };
  Chart.register(Tooltip);
  const chart = chartOf(start);
  jest.advanceTimersByTime(1000);
  show(chart, scaled(start, 0.9));
  chart.tooltip?.setActiveElements([{ datasetIndex: 0, index: 5 }], { x: 300, y: 200 });
  jest.advanceTimersByTime(20);
  const updateElements = jest.spyOn(chart.getDatasetMeta(0).controller, 'updateElements');
  show(chart, scaled(start, 0.8));
  expect(updateElements).toHaveBeenCalled();
  chart.destroy();
  Chart.unregister(Tooltip);
});

it('takes chart.js’s own update for the first edit after a rest and for any change but the figures', () => {
  const start: Figures = { measures: [[1e6, 2e6, 3e6, 4e6, 5e6, 6e6]], target: [0, 1e6, 2e6, 3e6, 4e6, 5e6], net: false };
  const chart = chartOf(start);
  const updates = () => (chart.getDatasetMeta(0).controller.updateElements as jest.Mock).mock.calls.length;
  jest.spyOn(chart.getDatasetMeta(0).controller, 'updateElements');
  jest.advanceTimersByTime(1000);
  show(chart, scaled(start, 0.9));
  expect(updates()).toBe(1);
  expect(chart.scales.y?.max).toBe(5.4e6); // fitted: the first edit is not a drag
  // A new target in the middle of a drag.
  jest.advanceTimersByTime(20);
  show(chart, { ...scaled(start, 0.9), target: [0, 0, 0, 0, 0, 1e7] });
  expect(updates()).toBe(2);
  // A new colour.
  jest.advanceTimersByTime(20);
  (chart.data.datasets[0] as { backgroundColor?: string }).backgroundColor = '#123456';
  show(chart, { ...scaled(start, 0.8), target: [0, 0, 0, 0, 0, 1e7] });
  expect(updates()).toBe(3);
  // New labels.
  jest.advanceTimersByTime(20);
  chart.data.labels = ['a', 'b', 'c', 'd', 'e', 'f'];
  show(chart, { ...scaled(start, 0.7), target: [0, 0, 0, 0, 0, 1e7] });
  expect(updates()).toBe(4);
  chart.destroy();
});

it('counts a first move that takes chart.js’s update (the band turning stale with it) as the drag’s: the next move is live', () => {
  const start: Figures = { measures: [[1e6, 2e6, 3e6, 4e6, 5e6, 6e6]], target: [0, 1e6, 2e6, 3e6, 4e6, 5e6], net: false };
  const chart = chartOf(start);
  jest.advanceTimersByTime(1000);
  // The first move of a drag, and a series restyled with it (as the band turns stale).
  (chart.data.datasets[1] as { backgroundColor?: string }).backgroundColor = '#123456';
  show(chart, scaled(start, 0.9));
  jest.advanceTimersByTime(20);
  const updateElements = jest.spyOn(chart.getDatasetMeta(0).controller, 'updateElements');
  show(chart, scaled(start, 0.8));
  expect(updateElements).not.toHaveBeenCalled();
  expect(places(chart)).toEqual(reference(chart, config(scaled(start, 0.8))));
  chart.destroy();
});

it('takes chart.js’s own update on a canvas without pixels (nothing to copy the axes or still series from)', () => {
  const start: Figures = { measures: [[1e6, 2e6, 3e6, 4e6, 5e6, 6e6]], target: [0, 1e6, 2e6, 3e6, 4e6, 5e6], net: true };
  const chart = chartOf(start);
  chart.canvas.width = 0;
  jest.advanceTimersByTime(1000);
  show(chart, scaled(start, 0.9));
  jest.advanceTimersByTime(20);
  const updateElements = jest.spyOn(chart.getDatasetMeta(0).controller, 'updateElements');
  expect(() => show(chart, scaled(start, 0.8))).not.toThrow();
  expect(updateElements).toHaveBeenCalled();
  chart.destroy();
});

it('moves the cumulative savings (one series without a stack, a line over it) as chart.js would', () => {
  const cumulative = (values: number[]): ChartConfiguration<'bar' | 'line', Point[], string> => ({
    type: 'bar',
    data: {
      labels: values.map((_, i) => String(2026 + i)),
      datasets: [
        { type: 'bar', label: 'cumulatief', data: values, grouped: false },
        { type: 'line', label: 'P50', data: values.map((v) => v * 0.9), stack: 'band:p50' },
      ],
    },
    options: { responsive: false, animation: false, scales: { x: { stacked: true }, y: { stacked: true, bounds: 'data', grace: '3%' } } },
  });
  const start = [1e6, 2e6, 3e6, 4e6];
  const chart = canvasChart({ ...cumulative(start), plugins: [liveBars] });
  const move = (k: number) => {
    const next = cumulative(start.map((v) => v * k)).data.datasets;
    next.forEach((d, i) => ((chart.data.datasets[i] as ChartDataset<'bar' | 'line', Point[]>).data = d.data));
    chart.update('none');
  };
  jest.advanceTimersByTime(1000);
  move(0.95);
  jest.advanceTimersByTime(20);
  const updateElements = jest.spyOn(chart.getDatasetMeta(0).controller, 'updateElements');
  move(0.9);
  expect(updateElements).not.toHaveBeenCalled();
  // chart.js's own placing of the same figures on the same axis.
  expect(places(chart)).toEqual(reference(chart, cumulative(start.map((v) => v * 0.9))));
  chart.destroy();
});
