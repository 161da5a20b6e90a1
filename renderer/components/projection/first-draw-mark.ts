// A User Timing mark once the page's first chart has been drawn: `ui.startup` in `npm run bench`
// times navigation to the frame that paints it, and DevTools' performance panel shows it. Once
// per page: later drawings add nothing. Where there is no User Timing (jsdom), nothing.
import type { Plugin } from 'chart.js';

export const FIRST_CHART_MARK = 'vcp:first-chart-drawn';

export const firstDrawMark: Plugin = {
  id: 'firstDrawMark',
  afterRender() {
    if (typeof performance.mark !== 'function' || performance.getEntriesByName(FIRST_CHART_MARK, 'mark').length > 0) return;
    performance.mark(FIRST_CHART_MARK);
  },
};
