// The few words of the command line and the plain-text summaries, in Dutch and English.
// Kept small on purpose: the app has its own message catalogue. Placeholders: {name}.
// File messages are sentences, like the parser's problems printed beside them; usage errors
// follow "vcp: " and start in lower case.
import type { Lang } from '../scenario/problems';

const nl = {
  'row.baseline': 'Basis (zonder maatregelen)',
  'row.scenario': 'Scenario',
  'row.savings': 'Besparing',
  'row.cumulative': 'Cumulatief',
  'row.measures': 'Per maatregel',
  'row.target': 'Taakstelling',
  'row.gap': 'Tekort (+) / overschot (−)',
  'table.amounts': 'Bedragen {unit}',
  'table.amountsEuro': 'Bedragen in euro',
  'table.horizon': 'Basisjaar {baseYear}, horizon {span}',
  'table.disabled': 'Uitgeschakeld (telt niet mee): {names}',
  'table.noMeasures': 'geen ingeschakelde maatregelen',
  'file.notFound': 'Bestand niet gevonden.',
  'file.isDirectory': 'Dit is een map, geen bestand.',
  'file.noAccess': 'Geen toestemming om dit bestand te lezen.',
  'file.unreadable': 'Het bestand kan niet worden gelezen ({reason}).',
  'validate.allValid': '{count} bestand(en) geldig',
  'validate.someInvalid': '{invalid} van {count} bestand(en) ongeldig, {problems} probleem/problemen',
  'usage.unknownCommand': 'onbekende opdracht "{command}"',
  'usage.noCommand': 'geef een opdracht',
  'usage.unknownOption': 'onbekende optie "{option}"',
  'usage.missingValue': 'optie "{option}" heeft een waarde nodig',
  'usage.badValue': 'ongeldige waarde "{value}" voor {option} (kies uit: {allowed})',
  'usage.missingFile': 'geef een bestand',
  'usage.oneFile': 'geef precies één bestand',
  'usage.unitWithJson': '--unit geldt niet voor --json (JSON is altijd in hele euro\'s)',
  'usage.seeHelp': 'Zie "vcp --help".',
  'internal.error': 'onverwachte fout: {reason}',
} as const;

export type MessageKey = keyof typeof nl;

const en: Record<MessageKey, string> = {
  'row.baseline': 'Baseline (no measures)',
  'row.scenario': 'Scenario',
  'row.savings': 'Savings',
  'row.cumulative': 'Cumulative',
  'row.measures': 'Per measure',
  'row.target': 'Target',
  'row.gap': 'Shortfall (+) / surplus (−)',
  'table.amounts': 'Amounts {unit}',
  'table.amountsEuro': 'Amounts in euros',
  'table.horizon': 'Base year {baseYear}, horizon {span}',
  'table.disabled': 'Switched off (not counted): {names}',
  'table.noMeasures': 'no measures switched on',
  'file.notFound': 'File not found.',
  'file.isDirectory': 'This is a folder, not a file.',
  'file.noAccess': 'No permission to read this file.',
  'file.unreadable': 'The file cannot be read ({reason}).',
  'validate.allValid': '{count} file(s) valid',
  'validate.someInvalid': '{invalid} of {count} file(s) invalid, {problems} problem(s)',
  'usage.unknownCommand': 'unknown command "{command}"',
  'usage.noCommand': 'give a command',
  'usage.unknownOption': 'unknown option "{option}"',
  'usage.missingValue': 'option "{option}" needs a value',
  'usage.badValue': 'invalid value "{value}" for {option} (choose from: {allowed})',
  'usage.missingFile': 'give a file',
  'usage.oneFile': 'give exactly one file',
  'usage.unitWithJson': '--unit does not apply to --json (JSON is always in whole euros)',
  'usage.seeHelp': 'See "vcp --help".',
  'internal.error': 'unexpected error: {reason}',
};

const tables: Record<Lang, Record<MessageKey, string>> = { nl, en };

/** The message in `lang`, with each {name} replaced by params[name]. */
export function message(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return tables[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
