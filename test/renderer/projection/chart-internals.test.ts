// The adapter over chart.js's private fields (renderer/components/projection/chart-internals.ts),
// held to what real chart.js does on jsdom's recording canvas. When chart.js changes what the
// adapter relies on, one of these fails: read the adapter before upgrading chart.js.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  type ChartConfiguration,
  type ChartDataset,
} from 'chart.js';
import {
  CHART_JS_VERSION,
  drawDatasetsOn,
  forgetSharedOptions,
  inflateAmountOf,
  layersOf,
  placementOf,
  refreshLinePoints,
  setLayers,
} from '../../../renderer/components/projection/chart-internals';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale);

interface Recording {
  __getDrawCalls(): { type: string }[];
  __clearDrawCalls(): void;
}

const ROOT = path.resolve(__dirname, '../../..');

function chart(): Chart<'bar' | 'line', number[], string> {
  const canvas = document.createElement('canvas');
  canvas.width = 400;
  canvas.height = 300;
  const config: ChartConfiguration<'bar' | 'line', number[], string> = {
    type: 'bar',
    data: {
      labels: ['2026', '2027', '2028'],
      datasets: [
        { type: 'bar', label: 'a', data: [1, 2, 3], borderWidth: 0, inflateAmount: 0 },
        { type: 'line', label: 'b', data: [3, 2, 1] },
      ],
    },
    options: { responsive: false, animation: false },
  };
  return new Chart(canvas, config);
}

function recordingContext(): CanvasRenderingContext2D & Recording {
  const canvas = document.createElement('canvas');
  canvas.width = 400;
  canvas.height = 300;
  return canvas.getContext('2d') as unknown as CanvasRenderingContext2D & Recording;
}

describe('chart.js internals, through their one adapter', () => {
  it('are read from the chart.js version that package.json pins exactly', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const installed = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/chart.js/package.json'), 'utf8')) as { version: string };
    expect(pkg.devDependencies['chart.js']).toBe(CHART_JS_VERSION);
    expect(installed.version).toBe(CHART_JS_VERSION);
  });

  it('layers: chart.js draws what the list holds, scales under the series (z ≤ 0)', () => {
    const c = chart();
    const layers = layersOf(c);
    expect(layers.length).toBeGreaterThan(0);
    for (const layer of layers) {
      expect(typeof layer.z).toBe('number');
      expect(typeof layer.draw).toBe('function');
    }
    const drawn: number[] = [];
    setLayers(
      c,
      layers.map((layer, i) => ({ z: layer.z, draw: () => void drawn.push(i) })),
    );
    c.draw();
    expect(drawn).toEqual(layers.map((_, i) => i));
    setLayers(c, []);
    drawn.length = 0;
    c.draw();
    expect(drawn).toEqual([]);
    c.destroy();
  });

  it('drawDatasetsOn draws the series on the given context, as chart.js draws them on its own, and gives the chart its context back', () => {
    const c = chart();
    const own = c.ctx as unknown as Recording;
    const metas = [c.getDatasetMeta(0), c.getDatasetMeta(1)];
    own.__clearDrawCalls();
    for (const meta of metas) (c as unknown as { _drawDataset(m: unknown): void })._drawDataset(meta);
    const direct = own.__getDrawCalls().map((call) => call.type);
    expect(direct.length).toBeGreaterThan(0);

    own.__clearDrawCalls();
    const other = recordingContext();
    drawDatasetsOn(c, metas, other);
    expect(other.__getDrawCalls().map((call) => call.type)).toEqual(direct);
    expect(own.__getDrawCalls()).toEqual([]);
    expect(c.ctx).toBe(own);
    for (const meta of metas) expect((meta.controller as unknown as { _ctx: unknown })._ctx).toBe(own);
    c.destroy();
  });

  it('placementOf reads a bar where chart.js put it, without a copy; inflateAmountOf is the hover inflation', () => {
    const c = chart();
    const bar = c.getDatasetMeta(0).data[1] as BarElement;
    const place = placementOf(bar);
    expect(place).toBe(bar as unknown);
    expect(place).toMatchObject({ x: expect.any(Number), y: expect.any(Number), base: expect.any(Number), width: expect.any(Number) });
    expect(place.y).toBeLessThan(place.base);
    expect(inflateAmountOf(bar)).toBe(0);
    (c.data.datasets[0] as ChartDataset<'bar', number[]>).inflateAmount = 2;
    c.update();
    expect(inflateAmountOf(c.getDatasetMeta(0).data[1] as BarElement)).toBe(2);
    c.destroy();
  });

  it('refreshLinePoints: a line draws from its moved points', () => {
    const c = chart();
    const meta = c.getDatasetMeta(1);
    const points = meta.data as unknown as { y: number }[];
    const line = meta.dataset as unknown as { points: { y: number }[] };
    expect(line.points).toBe(points);
    const moved = points.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p)), p, { y: p.y - 10 }));
    meta.data = moved as never;
    refreshLinePoints(meta);
    expect(line.points).toBe(moved);
    c.destroy();
  });

  it('forgetSharedOptions: an update without animation applies a series’ new colour, which chart.js alone does not (chartjs/Chart.js#11507)', () => {
    const colours = (forget: boolean) => {
      const c = chart();
      const colour = () => (c.getDatasetMeta(0).data[1] as unknown as { options: { backgroundColor: string } }).options.backgroundColor;
      const before = colour();
      (c.data.datasets[0] as ChartDataset<'bar', number[]>).backgroundColor = '#E69F00';
      // The controllers are built already: forgetting now is as forgetting in beforeElementsUpdate.
      if (forget) forgetSharedOptions(c);
      c.update('none');
      const after = colour();
      c.destroy();
      return { before, after };
    };
    // chart.js keeps the options its elements share as first resolved: the old colour stays.
    const alone = colours(false);
    expect(alone.before).not.toBe('#E69F00');
    expect(alone.after).toBe(alone.before);
    expect(colours(true).after).toBe('#E69F00');
  });
});
