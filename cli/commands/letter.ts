// `vcp letter FILE (--organisation NAME | --all) --format pdf|md|docx --out PATH`: a one-page
// letter to a partner (#21 item 3). The model, its words and the three writers are in
// shared/export/letter.ts; this file reads the options, writes the bytes with the app's atomic
// writer and, for PDF, hands the letter's HTML to the machine's Chromium. With --all, one file
// per partner in the folder --out, each with a name every file system takes.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { catalogue, text } from '../../shared/i18n/text';
import type { Scenario } from '../../shared/scenario/schema';
import type { Command } from '../command';
import { EXIT_INVALID, EXIT_OK } from '../exit-codes';
import { oneLine } from '../io';
import { loadScenario } from '../read-scenario';
import { UsageError } from '../usage';
import { LETTER_FORMATS } from '../../shared/export/letter';
import { choice, save, today } from './export';

/** Distinct file names: a second "Brief A B.pdf" (from "A/B" and "A:B") becomes "Brief A B (2).pdf". */
function distinctNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name.slice(0, dot)} (${n})${name.slice(dot)}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

export const letterCommand: Command = {
  name: 'letter',
  usage: text('letter.commandLine.usage'),
  summary: text('letter.commandLine.summary'),
  help: text('letter.commandLine.help'),
  options: {
    organisation: { type: 'string' },
    all: { type: 'boolean' },
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
    date: { type: 'string' },
  },
  async run({ positionals, values, lang, io }) {
    const words = catalogue(lang).letter.commandLine;
    if (positionals.length === 0) throw new UsageError(text('numbers.usage.missingFile'));
    if (positionals.length > 1) throw new UsageError(text('numbers.usage.unknownOption', String(positionals[1])));
    const all = values.all === true;
    const name = typeof values.organisation === 'string' ? values.organisation : undefined;
    if (all && name !== undefined) throw new UsageError(text('letter.commandLine.notBoth'));
    if (!all && name === undefined) throw new UsageError(text('letter.commandLine.organisationOrAll'));
    if (values.format === undefined) throw new UsageError(text('numbers.usage.missingValue', '--format'));
    const format = choice(values.format, LETTER_FORMATS, '--format', 'md');
    const date = values.date === undefined ? today() : String(values.date);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(new Date(`${date}T00:00:00Z`).getTime())) {
      throw new UsageError(text('numbers.usage.badValue', date, '--date', 'YYYY-MM-DD'));
    }
    const out = typeof values.out === 'string' && values.out !== '' ? values.out : null;
    // Only one Markdown letter may go to the terminal; PDF, Word and a folder of letters need --out.
    if (out === null && (all || format !== 'md')) throw new UsageError(text('numbers.usage.missingValue', '--out'));

    const loaded = await loadScenario(positionals[0] as string, lang);
    if (!loaded.ok) {
      for (const line of loaded.lines) io.err(line + '\n');
      return EXIT_INVALID;
    }
    const letters = await import('../../shared/export/letter');
    const { project } = await import('../../shared/engine/project');
    const { partnersOf } = await import('../../shared/partners/organisations');
    const scenario: Scenario = loaded.scenario;
    const projection = project(scenario);
    const partners = partnersOf(scenario).map((o) => o.name);
    if (partners.length === 0) {
      io.err(words.none + '\n');
      return EXIT_INVALID;
    }
    if (name !== undefined && !partners.includes(name)) {
      const { closestName } = await import('../../shared/scenario/closest-name');
      io.err(oneLine(words.unknown(name, partners, closestName(name, partners) ?? null)) + '\n');
      return EXIT_INVALID;
    }
    const chosen = all ? partners : [name as string];
    const built = chosen.map((n) => letters.buildLetter(scenario, projection, n, { lang, date })!);
    const files = distinctNames(built.map((l) => letters.letterFileName(l, format)));

    if (all) {
      try {
        await mkdir(out as string, { recursive: true });
      } catch (error) {
        const e = error as NodeJS.ErrnoException;
        io.err(catalogue(lang).commandLine.export.cannotWrite(out as string, oneLine(e.code ?? e.message)) + '\n');
        return EXIT_INVALID;
      }
    }
    const target = (i: number) => (all ? join(out as string, files[i] as string) : (out as string));

    if (format === 'pdf') {
      const chromium = await import('../chromium');
      for (let i = 0; i < built.length; i++) {
        let bytes: Uint8Array;
        try {
          bytes = await chromium.htmlToPdf(letters.letterHtml(built[i]!), { marginsMm: letters.LETTER_MARGINS_MM });
        } catch (error) {
          if (error instanceof chromium.NoChromiumError) {
            io.err(words.noChromium(error.looked.join(', ')) + '\n');
            return EXIT_INVALID;
          }
          throw error;
        }
        if (!(await save(target(i), bytes, lang, io))) return EXIT_INVALID;
      }
      return EXIT_OK;
    }
    for (let i = 0; i < built.length; i++) {
      const data = format === 'md' ? letters.letterMarkdown(built[i]!) : letters.letterDocx(built[i]!);
      if (out === null) io.out(data as string);
      else if (!(await save(target(i), data, lang, io))) return EXIT_INVALID;
    }
    return EXIT_OK;
  },
};
