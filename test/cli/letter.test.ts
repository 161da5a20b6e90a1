// `vcp letter`: one partner's letter as Markdown on standard output, every partner's as Word files
// in a folder (safe, distinct names), a PDF through the machine's Chromium read back with
// pdftotext (one page, the breakdown's figures), and the ways it refuses: no partner named, an
// unknown one (with a hint), a format it does not write.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../../cli/chromium';
import { project } from '../../shared/engine/project';
import { formatMoney } from '../../shared/format/money';
import { parseScenarioText } from '../../shared/scenario/parse';
import { ROOT, spawnVcp, vcpInProcess } from './support';

jest.setTimeout(120_000);

const V2 = join(ROOT, 'test', 'fixtures', 'voorbeeld-v2.json');
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2060/g, '');
const HAS_POPPLER = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vcp-letter-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('one partner’s letter as Markdown on standard output, its figures the projection’s breakdown', async () => {
  const run = await vcpInProcess('letter', V2, '--organisation', 'Bibliotheek Rivierenland', '--format', 'md', '--date', '2024-03-05');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const parsed = parseScenarioText(readFileSync(V2, 'utf8'));
  if (!parsed.ok) throw new Error('invalid fixture');
  const row = project(parsed.value).breakdown.organisation.find((r) => r.key === 'Bibliotheek Rivierenland')!;
  const md = plain(run.stdout);
  row.baseline.forEach((before, i) => {
    const after = row.scenario[i]!;
    const money = (v: number) => plain(formatMoney(v, { lang: 'nl' }));
    expect(md).toContain(`| ${2024 + i} | ${money(before)} | ${money(after)} | ${money(before - after)} |`);
  });
  expect(md).toContain('Datum: 5 maart 2024');
});

it('--all: a Word file per partner in a new folder, named after each', async () => {
  const folder = join(dir, 'brieven', 'nieuw');
  const run = await vcpInProcess('--lang', 'en', 'letter', V2, '--all', '--format', 'docx', '--out', folder);
  expect(run.code).toBe(0);
  expect(readdirSync(folder).sort()).toEqual(['Letter Bibliotheek Rivierenland.docx', 'Letter Stichting Jeugdpunt.docx']);
  expect(plain(run.stderr)).toContain(`wrote ${join(folder, 'Letter Stichting Jeugdpunt.docx')}`);
  const bytes = readFileSync(join(folder, 'Letter Bibliotheek Rivierenland.docx'));
  expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
});

it('--all with two partners whose names make the same file name: both kept', async () => {
  const scenario = JSON.parse(readFileSync(V2, 'utf8'));
  scenario.organisations.push({ name: 'Stichting Jeugdpunt?' });
  const file = join(dir, 'twee.json');
  writeFileSync(file, JSON.stringify(scenario));
  const folder = join(dir, 'twee');
  const run = await vcpInProcess('letter', file, '--all', '--format', 'md', '--out', folder);
  expect(run.code).toBe(0);
  expect(readdirSync(folder).sort()).toEqual(['Brief Bibliotheek Rivierenland.md', 'Brief Stichting Jeugdpunt (2).md', 'Brief Stichting Jeugdpunt.md']);
});

it('refuses: no partner chosen, both ways, an unknown partner (with a hint), a format it does not write, no --out for Word', async () => {
  const none = await vcpInProcess('letter', V2, '--format', 'md');
  expect(none.code).toBe(2);
  expect(none.stderr).toContain('geef --organisation NAAM of --all');
  const both = await vcpInProcess('letter', V2, '--all', '--organisation', 'X', '--format', 'md', '--out', dir);
  expect(both.code).toBe(2);
  const unknown = await vcpInProcess('letter', V2, '--organisation', 'Bibliotheek Rivierland', '--format', 'md');
  expect(unknown.code).toBe(1);
  expect(unknown.stderr).toContain('Geen partner „Bibliotheek Rivierland” in dit scenario. Bedoelde u „Bibliotheek Rivierenland”?');
  const format = await vcpInProcess('letter', V2, '--organisation', 'Stichting Jeugdpunt', '--format', 'xlsx');
  expect(format.code).toBe(2);
  expect(format.stderr).toContain('pdf, md, docx');
  const docx = await vcpInProcess('letter', V2, '--organisation', 'Stichting Jeugdpunt', '--format', 'docx');
  expect(docx.code).toBe(2);
  const help = await vcpInProcess('letter', '--help');
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('--organisation NAAM');
});

const pdfIt = findChromium() && HAS_POPPLER ? it : it.skip;
pdfIt('a PDF of one page, spawned as users run it, in English', async () => {
  const out = join(dir, 'brief.pdf');
  const run = await spawnVcp('--lang', 'en', 'letter', V2, '--organisation', 'Bibliotheek Rivierenland', '--format', 'pdf', '--out', out, '--date', '2024-03-05');
  expect(run.code).toBe(0);
  expect(existsSync(out)).toBe(true);
  expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
  const text = plain(execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }));
  expect(text).toMatch(/2025\s+€400,000\s+€360,000\s+€40,000\s+10.0%/);
  expect(text).toMatch(/Total\s+€1,616,000\s+€1,494,400\s+€121,600\s+7.5%/);
  expect(text).toContain('The scenario includes a phase-out payment: €20,000 in 2025.');
});
