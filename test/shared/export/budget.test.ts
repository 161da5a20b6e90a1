// Version 2 in the exports (#20): the overview of incidental income and expenditure and the
// structural balance add up to the projection's own figures to the euro — savings.incidental,
// savings.oneOffCosts, savings.structural, target.structuralGap, savings.net and netCumulative —
// for the worked example of version 2 and for generated scenarios (fast-check, seeded); in
// thousands every table still adds up. The warnings and the PM items are listed. A scenario
// without incidental measures or one-off costs exports as before.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { budgetFigures, oneOffCostsByKind } from '../../../shared/export/budget';
import { csvData } from '../../../shared/export/csv';
import { summaryMarkdown } from '../../../shared/export/markdown';
import { printHtml } from '../../../shared/export/print-html';
import { buildSummary, type ExportSummary } from '../../../shared/export/summary';
import { balanceTextTable, incidentalTextTable, pmTextTable } from '../../../shared/export/tables';
import { excelModuleOf, writeXlsx } from '../../../shared/export/xlsx';
import { project } from '../../../shared/engine/project';
import type { Projection } from '../../../shared/engine/types';
import { formatMoney, type MoneyUnit } from '../../../shared/format/money';
import { yearRows } from '../../../shared/format/year-rows';
import { parseScenario } from '../../../shared/scenario/parse';
import { ONE_OFF_COST_KINDS, type Measure, type Scenario } from '../../../shared/scenario/schema';
import { scenarioArb } from '../engine/support';
import { DATE, loadScenario, NAMES, plain, ROOT, sample, sum } from './fixtures';

jest.setTimeout(60_000);

const V2 = loadScenario(join(ROOT, 'test', 'fixtures', 'voorbeeld-v2.json'));
const V2_PROJECTION = project(V2);

const summaryOf = (scenario: Scenario, projection: Projection, lang: 'nl' | 'en', unit: MoneyUnit) =>
  buildSummary(scenario, projection, { lang, unit, date: DATE });

/** Per year, the sum of the rows' values. */
const columnSums = (rows: readonly { values: readonly number[] }[], years: number) =>
  Array.from({ length: years }, (_, yi) => sum(rows.map((r) => r.values[yi] ?? 0)));

/** In euros every figure of the budget is the projection's own; the rows add up to their totals. */
function expectEuroFigures(s: ExportSummary, p: Projection): void {
  const Y = p.years.length;
  const b = s.budget;
  expect(b.balance.savings).toEqual(p.savings.total);
  expect(b.balance.incidental).toEqual(p.savings.incidental);
  expect(b.balance.structural).toEqual(p.savings.structural);
  expect(b.balance.oneOffCosts).toEqual(p.savings.oneOffCosts);
  expect(b.balance.net).toEqual(p.savings.net);
  expect(b.balance.netCumulative).toEqual(p.savings.netCumulative);
  expect(b.balance.target).toEqual(p.target?.amount ?? null);
  expect(b.balance.structuralGap).toEqual(p.target?.structuralGap ?? null);
  expect(b.paybackYear).toBe(p.paybackYear);
  if (b.incidental) {
    expect(b.incidental.total).toEqual(p.savings.incidental);
    expect(columnSums(b.incidental.rows, Y)).toEqual(p.savings.incidental);
    for (const r of b.incidental.rows) expect(r.values).toEqual(p.measures.find((m) => m.id === r.measureId)?.effect);
  } else expect(p.measures.some((m) => m.nature === 'incidental')).toBe(false);
  if (b.oneOff) {
    expect(b.oneOff.total).toEqual(p.savings.oneOffCosts);
    expect(columnSums(b.oneOff.rows, Y)).toEqual(p.savings.oneOffCosts);
  } else expect(p.savings.oneOffCosts.every((c) => c === 0)).toBe(true);
  // Per measure, its kinds add up to its own rounded one-off costs.
  for (const m of p.measures) {
    const rows = b.oneOff?.rows.filter((r) => r.measureId === m.id) ?? [];
    if (rows.length > 0) expect(columnSums(rows, Y)).toEqual(m.oneOffCosts);
  }
}

/** In thousands: whole thousands, and every table adds up to the year table. */
function expectThousandsAddUp(s: ExportSummary, p: Projection): void {
  const Y = p.years.length;
  const rows = yearRows(p, 'thousand');
  const savings = rows.find((r) => r.kind === 'savings')?.values as number[];
  const b = s.budget;
  const all = [...b.balance.savings, ...b.balance.incidental, ...b.balance.structural, ...b.balance.oneOffCosts, ...b.balance.net, ...b.balance.netCumulative];
  expect(all.every((v) => v % 1000 === 0)).toBe(true);
  expect(b.balance.savings).toEqual(savings);
  p.years.forEach((_, yi) => {
    expect((b.balance.structural[yi] ?? 0) + (b.balance.incidental[yi] ?? 0)).toBe(savings[yi]);
    expect((b.balance.savings[yi] ?? 0) - (b.balance.oneOffCosts[yi] ?? 0)).toBe(b.balance.net[yi]);
    // Each within a thousand of the exact figure (one rounding, or two for a difference).
    expect(Math.abs((b.balance.oneOffCosts[yi] ?? 0) - (p.savings.oneOffCosts[yi] ?? 0))).toBeLessThanOrEqual(500);
    expect(Math.abs((b.balance.netCumulative[yi] ?? 0) - (p.savings.netCumulative[yi] ?? 0))).toBeLessThanOrEqual(500);
  });
  if (b.incidental) expect(columnSums(b.incidental.rows, Y)).toEqual(b.balance.incidental);
  if (b.oneOff) expect(columnSums(b.oneOff.rows, Y)).toEqual(b.balance.oneOffCosts);
}

describe('the worked example of version 2 (test/fixtures/voorbeeld-v2.json)', () => {
  it.each(['nl', 'en'] as const)('%s, in euros: the figures of docs/scenario-format.md, and the projection’s own', (lang) => {
    const s = summaryOf(V2, V2_PROJECTION, lang, 'euro');
    expectEuroFigures(s, V2_PROJECTION);
    expect(s.budget.shown).toBe(true);
    // The table of the worked example.
    expect(s.budget.balance.structural).toEqual([0, 40000, 142800, 117300]);
    expect(s.budget.balance.incidental).toEqual([0, 50000, 0, 0]);
    expect(s.budget.balance.oneOffCosts).toEqual([60000, 20000, 20001, 0]);
    expect(s.budget.balance.net).toEqual([-60000, 70000, 122799, 117300]);
    expect(s.budget.balance.netCumulative).toEqual([-60000, 10000, 132799, 250099]);
    expect(s.budget.balance.structuralGap).toEqual([null, 40000, -62800, -37300]);
    expect(s.budget.balance.structurallyMet).toEqual([null, false, true, true]);
    expect(s.budget.paybackYear).toBe(2025);
    // Per measure and kind: the two frictie entries of 10 000.40 are one row, rounded once.
    expect(s.budget.oneOff?.rows.map((r) => [r.measureId, r.kind, r.nature, r.values, r.notes])).toEqual([
      ['korting-bieb', 'afbouw', 'structural', [0, 20000, 0, 0], null],
      ['jeugdpunt-half', 'frictie', 'structural', [0, 0, 20001, 0], null],
      ['jeugdpunt-half', 'investering', 'structural', [60000, 0, 0, 0], 'Inrichting huiskamer'],
    ]);
    expect(s.budget.incidental?.rows.map((r) => [r.measureId, r.values])).toEqual([['verkoop', [0, 50000, 0, 0]]]);
    expect(s.headline.net?.text).toBe(formatMoney(250099, { lang, unit: 'euro' }));
    expect(s.headline.net?.detail).toContain('2025');
  });

  it('in thousands every new table adds up to the year table', () => {
    for (const lang of ['nl', 'en'] as const) expectThousandsAddUp(summaryOf(V2, V2_PROJECTION, lang, 'thousand'), V2_PROJECTION);
  });

  it('the printed tables show the totals and the verdict per year, in both languages', () => {
    const words = { nl: ['nee', 'ja', 'Totaal incidentele besparingen', 'Totaal eenmalige kosten'], en: ['no', 'yes', 'Total incidental savings', 'Total one-off costs'] };
    for (const lang of ['nl', 'en'] as const) {
      const s = summaryOf(V2, V2_PROJECTION, lang, 'euro');
      const cell = (v: number, signed = false) => formatMoney(v, { lang, unit: 'euro', symbol: false, sign: signed ? 'always' : 'auto' });
      const overview = incidentalTextTable(s);
      const balance = balanceTextTable(s);
      const [no, yes, incidentalTotal, oneOffTotal] = words[lang];
      expect(overview?.rows.find((r) => r.label === incidentalTotal)?.cells).toEqual(V2_PROJECTION.savings.incidental.map((v) => cell(v)));
      expect(overview?.rows.find((r) => r.label === oneOffTotal)?.cells).toEqual(V2_PROJECTION.savings.oneOffCosts.map((v) => cell(v)));
      expect(overview?.rows.find((r) => r.note === 'Inrichting huiskamer')?.texts).toEqual([
        s.budget.oneOff?.rows[2]?.natureLabel,
        lang === 'nl' ? 'investering' : 'investment',
      ]);
      const cells = balance?.rows.map((r) => r.cells) ?? [];
      expect(cells).toContainEqual(V2_PROJECTION.savings.structural.map((v) => cell(v)));
      expect(cells).toContainEqual(V2_PROJECTION.savings.net.map((v) => cell(v)));
      expect(cells).toContainEqual(V2_PROJECTION.savings.netCumulative.map((v) => cell(v)));
      expect(cells).toContainEqual(['–', cell(40000, true), cell(-62800, true), cell(-37300, true)]);
      expect(cells).toContainEqual(['–', no, yes, yes]);
    }
  });

  it('lists the warning and the PM items; the measures list tags incidental and PM measures', () => {
    const s = summaryOf(V2, V2_PROJECTION, 'nl', 'euro');
    expect(s.warnings).toHaveLength(1);
    expect(s.warnings[0]).toContain('Bibliotheek Rivierenland');
    expect(s.warnings[0]).toContain('1 januari 2026');
    expect(s.pm.map((p) => [p.kind, p.id, p.what])).toEqual([
      ['line', 'wijkteam', 'regel (overig)'],
      ['measure', 'onderzoek', 'maatregel (vast bedrag)'],
    ]);
    expect(pmTextTable(s)?.rows.map((r) => [r.label, r.cells])).toEqual([
      ['Uitbreiding wijkteam', ['PM']],
      ['Onderzoek inkoop', ['PM']],
    ]);
    const md = plain(summaryMarkdown(s));
    const headings = ['Structureel evenwicht', 'Overzicht incidentele baten en lasten', 'Aandachtspunten', "Nog niet in euro's"];
    for (const heading of headings) expect(md).toContain(`## ${heading}`);
    expect(md).toContain('Terugverdienjaar: 2025');
    expect(md).toContain('- **Netto besparing cumulatief 2024–2027:** € 250.099 (terugverdienjaar 2025)');
    expect(md).toContain('3. **Verkoop pand** (incidenteel)');
    expect(md).toContain('4. **Onderzoek inkoop** (PM)');
    expect(md).toContain('| Uitbreiding wijkteam | regel (overig) | PM |');
    const html = printHtml(s);
    for (const heading of headings) expect(html).toContain(`<h2>${heading.replace("'", '&#39;')}</h2>`);
    // A PM measure has no colour: it is not in the chart.
    expect(s.measures.find((m) => m.id === 'onderzoek')?.colour).toBeNull();
  });

  it('CSV: the two new tables read back equal the projection; a PM line and measure say PM', () => {
    const s = summaryOf(V2, V2_PROJECTION, 'nl', 'euro');
    const structural = csvData(s, 'structural');
    const row = (label: string) => structural.rows.find((r) => r[0] === label)?.slice(2);
    expect(structural.header).toEqual(['Rij', 'Eenheid', '2024', '2025', '2026', '2027']);
    expect(row('Structurele besparing')).toEqual(V2_PROJECTION.savings.structural);
    expect(row('Structureel tekort (+) / overschot (−)')).toEqual(V2_PROJECTION.target?.structuralGap);
    expect(row('Structureel gehaald')).toEqual([null, 'nee', 'ja', 'ja']);
    expect(row('Eenmalige kosten')).toEqual(V2_PROJECTION.savings.oneOffCosts);
    expect(row('Netto besparing')).toEqual(V2_PROJECTION.savings.net);
    expect(row('Netto besparing cumulatief')).toEqual(V2_PROJECTION.savings.netCumulative);
    expect(row('Terugverdienjaar')).toEqual([null, 2025, null, null]);
    const incidental = csvData(s, 'incidental');
    expect(incidental.header.slice(0, 5)).toEqual(['Id', 'Maatregel', 'Aard', 'Soort', 'Toelichting']);
    const total = (label: string) => incidental.rows.find((r) => r[1] === label)?.slice(6);
    expect(total('Totaal incidentele besparingen')).toEqual([...V2_PROJECTION.savings.incidental, 50000]);
    expect(total('Totaal eenmalige kosten')).toEqual([...V2_PROJECTION.savings.oneOffCosts, 100001]);
    expect(incidental.rows.find((r) => r[0] === 'jeugdpunt-half' && r[3] === 'frictiekosten')?.slice(6)).toEqual([0, 0, 20001, 0, 20001]);
    expect(csvData(s, 'line').rows.filter((r) => r[0] === 'wijkteam').map((r) => r.slice(8))).toEqual([
      ['PM', 'PM', 'PM', 'PM'],
      ['PM', 'PM', 'PM', 'PM'],
    ]);
    expect(csvData(s, 'measure').rows.find((r) => r[0] === 'onderzoek')?.slice(6, 10)).toEqual(['PM', 'PM', 'PM', 'PM']);
  });

  it.each(['euro', 'thousand'] as const)('XLSX in %s: the balance and the overview, their formulas’ cached results equal the figures', async (unit) => {
    const s = summaryOf(V2, V2_PROJECTION, 'en', unit);
    const bytes = await writeXlsx(excelModuleOf(ExcelJS), s);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Per year',
      'Structural balance',
      'Incidental income and expenses',
      'Per line',
      'Per measure',
      'Per organisation',
      'Assumptions',
    ]);
    const scale = (v: number) => (unit === 'thousand' ? v / 1000 : v);
    const results = (sheet: ExcelJS.Worksheet, label: string, from: number, count: number) => {
      let found = 0;
      sheet.eachRow((row, n) => {
        if (!found && row.getCell(1).value === label) found = n;
      });
      expect(found).toBeGreaterThan(0);
      return Array.from({ length: count }, (_, i) => {
        const cell = sheet.getRow(found).getCell(from + i);
        const model = cell.model as { result?: number; value?: unknown };
        return typeof cell.value === 'object' && cell.value !== null && 'formula' in cell.value ? (model.result ?? 0) : cell.value;
      });
    };
    const balance = wb.getWorksheet('Structural balance') as ExcelJS.Worksheet;
    const b = s.budget.balance;
    expect(results(balance, 'Structural savings', 2, 4)).toEqual(b.structural.map(scale));
    expect(results(balance, 'of which incidental', 2, 4)).toEqual(b.incidental.map(scale));
    expect(results(balance, 'One-off costs', 2, 4)).toEqual(b.oneOffCosts.map(scale));
    expect(results(balance, 'Net savings', 2, 4)).toEqual(b.net.map(scale));
    expect(results(balance, 'Net savings, cumulative', 2, 4)).toEqual(b.netCumulative.map(scale));
    expect(results(balance, 'Met structurally', 2, 4)).toEqual([null, 'no', 'yes', 'yes']);
    const overview = wb.getWorksheet('Incidental income and expenses') as ExcelJS.Worksheet;
    expect(results(overview, 'Total incidental savings', 5, 5)).toEqual([...b.incidental.map(scale), scale(sum(b.incidental))]);
    expect(results(overview, 'Total one-off costs', 5, 5)).toEqual([...b.oneOffCosts.map(scale), scale(sum(b.oneOffCosts))]);
    if (unit === 'euro') {
      expect(b.structural).toEqual(V2_PROJECTION.savings.structural);
      expect(b.oneOffCosts).toEqual(V2_PROJECTION.savings.oneOffCosts);
    }
    const summary = wb.getWorksheet('Summary') as ExcelJS.Worksheet;
    expect(results(summary, 'Net savings, cumulative 2024–2027', 2, 1)).toEqual([scale(unit === 'euro' ? 250099 : 250000)]);
    expect(results(summary, 'Payback year', 2, 1)).toEqual(['2025']);
    const lines = wb.getWorksheet('Per line') as ExcelJS.Worksheet;
    let pmRow = 0;
    lines.eachRow((row, n) => {
      if (!pmRow && row.getCell(1).value === 'wijkteam') pmRow = n;
    });
    expect(lines.getRow(pmRow).getCell(7).value).toBe('PM');
  });
});

describe('one-off costs per kind add up to the measure’s own rounding', () => {
  it('two kinds of 0.40 each: the measure’s 0.80 rounds to 1, and the 1 goes to one kind', () => {
    const scenario: Scenario = {
      ...V2,
      measures: [
        {
          id: 'x',
          name: 'X',
          type: 'fixed',
          amounts: { '2025': 1000 },
          oneOffCosts: [
            { kind: 'frictie', amounts: { '2025': 0.4 } },
            { kind: 'afbouw', amounts: { '2025': 0.4 } },
          ],
        },
      ],
    };
    const p = project(scenario);
    expect(p.measures[0]?.oneOffCosts).toEqual([0, 1, 0, 0]);
    const rows = oneOffCostsByKind(scenario, p);
    expect(columnSums(rows, 4)).toEqual([0, 1, 0, 0]);
    expect(rows).toHaveLength(1);
  });
});

// ---------------------------------------------------------------------------------------------
// Generated scenarios: version 1's arbitrary (test/shared/engine/support.ts) with version 2's
// measure fields added: nature, one-off costs of every kind (cents, several of one kind), PM.

const cents = fc.integer({ min: 0, max: 200_000_000 }).map((c) => c / 100);

function withVersion2(s: Scenario): fc.Arbitrary<Scenario> {
  const measures = s.measures ?? [];
  const years = fc.integer({ min: s.horizon.from - 1, max: s.horizon.to + 1 });
  const cost = fc.record({
    kind: fc.constantFrom(...ONE_OFF_COST_KINDS),
    amounts: fc.uniqueArray(years, { maxLength: 3 }).chain((ys) =>
      fc.tuple(...ys.map(() => cents)).map((vs) => Object.fromEntries(ys.map((y, i) => [String(y), vs[i] as number]))),
    ),
    notes: fc.option(fc.constantFrom('Personeel', 'Huisvesting'), { nil: undefined }),
  });
  const extra = fc.record({
    nature: fc.constantFrom(undefined, 'structural' as const, 'incidental' as const),
    oneOffCosts: fc.option(fc.array(cost, { maxLength: 4 }), { nil: undefined }),
    pm: fc.constantFrom(undefined, undefined, undefined, true as const),
  });
  return fc.tuple(fc.tuple(...measures.map(() => extra)), fc.boolean()).map(([extras, pmLine]) => ({
    ...s,
    lines: pmLine ? [...s.lines, { id: 'pm-line', name: 'PM-regel', kind: 'other', pm: true }] : s.lines,
    measures: measures.map((m, i) => {
      const e = extras[i] as { nature?: Measure['nature']; oneOffCosts?: Measure['oneOffCosts']; pm?: true };
      const out = { ...m } as Measure;
      if (e.nature) out.nature = e.nature;
      if (e.oneOffCosts) out.oneOffCosts = e.oneOffCosts.map((c) => (c.notes === undefined ? { kind: c.kind, amounts: c.amounts } : c));
      if (e.pm) out.pm = true;
      return out;
    }),
  }));
}

const version2Arb = scenarioArb({ maxMeasures: 5 }).chain(withVersion2);
const params = { numRuns: 150, seed: 20250620 };

describe('generated version-2 scenarios', () => {
  it('are valid', () => {
    fc.assert(
      fc.property(version2Arb, (s) => {
        const result = parseScenario(JSON.parse(JSON.stringify(s)));
        if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
      }),
      params,
    );
  });

  it('in euros the new tables equal savings.incidental, oneOffCosts, structural, net per year; in thousands they add up', () => {
    fc.assert(
      fc.property(version2Arb, (s) => {
        const p = project(s);
        expectEuroFigures(summaryOf(s, p, 'nl', 'euro'), p);
        expectThousandsAddUp(summaryOf(s, p, 'en', 'thousand'), p);
        // The same figures as budgetFigures gives any caller.
        expect(budgetFigures(s, p, yearRows(p, 'euro'), 'euro').oneOffCosts).toEqual(p.savings.oneOffCosts);
      }),
      params,
    );
  });

  it('the CSV tables read back the same totals', () => {
    fc.assert(
      fc.property(version2Arb, (s) => {
        const p = project(s);
        const summary = summaryOf(s, p, 'nl', 'euro');
        const incidental = csvData(summary, 'incidental');
        const totals = incidental.rows.filter((r) => r[0] === null).map((r) => r.slice(6, 6 + p.years.length));
        expect(totals).toEqual([summary.budget.incidental?.total ?? p.years.map(() => 0), summary.budget.oneOff?.total ?? p.years.map(() => 0)]);
        const structural = csvData(summary, 'structural').rows.find((r) => r[0] === 'Structurele besparing')?.slice(2);
        expect(structural).toEqual(p.savings.structural);
      }),
      { ...params, numRuns: 60 },
    );
  });
});

// ---------------------------------------------------------------------------------------------

describe('version-1 samples', () => {
  // Of the samples only the worked example of version 1 has an incidental measure: "Extra formatie",
  // a fixed amount without `continues` (version 2's default nature). The others have neither an
  // incidental measure nor one-off costs, and their exports have no new section, sheet or tag.
  const plainOnes = NAMES.filter((name) => !sample(name).projection.measures.some((m) => m.nature === 'incidental'));

  it('all but the worked example of version 1 have no incidental measure', () => {
    expect(NAMES.filter((n) => !plainOnes.includes(n))).toEqual(['voorbeeld']);
    expect(plainOnes.length).toBeGreaterThanOrEqual(4);
  });

  it.each(plainOnes)('%s: the same sections, sheets and tables as before version 2', async (name) => {
    const { scenario, projection } = sample(name);
    for (const lang of ['nl', 'en'] as const) {
      const s = summaryOf(scenario, projection, lang, 'euro');
      expect(s.budget.shown).toBe(false);
      expect(s.warnings).toEqual([]);
      expect(s.pm).toEqual([]);
      expect(s.headline.net).toBeNull();
      expect(balanceTextTable(s)).toBeNull();
      expect(incidentalTextTable(s)).toBeNull();
      expect(pmTextTable(s)).toBeNull();
      const headings = summaryMarkdown(s)
        .split('\n')
        .filter((l) => l.startsWith('## '));
      expect(headings).toHaveLength(5);
      const html = printHtml(s);
      expect(html).not.toContain('.figures.four');
      expect(html.match(/<h2>/g)).toHaveLength(5);
    }
    const bytes = await writeXlsx(excelModuleOf(ExcelJS), summaryOf(scenario, projection, 'nl', 'euro'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(6);
    // The structural CSV table still says what it is: structural = savings, net = savings.
    const structural = csvData(summaryOf(scenario, projection, 'nl', 'euro'), 'structural');
    expect(structural.rows.find((r) => r[0] === 'Structurele besparing')?.slice(2)).toEqual(projection.savings.total);
    expect(structural.rows.find((r) => r[0] === 'Netto besparing')?.slice(2)).toEqual(projection.savings.total);
  });

  it('Stichtse Vecht: its Markdown is byte for byte what it was before version 2 (test/fixtures/export-v1)', () => {
    const { scenario, projection } = sample('stichtse-vecht-vitale-coalitie');
    const golden = (file: string) => readFileSync(join(ROOT, 'test', 'fixtures', 'export-v1', file), 'utf8');
    expect(summaryMarkdown(summaryOf(scenario, projection, 'nl', 'euro'))).toBe(golden('stichtse-vecht.nl.md'));
    expect(summaryMarkdown(summaryOf(scenario, projection, 'en', 'thousand'))).toBe(golden('stichtse-vecht.en.thousand.md'));
  });

  it('voorbeeld (version 1): "Extra formatie" is incidental, so the structural balance and the overview list it', () => {
    const { scenario, projection } = sample('voorbeeld');
    const s = summaryOf(scenario, projection, 'nl', 'euro');
    expect(s.budget.shown).toBe(true);
    expect(s.budget.oneOff).toBeNull();
    expect(s.budget.incidental?.rows.map((r) => [r.name, r.kindLabel, r.values])).toEqual([['Extra formatie', 'extra kosten', [0, 0, -38000, 0]]]);
    expect(s.budget.balance.structural).toEqual([175000, 364701, 667861, 973949]);
    // Without one-off costs: no net rows and no fourth headline figure.
    expect(s.headline.net).toBeNull();
    expect(balanceTextTable(s)?.rows.map((r) => r.label)).toEqual([
      'Besparing',
      'waarvan incidenteel',
      'Structurele besparing',
      'Taakstelling',
      'Structureel tekort (+) / overschot (−)',
      'Structureel gehaald',
    ]);
  });
});
