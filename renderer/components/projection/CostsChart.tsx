// Cost per year: the baseline (no measures) beside the scenario, as grouped bars from zero, so a
// 10% saving looks like 10% and not like a cliff. The baseline is outlined and pale, the scenario
// solid: the two read apart without colour, and the legend names them.
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import { memo, useMemo } from 'react';
import { Chart as ChartView } from 'react-chartjs-2';
import { formatYear, formatYearSpan } from '../../../shared/format/money';
import { chartLocale, BASELINE_BORDER, BASELINE_FILL, GRID_COLOUR, SCENARIO_COLOUR } from './chart-setup';
import { rowValues, type YearRow } from './figures';
import type { Amounts } from './use-amounts';
import type { Catalogue } from '../../../shared/i18n/catalogues';

interface CostsChartProps {
  years: readonly number[];
  rows: readonly YearRow[];
  amounts: Amounts;
  t: Catalogue['projection'];
}

type Dataset = ChartData<'bar', (number | null)[], string>['datasets'][number] & { key: string };

export const CostsChart = memo(function CostsChart({ years, rows, amounts, t }: CostsChartProps) {
  const data = useMemo<ChartData<'bar', (number | null)[], string>>(() => {
    const datasets: Dataset[] = [
      {
        key: 'baseline',
        label: t.baselineSeries,
        data: rowValues(rows, 'baseline'),
        backgroundColor: BASELINE_FILL,
        borderColor: BASELINE_BORDER,
        borderWidth: 1.5,
      },
      {
        key: 'scenario',
        label: t.scenarioSeries,
        data: rowValues(rows, 'scenario'),
        backgroundColor: SCENARIO_COLOUR,
        borderColor: SCENARIO_COLOUR,
        borderWidth: 1.5,
      },
    ];
    return { labels: years.map(formatYear), datasets };
  }, [years, rows, t]);

  const options = useMemo<ChartOptions<'bar'>>(
    () => ({
      locale: chartLocale(amounts.lang),
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { grid: { display: false } },
        y: {
          beginAtZero: true,
          title: { display: true, text: amounts.unitText },
          ticks: { callback: (v) => amounts.cell(Number(v)) },
          grid: { color: GRID_COLOUR },
        },
      },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'bar'>) => `${item.dataset.label ?? ''}: ${amounts.money(Number(item.raw))}`,
          },
        },
      },
    }),
    [amounts, t],
  );

  const label = useMemo(() => {
    if (years.length === 0) return '';
    const last = years.length - 1;
    const span = formatYearSpan(years[0] as number, years[last] as number);
    const base = rowValues(rows, 'baseline')[last] ?? 0;
    const scen = rowValues(rows, 'scenario')[last] ?? 0;
    return `${t.costsSummary(span, amounts.money(base), amounts.money(scen), formatYear(years[last] as number))}. ${t.chartTableNote}`;
  }, [years, rows, amounts, t]);

  return (
    <figure className="card chart-card projection-chart" data-testid="costs-chart">
      <div className="projection-chart__head">
        <figcaption className="projection-chart__title">
          {t.costsTitle}
          <span className="projection-chart__unit">
            {amounts.unitText}
          </span>
        </figcaption>
      </div>
      <div className="chart-box projection-chart__box">
        <ChartView key={`${amounts.lang}:${amounts.unit}`} type="bar" role="img" aria-label={label} data={data} options={options} datasetIdKey="key" fallbackContent={<p>{label}</p>} />
      </div>
      <ul className="projection-legend" aria-label={t.legend}>
        <li>
          <span className="projection-legend__swatch" style={{ background: BASELINE_FILL, outline: `1.5px solid ${BASELINE_BORDER}`, outlineOffset: '-1.5px' }} aria-hidden="true" />
          {t.baselineSeries}
        </li>
        <li>
          <span className="projection-legend__swatch" style={{ background: SCENARIO_COLOUR }} aria-hidden="true" />
          {t.scenarioSeries}
        </li>
      </ul>
    </figure>
  );
});
