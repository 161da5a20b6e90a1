// The decision log (besluitenlijst, #22 item 3) as an annex: Markdown, print layout and XLSX from
// one table; and the annexes' file names and writers as the app and the command line reach them.
import ExcelJS from 'exceljs';
import { project } from '../../../shared/engine/project';
import { annexOf } from '../../../shared/export/annex';
import { ANNEX_FORMATS, annexParts, isAnnexFormat } from '../../../shared/export/annex-formats';
import { decisionRows, decisionsMarkdown, decisionsPrintHtml, writeDecisionsXlsx, type DecisionsDocument } from '../../../shared/export/decisions';
import { monitorMarkdown } from '../../../shared/export/monitor';
import { excelModuleOf } from '../../../shared/export/xlsx';
import { buildMonitor } from '../../../shared/monitor/monitor';
import { voorbeeldV2 } from '../../support/voorbeeld-v2';

const load = voorbeeldV2;

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function doc(extra: Partial<DecisionsDocument> = {}): DecisionsDocument {
  const s = load();
  return {
    title: s.title,
    decisions: [
      ...(s.decisions ?? []),
      { at: '2024-09-30T09:05:00Z', change: 'Jeugdpunt halveren | vanaf 2026', by: 'college' },
    ],
    lang: 'nl',
    date: '2024-10-01',
    municipality: 'Voorbeeldgemeente',
    timeZone: 'Europe/Amsterdam',
    ...extra,
  };
}

describe('the decision log', () => {
  test('one row per decision, oldest first, in the reader’s time zone; a blank reason marked', () => {
    expect(decisionRows(doc()).map((r) => ({ ...r, at: plain(r.at) }))).toEqual([
      { number: '1', at: '12-06-2024, 20:15', change: '10 % korting bibliotheek', reason: 'Keuzemenu raadsvoorstel voorjaarsnota', by: 'raad' },
      { number: '2', at: '30-09-2024, 11:05', change: 'Jeugdpunt halveren | vanaf 2026', reason: '–', by: 'college' },
    ]);
    expect(plain(decisionRows(doc({ lang: 'en', timeZone: 'UTC' }))[0]!.at)).toBe('12/06/2024, 18:15');
  });

  test('Markdown: the annex heading and the table, a pipe in a text escaped', () => {
    const md = plain(decisionsMarkdown(doc()));
    expect(md).toContain('# Besluitenlijst: Voorbeeld versie 2');
    expect(md).toContain('Bijlage bij het raadsvoorstel · Voorbeeldgemeente · 1 oktober 2024 · 2 besluiten');
    expect(md).toContain('| Nr. | Vastgelegd | Wijziging | Reden | Besloten door |');
    expect(md).toContain('| 1 | 12-06-2024, 20:15 | 10 % korting bibliotheek | Keuzemenu raadsvoorstel voorjaarsnota | raad |');
    expect(md).toContain('| 2 | 30-09-2024, 11:05 | Jeugdpunt halveren \\| vanaf 2026 | – | college |');
    expect(plain(decisionsMarkdown(doc({ decisions: [] })))).toContain('Nog geen besluiten vastgelegd.');
    expect(decisionsMarkdown(doc({ lang: 'en' }))).toContain('| No. | Recorded | Change | Reason | Decided by |');
  });

  test('the print layout holds the same cells, every text escaped', () => {
    const hostile = doc({ decisions: [{ at: '2024-06-12T20:15:00+02:00', change: '<script>alert(1)</script>', reason: '<b>x</b>' }] });
    const html = decisionsPrintHtml(hostile);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
    const normal = plain(decisionsPrintHtml(doc()));
    expect(normal).toContain('<td class="label">Keuzemenu raadsvoorstel voorjaarsnota</td>');
    expect(normal).toContain('<title>Besluitenlijst: Voorbeeld versie 2');
  });

  test('XLSX: one row per decision with the same texts', async () => {
    const bytes = await writeDecisionsXlsx(excelModuleOf(ExcelJS), doc());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Besluitenlijst')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Nr.', 'Vastgelegd', 'Wijziging', 'Reden', 'Besloten door']);
    expect((sheet.getRow(3).values as unknown[]).map((v) => (typeof v === 'string' ? plain(v) : v))).toEqual([
      undefined,
      2,
      '30-09-2024, 11:05',
      'Jeugdpunt halveren | vanaf 2026',
      '–',
      'college',
    ]);
  });
});

describe('the annexes', () => {
  test('six formats, named after the scenario and the annex', () => {
    expect(ANNEX_FORMATS).toEqual(['monitor-pdf', 'monitor-xlsx', 'monitor-md', 'decisions-pdf', 'decisions-xlsx', 'decisions-md']);
    expect(isAnnexFormat('decisions-md')).toBe(true);
    expect(isAnnexFormat('pdf')).toBe(false);
    expect(annexParts('decisions-xlsx')).toEqual({ kind: 'decisions', type: 'xlsx' });
    const s = load();
    const options = { lang: 'nl' as const, date: '2024-10-01' };
    expect(annexOf('decisions', s, () => project(s), options).fileName('decisions-pdf')).toMatch(/^Voorbeeld versie 2.* - besluitenlijst\.pdf$/);
    expect(annexOf('monitor', s, () => project(s), options).fileName('monitor-xlsx')).toMatch(/ - monitor\.xlsx$/);
  });

  test('each annex writes what its own writer writes; the decision log needs no projection', () => {
    const s = load();
    const options = { lang: 'nl' as const, date: '2024-10-01', timeZone: 'Europe/Amsterdam' };
    expect(annexOf('decisions', s, () => { throw new Error('not needed'); }, options).markdown()).toBe(
      decisionsMarkdown({ title: s.title, decisions: s.decisions!, lang: 'nl', date: '2024-10-01', municipality: 'Voorbeeldgemeente', timeZone: 'Europe/Amsterdam' }),
    );
    expect(annexOf('monitor', s, () => project(s), options).markdown()).toBe(
      monitorMarkdown({ monitor: buildMonitor(s, project(s)), lang: 'nl', date: '2024-10-01', municipality: 'Voorbeeldgemeente' }),
    );
    expect(annexOf('decisions', s, () => project(s), options).browserPrintHtml()).toContain('@page');
  });
});
