// The savings of each scenario per shared year as a line (its colour, dash pattern and marker),
// the targets as thin dashed lines (one line for scenarios whose targets are the same), or the
// cumulative savings. The figures are comparisonRows()'s, so the chart, its tooltip and the
// tables below never disagree, also in thousands. The canvas has a one-sentence summary; the
// tables are its full alternative.
import type { ChartData, ChartDataset, ChartOptions, TooltipItem } from 'chart.js';
import { memo, useMemo, useState } from 'react';
import { Chart as ChartView } from 'react-chartjs-2';
import type { ComparisonRows } from '../../../shared/compare/rows';
import { scenarioStyle } from '../../../shared/compare/palette';
import type { Comparison } from '../../../shared/compare/types';
import { formatYear, formatYearSpan } from '../../../shared/format/money';
import { chartLocale, GRID_COLOUR, ZERO_LINE_COLOUR } from '../projection/chart-setup';
import type { Amounts } from '../projection/use-amounts';
import { LineSample } from './LineSample';
import { targetLabel, targetLines, type TargetLine } from './target-lines';
import type { Catalogue } from '../../../shared/i18n/catalogues';

type Mode = 'perYear' | 'cumulative';
type Dataset = ChartDataset<'line', (number | null)[]> & { key: string };

interface Props {
  comparison: Comparison;
  rows: ComparisonRows;
  amounts: Amounts;
  t: Catalogue['compare'];
}

export function CompareChart({ comparison, rows, amounts, t }: Props) {
  const [mode, setMode] = useState<Mode>('perYear');
  const targets = useMemo(() => {
    const lines = targetLines(comparison, rows);
    return lines.map((line) => ({ ...line, label: targetLabel(line, lines, comparison, t) }));
  }, [comparison, rows, t]);
  return (
    <figure className="card compare-chart" data-testid="compare-chart">
      <div className="compare-chart__head">
        <figcaption className="compare-chart__title">
          {mode === 'perYear' ? t.chartTitle : t.chartCumulativeTitle}
          <span className="compare-chart__unit">{amounts.unitText}</span>
        </figcaption>
        <div role="group" aria-label={t.chartMode} className="segmented">
          {(['perYear', 'cumulative'] as const).map((m) => (
            <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)}>
              {m === 'perYear' ? t.perYear : t.cumulative}
            </button>
          ))}
        </div>
      </div>
      <Canvas comparison={comparison} rows={rows} targets={targets} mode={mode} amounts={amounts} t={t} />
      <ul className="compare-legend" aria-label={t.legend}>
        {comparison.scenarios.map((s) => (
          <li key={s.index}>
            <LineSample style={scenarioStyle(s.index)} />
            <span>
              <strong>{s.label}</strong> {s.name}
            </span>
          </li>
        ))}
        {mode === 'perYear'
          ? targets.map((line) => (
              <li key={line.key}>
                <LineSample style={line.style} target />
                {line.label}
              </li>
            ))
          : null}
      </ul>
    </figure>
  );
}

interface CanvasProps extends Props {
  targets: (TargetLine & { label: string })[];
  mode: Mode;
}

const Canvas = memo(function Canvas({ comparison, rows, targets, mode, amounts, t }: CanvasProps) {
  const data = useMemo<ChartData<'line', (number | null)[], string>>(() => {
    const series = mode === 'perYear' ? rows.savings : rows.cumulative;
    const datasets: Dataset[] = comparison.scenarios.map((s, k) => {
      const style = scenarioStyle(s.index);
      return {
        key: `scenario:${s.index}`,
        label: `${s.label}: ${s.name}`,
        data: series[k] ?? [],
        borderColor: style.colour,
        backgroundColor: style.colour,
        borderWidth: 3,
        borderDash: [...style.dash],
        pointStyle: style.marker,
        pointRadius: 5,
        pointHoverRadius: 7,
        order: 1,
      };
    });
    if (mode === 'perYear') {
      for (const line of targets) {
        datasets.push({
          key: line.key,
          label: line.label,
          data: line.values,
          borderColor: line.style.colour,
          backgroundColor: '#ffffff',
          borderWidth: 2,
          borderDash: [7, 5],
          pointStyle: 'rectRot',
          pointRadius: 4,
          pointBorderWidth: 1.5,
          spanGaps: false,
          // On top: a thin dashed line over a scenario's line reads as "on target".
          order: 0,
        });
      }
    }
    return { labels: comparison.years.map(formatYear), datasets };
  }, [comparison, rows, targets, mode]);

  const options = useMemo<ChartOptions<'line'>>(
    () => ({
      locale: chartLocale(amounts.lang),
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { grid: { display: false } },
        y: {
          beginAtZero: true,
          title: { display: true, text: amounts.unitText },
          ticks: { callback: (v) => amounts.cell(Number(v)) },
          grid: { color: (ctx) => (ctx.tick?.value === 0 ? ZERO_LINE_COLOUR : GRID_COLOUR) },
        },
      },
      plugins: {
        tooltip: {
          filter: (item) => item.raw !== null,
          callbacks: {
            label: (item: TooltipItem<'line'>) => `${item.dataset.label ?? ''}: ${amounts.money(Number(item.raw))}`,
          },
        },
      },
    }),
    [amounts, t],
  );

  const label = useMemo(() => summary(comparison, rows, mode, amounts, t), [comparison, rows, mode, amounts, t]);
  return (
    <div className="chart-box compare-chart__box">
      <ChartView
        key={`${amounts.lang}:${amounts.unit}`}
        type="line"
        role="img"
        aria-label={label}
        data={data}
        options={options}
        datasetIdKey="key"
        fallbackContent={<p>{label}</p>}
      />
    </div>
  );
});

/** The chart in one sentence: each scenario's first and last shared year. */
function summary(comparison: Comparison, rows: ComparisonRows, mode: Mode, amounts: Amounts, t: Catalogue['compare']): string {
  const years = comparison.years;
  if (years.length === 0) return '';
  const span = formatYearSpan(years[0] as number, years[years.length - 1] as number);
  const series = mode === 'perYear' ? rows.savings : rows.cumulative;
  const parts = comparison.scenarios
    .map((s, k) => {
      const values = series[k] ?? [];
      const first = amounts.money(values[0] ?? 0);
      const last = amounts.money(values[values.length - 1] ?? 0);
      return years.length === 1 ? t.chartPartOne(s.label, first) : t.chartPart(s.label, first, last);
    })
    .join('; ');
  const sentence = mode === 'perYear' ? t.chartSummary(span, parts) : t.chartCumulativeSummary(span, parts);
  return `${sentence} ${t.chartTableNote}`;
}
