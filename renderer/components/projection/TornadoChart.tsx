// Which uncertainty moves the last year's savings most: one horizontal bar per measure range or
// assumption, floating from the savings as set to the savings at the low end (vermillion) and
// at the high end (blue), the largest swing on top; a dashed vertical line marks the savings as
// set. The table below it (TornadoTable) is its text alternative and lists every row.
import type { Chart, ChartData, ChartOptions, Plugin, TooltipItem } from 'chart.js';
import { memo, useMemo, useRef } from 'react';
import { Chart as ChartView } from 'react-chartjs-2';
import { formatYear } from '../../../shared/format/money';
import type { SensitivityResult } from '../../../shared/uncertainty/sensitivity';
import { chartLocale, GRID_COLOUR, TORNADO_HIGH, TORNADO_LOW, ZERO_LINE_COLOUR } from './chart-setup';
import { tornadoAxisLabel, tornadoLabel } from './tornado';
import type { Amounts } from './use-amounts';
import type { Catalogue } from '../../../shared/i18n/catalogues';

/** More rows than this and the chart shows the largest only; the table has them all. */
export const TORNADO_CHART_MAX = 12;
const ROW_HEIGHT = 34;

type Floating = [number, number];

export interface TornadoChartProps {
  tornado: SensitivityResult;
  amounts: Amounts;
  t: Catalogue['projection'];
  large?: boolean;
}

export const TornadoChart = memo(function TornadoChart({ tornado, amounts, t, large = false }: TornadoChartProps) {
  const rows = tornado.rows.slice(0, TORNADO_CHART_MAX);
  const base = tornado.savings;
  // The line's position is read when the chart draws, so a new value needs no new chart.
  const baseRef = useRef(base);
  baseRef.current = base;
  const plugins = useMemo(() => [baselineLine(() => baseRef.current)], []);

  const data = useMemo<ChartData<'bar', Floating[], string>>(
    () => ({
      labels: rows.map((r) => tornadoAxisLabel(r, t, amounts.lang)),
      datasets: [
        { label: t.tornadoLow, data: rows.map((r): Floating => [base, r.savingsAtLow]), backgroundColor: TORNADO_LOW, grouped: false, barPercentage: 0.8, categoryPercentage: 0.9 },
        { label: t.tornadoHigh, data: rows.map((r): Floating => [base, r.savingsAtHigh]), backgroundColor: TORNADO_HIGH, grouped: false, barPercentage: 0.8, categoryPercentage: 0.9 },
      ],
    }),
    [rows, base, t, amounts.lang],
  );
  const options = useMemo(() => tornadoOptions(amounts, t, large), [amounts, t, large]);
  const first = tornado.rows[0];
  const label = first
    ? `${t.tornadoSummary(formatYear(tornado.year), tornadoLabel(first, amounts.lang), amounts.money(Math.min(first.savingsAtLow, first.savingsAtHigh)), amounts.money(Math.max(first.savingsAtLow, first.savingsAtHigh)))} ${t.chartTableNote}`
    : t.chartTableNote;

  return (
    <div className="chart-box projection-tornado__box" style={{ height: `${rows.length * ROW_HEIGHT + 70}px` }}>
      <ChartView
        key={`${amounts.lang}:${amounts.unit}:${large}`}
        type="bar"
        role="img"
        aria-label={label}
        data={data}
        options={options}
        plugins={plugins}
        fallbackContent={<p>{label}</p>}
      />
    </div>
  );
});

function tornadoOptions(amounts: Amounts, t: Catalogue['projection'], large: boolean): ChartOptions<'bar'> {
  const fontSize = large ? 18 : 13;
  return {
    indexAxis: 'y',
    locale: chartLocale(amounts.lang),
    interaction: { mode: 'index', intersect: false, axis: 'y' },
    scales: {
      x: {
        // The bars float around the savings as set; zero need not be on the axis.
        beginAtZero: false,
        grace: '5%',
        ticks: { callback: (v) => amounts.cell(Number(v)), font: { size: fontSize }, maxTicksLimit: 6, maxRotation: 0 },
        title: { display: true, text: amounts.unitText, font: { size: fontSize } },
        grid: { color: (ctx) => (ctx.tick?.value === 0 ? ZERO_LINE_COLOUR : GRID_COLOUR) },
      },
      y: { grid: { display: false }, ticks: { font: { size: fontSize } } },
    },
    plugins: {
      tooltip: {
        callbacks: {
          label: (item: TooltipItem<'bar'>) => {
            const raw = item.raw as Floating;
            return `${item.dataset.label ?? ''}: ${amounts.money(raw[1])}`;
          },
        },
      },
    },
  };
}

/** A dashed vertical line at the savings as set, over the bars. */
function baselineLine(value: () => number): Plugin<'bar'> {
  return {
    id: 'tornado-baseline',
    afterDatasetsDraw(chart: Chart<'bar'>) {
      const x = chart.scales.x?.getPixelForValue(value());
      if (x === undefined || !Number.isFinite(x)) return;
      const { top, bottom } = chart.chartArea;
      const ctx = chart.ctx;
      ctx.save();
      ctx.strokeStyle = '#111827';
      ctx.lineWidth = 2;
      ctx.setLineDash([5, 4]);
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x, bottom);
      ctx.stroke();
      ctx.restore();
    },
  };
}
