// `vcp project FILE [--json] [--unit euro|thousand] [--draws N [--seed S]]`: the projection as the
// spec's JSON, or as a table per year; with --draws, the Monte Carlo band of the savings too.
// Every figure comes from shared/ (project, toProjectJson, yearRows, simulate); this file only lays
// them out. The engine loads when the command runs, so --help and usage errors stay quick.
import type { Projection } from '../../shared/engine/types';
import { formatMoney, formatYear, formatYearSpan, moneyUnitLabel, type MoneyUnit } from '../../shared/format/money';
import { prettyJson } from '../../shared/format/pretty-json';
import type { Lang } from '../../shared/i18n/languages';
import { catalogue, text } from '../../shared/i18n/text';
import { yearRows } from '../../shared/format/year-rows';
import type { Scenario } from '../../shared/scenario/schema';
import { formatChance } from '../../shared/uncertainty/chance';
import type { UncertaintyResult } from '../../shared/uncertainty/monte-carlo';
import type { Command } from '../command';
import { EXIT_INVALID, EXIT_OK } from '../exit-codes';
import { oneLine, visibleLines } from '../io';
import { loadScenario } from '../read-scenario';
import { renderTextTable } from '../text-table';
import { UsageError } from '../usage';

const UNITS: readonly MoneyUnit[] = ['euro', 'thousand'];

/** Width of the table when not writing to a terminal. */
const PIPED_WIDTH = 120;

/** --draws: at least one draw; at most 100,000 (the app's own runs take 1,000–5,000). */
export const MAX_DRAWS = 100_000;
export const DEFAULT_SEED = 1;

/** What `--json --draws` adds: the savings band in whole euros, and the share of draws meeting the target. */
export interface UncertaintyJson {
  p10: number[];
  p50: number[];
  p90: number[];
  /** Per year a fraction 0–1; null in years without a target (all null without one). */
  targetMet: (number | null)[];
  /** Version 2: the band of net savings (savings − one-off costs). */
  net: { p10: number[]; p50: number[]; p90: number[] };
  /** The savings and net savings reached with at least `level` certainty (--certainty). */
  certain: { level: number; savings: number[]; net: number[] };
}

export function toUncertaintyJson(result: UncertaintyResult): UncertaintyJson {
  const { p10, p50, p90, targetMet } = result.savings;
  const net = result.net;
  const c = result.certain;
  return {
    p10: [...p10],
    p50: [...p50],
    p90: [...p90],
    targetMet: [...targetMet],
    net: { p10: [...net.p10], p50: [...net.p50], p90: [...net.p90] },
    certain: { level: c.level, savings: [...c.savings], net: [...c.net] },
  };
}

const note = (lang: Lang, draws: number, seed: number, uncertain: number) =>
  uncertain === 0 ? catalogue(lang).commandLine.project.noteCertain(draws, seed) : catalogue(lang).commandLine.project.noteUncertain(draws, seed, uncertain);

/** --draws N (1…MAX_DRAWS) and --seed S (an integer, default 1), or a usage error. */
export function readDrawOptions(values: Record<string, string | boolean | undefined>, lang: Lang): { draws: number; seed: number; certainty?: number } | null {
  const drawsText = values.draws;
  const seedText = values.seed;
  const certaintyText = values.certainty;
  if (drawsText === undefined) {
    if (seedText !== undefined) {
      throw new UsageError(text('numbers.usage.badValue', String(seedText), '--seed', catalogue(lang).commandLine.project.withDraws));
    }
    if (certaintyText !== undefined) {
      throw new UsageError(text('numbers.usage.badValue', String(certaintyText), '--certainty', catalogue(lang).commandLine.project.withDraws));
    }
    return null;
  }
  let certainty: number | undefined;
  if (certaintyText !== undefined) {
    certainty = /^0?\.\d+$/.test(String(certaintyText)) ? Number(certaintyText) : Number.NaN;
    if (!(certainty >= 0.5 && certainty <= 0.99)) {
      throw new UsageError(text('numbers.usage.badValue', String(certaintyText), '--certainty', catalogue(lang).commandLine.project.certainty));
    }
  }
  const draws = /^\d+$/.test(String(drawsText)) ? Number(drawsText) : Number.NaN;
  if (!(draws >= 1 && draws <= MAX_DRAWS)) {
    throw new UsageError(text('numbers.usage.badValue', String(drawsText), '--draws', `1…${MAX_DRAWS}`));
  }
  let seed = DEFAULT_SEED;
  if (seedText !== undefined) {
    seed = /^[-+]?\d+$/.test(String(seedText)) ? Number(seedText) : Number.NaN;
    if (!Number.isSafeInteger(seed)) {
      throw new UsageError(text('numbers.usage.badValue', String(seedText), '--seed', catalogue(lang).commandLine.project.integer));
    }
  }
  return certainty === undefined ? { draws, seed } : { draws, seed, certainty };
}

/** Version 2's part of the table: rows under the years, and lines after the table. */
export interface BudgetParts {
  rows: { label: string; cells: string[] }[];
  after: string[];
}

/**
 * The structural balance, the payback year, the warnings and what is not yet in euros, as the
 * council exports write them (one summary model, shared/export); loaded on use.
 */
export async function budgetParts(scenario: Scenario, projection: Projection, lang: Lang, unit: MoneyUnit): Promise<BudgetParts> {
  const { buildSummary } = await import('../../shared/export/summary');
  const { balanceTextTable } = await import('../../shared/export/tables');
  const summary = buildSummary(scenario, projection, { lang, unit, date: '2000-01-01' });
  const balance = balanceTextTable(summary);
  const report = catalogue(lang).report.budget;
  const rows: BudgetParts['rows'] = [];
  if (balance) {
    rows.push({ label: report.balanceTitle, cells: [] });
    for (const row of balance.rows) rows.push({ label: `  ${row.label}`, cells: row.cells });
  }
  const after: string[] = [];
  if (summary.budget.oneOff) after.push(`${report.paybackYear}: ${summary.budget.paybackText}`);
  if (summary.warnings.length > 0) after.push(`${report.warningsTitle}:`, ...summary.warnings.map((w) => `- ${w}`));
  if (summary.pm.length > 0) after.push(`${report.pmTitle}: ${summary.pm.map((p) => `${p.name} (${p.what})`).join('; ')}`);
  return { rows, after };
}

export function renderProjectionTable(
  scenario: Scenario,
  projection: Projection,
  options: { lang: Lang; unit: MoneyUnit; maxWidth: number; uncertainty?: UncertaintyResult; budget?: BudgetParts },
): string {
  const { lang, unit, uncertainty } = options;
  const w = catalogue(lang).commandLine.project;
  const cell = (value: number | null) => (value === null ? '–' : formatMoney(value, { lang, unit, symbol: false }));
  const rows: { label: string; cells: string[] }[] = [];
  for (const row of yearRows(projection, unit)) {
    if (row.kind === 'measure') {
      rows.push({ label: `  ${row.name ?? row.measureId ?? ''}`, cells: row.values.map(cell) });
      continue;
    }
    rows.push({ label: catalogue(lang).numbers.row[row.kind], cells: row.values.map(cell) });
    // The band right under the savings it surrounds.
    if (row.kind === 'savings' && uncertainty) {
      for (const p of ['p10', 'p50', 'p90'] as const) rows.push({ label: `  ${w[p]}`, cells: uncertainty.savings[p].map(cell) });
      rows.push({ label: `  ${w.certain(uncertainty.certain.level)}`, cells: uncertainty.certain.savings.map(cell) });
      if (uncertainty.savings.targetMet.some((v) => v !== null)) {
        rows.push({
          label: `  ${w.targetMet}`,
          cells: uncertainty.savings.targetMet.map((v) => (v === null ? '–' : formatChance(v, lang))),
        });
      }
    }
    // The measures follow cumulative, under a heading of their own.
    if (row.kind === 'cumulative') {
      rows.push({ label: catalogue(lang).numbers.row.measures, cells: [] });
      if (projection.measures.length === 0) rows.push({ label: `  (${catalogue(lang).numbers.table.noMeasures})`, cells: [] });
    }
  }

  const amounts =
    unit === 'euro' ? catalogue(lang).numbers.table.amountsEuro : catalogue(lang).numbers.table.amounts(moneyUnitLabel(lang, unit));
  const context = [
    scenario.municipality,
    catalogue(lang).numbers.table.horizon(formatYear(scenario.baseYear), formatYearSpan(scenario.horizon.from, scenario.horizon.to)),
    amounts,
  ].filter(Boolean);
  const disabled = (scenario.measures ?? []).filter((m) => m.enabled === false).map((m) => m.name);
  const after = options.budget?.after ?? [];
  for (const row of options.budget?.rows ?? []) rows.push(row);

  return [
    oneLine(scenario.title),
    context.join(' · '),
    '',
    renderTextTable({ header: projection.years.map(formatYear), rows }, { maxWidth: options.maxWidth, maxLabel: 48 }),
    ...(disabled.length > 0 ? ['', catalogue(lang).numbers.table.disabled(disabled.join('; '))] : []),
    ...(after.length > 0 ? ['', ...after] : []),
    ...(uncertainty ? ['', note(lang, uncertainty.draws, uncertainty.seed, uncertainty.uncertain.length)] : []),
  ].join('\n');
}

export const project: Command = {
  name: 'project',
  usage: text('commandLine.project.usage'),
  summary: text('commandLine.project.summary'),
  help: text('commandLine.project.help'),
  options: {
    json: { type: 'boolean' },
    unit: { type: 'string' },
    draws: { type: 'string' },
    seed: { type: 'string' },
    certainty: { type: 'string' },
  },
  async run({ positionals, values, lang, io }) {
    if (positionals.length === 0) throw new UsageError(text('numbers.usage.missingFile'));
    if (positionals.length > 1) throw new UsageError(text('numbers.usage.oneFile'));
    const unit = values.unit ?? 'euro';
    if (!UNITS.includes(unit as MoneyUnit)) {
      throw new UsageError(text('numbers.usage.badValue', String(unit), '--unit', UNITS.join(', ')));
    }
    if (values.json && values.unit !== undefined) throw new UsageError(text('numbers.usage.unitWithJson'));
    const drawOptions = readDrawOptions(values, lang);

    const file = positionals[0] as string;
    const loaded = await loadScenario(file, lang);
    if (!loaded.ok) {
      for (const line of loaded.lines) io.err(line + '\n');
      return EXIT_INVALID;
    }
    const { project: projectScenario } = await import('../../shared/engine/project');
    const projection = projectScenario(loaded.scenario);
    let uncertainty: UncertaintyResult | undefined;
    if (drawOptions) {
      const { simulate } = await import('../../shared/uncertainty/monte-carlo');
      uncertainty = simulate(loaded.scenario, drawOptions);
    }
    if (values.json) {
      const { toProjectJson } = await import('../../shared/engine/project-json');
      const json = toProjectJson(loaded.scenario, projection);
      io.out(prettyJson(uncertainty ? { ...json, uncertainty: toUncertaintyJson(uncertainty) } : json) + '\n');
    } else {
      const maxWidth = io.columns ?? PIPED_WIDTH;
      const budget = await budgetParts(loaded.scenario, projection, lang, unit as MoneyUnit);
      io.out(visibleLines(renderProjectionTable(loaded.scenario, projection, { lang, unit: unit as MoneyUnit, maxWidth, uncertainty, budget })) + '\n');
    }
    return EXIT_OK;
  },
};
