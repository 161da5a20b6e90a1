// The savings chart as a self-contained SVG string, drawn from the summary model: stacked bars
// per measure per year (savings up, costs down), the target as a line, the year's total savings
// above each bar, a legend that names every series (never colour alone). No chart library and
// no fonts or images from anywhere: the print layout embeds it inline, the app can show it as a
// data: image, and Chromium turns it into a PNG for slides.
import { formatMoney } from '../format/money';
import { TARGET_COLOUR } from '../palette';
import { catalogue } from '../i18n/text';
import type { ExportSummary } from './summary';

export interface ChartOptions {
  /** Width in CSS pixels; the height follows from it and the legend. Default 688 (A4 content width). */
  width?: number;
  /** Plot height in CSS pixels, without legend. Default width × 0.34. */
  plotHeight?: number;
  /** Draw the title inside the picture (for a PNG on its own). Default false. */
  title?: boolean;
  /** Base font size in CSS pixels. Default 11. */
  fontSize?: number;
  /** Write "Bedragen in euro" above the axis. Default true; a caller that says it nearby may leave it out. */
  unitLabel?: boolean;
}

/** At most this many measure series; the rest are summed into one "other measures" series. */
export const CHART_SERIES_MAX = 10;
const OTHER_COLOUR = '#8C8C8C';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

interface Series {
  name: string;
  colour: string;
  values: number[];
}

/** The series to draw: the enabled measures, the largest ones on their own when there are many. */
export function chartSeries(summary: ExportSummary, max = CHART_SERIES_MAX): Series[] {
  const measures = summary.measures.filter((m) => m.enabled && m.effect);
  const all = measures.map((m) => ({ name: m.name, colour: m.colour ?? OTHER_COLOUR, values: m.effect as number[] }));
  if (all.length <= max) return all;
  const size = (s: Series) => s.values.reduce((a, v) => a + Math.abs(v), 0);
  const keep = new Set([...all].sort((a, b) => size(b) - size(a)).slice(0, max - 1));
  const rest = all.filter((s) => !keep.has(s));
  return [
    ...all.filter((s) => keep.has(s)),
    {
      name: catalogue(summary.lang).report.chartOther(rest.length),
      colour: OTHER_COLOUR,
      values: summary.years.map((_, yi) => rest.reduce((a, s) => a + (s.values[yi] ?? 0), 0) + 0),
    },
  ];
}

/** A "nice" step (1, 2, 2.5 or 5 × 10^k) for about `count` gridlines over `span`. */
function niceStep(span: number, count: number): number {
  if (span <= 0) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const f of [1, 2, 2.5, 5, 10]) if (raw <= f * power) return f * power;
  return 10 * power;
}

/** Rough width of a text in the chart's font, for layout (average glyph ≈ 0.55 em). */
const textWidth = (text: string, size: number) => text.length * size * 0.55;

function truncate(text: string, size: number, width: number): string {
  if (textWidth(text, size) <= width) return text;
  const chars = Math.max(4, Math.floor(width / (size * 0.55)) - 1);
  return text.slice(0, chars).trimEnd() + '…';
}

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

export function savingsChartSvg(summary: ExportSummary, options: ChartOptions = {}): string {
  const { lang, unit, years } = summary;
  const width = options.width ?? 688;
  const fs = options.fontSize ?? 11;
  const plotHeight = options.plotHeight ?? Math.round(width * 0.34);
  const series = chartSeries(summary);
  const savings = (summary.yearRows.find((r) => r.kind === 'savings')?.values ?? []) as number[];
  const target = (summary.yearRows.find((r) => r.kind === 'target')?.values ?? null) as (number | null)[] | null;
  const title = catalogue(lang).report.chartTitle;

  // Vertical range: every stack's top and bottom, the savings and the target.
  let hi = 0;
  let lo = 0;
  years.forEach((_, yi) => {
    let up = 0;
    let down = 0;
    for (const s of series) {
      const v = s.values[yi] ?? 0;
      if (v > 0) up += v;
      else down += v;
    }
    hi = Math.max(hi, up, savings[yi] ?? 0, target?.[yi] ?? 0);
    lo = Math.min(lo, down, savings[yi] ?? 0);
  });
  if (hi === lo) hi = lo + 1000;
  const step = niceStep(hi - lo, 5);
  const top = Math.ceil(hi / step) * step;
  // A small cost below zero gets a little room, not a whole empty gridline step.
  const bottom = lo < 0 && -lo < step * 0.3 ? lo * 1.25 : Math.floor(lo / step) * step;

  const tick = (v: number) => formatMoney(v, { lang, unit, symbol: unit === 'euro' });
  const ticks: number[] = [];
  for (let v = Math.ceil(bottom / step) * step; v <= top + step / 2; v += step) ticks.push(Math.round(v) + 0);
  const axisWidth = Math.max(...ticks.map((v) => textWidth(tick(v), fs))) + 10;

  const titleHeight = options.title ? fs * 2.2 : 0;
  const withUnit = options.unitLabel ?? true;
  const unitHeight = withUnit ? fs * 1.6 : fs * 0.4;
  const left = Math.ceil(axisWidth);
  const right = 8;
  const plotTop = titleHeight + unitHeight + fs; // room for the value labels above the highest bar
  const plotBottom = plotTop + plotHeight;
  const xAxisHeight = fs * 1.8;
  const plotWidth = width - left - right;
  const y = (v: number) => plotTop + ((top - v) / (top - bottom)) * plotHeight;

  // Legend: the series, then the target; wrapped in rows.
  type Item = { name: string; colour: string; line?: boolean };
  const items: Item[] = series.map((s) => ({ name: s.name, colour: s.colour }));
  if (target && target.some((v) => v !== null)) items.push({ name: catalogue(lang).report.chartTarget, colour: TARGET_COLOUR, line: true });
  const legendFs = fs * 0.95;
  const swatch = legendFs * 1.1;
  const gap = legendFs * 1.4;
  const maxItem = Math.min(width - left, width * 0.66);
  const placed: { item: Item; x: number; row: number; label: string }[] = [];
  let lx = left;
  let row = 0;
  for (const item of items) {
    const label = truncate(item.name, legendFs, maxItem - swatch - 6);
    const w = swatch + 6 + textWidth(label, legendFs);
    if (lx > left && lx + w > width - right) {
      row += 1;
      lx = left;
    }
    placed.push({ item, x: lx, row, label });
    lx += w + gap;
  }
  const legendTop = plotBottom + xAxisHeight + fs * 0.6;
  const legendRow = legendFs * 1.6;
  const height = Math.ceil(legendTop + (items.length > 0 ? (row + 1) * legendRow : 0) + 4);

  const out: string[] = [];
  const descId = 'vcp-chart-desc';
  const titleId = 'vcp-chart-title';
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${titleId} ${descId}" font-family="${escapeXml(FONT)}" font-size="${fs}" style="font-variant-numeric: tabular-nums">`,
  );
  out.push(`<title id="${titleId}">${escapeXml(title)}</title>`);
  const desc = years
    .map((yr, yi) => `${yr}: ${catalogue(lang).report.savings.toLowerCase()} ${formatMoney(savings[yi] ?? 0, { lang, unit: 'euro' })}`)
    .join('; ');
  out.push(`<desc id="${descId}">${escapeXml(`${summary.amountsLabel}. ${desc}`)}</desc>`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  if (options.title) {
    out.push(`<text x="${left}" y="${fmt(fs * 1.5)}" font-size="${fmt(fs * 1.45)}" font-weight="700" fill="#1a1a1a">${escapeXml(title)}</text>`);
  }
  if (withUnit) out.push(`<text x="${left}" y="${fmt(titleHeight + fs)}" fill="#555555">${escapeXml(summary.amountsLabel)}</text>`);

  // Gridlines and tick labels.
  for (const v of ticks) {
    const ty = fmt(y(v));
    out.push(`<line x1="${left}" x2="${width - right}" y1="${ty}" y2="${ty}" stroke="${v === 0 ? '#444444' : '#dddddd'}" stroke-width="${v === 0 ? 1.2 : 0.8}"/>`);
    out.push(`<text x="${left - 6}" y="${ty}" dy="0.32em" text-anchor="end" fill="#444444">${escapeXml(tick(v))}</text>`);
  }

  // Bars.
  const slot = plotWidth / Math.max(1, years.length);
  const barWidth = Math.min(slot * 0.62, 90);
  const showValues = slot >= textWidth(tick(Math.max(Math.abs(top), Math.abs(bottom))), fs * 0.9) + 6;
  // Every year's label where they fit; on a long horizon in a narrow chart every second (third…)
  // year, from the first, rather than labels written over one another.
  const yearEvery = Math.max(1, Math.ceil((textWidth('2000', fs) + fs * 0.6) / slot));
  years.forEach((year, yi) => {
    const cx = left + slot * (yi + 0.5);
    const x = fmt(cx - barWidth / 2);
    let up = 0;
    let down = 0;
    for (const s of series) {
      const v = s.values[yi] ?? 0;
      if (v === 0) continue;
      const from = v > 0 ? up : down;
      const to = from + v;
      if (v > 0) up = to;
      else down = to;
      const y1 = y(Math.max(from, to));
      const h = Math.abs(y(from) - y(to));
      out.push(`<rect x="${x}" y="${fmt(y1)}" width="${fmt(barWidth)}" height="${fmt(Math.max(h, 0.5))}" fill="${s.colour}"><title>${escapeXml(`${s.name}, ${year}: ${formatMoney(v, { lang, unit })}`)}</title></rect>`);
    }
    if (yi % yearEvery === 0) out.push(`<text x="${fmt(cx)}" y="${fmt(plotBottom + fs * 1.3)}" text-anchor="middle" fill="#222222">${year}</text>`);
    const total = savings[yi] ?? 0;
    if (showValues && total !== 0) {
      const ly = total >= 0 ? y(Math.max(up, total)) - 4 : y(Math.min(down, total)) + fs;
      out.push(`<text x="${fmt(cx)}" y="${fmt(ly)}" text-anchor="middle" font-size="${fmt(fs * 0.9)}" font-weight="600" fill="#1a1a1a">${escapeXml(formatMoney(total, { lang, unit, symbol: false }))}</text>`);
    }
  });

  // Target: a level line across each year's slot, joined into steps (it is a step table).
  if (target) {
    const points: string[] = [];
    const flush = () => {
      if (points.length > 0) out.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${TARGET_COLOUR}" stroke-width="2" stroke-dasharray="6 3"/>`);
      points.length = 0;
    };
    years.forEach((_, yi) => {
      const v = target[yi];
      if (v === null || v === undefined) return flush();
      const ty = fmt(y(v));
      points.push(`${fmt(left + slot * yi)},${ty}`, `${fmt(left + slot * (yi + 1))},${ty}`);
    });
    flush();
  }

  // Legend.
  for (const p of placed) {
    const ly = legendTop + p.row * legendRow;
    if (p.item.line) {
      out.push(`<line x1="${fmt(p.x)}" x2="${fmt(p.x + swatch)}" y1="${fmt(ly + swatch / 2)}" y2="${fmt(ly + swatch / 2)}" stroke="${p.item.colour}" stroke-width="2" stroke-dasharray="4 2"/>`);
    } else {
      out.push(`<rect x="${fmt(p.x)}" y="${fmt(ly)}" width="${fmt(swatch)}" height="${fmt(swatch)}" fill="${p.item.colour}"/>`);
    }
    out.push(`<text x="${fmt(p.x + swatch + 6)}" y="${fmt(ly + swatch / 2)}" dy="0.35em" font-size="${fmt(legendFs)}" fill="#222222">${escapeXml(p.label)}</text>`);
  }
  out.push('</svg>');
  return out.join('\n');
}
