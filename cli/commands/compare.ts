// `vcp compare A B [C...] [--json] [--unit euro|thousand]`: several scenario files side by side.
// Every figure and sentence comes from shared/compare (compareScenarios, comparisonRows,
// toCompareJson); this file only lays them out. The engine loads when the command runs.
import { formatMoney, formatYear, moneyUnitLabel, type MoneyUnit } from '../../shared/format/money';
import { message } from '../../shared/format/messages';
import { prettyJson } from '../../shared/format/pretty-json';
import type { Lang } from '../../shared/scenario/problems';
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

const WORDS = {
  nl: {
    twoFiles: 'geef ten minste twee bestanden om te vergelijken',
    title: 'Vergelijking van scenario’s',
    savings: 'Besparing',
    difference: (ref: string) => `Verschil met ${ref}`,
    cumulative: 'Cumulatief vanaf het eerste gedeelde jaar',
    cumulativeDifference: (ref: string) => `Verschil met ${ref}, cumulatief`,
    target: 'Taakstelling',
    gap: 'Tekort (+) / overschot (−)',
    differences: (label: string, ref: string) => `Wat verschilt in ${label} ten opzichte van ${ref}`,
    noDifferences: 'Geen verschillen in jaren, uitgangspunten, regels, maatregelen of taakstelling.',
    reference: 'referentie',
  },
  en: {
    twoFiles: 'give at least two files to compare',
    title: 'Comparison of scenarios',
    savings: 'Savings',
    difference: (ref: string) => `Difference from ${ref}`,
    cumulative: 'Cumulative from the first shared year',
    cumulativeDifference: (ref: string) => `Difference from ${ref}, cumulative`,
    target: 'Target',
    gap: 'Shortfall (+) / surplus (−)',
    differences: (label: string, ref: string) => `What differs in ${label} from ${ref}`,
    noDifferences: 'No differences in years, assumptions, lines, measures or target.',
    reference: 'reference',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export async function renderComparisonTable(
  comparison: Comparison,
  files: readonly string[],
  options: { lang: Lang; unit: MoneyUnit; maxWidth: number },
): Promise<string> {
  const { lang, unit } = options;
  const { comparisonRows } = await import('../../shared/compare/rows');
  const { yearsNote } = await import('../../shared/compare/compare');
  const w = WORDS[lang];
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

  const amounts = unit === 'euro' ? message(lang, 'table.amountsEuro') : message(lang, 'table.amounts', { unit: moneyUnitLabel(lang, unit) });
  const legend = comparison.scenarios.map(
    (s) => `${s.label}: ${files[s.index] ?? s.name} — ${s.scenario.title}${s.index === comparison.reference ? ` (${w.reference})` : ''}`,
  );
  // Per scenario against the reference, each under its own heading.
  const differences = others.flatMap((s) => {
    const own = comparison.differences.filter((d) => d.scenario === s.index);
    return [
      '',
      w.differences(s.label, refLabel),
      ...(own.length === 0 ? [w.noDifferences] : own.map((d) => `- ${d.text[lang]}`)),
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
  usage: {
    nl: 'compare BESTAND BESTAND... [--json] [--unit euro|thousand]',
    en: 'compare FILE FILE... [--json] [--unit euro|thousand]',
  },
  summary: { nl: 'vergelijk scenario’s naast elkaar', en: 'compare scenarios side by side' },
  help: {
    nl: [
      'Rekent elk scenario door en zet ze naast elkaar: per jaar dat ze alle hebben de besparing van',
      'elk, het verschil met het eerste (A), cumulatief, de taakstelling, en daarna wat er verschilt',
      'in jaren, uitgangspunten, regels en maatregelen, in gewone zinnen.',
      '',
      '  --json                 {"years": de gedeelde jaren, "scenarios": per bestand de hele',
      '                         doorrekening zoals "project --json", "differences": de verschillen}',
      '  --unit euro|thousand   bedragen in hele euro\'s (standaard) of in duizenden euro\'s',
      '',
      'Een ongeldig bestand wordt gemeld zoals "validate" dat doet (afsluitcode 1).',
    ].join('\n'),
    en: [
      'Projects each scenario and puts them side by side: for every year they all have, the savings of',
      'each, the difference from the first (A), cumulative, the target, and then what differs in years,',
      'assumptions, lines and measures, in plain sentences.',
      '',
      '  --json                 {"years": the shared years, "scenarios": per file its whole projection',
      '                         as "project --json" prints it, "differences": the differences}',
      '  --unit euro|thousand   amounts in whole euros (default) or in thousands of euros',
      '',
      'An invalid file is reported as "validate" reports it (exit code 1).',
    ].join('\n'),
  },
  options: {
    json: { type: 'boolean' },
    unit: { type: 'string' },
  },
  async run({ positionals, values, lang, io }) {
    if (positionals.length === 0) throw new UsageError('usage.missingFile');
    if (positionals.length === 1) {
      // No shared message key says "two"; the same form as every usage error.
      io.err(`vcp: ${WORDS[lang].twoFiles}\n${message(lang, 'usage.seeHelp')}\n`);
      return EXIT_USAGE;
    }
    const unit = values.unit ?? 'euro';
    if (!UNITS.includes(unit as MoneyUnit)) {
      throw new UsageError('usage.badValue', { value: String(unit), option: '--unit', allowed: UNITS.join(', ') });
    }
    if (values.json && values.unit !== undefined) throw new UsageError('usage.unitWithJson');

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
