import type { Catalogue } from '../catalogues';

import { formatters } from '../format';

const f = formatters('en');

export const numbers: Catalogue['numbers'] = {
  row: {
    baseline: 'Baseline (no measures)',
    scenario: 'Scenario',
    savings: 'Savings',
    cumulative: 'Cumulative',
    measures: 'Per measure',
    target: 'Target',
    gap: 'Shortfall (+) / surplus (−)',
  },
  table: {
    amounts: (unit) => `Amounts ${unit}`,
    amountsEuro: 'Amounts in euros',
    horizon: (baseYear, span) => `Base year ${baseYear}, horizon ${span}`,
    disabled: (names) => `Switched off (not counted): ${names}`,
    noMeasures: 'no measures switched on',
  },
  file: {
    notFound: 'File not found.',
    isDirectory: 'This is a folder, not a file.',
    noAccess: 'No permission to read this file.',
    unreadable: (reason) => `The file cannot be read (${reason}).`,
  },
  validate: {
    allValid: (count, warnings) =>
      f.plural(count, { one: '# file valid', other: '# files valid' }) + (warnings > 0 ? `, ${f.plural(warnings, { one: '# warning', other: '# warnings' })}` : ''),
    someInvalid: (invalid, count, problems) =>
      `${f.number(invalid)} of ${f.plural(count, { one: '# file', other: '# files' })} invalid, ${f.plural(problems, { one: '# problem', other: '# problems' })}`,
  },
  usage: {
    unknownCommand: (command) => `unknown command "${command}"`,
    noCommand: 'give a command',
    unknownOption: (option) => `unknown option "${option}"`,
    missingValue: (option) => `option "${option}" needs a value`,
    badValue: (value, option, allowed) => `invalid value "${value}" for ${option} (choose from: ${allowed})`,
    missingFile: 'give a file',
    oneFile: 'give exactly one file',
    unitWithJson: '--unit does not apply to --json (JSON is always in whole euros)',
    seeHelp: 'See "vcp --help".',
  },
  internalError: (reason) => `unexpected error: ${reason}`,
};
