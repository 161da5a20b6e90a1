// A PNG of any chart.js chart on screen, sharp enough for a slide: the chart is drawn again at a
// device pixel ratio that makes it `width` pixels wide (never upscaled as a bitmap), copied out
// onto white, and put back as it was. For the app's other charts (costs, per partner); the
// savings chart has its own SVG (export-bytes.ts).

import { blobBytes } from './export-bytes';

/** What this needs of a chart.js Chart. */
export interface ChartLike {
  canvas: HTMLCanvasElement;
  /** CSS pixels. */
  width: number;
  options: { devicePixelRatio?: number; animation?: unknown };
  resize(): void;
  update(mode?: 'none'): void;
}

export const SLIDE_WIDTH = 1920;

export async function chartToPng(chart: ChartLike, width = SLIDE_WIDTH): Promise<Uint8Array> {
  const before = chart.options.devicePixelRatio;
  chart.options.devicePixelRatio = Math.max(1, width / Math.max(1, chart.width));
  try {
    chart.resize();
    chart.update('none');
    const source = chart.canvas;
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const context = copy.getContext('2d');
    if (!context) throw new Error('no canvas');
    // A chart's background is transparent; a slide wants white behind it.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, copy.width, copy.height);
    context.drawImage(source, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => copy.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('no PNG');
    return blobBytes(blob);
  } finally {
    chart.options.devicePixelRatio = before;
    chart.resize();
    chart.update('none');
  }
}
