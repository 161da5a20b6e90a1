// --lang takes every language of shared/i18n/languages.ts (the pseudo-locale qps too), and the
// help names the languages offered to users, not a list written into the command line.
import { main } from '../../cli/main';
import type { Io } from '../../cli/io';
import { USER_LANGS } from '../../shared/i18n/languages';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../shared/i18n/pseudo';

function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t) };
  return main(argv, io).then((code) => ({ code, out, err }));
}

it('lists the user languages in the overview and in a command help', async () => {
  const langs = USER_LANGS.join('|');
  const overview = await run(['--help']);
  expect(overview.code).toBe(0);
  expect(overview.out).toContain(`  --lang ${langs}   taal van meldingen en tabellen (standaard nl)`);
  expect(overview.out).toContain('  vcp validate BESTAND...');
  const help = await run(['validate', '--help', '--lang', 'en']);
  expect(help.out.split('\n')[0]).toBe(`Usage: vcp validate FILE... [--lang ${langs}]`);
});

it('takes --lang qps: every word of the help comes from the catalogue', async () => {
  const { code, out } = await run(['--lang=qps', '--help']);
  expect(code).toBe(0);
  const words = out.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('  vcp '));
  expect(words.length).toBeGreaterThan(3);
  for (const line of words) expect(line.trimStart().startsWith(PSEUDO_OPEN) && line.endsWith(PSEUDO_CLOSE)).toBe(true);
});
