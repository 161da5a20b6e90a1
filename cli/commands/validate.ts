// `vcp validate FILE...`: every problem of every file on its own line, `FILE: PATH: message`;
// then the warnings of each valid file, `FILE: PATH: waarschuwing: message` (exit 0 with only
// warnings; scenario-format.md, "Warnings").
import { catalogue, render, text } from '../../shared/i18n/text';
import type { Command } from '../command';
import { EXIT_INVALID, EXIT_OK } from '../exit-codes';
import { loadScenario, problemLine } from '../read-scenario';
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
    let warnings = 0;
    for (const file of positionals) {
      const result = await loadScenario(file, lang);
      if (result.ok) {
        const { project } = await import('../../shared/engine/project');
        const { scenarioWarnings } = await import('../../shared/engine/warnings');
        const found = scenarioWarnings(result.scenario, project(result.scenario));
        warnings += found.length;
        const label = catalogue(lang).scenario.warnings.label;
        for (const w of found) io.out(problemLine(file, w.path, `${label}: ${render(lang, w.message)}`) + '\n');
        continue;
      }
      invalid += 1;
      problems += result.lines.length;
      for (const line of result.lines) io.out(line + '\n');
    }
    const count = positionals.length;
    io.err(
      (invalid === 0
        ? catalogue(lang).numbers.validate.allValid(count, warnings)
        : catalogue(lang).numbers.validate.someInvalid(invalid, count, problems)) + '\n',
    );
    return invalid === 0 ? EXIT_OK : EXIT_INVALID;
  },
};
