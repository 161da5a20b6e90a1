// The realisation monitor (#22): planned from the projection, realised from the file, the
// traffic light at 90 % and 50 %, the shortfall and how it is covered; and its documents.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { project } from '../../../shared/engine/project';
import { monitorMarkdown, monitorPrintHtml, monitorSummaryTable, writeMonitorXlsx } from '../../../shared/export/monitor';
import { excelModuleOf } from '../../../shared/export/xlsx';
import { buildMonitor, trafficLight } from '../../../shared/monitor/monitor';
import { parseScenarioText } from '../../../shared/scenario/parse';
import type { Scenario } from '../../../shared/scenario/schema';

function load(): Scenario {
  const r = parseScenarioText(readFileSync(path.resolve(__dirname, '../../fixtures/voorbeeld-v2.json'), 'utf8'));
  if (!r.ok) throw new Error('fixture');
  return r.value;
}

/** The v2 example with realisations for three measures in 2025 and 2026. */
function reported(): Scenario {
  const s = structuredClone(load());
  const m = s.measures!;
  m[0]!.realised = { '2025': 35_000, '2026': 40_000 }; // planned 40 000, 40 800: 87.5 %, 98 %
  m[1]!.realised = { '2026': 45_000 }; // planned 102 000: 44 %
  m[2]!.realised = { '2025': 60_000 }; // planned 50 000: 120 %
  return s;
}

describe('trafficLight', () => {
  test('green from 90 %, orange from 50 %, red below; none without a report or a planned saving', () => {
    expect(trafficLight(100, 90)).toBe('green');
    expect(trafficLight(100, 89.99)).toBe('orange');
    expect(trafficLight(100, 50)).toBe('orange');
    expect(trafficLight(100, 49)).toBe('red');
    expect(trafficLight(100, null)).toBeNull();
    expect(trafficLight(0, 10)).toBeNull();
    expect(trafficLight(-38_000, -38_000)).toBeNull();
  });
});

describe('buildMonitor', () => {
  const s = reported();
  const p = project(s);
  const m = buildMonitor(s, p);

  test('planned is each measure’s apportioned effect; realised the listed amounts; the PM measure is left out', () => {
    expect(m.measures.map((x) => x.id)).toEqual(['korting-bieb', 'jeugdpunt-half', 'verkoop']);
    expect(m.measures[0]!.planned).toEqual(p.measures[0]!.effect);
    expect(m.measures[0]!.realised).toEqual([null, 35_000, 40_000, null]);
    expect(m.measures[0]!.light).toEqual([null, 'orange', 'green', null]);
    expect(m.measures[1]!.light).toEqual([null, null, 'red', null]);
    expect(m.measures[2]!.light).toEqual([null, 'green', null, null]);
    expect(m.measures[0]!.status).toBe('besloten');
  });

  test('per year: realised equals the projection’s; shortfall covered first by what others realise beyond plan', () => {
    expect(m.totals.realised).toEqual(p.savings.realised);
    expect(m.totals.realised).toEqual([null, 95_000, 85_000, null]);
    // 2025: korting-bieb 5 000 short, verkoop 10 000 over: covered.
    expect(m.totals.short).toEqual([null, 5_000, 57_800, null]);
    expect(m.totals.surplus).toEqual([null, 10_000, 0, null]);
    expect(m.totals.uncovered).toEqual([null, 0, 57_800, null]);
    expect(m.totals.plannedReported).toEqual([null, 90_000, 142_800, null]);
    expect(m.lights).toEqual({ green: 2, orange: 1, red: 1 });
    expect(m.lastReportedYear).toBe(2026);
  });

  test('a disabled measure that reports a realisation is shown, planned 0, marked as not counted', () => {
    const t = structuredClone(s);
    t.measures![2]!.enabled = false;
    const row = buildMonitor(t, project(t)).measures.find((x) => x.id === 'verkoop')!;
    expect(row.counts).toBe(false);
    expect(row.planned).toEqual([0, 0, 0, 0]);
    expect(row.light).toEqual([null, null, null, null]);
  });
});

describe('the monitor documents', () => {
  const s = reported();
  const doc = { monitor: buildMonitor(s, project(s)), lang: 'nl' as const, date: '2026-12-06' };

  test('Markdown: the totals table and each measure with its signal', () => {
    const md = monitorMarkdown(doc).replace(/[\u00a0\u202f]/g, ' ');
    expect(md).toContain('| **Gerealiseerd** | – | 95.000 | 85.000 | – |');
    expect(md).toContain('| **Nog te dekken** | – | 0 | 57.800 | – |');
    expect(md).toContain('**10 % korting bibliotheek (besloten)**');
    expect(md).toContain('| signaal | – | oranje (88%) | groen (98%) | – |');
    expect(md).toContain('Signalen: 2 keer groen, 1 keer oranje, 1 keer rood.');
  });

  test('the print layout escapes the names and holds the same table; English too', () => {
    const hostile = structuredClone(s);
    hostile.measures![0]!.name = '<script>alert(1)</script>';
    const html = monitorPrintHtml({ ...doc, monitor: buildMonitor(hostile, project(hostile)) });
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
    expect(monitorSummaryTable({ ...doc, lang: 'en' }).rows.map((r) => r.label)).toContain('Still to be covered');
  });

  test('XLSX: numbers, not text, equal to the model', async () => {
    const bytes = await writeMonitorXlsx(excelModuleOf(ExcelJS), doc);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Monitor')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Jaar', 2024, 2025, 2026, 2027]);
    expect(sheet.getRow(4).values).toEqual([undefined, 'Gerealiseerd', null, 95_000, 85_000, null].map((v) => (v === null ? undefined : v)));
  });
});
