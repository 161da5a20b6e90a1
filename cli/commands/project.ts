// `vcp project FILE [--json] [--unit euro|thousand]`: the projection as the spec's JSON, or as a
// table per year. Every figure comes from shared/ (project, toProjectJson, yearRows); this file
// only lays them out. The engine loads when the command runs, so --help and usage errors stay quick.
import type { Projection } from '../../shared/engine/types';
import { formatMoney, formatYear, formatYearSpan, moneyUnitLabel, type MoneyUnit } from '../../shared/format/money';
import { message } from '../../shared/format/messages';
import { prettyJson } from '../../shared/format/pretty-json';
import type { Lang } from '../../shared/scenario/problems';
import { yearRows, type YearRowKind } from '../../shared/format/year-rows';
import type { Scenario } from '../../shared/scenario/schema';
import type { Command } from '../command';
import { EXIT_INVALID, EXIT_OK } from '../exit-codes';
import { loadScenario } from '../read-scenario';
import { renderTextTable } from '../text-table';
import { UsageError } from '../usage';

const UNITS: readonly MoneyUnit[] = ['euro', 'thousand'];

const ROW_LABEL = {
  baseline: 'row.baseline',
  scenario: 'row.scenario',
  savings: 'row.savings',
  cumulative: 'row.cumulative',
  target: 'row.target',
  gap: 'row.gap',
} as const satisfies Record<Exclude<YearRowKind, 'measure'>, string>;

/** Width of the table when not writing to a terminal. */
const PIPED_WIDTH = 120;

export function renderProjectionTable(
  scenario: Scenario,
  projection: Projection,
  options: { lang: Lang; unit: MoneyUnit; maxWidth: number },
): string {
  const { lang, unit } = options;
  const cell = (value: number | null) => (value === null ? '–' : formatMoney(value, { lang, unit, symbol: false }));
  const rows: { label: string; cells: string[] }[] = [];
  for (const row of yearRows(projection, unit)) {
    if (row.kind === 'measure') {
      rows.push({ label: `  ${row.name ?? row.measureId ?? ''}`, cells: row.values.map(cell) });
      continue;
    }
    rows.push({ label: message(lang, ROW_LABEL[row.kind]), cells: row.values.map(cell) });
    // The measures follow cumulative, under a heading of their own.
    if (row.kind === 'cumulative') {
      rows.push({ label: message(lang, 'row.measures'), cells: [] });
      if (projection.measures.length === 0) rows.push({ label: `  (${message(lang, 'table.noMeasures')})`, cells: [] });
    }
  }

  const amounts =
    unit === 'euro' ? message(lang, 'table.amountsEuro') : message(lang, 'table.amounts', { unit: moneyUnitLabel(lang, unit) });
  const context = [
    scenario.municipality,
    message(lang, 'table.horizon', {
      baseYear: formatYear(scenario.baseYear),
      span: formatYearSpan(scenario.horizon.from, scenario.horizon.to),
    }),
    amounts,
  ].filter(Boolean);
  const disabled = (scenario.measures ?? []).filter((m) => m.enabled === false).map((m) => m.name);

  return [
    scenario.title,
    context.join(' · '),
    '',
    renderTextTable({ header: projection.years.map(formatYear), rows }, { maxWidth: options.maxWidth, maxLabel: 48 }),
    ...(disabled.length > 0 ? ['', message(lang, 'table.disabled', { names: disabled.join('; ') })] : []),
  ].join('\n');
}

export const project: Command = {
  name: 'project',
  usage: {
    nl: 'project BESTAND [--json] [--unit euro|thousand]',
    en: 'project FILE [--json] [--unit euro|thousand]',
  },
  summary: { nl: 'reken een scenario door, per jaar', en: 'project a scenario, year by year' },
  help: {
    nl: [
      'Rekent het scenario door en toont per jaar: basis, scenario, besparing, cumulatief, het effect',
      'van elke ingeschakelde maatregel, de taakstelling en het tekort.',
      '',
      '  --json                 de doorrekening als JSON in hele euro\'s (zie scenario-format.md)',
      '  --unit euro|thousand   bedragen in hele euro\'s (standaard) of in duizenden euro\'s,',
      '                         afgerond zodat elke kolom blijft optellen',
    ].join('\n'),
    en: [
      'Projects the scenario and shows per year: baseline, scenario, savings, cumulative, the effect',
      'of each enabled measure, the target and the gap.',
      '',
      '  --json                 the projection as JSON in whole euros (see scenario-format.md)',
      '  --unit euro|thousand   amounts in whole euros (default) or in thousands of euros,',
      '                         rounded so that every column still adds up',
    ].join('\n'),
  },
  options: {
    json: { type: 'boolean' },
    unit: { type: 'string' },
  },
  async run({ positionals, values, lang, io }) {
    if (positionals.length === 0) throw new UsageError('usage.missingFile');
    if (positionals.length > 1) throw new UsageError('usage.oneFile');
    const unit = values.unit ?? 'euro';
    if (!UNITS.includes(unit as MoneyUnit)) {
      throw new UsageError('usage.badValue', { value: String(unit), option: '--unit', allowed: UNITS.join(', ') });
    }
    if (values.json && values.unit !== undefined) throw new UsageError('usage.unitWithJson');

    const file = positionals[0] as string;
    const loaded = await loadScenario(file, lang);
    if (!loaded.ok) {
      for (const line of loaded.lines) io.err(line + '\n');
      return EXIT_INVALID;
    }
    const { project: projectScenario } = await import('../../shared/engine/project');
    const projection = projectScenario(loaded.scenario);
    if (values.json) {
      const { toProjectJson } = await import('../../shared/engine/project-json');
      io.out(prettyJson(toProjectJson(loaded.scenario, projection)) + '\n');
    } else {
      const maxWidth = io.columns ?? PIPED_WIDTH;
      io.out(renderProjectionTable(loaded.scenario, projection, { lang, unit: unit as MoneyUnit, maxWidth }) + '\n');
    }
    return EXIT_OK;
  },
};
