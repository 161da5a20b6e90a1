// chartToPng redraws a chart at the ratio that makes it slide-wide, and puts it back after.
import { chartToPng, type ChartLike } from '../../../renderer/components/export/chart-png';

function fakeChart(cssWidth: number): ChartLike & { ratios: (number | undefined)[] } {
  const canvas = document.createElement('canvas');
  const chart = {
    canvas,
    width: cssWidth,
    options: { devicePixelRatio: undefined as number | undefined },
    ratios: [] as (number | undefined)[],
    resize() {
      const ratio = chart.options.devicePixelRatio ?? 1;
      chart.ratios.push(chart.options.devicePixelRatio);
      canvas.width = Math.round(cssWidth * ratio);
      canvas.height = Math.round(cssWidth * 0.5 * ratio);
    },
    update: jest.fn(),
  };
  return chart;
}

it('draws at 1920 pixels wide and restores the chart', async () => {
  const chart = fakeChart(640);
  const sizes: number[] = [];
  const toBlob = jest.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(function (this: HTMLCanvasElement, done: BlobCallback) {
    sizes.push(this.width);
    done(new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }));
  });
  const png = await chartToPng(chart);
  expect(sizes).toEqual([1920]);
  expect([...png]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  expect(chart.ratios).toEqual([3, undefined]);
  expect(chart.options.devicePixelRatio).toBeUndefined();
  expect(chart.canvas.width).toBe(640);
  toBlob.mockRestore();
});
