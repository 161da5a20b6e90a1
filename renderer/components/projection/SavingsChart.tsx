import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartData } from 'chart.js';
import { useMemo } from 'react';
import { Chart as ChartView } from 'react-chartjs-2';
import { formatMoney } from '../../../shared/format/money';
import { measureColour, TARGET_COLOUR } from '../../../shared/palette';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store';
import { uiSelectors } from '../../store/ui-slice';
import { useProjection } from '../../store/use-projection';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Savings per year stacked per measure, the target as a line. */
export function SavingsChart() {
  const t = useMessages();
  const lang = useAppStore(uiSelectors.lang);
  const projection = useProjection();
  const data = useMemo<ChartData<'bar' | 'line', (number | null)[], string>>(() => {
    if (!projection) return { labels: [], datasets: [] };
    const bars = projection.measures.map((m, i) => ({
      type: 'bar' as const,
      label: m.name,
      data: m.effect,
      backgroundColor: measureColour(i),
      stack: 'savings',
    }));
    const target = projection.target
      ? [
          {
            type: 'line' as const,
            label: t.target,
            data: projection.target.amount,
            borderColor: TARGET_COLOUR,
            backgroundColor: TARGET_COLOUR,
            borderDash: [6, 4],
            pointStyle: 'rectRot' as const,
          },
        ]
      : [];
    return { labels: projection.years.map(String), datasets: [...bars, ...target] };
  }, [projection, t]);

  return (
    <figure className="card chart-card">
      <figcaption>{t.savingsChart}</figcaption>
      <div className="chart-box">
        <ChartView
          type="bar"
          role="img"
          aria-label={t.savingsChartAlt}
          data={data}
          options={{
            maintainAspectRatio: false,
            animation: false,
            locale: lang === 'nl' ? 'nl-NL' : 'en-GB',
            scales: {
              x: { stacked: true },
              y: { stacked: true, ticks: { callback: (v) => formatMoney(Number(v), { lang, unit: 'euro' }) } },
            },
            plugins: { legend: { position: 'bottom' } },
          }}
        />
      </div>
    </figure>
  );
}
