// The chart's year labels: every year where there is room; on a long horizon in a narrow chart
// (the interactive page at 1024 px, the printed A4 page) every n-th year from the first, never
// written over one another — 30 years at 688 px drew all 30, each wider than its slot.
import { savingsChartSvg } from '../../../shared/export/chart-svg';
import { buildSummary } from '../../../shared/export/summary';
import { project } from '../../../shared/engine/project';
import { generateLargeScenario } from '../../../shared/scenario/generate-large';
import { summaryOf } from './fixtures';

/** The x of each year label (the axis labels: four digits, centred, in the axis colour). */
function yearLabels(svg: string): { x: number; year: number }[] {
  return [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" text-anchor="middle" fill="#222222">(\d{4})<\/text>/g)].map((m) => ({ x: Number(m[1]), year: Number(m[2]) }));
}

it('labels every year of a short horizon', () => {
  const summary = summaryOf('voorbeeld', 'nl', 'euro');
  expect(yearLabels(savingsChartSvg(summary, { width: 688 })).map((l) => l.year)).toEqual(summary.years);
});

it.each([320, 520, 688, 960])('labels a 30-year horizon at %i px without overlap, from the first year, at even steps', (width) => {
  const scenario = generateLargeScenario();
  const summary = buildSummary(scenario, project(scenario), { lang: 'nl', unit: 'euro', date: '2026-05-01' });
  const fontSize = 12;
  const labels = yearLabels(savingsChartSvg(summary, { width, fontSize }));
  expect(labels[0]?.year).toBe(summary.years[0]);
  expect(labels.length).toBeGreaterThan(2);
  const step = (labels[1]?.year ?? 0) - (labels[0]?.year ?? 0);
  labels.forEach((l, i) => {
    expect(l.year).toBe((summary.years[0] as number) + i * step);
    // A label is about 4 × 0.55 em wide: its neighbour's centre is further than that away.
    if (i > 0) expect(l.x - (labels[i - 1]?.x ?? 0)).toBeGreaterThan(4 * 0.55 * fontSize);
  });
});
