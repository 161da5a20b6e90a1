import { formatters } from '../format';

const f = formatters('nl');

export const numbers = {
  /** The rows of a year table (app, command line, plain-text summaries). */
  row: {
    baseline: 'Basis (zonder maatregelen)',
    scenario: 'Scenario',
    savings: 'Besparing',
    cumulative: 'Cumulatief',
    measures: 'Per maatregel',
    target: 'Taakstelling',
    gap: 'Tekort (+) / overschot (−)',
  },
  /** The lines above and below a table. */
  table: {
    amounts: (unit: string) => `Bedragen ${unit}`,
    amountsEuro: 'Bedragen in euro',
    horizon: (baseYear: string, span: string) => `Basisjaar ${baseYear}, horizon ${span}`,
    disabled: (names: string) => `Uitgeschakeld (telt niet mee): ${names}`,
    noMeasures: 'geen ingeschakelde maatregelen',
  },
  /** Reading a file on the command line (sentences, like the parser's problems beside them). */
  file: {
    notFound: 'Bestand niet gevonden.',
    isDirectory: 'Dit is een map, geen bestand.',
    noAccess: 'Geen toestemming om dit bestand te lezen.',
    unreadable: (reason: string) => `Het bestand kan niet worden gelezen (${reason}).`,
  },
  validate: {
    allValid: (count: number, warnings: number) =>
      f.plural(count, { one: '# bestand geldig', other: '# bestanden geldig' }) +
      (warnings > 0 ? `, ${f.plural(warnings, { one: '# waarschuwing', other: '# waarschuwingen' })}` : ''),
    someInvalid: (invalid: number, count: number, problems: number) =>
      `${f.number(invalid)} van ${f.plural(count, { one: '# bestand', other: '# bestanden' })} ongeldig, ${f.plural(problems, { one: '# probleem', other: '# problemen' })}`,
  },
  /** Usage errors: they follow "vcp: " and start in lower case. */
  usage: {
    unknownCommand: (command: string) => `onbekende opdracht "${command}"`,
    noCommand: 'geef een opdracht',
    unknownOption: (option: string) => `onbekende optie "${option}"`,
    missingValue: (option: string) => `optie "${option}" heeft een waarde nodig`,
    badValue: (value: string, option: string, allowed: string) => `ongeldige waarde "${value}" voor ${option} (kies uit: ${allowed})`,
    missingFile: 'geef een bestand',
    oneFile: 'geef precies één bestand',
    unitWithJson: "--unit geldt niet voor --json (JSON is altijd in hele euro's)",
    seeHelp: 'Zie "vcp --help".',
  },
  internalError: (reason: string) => `onverwachte fout: ${reason}`,
};
