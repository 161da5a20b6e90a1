// `vcp validate FILE...`: every problem of every file on its own line, `FILE: PATH: message`.
import { catalogue, text } from '../../shared/i18n/text';
import type { Command } from '../command';
import { EXIT_INVALID, EXIT_OK } from '../exit-codes';
import { loadScenario } from '../read-scenario';
import { UsageError } from '../usage';

export const validate: Command = {
  name: 'validate',
  usage: text('commandLine.validate.usage'),
  summary: text('commandLine.validate.summary'),
  help: text('commandLine.validate.help'),
  options: {},
  async run({ positionals, lang, io }) {
    if (positionals.length === 0) throw new UsageError(text('numbers.usage.missingFile'));
    let invalid = 0;
    let problems = 0;
    for (const file of positionals) {
      const result = await loadScenario(file, lang);
      if (result.ok) continue;
      invalid += 1;
      problems += result.lines.length;
      for (const line of result.lines) io.out(line + '\n');
    }
    const count = positionals.length;
    io.err(
      (invalid === 0
        ? catalogue(lang).numbers.validate.allValid(count)
        : catalogue(lang).numbers.validate.someInvalid(invalid, count, problems)) + '\n',
    );
    return invalid === 0 ? EXIT_OK : EXIT_INVALID;
  },
};
