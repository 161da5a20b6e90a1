// `vcp export FILE --format html` (#22): the interactive page, written as users run it; its
// policy's hashes are the hashes of the script and style it holds, its data block is the scenario
// and the ranges asked for, and the large benchmark scenario's page stays within 1 MB. Wrong
// ranges and a comparison are wrong usage; a script older than its sources is refused.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staleInput } from '../../cli/page-assets';
import { pageData } from '../../shared/export/interactive-page';
import { generateLargeScenario } from '../../shared/scenario/generate-large';
import { parseScenarioText } from '../../shared/scenario/parse';
import type { Scenario } from '../../shared/scenario/schema';
import { buildPageScript } from '../support/page-script';
import { ROOT, spawnVcp, vcpInProcess } from './support';

jest.setTimeout(120_000);

const SAMPLE = join(ROOT, 'scenarios', 'stichtse-vecht-vitale-coalitie.vcscenario.json');
/** The page budget of #22, in bytes. */
const BUDGET = 1_000_000;

let dir: string;
beforeAll(() => {
  buildPageScript();
  dir = mkdtempSync(join(tmpdir(), 'vcp-page-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function scenarioOf(path: string): Scenario {
  const parsed = parseScenarioText(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(path);
  return parsed.value;
}

/** The page's parts, by the markers interactivePageHtml writes. */
function partsOf(html: string) {
  const between = (open: string, close: string) => {
    const from = html.indexOf(open) + open.length;
    return html.slice(from, html.indexOf(close, from));
  };
  return {
    csp: between('<meta http-equiv="Content-Security-Policy" content="', '">'),
    style: between('<style>', '</style>'),
    data: JSON.parse(between('<script type="application/json" id="vcp-data">', '</script>')),
    script: between('</script>\n<script>', '</script>\n</body>'),
  };
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

describe('vcp export --format html', () => {
  it('writes one page whose policy allows exactly its own script and style, with the scenario in it', async () => {
    const out = join(dir, 'page.html');
    const run = await spawnVcp('export', SAMPLE, '--format', 'html', '--out', out, '--date', '2026-05-01');
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toMatch(/page\.html geschreven/);
    const html = readFileSync(out, 'utf8');
    const parts = partsOf(html);
    expect(parts.csp).toBe(`default-src 'none'; script-src 'sha256-${sha256(parts.script)}'; style-src 'sha256-${sha256(parts.style)}'; base-uri 'none'; form-action 'none'`);
    expect(parts.script.length).toBeGreaterThan(50_000);
    expect(parts.data).toEqual(pageData(scenarioOf(SAMPLE), { lang: 'nl', unit: 'euro', date: '2026-05-01' }));
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
  });

  it('keeps the language, the unit and the ranges asked for', async () => {
    const scenario = scenarioOf(SAMPLE);
    const [first, ...rest] = (scenario.measures ?? []).map((m) => m.id);
    const run = await vcpInProcess('--lang', 'en', 'export', SAMPLE, '--format', 'html', '--unit', 'thousand', '--date', '2026-05-01', '--range', '0.5-1.5', '--range', `${first}=1-1`);
    expect(run.code).toBe(0);
    const { data } = partsOf(run.stdout);
    expect(data).toMatchObject({ lang: 'en', unit: 'thousand' });
    expect(data.ranges).toEqual({ [first as string]: [1, 1], ...Object.fromEntries(rest.map((id) => [id, [0.5, 1.5]])) });
  });

  it('stays within 1 MB for the large benchmark scenario', async () => {
    const file = join(dir, 'large.vcscenario.json');
    writeFileSync(file, JSON.stringify(generateLargeScenario(), null, 2));
    const out = join(dir, 'large.html');
    expect((await vcpInProcess('export', file, '--format', 'html', '--out', out)).code).toBe(0);
    const size = statSync(out).size;
    expect(size).toBeLessThanOrEqual(BUDGET);
    // What it is made of, for whoever wonders where the budget went.
    expect(size).toBeGreaterThan(new TextEncoder().encode(JSON.stringify(generateLargeScenario())).length);
  });

  it('refuses a wrong range, a range for another format, an unknown measure and a comparison (exit 2)', async () => {
    const cases: [string[], RegExp][] = [
      [['--range', '1.2-2'], /100% van het plan/],
      [['--range', '0-11'], /hoogstens 1\.000%/],
      [['--range', 'half'], /--range/],
      [['--range', 'geen-maatregel=0-1'], /geen maatregel met id "geen-maatregel"/],
    ];
    for (const [args, said] of cases) {
      const run = await vcpInProcess('export', SAMPLE, '--format', 'html', ...args);
      expect({ args, code: run.code, stdout: run.stdout }).toEqual({ args, code: 2, stdout: '' });
      expect(run.stderr).toMatch(said);
    }
    const pdf = await vcpInProcess('export', SAMPLE, '--format', 'md', '--range', '0-2');
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toMatch(/--range hoort bij --format html/);
    const comparison = await vcpInProcess('export', SAMPLE, SAMPLE, '--format', 'html');
    expect(comparison.code).toBe(2);
    expect(comparison.stderr).toMatch(/één scenario/);
  });
});

describe('a script older than its sources', () => {
  it('is found by the modification times of the files it was built from', () => {
    const root = mkdtempSync(join(tmpdir(), 'vcp-stale-'));
    try {
      writeFileSync(join(root, 'a.ts'), '');
      writeFileSync(join(root, 'built.js'), '');
      const at = (file: string, seconds: number) => utimesSync(join(root, file), seconds, seconds);
      at('a.ts', 1000);
      at('built.js', 2000);
      expect(staleInput(root, statSync(join(root, 'built.js')).mtimeMs, ['a.ts'])).toBeNull();
      at('a.ts', 3000);
      expect(staleInput(root, statSync(join(root, 'built.js')).mtimeMs, ['a.ts'])).toBe('a.ts');
      expect(staleInput(root, statSync(join(root, 'built.js')).mtimeMs, ['gone.ts'])).toBe('gone.ts');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
