// `vcp compare A B [C...] [--json] [--unit euro|thousand]`: several scenario files side by side.
// Every figure and sentence comes from shared/compare (compareScenarios, comparisonRows,
// toCompareJson); this file only lays them out. The engine loads when the command runs.
import { formatMoney, formatYear, moneyUnitLabel, type MoneyUnit } from '../../shared/format/money';
import { prettyJson } from '../../shared/format/pretty-json';
import type { Lang } from '../../shared/i18n/languages';
import { catalogue, render, text } from '../../shared/i18n/text';
import type { Scenario } from '../../shared/scenario/schema';
import type { Comparison } from '../../shared/compare/types';
import type { Command } from '../command';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { visibleLines } from '../io';
import { loadScenario } from '../read-scenario';
import { renderTextTable } from '../text-table';
import { UsageError } from '../usage';

const UNITS: readonly MoneyUnit[] = ['euro', 'thousand'];

/** Width of the table when not writing to a terminal. */
const PIPED_WIDTH = 120;

export async function renderComparisonTable(
  comparison: Comparison,
  files: readonly string[],
  options: { lang: Lang; unit: MoneyUnit; maxWidth: number },
): Promise<string> {
  const { lang, unit } = options;
  const { comparisonRows } = await import('../../shared/compare/rows');
  const { yearsNote } = await import('../../shared/compare/compare');
  const w = catalogue(lang).commandLine.compare;
  const rows = comparisonRows(comparison, unit);
  const ref = comparison.scenarios[comparison.reference];
  const refLabel = ref?.label ?? 'A';
  const cell = (value: number | null, sign: 'auto' | 'always' = 'auto') =>
    value === null ? '–' : formatMoney(value, { lang, unit, symbol: false, sign });
  const others = comparison.scenarios.filter((s) => s.index !== comparison.reference);

  const table: { label: string; cells: string[] }[] = [];
  const block = (heading: string, entries: { label: string; values: (number | null)[]; sign?: 'always' }[]) => {
    if (entries.length === 0) return;
    table.push({ label: heading, cells: [] });
    for (const e of entries) table.push({ label: `  ${e.label}`, cells: e.values.map((v) => cell(v, e.sign)) });
  };
  block(w.savings, comparison.scenarios.map((s, k) => ({ label: s.label, values: rows.savings[k] ?? [] })));
  block(w.difference(refLabel), others.map((s) => ({ label: `${s.label} − ${refLabel}`, values: rows.difference[s.index] ?? [], sign: 'always' as const })));
  block(w.cumulative, comparison.scenarios.map((s, k) => ({ label: s.label, values: rows.cumulative[k] ?? [] })));
  block(
    w.cumulativeDifference(refLabel),
    others.map((s) => ({ label: `${s.label} − ${refLabel}`, values: rows.cumulativeDifference[s.index] ?? [], sign: 'always' as const })),
  );
  const withTarget = comparison.scenarios.filter((s) => rows.target[s.index]);
  block(w.target, withTarget.map((s) => ({ label: s.label, values: rows.target[s.index] ?? [] })));
  block(w.gap, withTarget.map((s) => ({ label: s.label, values: rows.gap[s.index] ?? [], sign: 'always' as const })));

  const amounts = unit === 'euro' ? catalogue(lang).numbers.table.amountsEuro : catalogue(lang).numbers.table.amounts(moneyUnitLabel(lang, unit));
  const legend = comparison.scenarios.map(
    (s) => `${s.label}: ${files[s.index] ?? s.name} — ${s.scenario.title}${s.index === comparison.reference ? ` (${w.reference})` : ''}`,
  );
  // Per scenario against the reference, each under its own heading.
  const differences = others.flatMap((s) => {
    const own = comparison.differences.filter((d) => d.scenario === s.index);
    return [
      '',
      w.differences(s.label, refLabel),
      ...(own.length === 0 ? [w.noDifferences] : own.map((d) => `- ${render(lang, d.text)}`)),
    ];
  });

  return [
    w.title,
    ...legend,
    '',
    `${yearsNote(comparison, lang)} ${amounts}.`,
    '',
    ...(comparison.years.length > 0
      ? [renderTextTable({ header: comparison.years.map(formatYear), rows: table }, { maxWidth: options.maxWidth, maxLabel: 48 })]
      : []),
    ...differences,
  ].join('\n');
}

export const compare: Command = {
  name: 'compare',
  usage: text('commandLine.compare.usage'),
  summary: text('commandLine.compare.summary'),
  help: text('commandLine.compare.help'),
  options: {
    json: { type: 'boolean' },
    unit: { type: 'string' },
  },
  async run({ positionals, values, lang, io }) {
    if (positionals.length === 0) throw new UsageError(text('numbers.usage.missingFile'));
    if (positionals.length === 1) {
      // No shared message key says "two"; the same form as every usage error.
      io.err(`vcp: ${catalogue(lang).commandLine.compare.twoFiles}\n${catalogue(lang).numbers.usage.seeHelp}\n`);
      return EXIT_USAGE;
    }
    const unit = values.unit ?? 'euro';
    if (!UNITS.includes(unit as MoneyUnit)) {
      throw new UsageError(text('numbers.usage.badValue', String(unit), '--unit', UNITS.join(', ')));
    }
    if (values.json && values.unit !== undefined) throw new UsageError(text('numbers.usage.unitWithJson'));

    // Every file is read and checked, so one run reports every problem.
    const loaded = await Promise.all(positionals.map((file) => loadScenario(file, lang)));
    const scenarios: Scenario[] = [];
    let invalid = false;
    for (const result of loaded) {
      if (result.ok) scenarios.push(result.scenario);
      else {
        invalid = true;
        for (const line of result.lines) io.err(line + '\n');
      }
    }
    if (invalid) return EXIT_INVALID;

    const { compareScenarios } = await import('../../shared/compare/compare');
    const comparison = compareScenarios(positionals.map((file, i) => ({ name: file, scenario: scenarios[i] as Scenario })));
    if (values.json) {
      const { toCompareJson } = await import('../../shared/compare/compare-json');
      io.out(prettyJson(toCompareJson(comparison, lang)) + '\n');
    } else {
      const maxWidth = io.columns ?? PIPED_WIDTH;
      io.out(visibleLines(await renderComparisonTable(comparison, positionals, { lang, unit: unit as MoneyUnit, maxWidth })) + '\n');
    }
    return EXIT_OK;
  },
};
