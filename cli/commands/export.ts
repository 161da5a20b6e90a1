// `vcp export FILE --format pdf|xlsx|csv|md|png|html --out PATH`: the scenario's summary as a file,
// or (html) the stand-alone interactive page with its measures as switches and sliders;
// `--format monitor-pdf|monitor-xlsx|monitor-md`: its realisation monitor (#22);
// `--format decisions-pdf|decisions-xlsx|decisions-md`: its decision log (besluitenlijst, #22).
// Every figure and word comes from shared/export (one summary model, one writer per format);
// this file reads the options, writes the bytes (with the app's atomic writer: an existing file
// is replaced whole or not at all), and for PDF and PNG hands the print layout or the chart to
// the machine's Chromium (cli/chromium.ts).
import { stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { writeFileAtomic } from '../../node/atomic-write';
import { COMPARISON_CSV_TABLES, CSV_STYLES, CSV_TABLES } from '../../shared/export/csv';
import type { Exportable } from '../../shared/export/exportable';
import { EXPORT_FORMATS, PNG_SCALE, PNG_WIDTH } from '../../shared/export/formats';
import { ANNEX_FORMATS, annexParts, isAnnexFormat, type AnnexFormat } from '../../shared/export/annex-formats';
import type { Scenario } from '../../shared/scenario/schema';
import type { MoneyUnit } from '../../shared/format/money';
import type { Lang } from '../../shared/i18n/languages';
import { catalogue, text } from '../../shared/i18n/text';
import { PAGE_FORMAT, parseRange, rangeProblem, type StrengthRange } from '../../shared/export/interactive-page';
import type { Command, OptionSpecs } from '../command';
import { EXIT_INVALID, EXIT_OK } from '../exit-codes';
import { oneLine, type Io } from '../io';
import { loadScenario } from '../read-scenario';
import { UsageError } from '../usage';

const UNITS: readonly MoneyUnit[] = ['euro', 'thousand'];

/** The option's value when it is one of `allowed`, the fallback when not given; else wrong usage. */
export function choice<T extends string>(value: unknown, allowed: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw new UsageError(text('numbers.usage.badValue', String(value), option, allowed.join(', ')));
  }
  return value as T;
}

/** Today as YYYY-MM-DD in the machine's zone. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
}

/** Whether `out` is something other than a regular file (a terminal, a pipe: /dev/stdout). */
async function isDevice(out: string): Promise<boolean> {
  const found = await stat(out).catch(() => null);
  return found !== null && !found.isFile() && !found.isDirectory();
}

/** Writes a command's file (atomically, or as it is to a device) and says so on stderr; false when it could not. */
export async function save(out: string, data: Uint8Array | string, lang: Lang, io: Io): Promise<boolean> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  try {
    // A device is written as it is; a file is replaced atomically, never left half-written.
    if (await isDevice(out)) await writeFile(out, bytes);
    else await writeFileAtomic(out, bytes);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    io.err(catalogue(lang).commandLine.export.cannotWrite(out, oneLine(e.code ?? e.message)) + '\n');
    return false;
  }
  io.err(catalogue(lang).commandLine.export.wrote(out, size(bytes.length)) + '\n');
  return true;
}

export const exportCommand: Command = {
  name: 'export',
  usage: text('commandLine.export.usage'),
  summary: text('commandLine.export.summary'),
  help: text('commandLine.export.help'),
  options: {
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
    unit: { type: 'string' },
    table: { type: 'string' },
    'csv-style': { type: 'string' },
    date: { type: 'string' },
    // html: the sliders' range, as factors of the plan ("0.5-1.5"), for all measures or one ("m-01=0-1").
    range: { type: 'string', multiple: true } as OptionSpecs[string],
  },
  async run({ positionals, values, lang, io }) {
    if (positionals.length === 0) throw new UsageError(text('numbers.usage.missingFile'));
    const comparing = positionals.length > 1;
    if (values.format === undefined) throw new UsageError(text('numbers.usage.missingValue', '--format'));
    const chosen = choice(values.format, [...EXPORT_FORMATS, PAGE_FORMAT, ...ANNEX_FORMATS], '--format', 'pdf');
    if (isAnnexFormat(chosen)) {
      if (comparing) throw new UsageError(text('numbers.usage.oneFile'));
      return exportAnnex(positionals[0] as string, chosen, values, lang, io);
    }
    const format = chosen;
    const ranges = rangesOf(values.range);
    if (ranges.given && format !== PAGE_FORMAT) throw new UsageError(text('commandLine.interactivePage.rangeOnlyHtml'));
    if (format === PAGE_FORMAT && comparing) throw new UsageError(text('commandLine.interactivePage.oneFile'));
    const unit = choice(values.unit, UNITS, '--unit', 'euro');
    // A comparison has a table per year and one per organisation; a single scenario has four.
    const table = choice(values.table, comparing ? COMPARISON_CSV_TABLES : CSV_TABLES, '--table', 'year');
    const csvStyle = choice(values['csv-style'], CSV_STYLES, '--csv-style', 'nl');
    const date = values.date === undefined ? today() : String(values.date);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(new Date(`${date}T00:00:00Z`).getTime())) {
      throw new UsageError(text('numbers.usage.badValue', date, '--date', 'YYYY-MM-DD'));
    }
    const out = typeof values.out === 'string' && values.out !== '' ? values.out : null;
    if (out === null && (format === 'pdf' || format === 'xlsx' || format === 'png')) {
      // PDF, XLSX and PNG are not text: they go to a file, never to the terminal.
      throw new UsageError(text('numbers.usage.missingValue', '--out'));
    }

    if (format === PAGE_FORMAT) return writePage(positionals[0] as string, out, { lang, unit, date, ...ranges }, io);

    const subject = comparing ? await comparisonSubject(positionals, lang, unit, date, io) : await summarySubject(positionals[0] as string, lang, unit, date, io);
    if (subject === null) return EXIT_INVALID;

    if (format === 'md' || format === 'csv') {
      const text = subject.text(format, { table, csvStyle });
      if (out === null) {
        io.out(text);
        return EXIT_OK;
      }
      return (await save(out, text, lang, io)) ? EXIT_OK : EXIT_INVALID;
    }
    if (format === 'xlsx') {
      const { excelModuleOf } = await import('../../shared/export/xlsx');
      const bytes = await subject.xlsx(excelModuleOf(await import('exceljs')));
      return (await save(out as string, bytes, lang, io)) ? EXIT_OK : EXIT_INVALID;
    }
    return renderWithChromium(format, out as string, lang, io, subject);
  },
};

/** The --range values: one for every measure (the last given) and any for single measures, by id. */
function rangesOf(value: unknown): { given: boolean; range?: StrengthRange; ranges: Map<string, StrengthRange> } {
  const written = value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)];
  let range: StrengthRange | undefined;
  const ranges = new Map<string, StrengthRange>();
  for (const item of written) {
    const at = item.indexOf('=');
    const parsed = parseRange(at < 0 ? item : item.slice(at + 1));
    if (parsed === null) throw new UsageError(text('numbers.usage.badValue', item, '--range', 'MIN-MAX, ID=MIN-MAX'));
    const problem = rangeProblem(parsed);
    if (problem) throw new UsageError(text('commandLine.interactivePage.badRange', item, problem));
    if (at < 0) range = parsed;
    else ranges.set(item.slice(0, at).trim(), parsed);
  }
  return { given: written.length > 0, range, ranges };
}

/** The interactive page of one scenario, its script and style built beforehand (cli/page-assets.ts). */
async function writePage(
  file: string,
  out: string | null,
  options: { lang: Lang; unit: MoneyUnit; date: string; range?: StrengthRange; ranges: Map<string, StrengthRange> },
  io: Io,
): Promise<number> {
  const loaded = await loadScenario(file, options.lang);
  if (!loaded.ok) {
    for (const line of loaded.lines) io.err(line + '\n');
    return EXIT_INVALID;
  }
  const ids = (loaded.scenario.measures ?? []).map((m) => m.id);
  for (const id of options.ranges.keys()) {
    if (!ids.includes(id)) throw new UsageError(text('commandLine.interactivePage.unknownMeasure', id, ids.join(', ')));
  }
  const { builtPage } = await import('../page-assets');
  const built = await builtPage();
  if (!built.ok) {
    io.err(catalogue(options.lang).commandLine.interactivePage.notBuilt[built.reason] + '\n');
    return EXIT_INVALID;
  }
  const { interactivePageHtml, pageData } = await import('../../shared/export/interactive-page');
  const html = interactivePageHtml(pageData(loaded.scenario, options), built.assets);
  if (out === null) {
    io.out(html);
    return EXIT_OK;
  }
  return (await save(out, html, options.lang, io)) ? EXIT_OK : EXIT_INVALID;
}

/** An annex of one scenario (#22), the monitor or the decision log: Markdown (to the terminal without --out), XLSX or PDF. */
async function exportAnnex(file: string, format: AnnexFormat, values: Record<string, unknown>, lang: Lang, io: Io): Promise<number> {
  const date = values.date === undefined ? today() : String(values.date);
  const out = typeof values.out === 'string' && values.out !== '' ? values.out : null;
  const { kind, type } = annexParts(format);
  if (out === null && type !== 'md') throw new UsageError(text('numbers.usage.missingValue', '--out'));
  const loaded = await loadScenario(file, lang);
  if (!loaded.ok) {
    for (const line of loaded.lines) io.err(line + '\n');
    return EXIT_INVALID;
  }
  const { project } = await import('../../shared/engine/project');
  const { annexOf } = await import('../../shared/export/annex');
  const scenario = loaded.scenario;
  const annex = annexOf(kind, scenario, () => project(scenario), { lang, date });
  if (type === 'md') {
    const md = annex.markdown();
    if (out === null) {
      io.out(md);
      return EXIT_OK;
    }
    return (await save(out, md, lang, io)) ? EXIT_OK : EXIT_INVALID;
  }
  if (type === 'xlsx') {
    const { excelModuleOf } = await import('../../shared/export/xlsx');
    const bytes = await annex.xlsx(excelModuleOf(await import('exceljs')));
    return (await save(out as string, bytes, lang, io)) ? EXIT_OK : EXIT_INVALID;
  }
  return renderWithChromium('pdf', out as string, lang, io, annex);
}

/** What a PDF needs: the print layout and its page footer (a summary, a comparison, an annex). */
type Printable = Pick<Exportable, 'printHtml' | 'footerTemplate'>;

/** PDF of a print layout, or PNG of a summary's or comparison's chart, through the machine's Chromium. */
async function renderWithChromium(
  format: 'pdf' | 'png',
  out: string,
  lang: Lang,
  io: Io,
  source: Printable & Partial<Pick<Exportable, 'chartSvg'>>,
): Promise<number> {
  const chromium = await import('../chromium');
  const { PAGE_MARGINS_MM } = await import('../../shared/export/print-html');
  try {
    let bytes: Uint8Array;
    if (format === 'png' && source.chartSvg) {
      const svg = source.chartSvg();
      const height = Number(/^<svg[^>]*\bheight="(\d+)"/.exec(svg)?.[1] ?? PNG_WIDTH / 2);
      bytes = await chromium.svgToPng(svg, { width: PNG_WIDTH, height, scale: PNG_SCALE });
    } else {
      bytes = await chromium.htmlToPdf(source.printHtml(), { footerTemplate: source.footerTemplate(), marginsMm: PAGE_MARGINS_MM });
    }
    return (await save(out, bytes, lang, io)) ? EXIT_OK : EXIT_INVALID;
  } catch (error) {
    if (error instanceof chromium.NoChromiumError) {
      io.err(catalogue(lang).commandLine.export.noChromium(error.looked.join(', ')) + '\n');
      return EXIT_INVALID;
    }
    throw error;
  }
}

/** One file: its scenario's summary; null (the problems said) when the file is not a valid scenario. */
async function summarySubject(file: string, lang: Lang, unit: MoneyUnit, date: string, io: Io): Promise<Exportable | null> {
  const loaded = await loadScenario(file, lang);
  if (!loaded.ok) {
    for (const line of loaded.lines) io.err(line + '\n');
    return null;
  }
  const { project } = await import('../../shared/engine/project');
  const { buildSummary } = await import('../../shared/export/summary');
  const { summaryExportable } = await import('../../shared/export/exportable');
  return summaryExportable(buildSummary(loaded.scenario, project(loaded.scenario), { lang, unit, date }));
}

/** Several files: a comparison of their scenarios, the first the reference; null when any is invalid (all are said). */
async function comparisonSubject(files: readonly string[], lang: Lang, unit: MoneyUnit, date: string, io: Io): Promise<Exportable | null> {
  const items: { name: string; scenario: Scenario }[] = [];
  let invalid = false;
  for (const file of files) {
    const loaded = await loadScenario(file, lang);
    if (!loaded.ok) {
      for (const line of loaded.lines) io.err(line + '\n');
      invalid = true;
    } else items.push({ name: basename(file), scenario: loaded.scenario });
  }
  if (invalid) return null;
  const { buildComparison } = await import('../../shared/export/comparison');
  const { comparisonExportable } = await import('../../shared/export/exportable');
  return comparisonExportable(buildComparison(items, { lang, unit, date }));
}
