// `vcp validate FILE...`: every problem of every file on its own line, `FILE: PATH: message`.
import { message } from '../../shared/format/messages';
import type { Command } from '../command';
import { EXIT_INVALID, EXIT_OK } from '../exit-codes';
import { loadScenario } from '../read-scenario';
import { UsageError } from '../usage';

export const validate: Command = {
  name: 'validate',
  usage: { nl: 'validate BESTAND...', en: 'validate FILE...' },
  summary: { nl: 'controleer scenariobestanden', en: 'check scenario files' },
  help: {
    nl: [
      'Controleert elk bestand tegen het scenarioformaat, versie 1. Elk probleem komt op een eigen',
      'regel op de standaarduitvoer als "BESTAND: PLAATS: melding"; PLAATS is "-" voor het hele bestand.',
      'Afsluitcode 0 als elk bestand geldig is, anders 1.',
    ].join('\n'),
    en: [
      'Checks each file against the scenario format, version 1. Each problem goes on a line of its',
      'own on standard output as "FILE: PATH: message"; PATH is "-" for the whole file.',
      'Exit code 0 when every file is valid, else 1.',
    ].join('\n'),
  },
  options: {},
  async run({ positionals, lang, io }) {
    if (positionals.length === 0) throw new UsageError('usage.missingFile');
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
        ? message(lang, 'validate.allValid', { count })
        : message(lang, 'validate.someInvalid', { invalid, count, problems })) + '\n',
    );
    return invalid === 0 ? EXIT_OK : EXIT_INVALID;
  },
};
