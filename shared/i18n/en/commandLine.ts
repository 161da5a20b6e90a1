import type { Catalogue } from '../catalogues';
import { formatters } from '../format';

const f = formatters('en');

/** The import's size limits, as its help states them. */
const limits = (megabytes: number, rows: number, columns: number, cells: number) => {
  const n = (v: number) => f.number(v, { maxDigits: 0 });
  return `${n(megabytes)} MB, ${n(rows)} rows, ${n(columns)} columns or ${n(cells)} cells`;
};

export const commandLine: Catalogue['commandLine'] = {
  overview: {
    title: 'vcp — Vitale Coalitie Scenarioplanner on the command line',
    usage: 'Usage:',
    options: 'Options:',
    lang: (langs: string, fallback: string) => `  --lang ${langs}   language of messages and tables (default ${fallback})`,
    help: '  -h, --help     this help; "vcp COMMAND --help" for one command',
    exit: 'Exit codes: 0 good, 1 invalid input, 2 wrong usage, 3 unexpected error.',
  },

  validate: {
    usage: 'validate FILE...',
    summary: 'check scenario files',
    help: [
      'Checks each file against the scenario format, version 1. Each problem goes on a line of its',
      'own on standard output as "FILE: PATH: message"; PATH is "-" for the whole file.',
      'Exit code 0 when every file is valid, else 1.',
    ].join('\n'),
  },

  project: {
    usage: 'project FILE [--json] [--unit euro|thousand] [--draws N [--seed S]]',
    summary: 'project a scenario, year by year',
    help: [
      'Projects the scenario and shows per year: baseline, scenario, savings, cumulative, the effect',
      'of each enabled measure, the target and the gap.',
      '',
      '  --json                 the projection as JSON in whole euros (see scenario-format.md)',
      '  --unit euro|thousand   amounts in whole euros (default) or in thousands of euros,',
      '                         rounded so that every column still adds up',
      '  --draws N              the uncertainty too: N draws (1–100000) from the measures\' ranges;',
      '                         gives P10, P50 and P90 of the savings per year and the chance',
      '                         that the target is met (in JSON: "uncertainty": {"p10", "p50",',
      '                         "p90", "targetMet"})',
      '  --seed S               where the draws start, an integer (default 1): the same seed',
      '                         gives the same result',
    ].join('\n'),
    p10: 'Savings P10 (9 in 10 draws higher)',
    p50: 'Savings P50 (median)',
    p90: 'Savings P90 (1 in 10 draws higher)',
    targetMet: 'Chance the target is met',
    integer: 'an integer',
    withDraws: 'only together with --draws N',
    noteCertain: (draws: number, seed: number) =>
      `Uncertainty: no enabled measure has a range, so P10 = P50 = P90 = the savings (${f.number(draws, { digits: 0 })} draws, seed ${seed}).`,
    noteUncertain: (draws: number, seed: number, uncertain: number) =>
      `Uncertainty: ${f.number(draws, { digits: 0 })} draws (seed ${seed}), ${f.plural(uncertain, { one: '# measure', other: '# measures' })} with a range, each triangular (low, 1, high).`,
  },

  compare: {
    usage: 'compare FILE FILE... [--json] [--unit euro|thousand]',
    summary: 'compare scenarios side by side',
    help: [
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

  import: {
    usage:
      'import FILE --title TITLE --base-year YEAR --out NEW.vcscenario.json [--map COLUMN=FIELD]... [--sheet SHEET] [--force]',
    summary: 'make a scenario from budget lines in CSV or XLSX',
    help: (megabytes: number, rows: number, columns: number, cells: number) =>
      [
        'Reads budget lines from a CSV file (; or , as separator, decimal comma or point: detected and',
        'shown) or an Excel workbook (.xlsx; formulas with their stored results) and writes a new',
        'scenario. Columns are recognised by their headings (Name, Amount, Budget 2024, Clients, Cost per',
        'client, Taakveld, Organisation, Group, Kind, Wage share, Growth, Notes, or the Dutch ones).',
        'Totals rows are skipped; every row that cannot be read is shown with its row number and why.',
        `A file of more than ${limits(megabytes, rows, columns, cells)} is refused,`,
        'with the limit in the message; nothing is imported then (see docs/import.md).',
        '',
        '  --title TITLE            title of the new scenario (required)',
        '  --base-year YEAR         the year the amounts describe (required)',
        '  --out FILE               the new scenario file (required)',
        '  --map COLUMN=FIELD       map a column (heading or letter) to a field; repeatable. Fields: name,',
        '                           kind, amount, volume, unitCost, group, organisation, taakveld, wageShare,',
        '                           volumeGrowth, notes, ignore',
        '  --sheet SHEET            the worksheet of an XLSX (default the first)',
        '  --decimal comma|point    decimal comma or point, when detection gets it wrong',
        '  --scale 1|1000|1000000   the unit of the amounts (× €1,000: 1000), when the file does not say it or says it wrong',
        '  --separator ";"|","|tab  the separator of a CSV, when detection gets it wrong',
        '  --keep-row N             row N is a line after all, not a total; repeatable',
        '  --force                  overwrite an existing --out',
        '',
        'Exit code 0 when the scenario was written, 1 when the file is unreadable or holds no line at',
        'all, 2 on wrong usage (also: --out exists and no --force).',
      ].join('\n'),
    missingFile: 'give a file (CSV or XLSX)',
    oneFile: 'give exactly one file',
    required: (option: string) => `${option} is required`,
    badYear: (value: string, min: number, max: number) => `--base-year "${value}" is not a year from ${min} to ${max}`,
    badMap: (value: string) => `--map "${value}" takes the form COLUMN=FIELD, for example --map "Budget 2024=amount"`,
    unknownColumn: (value: string, columns: string) => `--map: column "${value}" is not in the file; there are: ${columns}`,
    unknownField: (value: string, fields: string) => `--map: field "${value}" does not exist; choose from: ${fields}`,
    badChoice: (value: string, option: string, allowed: string) => `invalid value "${value}" for ${option} (choose from: ${allowed})`,
    badRow: (value: string) => `--keep-row "${value}" is not a row number`,
    exists: (file: string) => `${file} already exists; give --force to overwrite it`,
    read: 'Read',
    columns: 'Columns',
    skipped: 'Skipped',
    problems: 'Cannot be read (not imported)',
    notes: 'Remarks',
    result: (lines: number, total: string, bad: number, skipped: number, empty: number) =>
      `${f.plural(lines, { one: '# line', other: '# lines' })} imported (together ${total} in the base year); ${f.plural(bad, { one: '# row', other: '# rows' })} cannot be read, ${f.number(skipped, { maxDigits: 0 })} skipped, ${f.plural(empty, { one: '# empty row', other: '# empty rows' })} ignored.`,
    nothing: 'Not a single budget line can be read; nothing was written.',
    nothingHint: 'Check that the columns are mapped right (--map "Column=field") and the decimals (--decimal).',
    wrote: 'Written',
    wageFraction: 'The wage share column holds fractions (0.8 = 80%).',
    writeFailed: (reason: string) => `The scenario cannot be written (${reason}).`,
  },

  export: {
    usage: 'export FILE... --format pdf|xlsx|csv|md|png|monitor-…|decisions-pdf|decisions-xlsx|decisions-md [--out PATH] [--unit …] [--table …] [--csv-style …]',
    summary: 'a summary as PDF, XLSX, CSV, Markdown or PNG',
    help: [
      'Writes a summary of the scenario: key figures, savings per year and per measure, the',
      'measures with their settings, the effect per organisation and the assumptions.',
      '',
      '  --format pdf           one A4 page for the college and the council (needs Chromium)',
      '           xlsx          workbook for controllers: amounts as numbers, totals as formulas',
      '           csv           one table (see --table)',
      '           md            Markdown, for e-mail and wikis',
      '           png           the savings chart, 1920 pixels wide (needs Chromium)',
      '           monitor-pdf, monitor-xlsx, monitor-md',
      '                         the monitor: per measure and year planned against realised (realised),',
      '                         with a signal (green ≥ 90 %, orange ≥ 50 %, red) and what is still to cover',
      '           decisions-pdf, decisions-xlsx, decisions-md',
      '                         the decision log (decisions): what, why and by whom, as an annex',
      '  --out PATH             the file; without --out, md, csv, monitor-md and decisions-md are written to standard output',
      '  --unit euro|thousand   whole euros (default) or thousands of euros, tables still add up',
      '  --table year|line|measure|organisation',
      '                         which table goes into the CSV (default year: per year)',
      '  --csv-style nl|international',
      '                         nl (default): ";" and a decimal comma, with a BOM for Excel;',
      '                         international: "," and a decimal point, no BOM',
      '  --date YYYY-MM-DD      the date on the summary (default today)',
      '',
      'With more than one file: a comparison of the scenarios (the first is the reference), in the',
      'same formats; --table is then year or organisation.',
      '',
      'Chromium is looked for in /usr/bin/chromium and the like, or where CHROMIUM_PATH points.',
    ].join('\n'),
    wrote: (path: string, size: string) => `wrote ${path} (${size})`,
    noChromium: (looked: string) =>
      `vcp: PDF and PNG need Chromium, and none was found (looked in: ${looked}). Install it (for example "apt-get install chromium") or point CHROMIUM_PATH at it. Markdown, CSV and XLSX work without.`,
    cannotWrite: (path: string, reason: string) => `vcp: cannot write ${path} (${reason}).`,
  },
};
