// A User Timing mark once the page's first chart has been drawn: `ui.startup` in `npm run bench`
// times navigation to the frame that paints it, and DevTools' performance panel shows it. Once
// per page: later drawings add nothing. Where there is no User Timing (jsdom), nothing.
import type { Plugin } from 'chart.js';

export const FIRST_CHART_MARK = 'vcp:first-chart-drawn';

let marked = false;

export const firstDrawMark: Plugin = {
  id: 'firstDrawMark',
  // Every drawing passes here, each slider move's too: one flag, not a search of the page's marks.
  afterRender() {
    if (marked || typeof performance.mark !== 'function') return;
    marked = true;
    performance.mark(FIRST_CHART_MARK);
  },
};
