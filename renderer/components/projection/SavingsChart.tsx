// Savings per year: one stacked bar segment per measure (in the measure's palette colour, costs
// below zero), the target as a dashed line, the shortfall between savings and target as a
// hatched, outlined segment, and the net savings as a bar when costs pull it below the stack's
// top. Or, switched with "Per jaar / Cumulatief", the cumulative savings: one axis at a time,
// so nobody reads a line against the wrong scale. Figures are the year table's (yearRows), so a
// tooltip and the table never disagree, also in thousands. Shown alone in presentation mode.
// Format version 2 (#20): an incidental measure's segment is hatched (lighter, and told apart
// without colour), one-off costs stand below the zero line in the measures' stack, and the net
// marker is the savings after those costs; cumulative, a line shows the net cumulative savings,
// where the payback year reads as the line crossing zero. A scenario without incidental measures
// or one-off costs is drawn as before.
// When some measure has a range, the Monte Carlo band (P10–P90, filled, with the P50 line) lies
// over the bars, per year or cumulative as the chart shows; it is computed off the main thread
// (uncertainty-store) and arrives after the bars, which never wait for it.
import type { ChartData, ChartDataset, ChartOptions, ScriptableContext, TooltipItem } from 'chart.js';
import { memo, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Chart as ChartView } from 'react-chartjs-2';
import { formatNumber, formatYear, formatYearSpan } from '../../../shared/format/money';
import { measureColour, measureColours, TARGET_COLOUR } from '../../../shared/palette';
import { useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { uiSelectors } from '../../store/ui-slice';
import { scenarioSelectors } from '../../store/scenario-slice';
import { scenarioOf } from '../../store/documents-slice';
import { DRAWS, hasUncertainty } from '../../workers/uncertainty-protocol';
import { bandOf, type BandSeries } from './band';
import {
  chartLocale,
  BAND_EDGE,
  BAND_FILL,
  BAND_FILL_STALE,
  BAND_MEDIAN,
  gapPattern,
  GRID_COLOUR,
  incidentalPattern,
  incidentalSwatch,
  ONE_OFF_COSTS_COLOUR,
  SCENARIO_COLOUR,
  ZERO_LINE_COLOUR,
} from './chart-setup';
import { chartMeasures, rowValues, type ChartMeasures, type YearRow } from './figures';
import { useAmounts, type Amounts } from './use-amounts';
import { useUncertainty, type UncertaintyView } from './uncertainty-store';
import { budgetRowsOf, useCachedProjection, useYearRows } from './use-figures';
import type { Projection } from '../../../shared/engine/types';
import type { Scenario } from '../../../shared/scenario/schema';
import { firstDrawMark } from './first-draw-mark';
import { liveBars } from './live-bars';
import { MEASURE_STACK, measureSegments } from './measure-segments';
import { useProjectionView, type SavingsMode } from './view-store';
import { fitValueAxis, roundTicks } from './savings-axis';
import './projection.css';
import { targetCheckOf, targetCheckText } from '../../../shared/engine/target-check';
import { render, type Text } from '../../../shared/i18n/text';
import type { Catalogue } from '../../../shared/i18n/catalogues';

/** Above this many series the tooltip shows the hovered segment only, not the whole year. */
const INDEX_TOOLTIP_MAX = 8;
/** The "other measures" series: a neutral grey, no measure's colour. */
const OTHER_COLOUR = '#7a7a7a';

type Point = number | [number, number] | null;
type Data = ChartData<'bar' | 'line', Point[], string>;
type Dataset = ChartDataset<'bar' | 'line', Point[]> & { key: string };

/** What version 2 adds to the chart, in the table's unit (shared/budget/rows); null parts are not drawn. */
interface ChartBudget {
  /** The ids of the incidental measures (hatched). */
  incidental: ReadonlySet<string>;
  /** One-off costs per year (positive); null when the scenario has none. */
  oneOffCosts: number[] | null;
  net: number[] | null;
  netCumulative: number[] | null;
  paybackYear: number | null;
}

function chartBudget(scenario: Scenario, projection: Projection, unit: Amounts['unit']): ChartBudget {
  const rows = budgetRowsOf(scenario, projection, unit);
  const values = (kind: string) => (rows.find((r) => r.kind === kind)?.values as number[] | undefined) ?? null;
  return {
    incidental: new Set(projection.measures.filter((m) => m.nature === 'incidental').map((m) => m.id)),
    oneOffCosts: values('oneOffCosts'),
    net: values('net'),
    netCumulative: values('netCumulative'),
    paybackYear: projection.paybackYear,
  };
}

export interface SavingsChartProps {
  /** Show the "per jaar / cumulatief" switch (default true). */
  showModeSwitch?: boolean;
}

/**
 * Memoised: it follows the store itself, so the projection column's later re-render (tables
 * below the fold catching up once a slider rests) does not update the chart a second time.
 */
export const SavingsChart = memo(function SavingsChart({ showModeSwitch = true }: SavingsChartProps) {
  const t = useText().projection;
  const amounts = useAmounts();
  const projection = useCachedProjection();
  const rows = useYearRows(projection);
  const presenting = useAppStore(uiSelectors.presenting);
  const mode = useProjectionView((s) => s.savingsMode);
  const setMode = useProjectionView((s) => s.setSavingsMode);
  const series = useMemo(() => (rows ? chartMeasures(rows) : null), [rows]);
  const scenario = useAppStore(scenarioSelectors.scenario);
  // A measure's colour follows the measure: its place among all measures, switched on or off.
  const measureIds = useAppStore(useShallow((s) => (scenarioOf(s)?.measures ?? []).map((m) => m.id)));
  const colours = useMemo(() => measureColours(measureIds), [measureIds]);
  const uncertainty = useUncertainty();
  const uncertain = scenario !== null && hasUncertainty(scenario);
  const years = projection?.years;
  const band = useMemo(
    () => (uncertain && years ? bandOf(uncertainty, years, mode === 'perYear' ? 'savings' : 'cumulative') : null),
    [uncertain, uncertainty, years, mode],
  );
  const budget = useMemo(() => (scenario && projection ? chartBudget(scenario, projection, amounts.unit) : null), [scenario, projection, amounts.unit]);
  if (!projection || !rows || !series || !budget) return null;
  const title = mode === 'perYear' ? t.savingsTitle : t.cumulativeTitle;
  return (
    <figure className="card chart-card projection-chart" data-testid="savings-chart">
      <div className="projection-chart__head">
        <figcaption className="projection-chart__title">
          {title}
          <span className="projection-chart__unit">
            {amounts.unitText}
          </span>
        </figcaption>
        {showModeSwitch ? <ModeSwitch mode={mode} onChange={setMode} t={t} /> : null}
      </div>
      {projection.measures.length === 0 ? <p className="projection-chart__empty">{t.noMeasures}</p> : null}
      <SavingsCanvas years={projection.years} rows={rows} series={series} colours={colours} mode={mode} amounts={amounts} t={t} large={presenting} band={band} budget={budget} />
      <Legend model={legendModel(rows, series, colours, budget)} mode={mode} t={t} band={band} />
      <BandNote uncertain={uncertain} view={uncertainty} band={band} amounts={amounts} t={t} presenting={presenting} />
    </figure>
  );
});

function ModeSwitch({ mode, onChange, t }: { mode: SavingsMode; onChange(mode: SavingsMode): void; t: Catalogue['projection'] }) {
  const options: { mode: SavingsMode; label: string }[] = [
    { mode: 'perYear', label: t.perYear },
    { mode: 'cumulative', label: t.cumulative },
  ];
  return (
    <div role="group" aria-label={t.savingsMode} className="segmented projection-chart__modes">
      {options.map((o) => (
        <button key={o.mode} type="button" aria-pressed={mode === o.mode} onClick={() => onChange(o.mode)}>
          {o.label}
        </button>
      ))}
    </div>
  );
}

/** Where the band stands: the draws and seed behind it, "updating…", or how to get one. */
function BandNote(props: { uncertain: boolean; view: UncertaintyView; band: BandSeries | null; amounts: Amounts; t: Catalogue['projection']; presenting: boolean }) {
  const { uncertain, view, band, amounts, t, presenting } = props;
  if (!uncertain) {
    if (presenting) return null;
    return (
      <p className="projection-band-note" data-testid="band-hint">
        {t.noRangesHint} {t.noRangesWhere}
      </p>
    );
  }
  const count = (n: number) => formatNumber(n, { lang: amounts.lang, digits: 0 });
  const status = !view.current ? (band ? t.bandUpdating : t.bandComputing) : null;
  return (
    <p className="projection-band-note" data-testid="band-note" data-engine={view.engine ?? undefined} aria-busy={status ? true : undefined}>
      {view.current && view.error ? <>{t.bandError(view.error)} </> : null}
      {band && view.plan ? <>{t.bandNote(count(view.plan.draws), view.plan.seed)} </> : null}
      {band && view.plan?.reduced ? <>{t.bandNoteReduced(count(view.plan.draws), count(DRAWS))} </> : null}
      {status ? <span className="projection-band-note__busy">{status}</span> : null}
    </p>
  );
}

interface CanvasProps {
  years: readonly number[];
  rows: readonly YearRow[];
  series: ChartMeasures;
  /** Each measure's colour by its id (measureColours). */
  colours: ReadonlyMap<string, string>;
  mode: SavingsMode;
  amounts: Amounts;
  t: Catalogue['projection'];
  /** Presentation mode: type large enough for the back of the room. */
  large: boolean;
  band: BandSeries | null;
  budget: ChartBudget;
}

/** Memoised: re-renders (and updates the chart in place) only when the figures or view change. */
const SavingsCanvas = memo(function SavingsCanvas({ years, rows, series, colours, mode, amounts, t, large, band, budget }: CanvasProps) {
  const b = useText().budget.chart;
  const labels = useText().budget.labels;
  const data = useMemo(
    () => chartData(years, rows, series, colours, mode, t, band, budget, { ...b, oneOffCosts: labels.oneOffCosts }),
    [years, rows, series, colours, mode, t, band, budget, b, labels],
  );
  const manyMeasures = series.shown.length + (series.other ? 1 : 0) > INDEX_TOOLTIP_MAX;
  const measureCount = series.shown.length + (series.other?.count ?? 0);
  const options = useMemo(() => chartOptions(amounts, t, manyMeasures, large), [amounts, t, manyMeasures, large]);
  const label = useMemo(() => summary(years, rows, mode, amounts, t, measureCount, band, budget, b), [years, rows, mode, amounts, t, measureCount, band, budget, b]);
  return (
    <div className="chart-box projection-chart__box">
      <ChartView
        // New options (language, unit) build a new chart: chart.js merges changed options into
        // the live chart imperfectly (its layout shrank). Data changes still update in place.
        key={`${amounts.lang}:${amounts.unit}:${manyMeasures}:${large}`}
        type="bar"
        role="img"
        aria-label={label}
        data={data}
        options={options}
        datasetIdKey="key"
        // No animation to resolve (they are off): chart.js's cheapest update.
        updateMode="none"
        plugins={PLUGINS}
        fallbackContent={<p>{label}</p>}
      />
    </div>
  );
});

// liveBars ahead of measureSegments: in a live drawing it puts back the still series (the target,
// the band) as the next series' drawing begins, and measureSegments ends that hook for a measure.
const PLUGINS = [liveBars, measureSegments, firstDrawMark];

/** P10 and P90 as thin edges with the area between them filled, and P50 as a line: over the bars. */
function bandDatasets(band: BandSeries, t: Catalogue['projection']): Dataset[] {
  const edge = {
    type: 'line' as const,
    borderColor: BAND_EDGE,
    borderWidth: 1,
    pointRadius: 0,
    pointHoverRadius: 3,
    pointHitRadius: 6,
    order: 1,
    spanGaps: false,
  };
  return [
    { ...edge, key: 'band:p10', label: t.bandShort.p10, data: band.p10, stack: 'band:p10', fill: false },
    {
      ...edge,
      key: 'band:p90',
      label: t.bandShort.p90,
      data: band.p90,
      stack: 'band:p90',
      // Fill down to the dataset just before: P10.
      fill: '-1',
      backgroundColor: band.stale ? BAND_FILL_STALE : BAND_FILL,
    },
    // A white halo under the median, so that it reads over dark bars too; no label, no tooltip.
    {
      key: 'band:p50:halo',
      type: 'line',
      label: '',
      data: band.p50,
      stack: 'band:p50:halo',
      borderColor: '#ffffff',
      borderWidth: 5,
      pointRadius: 0,
      pointHoverRadius: 0,
      pointHitRadius: 0,
      fill: false,
      order: 0.6,
    },
    {
      key: 'band:p50',
      type: 'line',
      label: t.bandShort.p50,
      data: band.p50,
      stack: 'band:p50',
      borderColor: BAND_MEDIAN,
      backgroundColor: BAND_MEDIAN,
      borderWidth: 2,
      borderDash: band.stale ? [2, 3] : [],
      pointStyle: 'circle',
      pointRadius: 3,
      pointHoverRadius: 5,
      pointBorderColor: '#ffffff',
      pointBorderWidth: 1,
      fill: false,
      order: 0.5,
    },
  ];
}

function chartData(
  years: readonly number[],
  rows: readonly YearRow[],
  series: ChartMeasures,
  colours: ReadonlyMap<string, string>,
  mode: SavingsMode,
  t: Catalogue['projection'],
  band: BandSeries | null,
  budget: ChartBudget,
  b: Catalogue['budget']['chart'] & { oneOffCosts: string },
): Data {
  const labels = years.map(formatYear);
  if (mode === 'cumulative') {
    const cumulative: Dataset = {
      key: 'cumulative',
      type: 'bar',
      label: t.legendCumulative,
      data: rowValues(rows, 'cumulative'),
      grouped: false,
      backgroundColor: SCENARIO_COLOUR,
      borderColor: SCENARIO_COLOUR,
    };
    const net: Dataset[] = budget.netCumulative
      ? [
          {
            key: 'netCumulative',
            type: 'line',
            label: b.legendNetCumulative,
            data: budget.netCumulative,
            stack: 'netCumulative',
            borderColor: '#000000',
            backgroundColor: '#000000',
            borderWidth: 2.5,
            pointStyle: 'circle',
            pointRadius: 4,
            pointHoverRadius: 6,
            pointBorderColor: '#ffffff',
            pointBorderWidth: 1,
            // chart.js draws the lowest order last: over the bars (order 0) and the band.
            order: -1,
          },
        ]
      : [];
    return { labels, datasets: [cumulative, ...net, ...(band ? bandDatasets(band, t) : [])] };
  }
  // One stack, so `grouped: false` draws the same bars (centred, 0.8 × 0.9 of a category) while
  // chart.js skips its per-bar search through every dataset for stacks and axes.
  // No border: measureSegments draws the segments and the white line between them.
  const segment = { borderWidth: 0, stack: MEASURE_STACK, order: 3, grouped: false };
  const bars: Dataset[] = series.shown.map(({ index, row }) => {
    const incidental = budget.incidental.has(row.measureId ?? '');
    const colour = colourOf(colours, row, index);
    return {
      ...segment,
      key: `measure:${row.measureId ?? index}`,
      type: 'bar',
      label: incidental ? b.incidentalName(row.name ?? '') : (row.name ?? ''),
      data: row.values,
      backgroundColor: incidental ? incidentalPattern(colour) : colour,
    };
  });
  if (series.other) {
    bars.push({ ...segment, key: 'other', type: 'bar', label: t.otherMeasures(series.other.count), data: series.other.values, backgroundColor: OTHER_COLOUR });
  }
  if (budget.oneOffCosts) {
    // Below the zero line, under any measure that costs money: the same stack.
    bars.push({
      ...segment,
      key: 'oneOffCosts',
      type: 'bar',
      label: b.oneOffCosts,
      data: budget.oneOffCosts.map((c) => -c + 0),
      backgroundColor: ONE_OFF_COSTS_COLOUR,
    });
  }
  const savings = rowValues(rows, 'savings') as number[];
  const target = rowValues(rows, 'target');
  const gap = rowValues(rows, 'gap');
  const datasets: Dataset[] = [...bars];
  // The net savings differ from the top of the stack only when some measure or one-off cost costs money.
  if (hasNet(rows, budget)) {
    datasets.push({
      key: 'net',
      type: 'line',
      label: t.legendNet,
      data: budget.net ?? savings,
      showLine: false,
      stack: 'net',
      pointStyle: 'line',
      // As wide as the bar it marks, whatever the number of years.
      pointRadius: barHalfWidth,
      pointHoverRadius: barHalfWidth,
      pointBorderWidth: 3,
      pointHoverBorderWidth: 4,
      borderColor: '#000000',
      backgroundColor: '#000000',
      order: 1,
    });
  }
  if (target.length > 0) {
    datasets.push({
      key: 'gap',
      type: 'bar',
      label: t.legendGap,
      // A floating segment from the savings up to the target, in years that fall short.
      data: gap.map((g, i) => (g !== null && g > 0 ? [savings[i] ?? 0, target[i] ?? 0] : null)),
      backgroundColor: gapPattern(),
      borderColor: TARGET_COLOUR,
      borderWidth: 1.5,
      borderSkipped: false,
      grouped: false,
      stack: 'gap',
      order: 2,
    });
    datasets.push({
      key: 'target',
      type: 'line',
      label: t.legendTarget,
      data: target,
      borderColor: TARGET_COLOUR,
      backgroundColor: TARGET_COLOUR,
      borderWidth: 2.5,
      borderDash: [7, 5],
      stack: 'target',
      pointStyle: 'rectRot',
      pointRadius: 5,
      pointHoverRadius: 7,
      spanGaps: false,
      order: 0,
    });
  }
  if (band) datasets.push(...bandDatasets(band, t));
  return { labels, datasets };
}

/** The net savings differ from the top of the stack (a marker of their own): some measure or one-off cost costs money. */
function hasNet(rows: readonly YearRow[], budget: ChartBudget): boolean {
  return budget.oneOffCosts !== null || rows.some((r) => r.kind === 'measure' && r.values.some((v) => v !== null && v < 0));
}

/** Half the width of a bar (chart.js draws bars at 0.9 × 0.8 of a category). */
function barHalfWidth(ctx: ScriptableContext<'line'>): number {
  const x = ctx.chart.scales.x;
  const count = ctx.chart.data.labels?.length ?? 0;
  return x && count > 0 ? Math.max(3, (x.width / count) * 0.36) : 12;
}

function chartOptions(amounts: Amounts, t: Catalogue['projection'], manyMeasures: boolean, large: boolean): ChartOptions<'bar' | 'line'> {
  const fontSize = large ? 20 : 13;
  return {
    locale: chartLocale(amounts.lang),
    // The years are unique and in order: chart.js may skip sorting and searching them.
    normalized: true,
    interaction: manyMeasures ? { mode: 'nearest', intersect: true } : { mode: 'index', intersect: false },
    scales: {
      // The year labels are all as wide: measuring a few of them (not all thirty on every
      // update) tells chart.js how many fit.
      x: { stacked: true, grid: { display: false }, ticks: { font: { size: fontSize }, sampleSize: 4 } },
      y: {
        stacked: true,
        // The axis ends at the data (with room above it), its ticks stay round: a small cost
        // below zero should not stretch the axis down to the next round tick (−500.000 for −38.000).
        bounds: 'data',
        grace: '3%',
        ticks: { includeBounds: false, callback: (v) => amounts.cell(Number(v)), font: { size: fontSize } },
        afterDataLimits: fitValueAxis,
        afterBuildTicks: (scale) => roundTicks(scale, amounts.unit === 'thousand' ? 1000 : 1),
        // In presentation mode the caption above the chart says the unit; on a low screen the axis
        // is shorter than its title, which chart.js would cut off.
        title: { display: !large, text: amounts.unitText, font: { size: fontSize } },
        grid: { color: (ctx) => (ctx.tick?.value === 0 ? ZERO_LINE_COLOUR : GRID_COLOUR), lineWidth: (ctx) => (ctx.tick?.value === 0 ? 1.5 : 1) },
      },
    },
    plugins: {
      tooltip: {
        titleFont: { size: large ? 20 : 13 },
        bodyFont: { size: large ? 18 : 13 },
        // Unlabelled datasets (the median's halo) are drawing aids, not figures.
        filter: (item) => item.raw !== null && item.raw !== 0 && item.dataset.label !== '',
        callbacks: {
          label: (item: TooltipItem<'bar' | 'line'>) => {
            const raw = item.raw as Point;
            if (Array.isArray(raw)) return `${t.tooltipGap}: ${amounts.money(raw[1] - raw[0])}`;
            // Costs stand below the line; the tooltip says what they are, as the table does.
            if ((item.dataset as Dataset).key === 'oneOffCosts') return `${item.dataset.label ?? ''}: ${amounts.money(-Number(raw) + 0)}`;
            return `${item.dataset.label ?? ''}: ${amounts.money(Number(raw))}`;
          },
        },
      },
    },
  };
}

/** What the chart shows, in one sentence, for the canvas's aria-label. */
function summary(
  years: readonly number[],
  rows: readonly YearRow[],
  mode: SavingsMode,
  amounts: Amounts,
  t: Catalogue['projection'],
  measureCount: number,
  band: BandSeries | null,
  budget: ChartBudget,
  b: Catalogue['budget']['chart'],
): string {
  if (years.length === 0) return '';
  const first = years[0] as number;
  const lastYear = years[years.length - 1] as number;
  const span = formatYearSpan(first, lastYear);
  const last = years.length - 1;
  const bandPart = band
    ? `; ${t.bandSummary(formatYear(lastYear), amounts.money(band.p10[last] ?? 0), amounts.money(band.p90[last] ?? 0))}`
    : '';
  const net = mode === 'cumulative' ? budget.netCumulative : budget.net;
  const netPart = net
    ? `; ${b.summaryNet(amounts.money(net[0] ?? 0), amounts.money(net[last] ?? 0))}${budget.paybackYear !== null ? `, ${b.summaryPayback(budget.paybackYear)}` : ''}`
    : '';
  if (mode === 'cumulative') {
    return `${t.cumulativeSummary(span, amounts.money((rowValues(rows, 'cumulative')[last] as number) ?? 0))}${netPart}${bandPart}. ${t.chartTableNote}`;
  }
  const savings = rowValues(rows, 'savings') as number[];
  const parts = [
    years.length === 1
      ? t.savingsSummaryOne(formatYear(first), amounts.money(savings[0] ?? 0))
      : t.savingsSummary(span, amounts.money(savings[0] ?? 0), amounts.money(savings[last] ?? 0)),
  ];
  // Met only when met in every year with a target (#20); the figures of the rows shown.
  const check = targetCheckOf(years, rowValues(rows, 'gap'));
  if (check.status !== 'none') {
    const said = targetCheckText(check);
    parts.push(
      check.status === 'met'
        ? t.targetMetIn(formatYearSpan(check.from, check.to))
        : t.targetNotMetBecause(render(amounts.lang, said.detail as Text)),
    );
  }
  return `${parts.join('; ')} (${t.measuresSummary(measureCount)})${netPart}${bandPart}. ${t.chartTableNote}`;
}

function BandLegend({ band, t }: { band: BandSeries | null; t: Catalogue['projection'] }) {
  if (!band) return null;
  return (
    <>
      <li>
        <span className="projection-legend__band" style={{ background: band.stale ? BAND_FILL_STALE : BAND_FILL }} aria-hidden="true" />
        {t.legendBand}
      </li>
      <li>
        <svg className="projection-legend__line" width="30" height="12" aria-hidden="true">
          <line x1="0" y1="6" x2="30" y2="6" stroke={BAND_MEDIAN} strokeWidth="2" />
          <circle cx="15" cy="6" r="3" fill={BAND_MEDIAN} />
        </svg>
        {t.legendMedian}
      </li>
    </>
  );
}

/** What the legend shows: the figures change with every slider move, this seldom. */
interface LegendModel {
  measures: { key: string; colour: string; name: string; incidental: boolean }[];
  /** How many measures "other" holds; null when none. */
  other: number | null;
  net: boolean;
  target: boolean;
  gap: boolean;
  /** Some measure shown is incidental (hatched): the legend says what hatching means. */
  incidental: boolean;
  oneOffCosts: boolean;
  netCumulative: boolean;
}

/** A measure row's colour: its measure's (measureColours); by its index should it have no id. */
function colourOf(colours: ReadonlyMap<string, string>, row: YearRow, index: number): string {
  return (row.measureId !== undefined ? colours.get(row.measureId) : undefined) ?? measureColour(index);
}

function legendModel(rows: readonly YearRow[], series: ChartMeasures, colours: ReadonlyMap<string, string>, budget: ChartBudget): LegendModel {
  const measures = series.shown.map(({ index, row }) => ({
    key: row.measureId ?? String(index),
    colour: colourOf(colours, row, index),
    name: row.name ?? '',
    incidental: budget.incidental.has(row.measureId ?? ''),
  }));
  return {
    measures,
    other: series.other?.count ?? null,
    net: hasNet(rows, budget),
    target: rows.some((r) => r.kind === 'target'),
    gap: rows.some((r) => r.kind === 'gap' && r.values.some((v) => v !== null && v > 0)),
    incidental: measures.some((m) => m.incidental),
    oneOffCosts: budget.oneOffCosts !== null,
    netCumulative: budget.netCumulative !== null,
  };
}

function sameLegendModel(a: LegendModel, b: LegendModel): boolean {
  return (
    a.other === b.other &&
    a.net === b.net &&
    a.target === b.target &&
    a.gap === b.gap &&
    a.incidental === b.incidental &&
    a.oneOffCosts === b.oneOffCosts &&
    a.netCumulative === b.netCumulative &&
    a.measures.length === b.measures.length &&
    a.measures.every((m, i) => {
      const n = b.measures[i];
      return n !== undefined && m.key === n.key && m.colour === n.colour && m.name === n.name && m.incidental === n.incidental;
    })
  );
}

interface LegendProps {
  model: LegendModel;
  mode: SavingsMode;
  t: Catalogue['projection'];
  band: BandSeries | null;
}

/** Memoised on what it shows (the band: whether there is one, and stale), not on the figures. */
const Legend = memo(
  function Legend({ model, mode, t, band }: LegendProps) {
    const b = useText().budget.chart;
    if (mode === 'cumulative') {
      return (
        <ul className="projection-legend" aria-label={t.legend}>
          <li>
            <span className="projection-legend__swatch" style={{ background: SCENARIO_COLOUR }} aria-hidden="true" />
            {t.legendCumulative}
          </li>
          {model.netCumulative ? (
            <li>
              <svg className="projection-legend__line" width="30" height="12" aria-hidden="true">
                <line x1="0" y1="6" x2="30" y2="6" stroke="#000000" strokeWidth="2.5" />
                <circle cx="15" cy="6" r="4" fill="#000000" stroke="#ffffff" />
              </svg>
              {b.legendNetCumulative}
            </li>
          ) : null}
          <BandLegend band={band} t={t} />
        </ul>
      );
    }
    return (
      <ul className="projection-legend" aria-label={t.legend}>
        {model.measures.map((m) => (
          <li key={m.key}>
            <span className="projection-legend__swatch" style={{ background: m.incidental ? incidentalSwatch(m.colour) : m.colour }} aria-hidden="true" />
            {m.name}
          </li>
        ))}
        {model.other !== null ? (
          <li>
            <span className="projection-legend__swatch" style={{ background: OTHER_COLOUR }} aria-hidden="true" />
            {t.otherMeasures(model.other)} <span className="projection-legend__more">{t.otherMeasuresNote}</span>
          </li>
        ) : null}
        {model.oneOffCosts ? (
          <li>
            <span className="projection-legend__swatch" style={{ background: ONE_OFF_COSTS_COLOUR }} aria-hidden="true" />
            {b.legendOneOffCosts}
          </li>
        ) : null}
        {model.net ? (
          <li>
            <span className="projection-legend__net" aria-hidden="true" />
            {t.legendNet}
          </li>
        ) : null}
        {model.incidental ? (
          <li>
            <span className="projection-legend__swatch" style={{ background: incidentalSwatch('#595959') }} aria-hidden="true" />
            {b.legendIncidental}
          </li>
        ) : null}
        {model.target ? (
          <>
            <li>
              <svg className="projection-legend__line" width="30" height="12" aria-hidden="true">
                <line x1="0" y1="6" x2="30" y2="6" stroke={TARGET_COLOUR} strokeWidth="2.5" strokeDasharray="7 5" />
                <rect x="11" y="2" width="8" height="8" fill={TARGET_COLOUR} transform="rotate(45 15 6)" />
              </svg>
              {t.legendTarget}
            </li>
            {model.gap ? (
              <li>
                <span className="projection-legend__gap" aria-hidden="true" />
                {t.legendGap}
              </li>
            ) : null}
          </>
        ) : null}
        <BandLegend band={band} t={t} />
      </ul>
    );
  },
  (a, b) => a.mode === b.mode && a.t === b.t && (a.band === null) === (b.band === null) && a.band?.stale === b.band?.stale && sameLegendModel(a.model, b.model),
);
