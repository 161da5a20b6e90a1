// `vcp import FILE --title T --base-year Y --out NEW.vcscenario.json`: budget lines from a CSV or
// XLSX file into a new scenario file. Reading, mapping and checking are shared/import's (the same
// as the app's import dialog); this file reads the bytes, prints the report and writes the file
// with the app's own atomic writer (node/atomic-write.ts: flushed, renamed, the folder flushed),
// so a half-written file never exists, not even after a power cut.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ConflictError, writeFileAtomic } from '../../node/atomic-write';
import { formatMoney } from '../../shared/format/money';
import type { DecimalStyle } from '../../shared/format/read-number';
import type { Lang } from '../../shared/i18n/languages';
import { MAX_YEAR, MIN_YEAR } from '../../shared/scenario/schema';
import type { Separator } from '../../shared/import/delimited';
import type { OpenDataLayout } from '../../shared/import/open-data';
import { MAX_IMPORT_BYTES, MAX_IMPORT_CELLS, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from '../../shared/import/limits';
import type { Command, OptionSpecs } from '../command';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { oneLine, type Io } from '../io';
import { problemLine, readErrorText } from '../read-scenario';
import { catalogue, render, text } from '../../shared/i18n/text';

/** --scale: the amounts' unit when the file's caption does not say it (or says it wrong). */
const SCALES: Record<string, number> = { '1': 1, '1000': 1000, '1000000': 1000000 };
const DECIMALS: Record<string, DecimalStyle> = { comma: 'comma', point: 'point', komma: 'comma', punt: 'point' };
const SEPARATORS: Record<string, Separator> = { ';': ';', ',': ',', tab: '\t', '\\t': '\t', '\t': '\t', '|': '|', semicolon: ';', comma: ',', puntkomma: ';', komma: ',' };

class ImportUsage extends Error {}

/**
 * --municipality and --report checked against the CBS open data layout before anything is read:
 * with several municipalities one must be chosen, and a name or report not in the file is a usage
 * error that lists what is there. For any other table both options are refused.
 */
async function openDataChoice(layout: OpenDataLayout | undefined, municipality: string | undefined, report: string | undefined, lang: Lang): Promise<{ municipality?: string; report?: string }> {
  const w = catalogue(lang).openData.commandLine;
  if (!layout) {
    if (municipality !== undefined) throw new ImportUsage(w.notOpenData('--municipality'));
    if (report !== undefined) throw new ImportUsage(w.notOpenData('--report'));
    return {};
  }
  const { findMunicipality, municipalityLabel } = await import('../../shared/import/open-data');
  const list = layout.municipalities.map(municipalityLabel).join(', ');
  const out: { municipality?: string; report?: string } = {};
  if (municipality !== undefined) {
    if (!findMunicipality(layout.municipalities, municipality)) throw new ImportUsage(w.unknownMunicipality(municipality, list));
    out.municipality = municipality;
  } else if (layout.municipalities.length > 1) {
    throw new ImportUsage(w.chooseMunicipality(layout.municipalities.length, list));
  }
  if (report !== undefined) {
    const found = layout.reports.find((r) => r.toLocaleLowerCase('nl') === report.trim().toLocaleLowerCase('nl'));
    if (found === undefined) throw new ImportUsage(w.unknownReport(report, layout.reports.map((r) => `"${r}"`).join(', ')));
    out.report = found;
  }
  return out;
}

function usageExit(io: Io, lang: Lang, text: string): number {
  io.err(`vcp: ${text}\n${catalogue(lang).numbers.usage.seeHelp}\n`);
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
  usage: text('commandLine.import.usage'),
  summary: text('commandLine.import.summary'),
  help: text('commandLine.import.help', MAX_IMPORT_BYTES / (1024 * 1024), MAX_IMPORT_ROWS, MAX_IMPORT_COLUMNS, MAX_IMPORT_CELLS),
  options: {
    title: { type: 'string' },
    'base-year': { type: 'string' },
    out: { type: 'string' },
    // node:util parseArgs collects a repeated option into an array with `multiple`.
    map: { type: 'string', multiple: true } as OptionSpecs[string],
    sheet: { type: 'string' },
    decimal: { type: 'string' },
    scale: { type: 'string' },
    separator: { type: 'string' },
    'keep-row': { type: 'string', multiple: true } as OptionSpecs[string],
    force: { type: 'boolean' },
    municipality: { type: 'string' },
    report: { type: 'string' },
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
  const w = catalogue(lang).commandLine.import;
  const usage = (text: string) => new ImportUsage(text);
  if (positionals.length === 0) throw usage(w.missingFile);
  if (positionals.length > 1) throw usage(w.oneFile);
  const file = positionals[0] as string;
  const title = typeof values.title === 'string' ? values.title.trim() : '';
  if (title === '') throw usage(w.required('--title'));
  const yearText = typeof values['base-year'] === 'string' ? values['base-year'].trim() : '';
  if (yearText === '') throw usage(w.required('--base-year'));
  const baseYear = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || baseYear < MIN_YEAR || baseYear > MAX_YEAR) throw usage(w.badYear(yearText, MIN_YEAR, MAX_YEAR));
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
  let scale: number | undefined;
  if (typeof values.scale === 'string') {
    scale = SCALES[values.scale.replace(/[.,\s_]/g, '')];
    if (scale === undefined) throw usage(w.badChoice(values.scale, '--scale', '1, 1000, 1000000'));
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
    io.out(problemLine(file, '-', readErrorText(error, lang)) + '\n');
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
  const { columnName, defaultGroupText, describeDetection, describeMapping, describeProblem, openDataFacts, otherMunicipalitiesText } = await import('../../shared/import/describe');
  const guessed = guessMapping(source, { baseYear });
  const applied = applyOverrides(source.columns, guessed, overrides);
  if (!applied.ok) {
    if (applied.error === 'unknown-column') {
      throw usage(w.unknownColumn(applied.value, source.columns.map((c) => `"${columnName(c, lang)}" (${c.letter})`).join(', ')));
    }
    throw usage(w.unknownField(applied.value, COLUMN_FIELDS.join(', ')));
  }
  const mapping = applied.mapping;
  const municipality = typeof values.municipality === 'string' ? values.municipality : undefined;
  const reportWanted = typeof values.report === 'string' ? values.report : undefined;
  const openData = await openDataChoice(source.detection.openData, municipality, reportWanted, lang);
  const { readLines, importedTotal } = await import('../../shared/import/read-lines');
  const { scaleInEffect } = await import('../../shared/import/source');
  const result = readLines(source, mapping, {
    ...(decimal ? { decimal } : {}),
    ...(scale !== undefined ? { scale } : {}),
    keepRows,
    baseYear,
    lang,
    ...(openData.municipality !== undefined ? { municipality: openData.municipality } : {}),
    ...(openData.report !== undefined ? { report: openData.report } : {}),
  });

  const report: string[] = [];
  report.push(`${w.read}: ${file}`);
  report.push(describeDetection(source.detection, lang, scale));
  report.push(`${w.columns}:`);
  for (const line of describeMapping(source.columns, mapping, lang, scaleInEffect(source.detection, scale), source.detection.openData)) report.push(`  ${line}`);
  for (const [label, value] of openDataFacts(result.openData, lang)) report.push(`${label}: ${value}`);
  if (result.wageShareAsFraction) report.push(w.wageFraction);
  const groupGiven = defaultGroupText(result, lang);
  if (groupGiven !== undefined) report.push(groupGiven);
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
  const others = otherMunicipalitiesText(result.openData, lang);
  if (others !== undefined) report.push(others);
  const total = formatMoney(importedTotal(result.lines), { lang, digits: 2 });
  report.push(w.result(result.lines.length, total, result.problems.length, result.skipped.length, result.emptyRows));
  io.out(report.join('\n') + '\n');

  if (result.lines.length === 0) {
    io.out(`${w.nothing}\n${w.nothingHint}\n`);
    return EXIT_INVALID;
  }
  const { scenarioFromImport } = await import('../../shared/import/scenario');
  const built = scenarioFromImport({
    title,
    baseYear,
    lines: result.lines,
    sourceName: basename(file),
    lang,
    now: new Date(),
    ...(result.openData?.municipality?.name !== undefined ? { municipality: result.openData.municipality.name } : {}),
  });
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
    const reason = code === 'ENOENT' ? catalogue(lang).numbers.file.notFound : code || (error as Error).message;
    io.out(problemLine(out, '-', w.writeFailed(oneLine(String(reason)))) + '\n');
    return EXIT_INVALID;
  }
  io.out(`${w.wrote}: ${out}\n`);
  return EXIT_OK;
}
