// `vcp import FILE --title T --base-year Y --out NEW.vcscenario.json`: budget lines from a CSV or
// XLSX file into a new scenario file. Reading, mapping and checking are shared/import's (the same
// as the app's import dialog); this file reads the bytes, prints the report and writes the file
// with the app's own atomic writer (node/atomic-write.ts: flushed, renamed, the folder flushed),
// so a half-written file never exists, not even after a power cut.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ConflictError, writeFileAtomic } from '../../node/atomic-write';
import { formatMoney, formatNumber } from '../../shared/format/money';
import { message, type MessageKey } from '../../shared/format/messages';
import type { DecimalStyle } from '../../shared/format/read-number';
import type { Lang } from '../../shared/scenario/problems';
import { MAX_YEAR, MIN_YEAR } from '../../shared/scenario/schema';
import type { Separator } from '../../shared/import/delimited';
import { MAX_IMPORT_BYTES, MAX_IMPORT_CELLS, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from '../../shared/import/limits';
import type { Command, OptionSpecs } from '../command';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { oneLine, type Io } from '../io';
import { problemLine } from '../read-scenario';
import { render } from '../../shared/i18n/text';

const WORDS = {
  nl: {
    missingFile: 'geef een bestand (CSV of XLSX)',
    oneFile: 'geef precies één bestand',
    required: (option: string) => `${option} is verplicht`,
    badYear: (value: string) => `--base-year "${value}" is geen jaartal van ${MIN_YEAR} tot en met ${MAX_YEAR}`,
    badMap: (value: string) => `--map "${value}" heeft de vorm KOLOM=VELD, bijvoorbeeld --map "Begroting 2024=amount"`,
    unknownColumn: (value: string, columns: string) => `--map: kolom "${value}" staat niet in het bestand; er zijn: ${columns}`,
    unknownField: (value: string, fields: string) => `--map: veld "${value}" bestaat niet; kies uit: ${fields}`,
    badChoice: (value: string, option: string, allowed: string) => `ongeldige waarde "${value}" voor ${option} (kies uit: ${allowed})`,
    badRow: (value: string) => `--keep-row "${value}" is geen rijnummer`,
    exists: (file: string) => `${file} bestaat al; geef --force om het te overschrijven`,
    read: 'Gelezen',
    columns: 'Kolommen',
    skipped: 'Overgeslagen',
    problems: 'Niet te lezen (niet geïmporteerd)',
    notes: 'Opmerkingen',
    summary: (lines: number, total: string, bad: number, skipped: number, empty: number) =>
      `${lines} ${lines === 1 ? 'regel' : 'regels'} geïmporteerd (samen ${total} in het basisjaar); ${bad} ${bad === 1 ? 'rij' : 'rijen'} niet te lezen, ${skipped} overgeslagen, ${empty} lege ${empty === 1 ? 'rij' : 'rijen'} genegeerd.`,
    nothing: 'Er is geen enkele begrotingsregel te lezen; er is niets geschreven.',
    nothingHint: 'Kijk of de kolommen goed gekoppeld zijn (--map "Kolom=veld") en of de decimalen kloppen (--decimal).',
    wrote: 'Geschreven',
    wageFraction: 'De kolom loonaandeel bevat breuken (0,8 = 80%).',
    writeFailed: (reason: string) => `Het scenario kan niet worden geschreven (${reason}).`,
  },
  en: {
    missingFile: 'give a file (CSV or XLSX)',
    oneFile: 'give exactly one file',
    required: (option: string) => `${option} is required`,
    badYear: (value: string) => `--base-year "${value}" is not a year from ${MIN_YEAR} to ${MAX_YEAR}`,
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
    summary: (lines: number, total: string, bad: number, skipped: number, empty: number) =>
      `${lines} ${lines === 1 ? 'line' : 'lines'} imported (together ${total} in the base year); ${bad} ${bad === 1 ? 'row' : 'rows'} cannot be read, ${skipped} skipped, ${empty} empty ${empty === 1 ? 'row' : 'rows'} ignored.`,
    nothing: 'Not a single budget line can be read; nothing was written.',
    nothingHint: 'Check that the columns are mapped right (--map "Column=field") and the decimals (--decimal).',
    wrote: 'Written',
    wageFraction: 'The wage share column holds fractions (0.8 = 80%).',
    writeFailed: (reason: string) => `The scenario cannot be written (${reason}).`,
  },
} as const;

const limitsIn = (lang: Lang, or: string) => {
  const n = (v: number) => formatNumber(v, { lang, maxDigits: 0 });
  return `${n(MAX_IMPORT_BYTES / (1024 * 1024))} MB, ${n(MAX_IMPORT_ROWS)} ${lang === 'nl' ? 'rijen' : 'rows'}, ${n(MAX_IMPORT_COLUMNS)} ${lang === 'nl' ? 'kolommen' : 'columns'} ${or} ${n(MAX_IMPORT_CELLS)} ${lang === 'nl' ? 'cellen' : 'cells'}`;
};
const LIMITS = { nl: limitsIn('nl', 'of'), en: limitsIn('en', 'or') };

const DECIMALS: Record<string, DecimalStyle> = { comma: 'comma', point: 'point', komma: 'comma', punt: 'point' };
const SEPARATORS: Record<string, Separator> = { ';': ';', ',': ',', tab: '\t', '\\t': '\t', '\t': '\t', '|': '|', semicolon: ';', comma: ',', puntkomma: ';', komma: ',' };

const READ_ERRORS: Record<string, MessageKey> = {
  ENOENT: 'file.notFound',
  ENOTDIR: 'file.notFound',
  EISDIR: 'file.isDirectory',
  EACCES: 'file.noAccess',
  EPERM: 'file.noAccess',
};

class ImportUsage extends Error {}

function usageExit(io: Io, lang: Lang, text: string): number {
  io.err(`vcp: ${text}\n${message(lang, 'usage.seeHelp')}\n`);
  return EXIT_USAGE;
}

function asList(value: string | boolean | string[] | undefined): string[] {
  if (value === undefined || typeof value === 'boolean') return [];
  return Array.isArray(value) ? value : [value];
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes `text` to `out` atomically, so `out` is either the old file, no file, or the whole new
 * one. Without `force` an existing `out` is kept: the writer creates it only where there is none.
 */
async function writeAtomically(out: string, text: string, force: boolean): Promise<'written' | 'exists'> {
  try {
    await writeFileAtomic(out, text, force ? {} : { expect: 'absent' });
    return 'written';
  } catch (error) {
    if (error instanceof ConflictError) return 'exists';
    throw error;
  }
}

export const importCommand: Command = {
  name: 'import',
  usage: {
    nl: 'import BESTAND --title TITEL --base-year JAAR --out NIEUW.vcscenario.json [--map KOLOM=VELD]... [--sheet WERKBLAD] [--force]',
    en: 'import FILE --title TITLE --base-year YEAR --out NEW.vcscenario.json [--map COLUMN=FIELD]... [--sheet SHEET] [--force]',
  },
  summary: { nl: 'maak een scenario van begrotingsregels in CSV of XLSX', en: 'make a scenario from budget lines in CSV or XLSX' },
  help: {
    nl: [
      'Leest begrotingsregels uit een CSV-bestand (; of , als scheidingsteken, decimale komma of punt:',
      'herkend en getoond) of een Excel-werkmap (.xlsx; formules met hun opgeslagen uitkomst) en schrijft',
      'een nieuw scenario. De kolommen worden aan hun koppen herkend (Omschrijving, Bedrag, Begroting 2024,',
      'Aantal cliënten, Tarief, Taakveld, Organisatie, Groep, Soort, Loonaandeel, Groei, Toelichting…).',
      'Totaalregels worden overgeslagen; elke rij die niet te lezen is, wordt met rijnummer en reden getoond.',
      `Een bestand van meer dan ${LIMITS.nl} wordt geweigerd,`,
      'met de grens in de melding; er wordt dan niets geïmporteerd (zie docs/import.md).',
      '',
      '  --title TITEL            titel van het nieuwe scenario (verplicht)',
      '  --base-year JAAR         het jaar waarop de bedragen slaan (verplicht)',
      '  --out BESTAND            het nieuwe scenariobestand (verplicht)',
      '  --map KOLOM=VELD         koppel een kolom (kop of letter) aan een veld; herhaalbaar. Velden: name,',
      '                           kind, amount, volume, unitCost, group, organisation, taakveld, wageShare,',
      '                           volumeGrowth, notes, ignore (of naam, soort, bedrag, aantal, tarief, …)',
      '  --sheet WERKBLAD         het werkblad van een XLSX (standaard het eerste)',
      '  --decimal comma|point    decimale komma of punt, als de herkenning het mis heeft',
      '  --separator ";"|","|tab  het scheidingsteken van een CSV, als de herkenning het mis heeft',
      '  --keep-row N             rij N is toch een regel, geen totaal; herhaalbaar',
      '  --force                  overschrijf een bestaand --out',
      '',
      'Afsluitcode 0 als het scenario geschreven is, 1 als het bestand onleesbaar is of geen enkele regel',
      'bevat, 2 bij verkeerd gebruik (ook: --out bestaat al zonder --force).',
    ].join('\n'),
    en: [
      'Reads budget lines from a CSV file (; or , as separator, decimal comma or point: detected and',
      'shown) or an Excel workbook (.xlsx; formulas with their stored results) and writes a new',
      'scenario. Columns are recognised by their headings (Name, Amount, Budget 2024, Clients, Cost per',
      'client, Task field, Organisation, Group, Kind, Wage share, Growth, Notes, or the Dutch ones).',
      'Totals rows are skipped; every row that cannot be read is shown with its row number and why.',
      `A file of more than ${LIMITS.en} is refused,`,
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
      '  --separator ";"|","|tab  the separator of a CSV, when detection gets it wrong',
      '  --keep-row N             row N is a line after all, not a total; repeatable',
      '  --force                  overwrite an existing --out',
      '',
      'Exit code 0 when the scenario was written, 1 when the file is unreadable or holds no line at',
      'all, 2 on wrong usage (also: --out exists and no --force).',
    ].join('\n'),
  },
  options: {
    title: { type: 'string' },
    'base-year': { type: 'string' },
    out: { type: 'string' },
    // node:util parseArgs collects a repeated option into an array with `multiple`.
    map: { type: 'string', multiple: true } as OptionSpecs[string],
    sheet: { type: 'string' },
    decimal: { type: 'string' },
    separator: { type: 'string' },
    'keep-row': { type: 'string', multiple: true } as OptionSpecs[string],
    force: { type: 'boolean' },
  },
  async run({ positionals, values, lang, io }) {
    try {
      return await runImport(positionals, values as Record<string, string | boolean | string[] | undefined>, lang, io);
    } catch (error) {
      if (error instanceof ImportUsage) return usageExit(io, lang, error.message);
      throw error;
    }
  },
};

async function runImport(positionals: string[], values: Record<string, string | boolean | string[] | undefined>, lang: Lang, io: Io): Promise<number> {
  const w = WORDS[lang];
  const usage = (text: string) => new ImportUsage(text);
  if (positionals.length === 0) throw usage(w.missingFile);
  if (positionals.length > 1) throw usage(w.oneFile);
  const file = positionals[0] as string;
  const title = typeof values.title === 'string' ? values.title.trim() : '';
  if (title === '') throw usage(w.required('--title'));
  const yearText = typeof values['base-year'] === 'string' ? values['base-year'].trim() : '';
  if (yearText === '') throw usage(w.required('--base-year'));
  const baseYear = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || baseYear < MIN_YEAR || baseYear > MAX_YEAR) throw usage(w.badYear(yearText));
  const out = typeof values.out === 'string' ? values.out : '';
  if (out === '') throw usage(w.required('--out'));
  const overrides = asList(values.map).map((pair) => {
    const at = pair.lastIndexOf('=');
    if (at <= 0 || at === pair.length - 1) throw usage(w.badMap(pair));
    return { column: pair.slice(0, at), field: pair.slice(at + 1) };
  });
  let decimal: DecimalStyle | undefined;
  if (typeof values.decimal === 'string') {
    decimal = DECIMALS[values.decimal.toLowerCase()];
    if (!decimal) throw usage(w.badChoice(values.decimal, '--decimal', 'comma, point'));
  }
  let separator: Separator | undefined;
  if (typeof values.separator === 'string') {
    separator = SEPARATORS[values.separator.toLowerCase()];
    if (!separator) throw usage(w.badChoice(values.separator, '--separator', '";", ",", tab, "|"'));
  }
  const keepRows = asList(values['keep-row']).map((r) => {
    if (!/^\d+$/.test(r.trim())) throw usage(w.badRow(r));
    return Number(r);
  });
  const force = values.force === true;
  if (!force && (await exists(out))) throw usage(w.exists(out));

  // The file.
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const key = READ_ERRORS[code];
    io.out(problemLine(file, '-', key ? message(lang, key) : message(lang, 'file.unreadable', { reason: code || (error as Error).message })) + '\n');
    return EXIT_INVALID;
  }
  const { openImportFile } = await import('../../shared/import/open');
  const { excelModuleOf } = await import('../../shared/import/xlsx');
  const opened = await openImportFile(bytes, file, {
    excel: () => import('exceljs').then(excelModuleOf),
    ...(typeof values.sheet === 'string' ? { sheet: values.sheet } : {}),
    ...(separator ? { separator } : {}),
    ...(decimal ? { decimal } : {}),
  });
  if (!opened.ok) {
    io.out(problemLine(file, '-', render(lang, opened.message)) + '\n');
    return EXIT_INVALID;
  }
  const { source } = opened;
  const { guessMapping, applyOverrides } = await import('../../shared/import/mapping');
  const { COLUMN_FIELDS } = await import('../../shared/import/fields');
  const { columnName, describeDetection, describeMapping, describeProblem } = await import('../../shared/import/describe');
  const guessed = guessMapping(source, { baseYear });
  const applied = applyOverrides(source.columns, guessed, overrides);
  if (!applied.ok) {
    if (applied.error === 'unknown-column') {
      throw usage(w.unknownColumn(applied.value, source.columns.map((c) => `"${columnName(c, lang)}" (${c.letter})`).join(', ')));
    }
    throw usage(w.unknownField(applied.value, COLUMN_FIELDS.join(', ')));
  }
  const mapping = applied.mapping;
  const { readLines, importedTotal } = await import('../../shared/import/read-lines');
  const result = readLines(source, mapping, { ...(decimal ? { decimal } : {}), keepRows });

  const report: string[] = [];
  report.push(`${w.read}: ${file}`);
  report.push(describeDetection(source.detection, lang));
  report.push(`${w.columns}:`);
  for (const line of describeMapping(source.columns, mapping, lang)) report.push(`  ${line}`);
  if (result.wageShareAsFraction) report.push(w.wageFraction);
  if (result.skipped.length > 0) {
    report.push(`${w.skipped}:`);
    for (const p of result.skipped) report.push(`  ${oneLine(describeProblem(p, lang))}`);
  }
  if (result.notes.length > 0) {
    report.push(`${w.notes}:`);
    for (const p of result.notes) report.push(`  ${oneLine(describeProblem(p, lang))}`);
  }
  if (result.problems.length > 0) {
    report.push(`${w.problems}:`);
    for (const p of result.problems) report.push(`  ${oneLine(`${file}: ${describeProblem(p, lang)}`)}`);
  }
  const total = formatMoney(importedTotal(result.lines), { lang, digits: 2 });
  report.push(w.summary(result.lines.length, total, result.problems.length, result.skipped.length, result.emptyRows));
  io.out(report.join('\n') + '\n');

  if (result.lines.length === 0) {
    io.out(`${w.nothing}\n${w.nothingHint}\n`);
    return EXIT_INVALID;
  }
  const { scenarioFromImport } = await import('../../shared/import/scenario');
  const built = scenarioFromImport({ title, baseYear, lines: result.lines, sourceName: basename(file), lang, now: new Date() });
  if (!built.ok) {
    for (const p of built.problems) io.out(problemLine(out, p.path, render(lang, p.message)) + '\n');
    return EXIT_INVALID;
  }
  const { serializeScenario } = await import('../../shared/scenario/serialize');
  try {
    const written = await writeAtomically(out, serializeScenario(built.value), force);
    if (written === 'exists') throw usage(w.exists(out));
  } catch (error) {
    if (error instanceof ImportUsage) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = code === 'ENOENT' ? message(lang, 'file.notFound') : code || (error as Error).message;
    io.out(problemLine(out, '-', w.writeFailed(oneLine(String(reason)))) + '\n');
    return EXIT_INVALID;
  }
  io.out(`${w.wrote}: ${out}\n`);
  return EXIT_OK;
}
