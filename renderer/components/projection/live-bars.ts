// The savings chart during a drag: a slider sends a new projection every frame, and chart.js's
// update (re-resolving every option, re-parsing and re-stacking every series, re-fitting both
// axes and their labels) took about 9.5 of the 15.6 ms a move's input handler took on the large
// scenario (the rest: React, the projection, the undoable commit). While edits
// follow each other within SETTLE_MS, this plugin moves the bars, the shortfall segments and
// the markers itself, on the axis as it stands, and redraws: the same geometry chart.js computes
// for that axis (test/renderer/projection/live-bars.test.ts holds it to that with real chart.js).
// It decides before chart.js's update begins (it wraps chart.update), and a live drawing puts
// back the grid, axes and labels from a copy instead of drawing their text again; the series
// that lie over the moving ones and do not move themselves (the target, the Monte Carlo band)
// come back from images of them drawn once on the held axis (the Chromium test in
// test/e2e/projection.test.ts holds the pixels to chart.js's own drawing).
// The axis holds still during a drag, so a bar's growth reads as growth, not as a rescaled
// axis; it grows at once when a bar would leave it, and it fits the data again when the edits
// rest for SETTLE_MS (a full update). Anything else that changed (labels, series, options, the
// target, the Monte Carlo band) takes chart.js's own update at once.
import type { Chart, ChartDataset, ChartMeta, Plugin } from 'chart.js';
import { drawDatasetsOn, layersOf, refreshLinePoints, setLayers, type Layer } from './chart-internals';
import { SETTLE_MS } from './uncertainty-store';

/** One bar's or marker's place on the canvas, as chart.js keeps it on its element. */
interface BarPlace {
  y: number;
  base: number;
  height: number;
}
interface PointPlace {
  y: number;
  skip: boolean;
}

/** What the last full update drew, to tell a data-only change from anything else. */
interface Drawn {
  labels: readonly unknown[];
  options: readonly unknown[];
  datasets: readonly { props: Record<string, unknown>; data: readonly unknown[] }[];
}

interface LiveState {
  drawn?: Drawn;
  /** When the data last changed (performance.now()). */
  changedAt: number;
  /** The stacks moved since the last full update: their bars stand on a held axis. */
  moved: Set<string>;
  /** The full update due once the edits rest. */
  timer?: ReturnType<typeof setTimeout>;
  /** The settling update is a full one, whatever changed. */
  settling: boolean;
  /** This full update comes in a drag: its axis gets room to grow (DRAG_ROOM). */
  inDrag: boolean;
  /** A live move's drawing is in progress. */
  drawingLive: boolean;
  /**
   * What lies under the series on the held axis (the grid, the axes, their labels and title),
   * copied from the first live drawing since the last full update: a live drawing puts it back
   * instead of drawing it again. Text is most of what chart.js draws on a software canvas.
   */
  under?: HTMLCanvasElement;
  /** chart.js's layers, set aside during a live drawing that puts back `under`. */
  layers?: Layer[];
  /**
   * The series drawn over a moving one that do not move themselves (the target, the Monte Carlo
   * band and its median over the bars), each run of them drawn once on the held axis, on a
   * transparent canvas of its own: a live drawing puts the image back where they would be drawn.
   * By the series drawn just after the run (LAST: none).
   */
  still: Map<number, StillRun>;
}

/** A run of series that do not move, drawn in chart.js's order, as an image. */
interface StillRun {
  /** The series it holds (their indices, in drawing order). */
  key: string;
  image: HTMLCanvasElement;
}

/**
 * A full update in a drag (a bar left the held axis) gives the axis this much of its range more
 * on the side(s) away from zero, so that the next moves of the same drag fit again.
 */
export const DRAG_ROOM = 0.1;

const states = new WeakMap<Chart, LiveState>();

function stateOf(chart: Chart): LiveState {
  let state = states.get(chart);
  if (!state) {
    state = { changedAt: -Infinity, moved: new Set(), settling: false, inDrag: false, drawingLive: false, still: new Map() };
    states.set(chart, state);
  }
  return state;
}

/** The same value, or arrays of the same values (a floating bar's [from, to], a colour list). */
function same(x: unknown, y: unknown): boolean {
  return Object.is(x, y) || (Array.isArray(x) && Array.isArray(y) && sameValues(x, y));
}

/** Array values equal one by one. */
function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
  return true;
}

function sameProps(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (!same(a[key], b[key])) return false;
  return true;
}

function propsOf(dataset: ChartDataset): Record<string, unknown> {
  const { data: _data, ...props } = dataset as ChartDataset & Record<string, unknown>;
  return props;
}

/**
 * The chart's options as given, by identity: new options (react-chartjs-2 assigns them onto the
 * chart) bring new objects. Not `scales`: chart.js merges that into a new object on every update.
 */
function topOptions(chart: Chart): unknown[] {
  return Object.entries(chart.config.options ?? {})
    .filter(([key]) => key !== 'scales')
    .map(([, value]) => value);
}

function drawnOf(chart: Chart): Drawn {
  return {
    labels: [...(chart.data.labels ?? [])],
    options: topOptions(chart),
    datasets: chart.data.datasets.map((d) => ({ props: propsOf(d), data: d.data as unknown[] })),
  };
}

/** A linear scale's reading of a raw value, as chart.js parses it (not finite → no value). */
function parseValue(raw: unknown): number | null {
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
}

/** chart.js's stack key: the same `stack` (or, without one, the same type) stacks together. */
function stackKey(meta: ChartMeta): string {
  return String(meta.stack || meta.type);
}

/**
 * Where every bar and marker of the visible series in `stacks` goes for the data now in
 * `chart.data`, on the chart's current value axis: chart.js's own arithmetic (applyStack,
 * _calculateBarValuePixels, the line controller's updateElements), step by step in the same
 * order so that the floating-point sums come out the same, without re-fitting the axis. Null
 * when a value would leave the axis or a series is of a kind this does not place (a filled
 * line, a bar with a minimum length or its own base, a horizontal chart).
 */
function livePlaces(chart: Chart, stacks: ReadonlySet<string>): Map<number, (BarPlace | PointPlace)[]> | null {
  const scale = chart.scales.y;
  if (!scale || scale.isHorizontal()) return null;
  const { min, max } = scale;
  const metas = chart.getSortedVisibleDatasetMetas().filter((meta) => stacks.has(stackKey(meta)));
  const values: Entry[][] = [];
  for (const meta of metas) {
    const entries = ((chart.data.datasets[meta.index]?.data ?? []) as unknown[]).map(parseEntry);
    if (entries.includes(null)) return null;
    values.push(entries as Entry[]);
  }
  const stacked = Boolean((scale.options as { stacked?: unknown }).stacked);
  const zeroPixel = scale.getPixelForValue(0);
  const halfZeroLine = scale.getLineWidthForValue(0) / 2;
  const basePixel = scale.getBasePixel();
  const inAxis = (v: number) => v >= min && v <= max;
  const places = new Map<number, (BarPlace | PointPlace)[]>();
  const keys = metas.map(stackKey);

  for (let m = 0; m < metas.length; m++) {
    const meta = metas[m] as ChartMeta;
    const dataset = chart.data.datasets[meta.index] as ChartDataset & { fill?: unknown; minBarLength?: number; base?: number };
    if (dataset.fill || dataset.minBarLength || dataset.base !== undefined) return null;
    const key = keys[m];
    const mine = values[m] as Entry[];
    const out: (BarPlace | PointPlace)[] = [];
    for (let i = 0; i < mine.length; i++) {
      const { value, floating } = mine[i] as Entry;
      // applyStack: the value plus each earlier series' value in the same stack, in order, where
      // the sum so far is zero or has that value's sign.
      let stackedValue = value;
      if (stacked && stackedValue !== null) {
        for (let k = 0; k < m; k++) {
          if (keys[k] !== key) continue;
          const o = values[k]?.[i]?.value;
          if (typeof o === 'number' && (stackedValue === 0 || Math.sign(stackedValue) === Math.sign(o))) stackedValue += o;
        }
      }

      if (meta.type === 'bar') {
        if (value === null || stackedValue === null) {
          // No size at all, as chart.js leaves it (NaN): nothing is drawn.
          out.push({ y: basePixel, base: basePixel, height: Number.NaN });
          continue;
        }
        let start = 0;
        let length = stackedValue;
        let v = value;
        if (length !== v) {
          start = length - v;
          length = v;
        }
        if (floating) {
          v = floating.barStart;
          length = floating.barEnd - floating.barStart;
          if (v !== 0 && Math.sign(v) !== Math.sign(floating.barEnd)) start = 0;
          start += v;
        }
        if (!inAxis(start) || !inAxis(start + length)) return null;
        let base = scale.getPixelForValue(start);
        const head = scale.getPixelForValue(start + length);
        let size = head - base;
        if (base === zeroPixel) {
          const halfGrid = Math.sign(size) * halfZeroLine;
          base += halfGrid;
          size -= halfGrid;
        }
        out.push({ y: head, base, height: Math.abs(size) });
      } else if (meta.type === 'line') {
        if (stackedValue === null) {
          out.push({ y: basePixel, skip: true });
          continue;
        }
        if (!inAxis(stackedValue)) return null;
        const y = scale.getPixelForValue(stackedValue);
        out.push({ y, skip: Number.isNaN(y) });
      } else return null;
    }
    places.set(meta.index, out);
  }
  return places;
}

/** A data point as chart.js parses it: its value, and a floating bar's two ends. */
interface Entry {
  value: number | null;
  floating: { barStart: number; barEnd: number } | null;
}

/** A floating bar [from, to] keeps as its value the end farthest from zero, as chart.js does. */
function parseEntry(raw: unknown): Entry | null {
  if (!Array.isArray(raw)) return { value: parseValue(raw), floating: null };
  const a = parseValue(raw[0]);
  const b = parseValue(raw[1]);
  // chart.js reads a missing end as zero; the savings chart never sends one, so leave it to chart.js.
  if (a === null || b === null) return null;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const floating = Math.abs(lo) > Math.abs(hi) ? { barStart: hi, barEnd: lo } : { barStart: lo, barEnd: hi };
  return { value: floating.barEnd, floating };
}

/**
 * The data-only change since the last full update, if that is all there is: the same labels,
 * options and series (every property but `data`), each series as long as before, and no filled
 * series (the Monte Carlo band) among the changed ones. Null when a full update is needed.
 */
function changedSeries(chart: Chart, drawn: Drawn): number[] | null {
  const datasets = chart.data.datasets;
  if (datasets.length !== drawn.datasets.length) return null;
  if (!sameValues(chart.data.labels ?? [], drawn.labels)) return null;
  if (!sameValues(topOptions(chart), drawn.options)) return null;
  const changed: number[] = [];
  for (let i = 0; i < datasets.length; i++) {
    const dataset = datasets[i] as ChartDataset;
    const before = drawn.datasets[i] as Drawn['datasets'][number];
    const data = dataset.data as unknown[];
    if (data.length !== before.data.length || !sameProps(propsOf(dataset), before.props)) return null;
    if (data === before.data || sameValues(data, before.data)) continue;
    if ((dataset as { fill?: unknown }).fill) return null;
    changed.push(i);
  }
  return changed;
}

/** Moves the elements to their places; a line's cached path is dropped with its points. */
function place(chart: Chart, places: Map<number, (BarPlace | PointPlace)[]>): void {
  for (const [index, list] of places) {
    const meta = chart.getDatasetMeta(index);
    list.forEach((p, i) => Object.assign(meta.data[i] as object, p));
    refreshLinePoints(meta);
  }
}

/** The full update that fits the axis to the data again, SETTLE_MS after the last edit. */
function settleLater(chart: Chart, state: LiveState): void {
  clearTimeout(state.timer);
  state.timer = setTimeout(() => {
    state.timer = undefined;
    state.settling = true;
    try {
      chart.update('none');
    } finally {
      state.settling = false;
    }
  }, SETTLE_MS);
}

/**
 * Moves and draws the bars for the data now in the chart, if this update can be a live move.
 * False when chart.js's full update is needed.
 */
function liveMove(chart: Chart, state: LiveState): boolean {
  const drawn = state.drawn;
  if (state.settling || !drawn) return false;
  // Nothing to copy from a canvas without pixels (drawImage throws on one): chart.js's update.
  if (chart.canvas.width === 0 || chart.canvas.height === 0) return false;
  // A tooltip on the chart shows figures: chart.js's update brings it up to date with them.
  if ((chart.tooltip?.getActiveElements().length ?? 0) > 0) return false;
  const changed = changedSeries(chart, drawn);
  const now = performance.now();
  const rapid = now - state.changedAt < SETTLE_MS;
  // A change that takes chart.js's update counts too: when the Monte Carlo band turns stale at
  // the first move of a drag, the second move is the drag's, not a first edit after a rest.
  if (changed === null || changed.length > 0) state.changedAt = now;
  if (changed === null) return false;
  if (changed.length === 0 && state.moved.size === 0) return false;
  // A first edit after a rest takes the full update: its axis fits the data.
  if (!rapid && state.moved.size === 0) return false;
  const stacks = new Set(state.moved);
  for (const index of changed) stacks.add(stackKey(chart.getDatasetMeta(index)));
  const places = livePlaces(chart, stacks);
  if (!places) {
    state.inDrag = true;
    return false;
  }
  place(chart, places);
  state.moved = stacks;
  settleLater(chart, state);
  const hidden = setAsideStill(chart, state, stacks);
  state.drawingLive = true;
  try {
    chart.render();
  } finally {
    state.drawingLive = false;
    for (const meta of hidden) meta.visible = true;
    restoreLayers(chart, state);
  }
  return true;
}

/** The end of chart.js's loop over the series: a run drawn last goes back in afterDatasetsDraw. */
const LAST = -1;

/**
 * The runs of series chart.js draws after some moving series that do not move themselves, in its
 * drawing order (the sorted series, last first), each with the moving series drawn just after
 * it (LAST if none): the image goes back as that one's drawing begins.
 */
function stillRuns(chart: Chart, stacks: ReadonlySet<string>): { before: number; metas: ChartMeta[] }[] {
  const runs: { before: number; metas: ChartMeta[] }[] = [];
  let run: { before: number; metas: ChartMeta[] } | null = null;
  let moving = false;
  for (const meta of chart.getSortedVisibleDatasetMetas().reverse()) {
    if (stacks.has(stackKey(meta))) {
      moving = true;
      if (run) run.before = meta.index;
      run = null;
    } else if (moving) {
      if (!run) {
        run = { before: LAST, metas: [] };
        runs.push(run);
      }
      run.metas.push(meta);
    }
  }
  return runs;
}

/**
 * Makes (or keeps) the images of the still runs for this drawing and takes their series out of
 * chart.js's loop (the caller puts them back); beforeDatasetDraw and afterDatasetsDraw put the
 * images back in their place.
 */
function setAsideStill(chart: Chart, state: LiveState, stacks: ReadonlySet<string>): ChartMeta[] {
  const still = new Map<number, StillRun>();
  const hidden: ChartMeta[] = [];
  for (const run of stillRuns(chart, stacks)) {
    const key = run.metas.map((meta) => meta.index).join(',');
    const known = state.still.get(run.before);
    const fits = known?.key === key && known.image.width === chart.canvas.width && known.image.height === chart.canvas.height;
    const image = fits ? known.image : drawnApart(chart, run.metas);
    if (!image) continue;
    still.set(run.before, { key, image });
    hidden.push(...run.metas);
  }
  state.still = still;
  for (const meta of hidden) meta.visible = false;
  return hidden;
}

/** chart.js's controllers draw on the context they were made with; the chart on `ctx`. */
/**
 * The series drawn by chart.js, as it draws them on the chart (its clip, the plugins' hooks: the
 * Filler's band), on a transparent canvas of the chart's size: its context stands in for the
 * chart's while they are drawn.
 */
function drawnApart(chart: Chart, metas: readonly ChartMeta[]): HTMLCanvasElement | null {
  const image = blankLike(chart.canvas);
  const ctx = image.getContext('2d');
  if (!ctx) return null;
  const ratio = chart.currentDevicePixelRatio;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  drawDatasetsOn(chart, metas, ctx);
  return image;
}

/** An image the size of the canvas, drawn whole at its origin. */
function putBack(chart: Chart, image: HTMLCanvasElement): void {
  const { ctx } = chart;
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.drawImage(image, 0, 0);
  ctx.restore();
}

function restoreLayers(chart: Chart, state: LiveState): void {
  if (!state.layers) return;
  setLayers(chart, state.layers);
  state.layers = undefined;
}

/** A copy of the canvas as it stands. */
function copyOf(canvas: HTMLCanvasElement): HTMLCanvasElement {
  const copy = blankLike(canvas);
  copy.getContext('2d')?.drawImage(canvas, 0, 0);
  return copy;
}

/** A transparent canvas of the same size. */
function blankLike(canvas: HTMLCanvasElement): HTMLCanvasElement {
  const blank = canvas.ownerDocument.createElement('canvas');
  blank.width = canvas.width;
  blank.height = canvas.height;
  return blank;
}

export const liveBars: Plugin<'bar' | 'line'> = {
  id: 'liveBars',
  install(chart) {
    // Ahead of chart.js's update, not in its beforeUpdate hook: by then it has re-resolved every
    // option and rebuilt the scales, about a third of what a live move cost, and a live move
    // needs neither. Only the data updates the app makes ('none'); a resize lays out anew.
    const update = chart.update.bind(chart);
    chart.update = (mode) => {
      const state = stateOf(chart);
      state.inDrag = false;
      if (mode === 'none' && liveMove(chart, state)) return;
      update(mode);
    };
  },
  beforeDraw(chart) {
    const state = stateOf(chart);
    const under = state.under;
    if (!state.drawingLive || !under) return;
    const { canvas } = chart;
    if (under.width !== canvas.width || under.height !== canvas.height) {
      // Not the canvas it was copied from (a resize is a full update, so this should not be).
      state.under = undefined;
      return;
    }
    // chart.js has just cleared the canvas: what lies under the series comes back as drawn before,
    // and chart.js draws only the layers above them (none, on the savings chart) and the series.
    putBack(chart, under);
    state.layers = layersOf(chart);
    setLayers(chart, state.layers.filter((layer) => layer.z > 0));
  },
  beforeDatasetsDraw(chart) {
    const state = stateOf(chart);
    if (state.layers) restoreLayers(chart, state);
    // The first live drawing on this axis: the layers under the series are drawn, copy them.
    else if (state.drawingLive) state.under = copyOf(chart.canvas);
  },
  beforeDatasetDraw(chart, { index }) {
    // The still series that chart.js would have drawn before this one, as they were drawn. The
    // Filler has drawn nothing for this one yet: a moving series has no fill (livePlaces).
    // Ahead of measureSegments, which draws the measure series itself and ends the hook.
    const state = stateOf(chart);
    const run = state.drawingLive ? state.still.get(index) : undefined;
    if (run) putBack(chart, run.image);
  },
  afterDatasetsDraw(chart) {
    const state = stateOf(chart);
    const run = state.drawingLive ? state.still.get(LAST) : undefined;
    if (run) putBack(chart, run.image);
  },
  afterDraw(chart) {
    // Any other drawing (a hover's) may have changed how the still series look: draw them anew.
    if (!stateOf(chart).drawingLive) stateOf(chart).still = new Map();
  },
  afterDataLimits(chart, { scale }) {
    const state = stateOf(chart);
    if (!state.inDrag || scale.id !== 'y') return;
    const room = (scale.max - scale.min) * DRAG_ROOM;
    if (scale.max > 0) scale.max += room;
    if (scale.min < 0) scale.min -= room;
  },
  afterUpdate(chart) {
    const state = stateOf(chart);
    state.drawn = drawnOf(chart);
    // The axis may have moved, its labels with it: the next live drawing copies them anew.
    state.under = undefined;
    state.still = new Map();
    state.moved = new Set();
    clearTimeout(state.timer);
    state.timer = undefined;
    if (state.inDrag) settleLater(chart, state);
    state.inDrag = false;
  },
  afterDestroy(chart) {
    clearTimeout(states.get(chart)?.timer);
    states.delete(chart);
  },
};
