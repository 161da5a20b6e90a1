// `vcp export FILE --format decisions-md|decisions-xlsx|decisions-pdf` (#22 item 3): the decision
// log of the file as an annex, Markdown to standard output, XLSX and PDF to a file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { findChromium } from '../../cli/chromium';
import { HAS_PDFTOTEXT, ROOT, spawnVcpWith, vcpInProcess, type Run } from './support';

jest.setTimeout(120_000);

const V2 = join(ROOT, 'test', 'fixtures', 'voorbeeld-v2.json');
const VOORBEELD = join(ROOT, 'test', 'fixtures', 'voorbeeld.json');
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Spawned as users run it, in the Dutch time zone (the times of the log are the machine's). */
const vcp = (...args: string[]): Promise<Run> => spawnVcpWith({ TZ: 'Europe/Amsterdam' }, ...args);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vcp-decisions-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('vcp export: the decision log', () => {
  it('decisions-md to standard output: the annex with each decision, its reason and who decided', async () => {
    const run = await vcp('export', V2, '--format', 'decisions-md', '--date', '2024-10-01');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const md = plain(run.stdout);
    expect(md).toContain('# Besluitenlijst: Voorbeeld versie 2');
    expect(md).toContain('Bijlage bij het raadsvoorstel · Voorbeeldgemeente · 1 oktober 2024 · 1 besluit');
    expect(md).toContain('| 1 | 12-06-2024, 20:15 | 10 % korting bibliotheek | Keuzemenu raadsvoorstel voorjaarsnota | raad |');
  });

  it('decisions-xlsx: a sheet with a row per decision; in English with --lang en', async () => {
    const out = join(dir, 'log.xlsx');
    const run = await vcpInProcess('--lang', 'en', 'export', V2, '--format', 'decisions-xlsx', '--out', out);
    expect(run.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Decision log')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'No.', 'Recorded', 'Change', 'Reason', 'Decided by']);
    expect(sheet.getRow(2).getCell(3).value).toBe('10 % korting bibliotheek');
    expect(sheet.getRow(2).getCell(5).value).toBe('raad');
  });

  it('a file without decisions: the annex says so', async () => {
    const run = await vcpInProcess('export', VOORBEELD, '--format', 'decisions-md');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Nog geen besluiten vastgelegd.');
  });

  it('decisions-pdf needs --out, and is of one file', async () => {
    const noOut = await vcpInProcess('export', V2, '--format', 'decisions-pdf');
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out');
    const two = await vcpInProcess('export', V2, VOORBEELD, '--format', 'decisions-md');
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('geef precies één bestand');
  });

  it('decisions-pdf: a PDF with the same rows', async () => {
    if (!findChromium() || !HAS_PDFTOTEXT) return;
    const out = join(dir, 'log.pdf');
    const run = await vcp('export', V2, '--format', 'decisions-pdf', '--out', out, '--date', '2024-10-01');
    expect(run.code).toBe(0);
    const text = plain(execFileSync('pdftotext', ['-layout', out, '-']).toString('utf8'));
    expect(text).toContain('Besluitenlijst: Voorbeeld versie 2');
    expect(text).toMatch(/1\s+12-06-2024, 20:15\s+10 % korting bibliotheek\s+Keuzemenu raadsvoorstel/);
  });
});
