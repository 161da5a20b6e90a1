// The one model behind every export (PDF, XLSX, CSV, Markdown, chart PNG): built from the
// scenario, its projection and the reader's choices (language, unit, date). Every figure is
// project()'s own; in thousands every table is apportioned over the year table's totals
// (shared/format yearRows/toThousands) so it still adds up. Amounts are in euros — in the
// 'thousand' unit whole thousands as euros (974 000 for "974"), as yearRows gives them — so
// each writer formats with formatMoney(value, { unit }) or divides by 1000 for a spreadsheet.
import type { Projection } from '../engine/types';
import { formatDate } from '../format/date';
import { formatMoney, formatPercent, formatYearSpan, type MoneyUnit } from '../format/money';
import { byChange, partnerYears, type PartnerSource } from '../format/partner-years';
import { yearRows, type YearRowKind } from '../format/year-rows';
import { listedYears } from '../engine/year-table';
import { measureColour } from '../palette';
import type { Lang } from '../i18n/languages';
import type { LineKind, MeasureType, Scenario } from '../scenario/schema';
import { kindOf } from '../measures/registry';
import { describeMeasure, joinNames } from './describe-measure';
import { catalogue, render } from '../i18n/text';
import { targetCheck, targetCheckLine, targetCheckText } from '../engine/target-check';
import { reportWord } from './report-words';
import { budgetFigures, hasBudgetContent, structurallyMet } from './budget';
import { scenarioWarnings } from '../engine/warnings';
import type { Nature, OneOffCostKind } from '../scenario/schema';
import { natureOf } from '../scenario/measure-facts';

export interface SummaryOptions {
  lang: Lang;
  unit: MoneyUnit;
  /** The document's date: an ISO date (YYYY-MM-DD) or a Date. The caller decides ("today"). */
  date: string | Date;
  /** For a Date: the zone its calendar day is read in; default the machine's. */
  timeZone?: string;
}

export interface SummaryYearRow {
  kind: YearRowKind;
  label: string;
  /** For a measure row. */
  measureId?: string;
  values: (number | null)[];
}

export interface SummaryLine {
  id: string;
  name: string;
  kind: LineKind;
  kindLabel: string;
  group: string | null;
  organisation: string | null;
  taakveld: string | null;
  baseline: number[];
  scenario: number[];
}

export interface SummaryMeasure {
  id: string;
  name: string;
  type: MeasureType;
  typeLabel: string;
  enabled: boolean;
  /** Its chart colour (enabled measures with figures only): by its place among all measures, as in the app. */
  colour: string | null;
  description: string;
  notes: string | null;
  /** Version 2: structural or incidental (natureOf). */
  nature: Nature;
  /** Version 2: pro memorie, not yet in euros (no figures, as a switched-off measure). */
  pm: boolean;
  /** Per year, in the unit; null for a switched-off or PM measure. */
  effect: number[] | null;
  total: number | null;
}

export interface SummaryOrganisation {
  /** The organisation; null: lines without one. */
  key: string | null;
  label: string;
  lineIds: string[];
  baseline: number[];
  scenario: number[];
  /** scenario − baseline per year (negative: the organisation receives less). */
  change: number[];
  /** Σ change over the horizon. */
  changeTotal: number;
  /** The last year's change as a fraction of its baseline, from whole euros; null when that is 0. */
  changeFractionLast: number | null;
}

/** A row of the overview of incidental income and expenditure: an incidental measure's savings, or a measure's one-off costs of one kind. */
export interface SummaryBudgetRow {
  measureId: string;
  name: string;
  nature: Nature;
  /** "incidenteel", "structureel". */
  natureLabel: string;
  kind: 'saving' | OneOffCostKind;
  /** "besparing", "frictiekosten", "afbouwregeling", … */
  kindLabel: string;
  /** The one-off costs' notes, joined; null when none. */
  notes: string | null;
  /** Per year, in the unit. */
  values: number[];
  total: number;
}

/**
 * Version 2 (#20): what the scenario's budget shows beside the savings. The documents show it
 * (`shown`) when the scenario has an incidental measure or one-off costs in the horizon; the
 * figures are there for every scenario (the CSV table has them). Amounts in the unit, as everywhere.
 */
export interface SummaryBudget {
  shown: boolean;
  /** The incidental measures (baten) and their total, savings.incidental; null when there are none. */
  incidental: { rows: SummaryBudgetRow[]; total: number[] } | null;
  /** The one-off costs per measure and kind (lasten) and their total, savings.oneOffCosts; null when none in the horizon. */
  oneOff: { rows: SummaryBudgetRow[]; total: number[] } | null;
  /** The structural balance per year. */
  balance: {
    savings: number[];
    incidental: number[];
    structural: number[];
    /** Null without a target; null cells before the first target year. */
    target: (number | null)[] | null;
    structuralGap: (number | null)[] | null;
    /** structuralGap ≤ 0, from whole euros (the verdict, whatever the unit). */
    structurallyMet: (boolean | null)[] | null;
    oneOffCosts: number[];
    net: number[];
    netCumulative: number[];
  };
  paybackYear: number | null;
  /** "2025, het eerste jaar waarin …", "geen: …", "niet in 2024–2027: …". */
  paybackText: string;
}

/** A pro memorie line or measure: known, not yet in euros. */
export interface SummaryPm {
  kind: 'line' | 'measure';
  id: string;
  name: string;
  /** "regel (overig)", "maatregel (vast bedrag)". */
  what: string;
}

export interface SummaryAssumption {
  label: string;
  text: string;
}

export interface ExportSummary {
  lang: Lang;
  unit: MoneyUnit;
  title: string;
  municipality: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD) and as written in the language. */
  date: string;
  dateText: string;
  baseYear: number;
  years: number[];
  /** "2020–2023". */
  span: string;
  /** "Bedragen in euro" / "Bedragen × € 1.000". */
  amountsLabel: string;
  headline: {
    year: number;
    savings: number;
    cumulative: number;
    target: number | null;
    gap: number | null;
    status: 'met' | 'short' | 'none';
    /** Ready-made words for each figure. */
    labels: { savings: string; cumulative: string; target: string };
    /** texts.target is the whole verdict in one phrase ("niet gehaald: tekort € 1.026.051"). */
    texts: { savings: string; cumulative: string; target: string };
    /** The verdict in two parts, for a figure box: "niet gehaald" / "tekort € 1.026.051". */
    verdict: { word: string; detail: string | null; targetText: string | null };
    /** Version 2, with one-off costs: the net savings over the horizon and the payback year; else null. */
    net: { label: string; text: string; detail: string } | null;
  };
  /** baseline, scenario, savings, cumulative, one per enabled measure, target and gap. */
  yearRows: SummaryYearRow[];
  lines: {
    rows: SummaryLine[];
    /** −(fixed savings) per year, in the unit: in the scenario, tied to no line; null when there are none. */
    fixed: number[] | null;
    baselineTotal: number[];
    scenarioTotal: number[];
  };
  /** Every measure in file order, switched-off ones too (without figures). */
  measures: SummaryMeasure[];
  organisations: {
    /** 'line' when no line names an organisation: then each line is a row of its own. */
    by: 'organisation' | 'line';
    /** Sorted by the change over the horizon: the largest cut first, lines without an organisation last. */
    rows: SummaryOrganisation[];
    fixed: number[] | null;
    baselineTotal: number[];
    scenarioTotal: number[];
    changeTotal: number;
    changeFractionLast: number | null;
  };
  /** Version 2: the incidental income and expenditure and the structural balance. */
  budget: SummaryBudget;
  /** Version 2: the scenario's warnings (scenarioWarnings), in the language. */
  warnings: string[];
  /** Version 2: the PM lines and measures, in file order. */
  pm: SummaryPm[];
  assumptions: {
    items: SummaryAssumption[];
    /** Every horizon year with its index rates (fractions). */
    indexation: { year: number; wage: number; price: number }[];
    /** Per line: its wage share and growth (fractions). */
    lines: { id: string; name: string; wageShare: number; volumeGrowth: number }[];
  };
}

const at = (row: readonly number[], i: number) => row[i] ?? 0;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) + 0;

/** The ISO calendar date of `date` (a bare YYYY-MM-DD is kept as given). */
function isoDate(date: string | Date, timeZone: string | undefined): string {
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const d = typeof date === 'string' ? new Date(date) : date;
  if (Number.isNaN(d.getTime())) return String(date);
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(d);
}

const YEAR_ROW_WORD = {
  baseline: 'baseline',
  scenario: 'scenario',
  savings: 'savings',
  cumulative: 'cumulative',
  target: 'target',
  gap: 'gap',
} as const;

export function buildSummary(scenario: Scenario, projection: Projection, options: SummaryOptions): ExportSummary {
  const { lang, unit } = options;
  const years = projection.years;
  const Y = years.length;
  const last = Math.max(0, Y - 1);
  const span = formatYearSpan(years[0] ?? scenario.horizon.from, years[last] ?? scenario.horizon.to);
  const date = isoDate(options.date, options.timeZone);

  // The year table: the figures every other table adds up to.
  const rows = yearRows(projection, unit);
  const series = (kind: YearRowKind) => rows.find((r) => r.kind === kind)?.values ?? [];
  const baselineTotal = series('baseline') as number[];
  const scenarioTotal = series('scenario') as number[];
  const summaryRows: SummaryYearRow[] = rows.map((r) =>
    r.kind === 'measure'
      ? { kind: r.kind, label: r.name ?? r.measureId ?? '', measureId: r.measureId, values: r.values }
      : { kind: r.kind, label: reportWord(lang, YEAR_ROW_WORD[r.kind]), values: r.values },
  );

  // Per line and per organisation: shared/format partnerYears(), the formula of the app's
  // "Per partner" table: the budgets apportioned over the baseline total, the changes (and the
  // fixed amounts) over −savings, after = before + change. So a line or an organisation that no
  // measure touches shows the same figure in both, and every column adds up.
  const lineYears = partnerYears(
    projection.lines.map((l) => ({ key: l.id, lineIds: [l.id], baseline: l.baseline, scenario: l.scenario })),
    projection.scenario.fixed,
    unit,
  );
  const hasFixed = lineYears.fixed !== null;
  const lines: SummaryLine[] = projection.lines.map((l, i) => ({
    id: l.id,
    name: l.name,
    kind: l.kind,
    kindLabel: catalogue(lang).report.kinds[l.kind],
    group: l.group,
    organisation: l.organisation,
    taakveld: l.taakveld,
    baseline: lineYears.rows[i]?.years.map((c) => c.baseline) ?? [],
    scenario: lineYears.rows[i]?.years.map((c) => c.scenario) ?? [],
  }));

  // Per organisation; where no line names one, per line (one row "without organisation" says nothing).
  const byOrganisation = projection.lines.some((l) => l.organisation !== null);
  const orgSource: PartnerSource[] = byOrganisation
    ? projection.breakdown.organisation
    : projection.lines.map((l) => ({ key: l.name, lineIds: [l.id], baseline: l.baseline, scenario: l.scenario }));
  const orgYears = partnerYears(orgSource, projection.scenario.fixed, unit);
  const organisations: SummaryOrganisation[] = byChange(orgYears.rows, byOrganisation ? 'key' : 'source').map((r) => ({
    key: r.key,
    label: r.key ?? catalogue(lang).report.noOrganisation,
    lineIds: [...r.lineIds],
    baseline: r.years.map((c) => c.baseline),
    scenario: r.years.map((c) => c.scenario),
    change: r.years.map((c) => c.change),
    changeTotal: r.span.change,
    changeFractionLast: r.years[last]?.changeFraction ?? null,
  }));

  // Measures: every one in the file, with its figures when switched on.
  const effects = new Map(rows.filter((r) => r.kind === 'measure').map((r) => [r.measureId, r.values as number[]]));
  const measures: SummaryMeasure[] = (scenario.measures ?? []).map((m, position) => {
    const enabled = m.enabled !== false;
    const effect = enabled ? (effects.get(m.id) ?? null) : null;
    return {
      id: m.id,
      name: m.name,
      type: m.type,
      typeLabel: render(lang, kindOf(m).words.title),
      enabled,
      nature: natureOf(m),
      pm: m.pm === true,
      // A PM measure has no figures, so no colour in the chart either.
      colour: enabled && m.pm !== true ? measureColour(position) : null,
      description: describeMeasure(m, scenario, lang),
      notes: m.notes?.trim() ? m.notes.trim() : null,
      effect,
      total: effect ? sum(effect) : null,
    };
  });

  // Headline: the last year of the horizon.
  const savingsLast = at(series('savings') as number[], last);
  const cumulativeLast = at(series('cumulative') as number[], last);
  const targetLast = (series('target')[last] ?? null) as number | null;
  const gapLast = (series('gap')[last] ?? null) as number | null;
  // Met only when met in every year that has a target (#20), not in the last year alone.
  const check = targetCheck(projection);
  const checkText = targetCheckText(check);
  const status: 'met' | 'short' | 'none' = check.status;
  // Prose, not a table: in thousands the rounded figure is written out ("€ 974.000"), which
  // reads without a unit note and is exactly the table's "974".
  const money = (v: number) => formatMoney(v, { lang, unit: 'euro' });
  const lastYear = years[last] ?? scenario.horizon.to;
  const targetText = render(lang, targetCheckLine(check, projection.target !== undefined, true));

  const budget = summaryBudget(scenario, projection, rows, options);
  const words = catalogue(lang).report.budget;

  return {
    lang,
    unit,
    title: scenario.title,
    municipality: scenario.municipality?.trim() || null,
    author: scenario.author?.trim() || null,
    date,
    dateText: formatDate(date, { lang }),
    baseYear: scenario.baseYear,
    years: [...years],
    span,
    amountsLabel: catalogue(lang).report[unit === 'euro' ? 'amountsEuro' : 'amountsThousand'],
    headline: {
      year: lastYear,
      savings: savingsLast,
      cumulative: cumulativeLast,
      target: targetLast,
      gap: gapLast,
      status,
      labels: {
        savings: catalogue(lang).report.savingsIn(lastYear),
        cumulative: catalogue(lang).report.cumulativeSpan(span),
        target: checkText.label ? render(lang, checkText.label) : catalogue(lang).report.targetIn(lastYear),
      },
      texts: { savings: money(savingsLast), cumulative: money(cumulativeLast), target: targetText },
      verdict: {
        word: status === 'none' ? targetText : render(lang, checkText.word),
        detail: checkText.detail ? render(lang, checkText.detail) : null,
        targetText: targetLast === null ? null : money(targetLast),
      },
      net:
        budget.oneOff
          ? {
              label: words.netCumulativeSpan(span),
              text: money(at(budget.balance.netCumulative, last)),
              detail: projection.paybackYear === null ? words.notPaidBack(lastYear) : words.paidBackIn(projection.paybackYear),
            }
          : null,
    },
    yearRows: summaryRows,
    lines: { rows: lines, fixed: hasFixed ? (lineYears.fixed?.years ?? null) : null, baselineTotal: [...baselineTotal], scenarioTotal: [...scenarioTotal] },
    measures,
    organisations: {
      by: byOrganisation ? 'organisation' : 'line',
      rows: organisations,
      fixed: orgYears.fixed?.years ?? null,
      baselineTotal: [...baselineTotal],
      scenarioTotal: [...scenarioTotal],
      changeTotal: orgYears.total.span.change,
      changeFractionLast: orgYears.total.years[last]?.changeFraction ?? null,
    },
    budget,
    warnings: scenarioWarnings(scenario, projection).map((w) => render(lang, w.message)),
    pm: pmItems(scenario, projection, lang),
    assumptions: assumptions(scenario, lang),
  };
}

/** The budget's tables in the unit, with their words. */
function summaryBudget(scenario: Scenario, projection: Projection, rows: ReturnType<typeof yearRows>, options: SummaryOptions): SummaryBudget {
  const has = hasBudgetContent(projection);
  const { lang, unit } = options;
  const g = catalogue(lang).glossary.budget;
  const words = catalogue(lang).report.budget;
  const f = budgetFigures(scenario, projection, rows, unit);
  const incidental = f.incidentalRows.map(
    (r): SummaryBudgetRow => ({
      measureId: r.measureId,
      name: r.name,
      nature: 'incidental',
      natureLabel: g.nature.incidental,
      kind: 'saving',
      // A fixed amount below 0 is a cost, not a saving: the row says so.
      kindLabel: sum(r.values) < 0 ? words.cost : words.saving,
      notes: null,
      values: r.values,
      total: sum(r.values),
    }),
  );
  const oneOff = f.oneOffRows.map(
    (r): SummaryBudgetRow => ({
      measureId: r.measureId,
      name: r.name,
      nature: r.nature,
      natureLabel: g.nature[r.nature],
      kind: r.kind,
      kindLabel: g.oneOffCostKind[r.kind],
      notes: r.notes.length > 0 ? r.notes.join('; ') : null,
      values: r.values,
      total: sum(r.values),
    }),
  );
  const years = projection.years;
  const span = formatYearSpan(years[0] ?? scenario.horizon.from, years[years.length - 1] ?? scenario.horizon.to);
  const paybackText =
    projection.paybackYear !== null
      ? words.paybackIn(projection.paybackYear)
      : projection.savings.netCumulative.some((v) => v < 0)
        ? words.paybackNotYet(span)
        : words.paybackNever;
  return {
    shown: has.incidental || has.oneOff,
    incidental: has.incidental ? { rows: incidental, total: f.incidental } : null,
    oneOff: has.oneOff ? { rows: oneOff, total: f.oneOffCosts } : null,
    balance: {
      savings: f.savings,
      incidental: f.incidental,
      structural: f.structural,
      target: f.target,
      structuralGap: f.structuralGap,
      structurallyMet: structurallyMet(projection),
      oneOffCosts: f.oneOffCosts,
      net: f.net,
      netCumulative: f.netCumulative,
    },
    paybackYear: projection.paybackYear,
    paybackText,
  };
}

/** The PM lines and measures of the projection, with what each is. */
function pmItems(scenario: Scenario, projection: Projection, lang: Lang): SummaryPm[] {
  const words = catalogue(lang).report.budget;
  const kindWords = catalogue(lang).glossary.lineKindInText;
  const lines = new Map(scenario.lines.map((l) => [l.id, l]));
  const measures = new Map((scenario.measures ?? []).map((m) => [m.id, m]));
  return [
    ...projection.pm.lines.flatMap((id): SummaryPm[] => {
      const l = lines.get(id);
      return l ? [{ kind: 'line', id, name: l.name, what: words.pmLine(kindWords[l.kind]) }] : [];
    }),
    ...projection.pm.measures.flatMap((id): SummaryPm[] => {
      const m = measures.get(id);
      return m ? [{ kind: 'measure', id, name: m.name, what: words.pmMeasure(render(lang, kindOf(m).words.noun)) }] : [];
    }),
  ];
}

function indexYears(scenario: Scenario): number[] {
  const out: number[] = [];
  for (let y = scenario.baseYear + 1; y <= scenario.horizon.to; y++) out.push(y);
  return out;
}

/** The assumptions a reader must know to read the figures, apart from the policy choices. */
function assumptions(scenario: Scenario, lang: Lang): ExportSummary['assumptions'] {
  const pct = (f: number) => formatPercent(f, { lang, maxDigits: 2 });
  const indexText = (table: Record<string, number> | undefined) => {
    const listed = listedYears(table).filter((e) => e.value !== 0);
    return listed.length === 0 ? catalogue(lang).report.indexNone : listed.map((e) => `${pct(e.value)} (${e.year})`).join(', ');
  };
  // Per line when there are few lines; with more, the range (every line is in the XLSX sheet).
  const perLine = (
    lines: readonly Scenario['lines'][number][],
    value: (l: Scenario['lines'][number]) => number,
    text: (l: Scenario['lines'][number]) => string,
  ) => {
    if (lines.length <= 3) return joinNames(lines.map(text), lang);
    const values = lines.map(value);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    if (lo === hi) return catalogue(lang).report.sameOverLines(pct(lo), lines.length);
    return catalogue(lang).report.rangeOverLines(`${pct(lo)}–${pct(hi)}`, lines.length);
  };
  const growing = scenario.lines.filter((l) => (l.volumeGrowth ?? 0) !== 0);
  const growth =
    growing.length === 0
      ? catalogue(lang).report.growthNone
      : perLine(
          growing,
          (l) => l.volumeGrowth ?? 0,
          (l) => `${l.name} ${pct(l.volumeGrowth ?? 0)} ${catalogue(lang).report.perYearSuffix}`,
        );
  const waged = scenario.lines.filter((l) => (l.wageShare ?? 0) !== 0);
  const wage =
    waged.length === 0
      ? catalogue(lang).report.wageShareNone
      : perLine(
          waged,
          (l) => l.wageShare ?? 0,
          (l) => `${l.name} ${pct(l.wageShare ?? 0)}`,
        );

  return {
    items: [
      { label: catalogue(lang).report.baseYear, text: catalogue(lang).report.baseYearText(scenario.baseYear) },
      { label: catalogue(lang).report.horizon, text: formatYearSpan(scenario.horizon.from, scenario.horizon.to) },
      { label: catalogue(lang).report.wageIndex, text: indexText(scenario.indexation?.wage) },
      { label: catalogue(lang).report.priceIndex, text: indexText(scenario.indexation?.price) },
      { label: catalogue(lang).report.growth, text: growth },
      { label: catalogue(lang).report.wageShare, text: wage },
    ],
    // From the year after the base year: those rates shape every horizon year's index.
    indexation: indexYears(scenario).map((year) => ({
      year,
      wage: scenario.indexation?.wage?.[String(year)] ?? 0,
      price: scenario.indexation?.price?.[String(year)] ?? 0,
    })),
    lines: scenario.lines.map((l) => ({ id: l.id, name: l.name, wageShare: l.wageShare ?? 0, volumeGrowth: l.volumeGrowth ?? 0 })),
  };
}
