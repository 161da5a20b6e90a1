// A comparison of several scenarios as an export: the comparison model of shared/compare
// (compareScenarios, comparisonRows, partnerImpact/partnerPeriodTable, the differences in words),
// laid out for the same formats as a single summary — Markdown, CSV, XLSX, the print layout and
// its chart. Every figure is project()'s own, per shared year, in the chosen unit.
import { compareScenarios, yearsNote } from '../compare/compare';
import { scenarioStyle } from '../compare/palette';
import { distinctTitles, shortDistinct } from '../compare/names';
import { breakdownSources, lineSources, partnerComparison, type PartnerComparison } from '../compare/partners';
import { comparisonRows, type ComparisonRows } from '../compare/rows';
import { isEveryTarget, targetLines } from '../compare/target-lines';
import type { CompareItem } from '../compare/types';
import { formatDate } from '../format/date';
import { formatMoney, formatYear, formatYearSpan, type MoneyUnit } from '../format/money';
import type { Lang } from '../i18n/languages';
import { escapeXml } from './chart-svg';
import type { ComparisonCsvTable, CsvData } from './csv';
import { catalogue, render } from '../i18n/text';
import { CONTENT_WIDTH_PX, htmlTable, printDocument, printSection, yearTablesHtml } from './print-html';
import type { TextRow, TextTable } from './tables';
import { targetCheckLine, targetCheckOf } from '../engine/target-check';

export interface ComparedSummary {
  label: string;
  /** How the person knows it: the file name. */
  name: string;
  /** The file name where it has one apart from the title (what the XLSX's file column says). */
  file: string | null;
  title: string;
  /** The title, with the file name where another scenario has the same title: never twice the same. */
  distinctTitle: string;
  /** "A — Stichtse Vecht: Vitale…— variant 2": letter and title, cut to fit but still telling the scenarios apart. */
  caption: string;
  municipality: string | null;
  colour: string;
  isReference: boolean;
  headline: { savings: number; cumulative: number; gap: number | null; status: 'met' | 'short' | 'none'; texts: { savings: string; cumulative: string; target: string } };
}

export interface ComparisonExport {
  kind: 'comparison';
  lang: Lang;
  unit: MoneyUnit;
  date: string;
  dateText: string;
  /** "Vergelijking van scenario's". */
  title: string;
  years: number[];
  span: string;
  amountsLabel: string;
  /** Which years are compared (and which are not). */
  yearsNote: string;
  reference: number;
  scenarios: ComparedSummary[];
  /** Per scenario per shared year, in the unit (shared/compare comparisonRows). */
  rows: ComparisonRows;
  partners: {
    by: 'organisation' | 'line';
    /** Per partner and scenario, every shared year and all together, in the unit; each column adds up to its scenario's totals. */
    table: PartnerComparison;
    /** Row labels in the order of `table.rows`. */
    labels: string[];
  };
  differences: { label: string; reference: string; texts: string[] }[];
}

const at = <T>(values: readonly T[], i: number): T | undefined => values[i];

export function buildComparison(items: readonly CompareItem[], options: { lang: Lang; unit: MoneyUnit; date: string }): ComparisonExport {
  const { lang, unit } = options;
  const comparison = compareScenarios(items);
  const rows = comparisonRows(comparison, unit);
  const years = comparison.years;
  const last = years.length - 1;
  const ref = comparison.scenarios[comparison.reference];
  const money = (v: number) => formatMoney(v, { lang, unit: 'euro' });

  const titles = distinctTitles(comparison.scenarios.map((s) => ({ title: s.scenario.title, file: s.file })));
  const short = shortDistinct(titles);
  const scenarios: ComparedSummary[] = comparison.scenarios.map((s, k) => {
    const savings = at(rows.savings[k] ?? [], last) ?? 0;
    const cumulative = at(rows.cumulative[k] ?? [], last) ?? 0;
    const gap = rows.gap[k]?.[last] ?? null;
    // Met only when met in every compared year that has a target (#20).
    const check = targetCheckOf(years, rows.gap[k] ?? []);
    const status: 'met' | 'short' | 'none' = check.status;
    const target = render(lang, targetCheckLine(check, s.target !== null, false));
    return {
      label: s.label,
      name: s.name,
      file: s.file,
      title: s.scenario.title,
      distinctTitle: titles[k] ?? s.scenario.title,
      caption: `${s.label} — ${short[k] ?? s.scenario.title}`,
      municipality: s.scenario.municipality?.trim() || null,
      colour: scenarioStyle(k).colour,
      isReference: k === comparison.reference,
      headline: { savings, cumulative, gap, status, texts: { savings: money(savings), cumulative: money(cumulative), target } },
    };
  });

  // Per organisation where any scenario names one, else per line (as in a single summary).
  const byOrganisation = comparison.scenarios.some((s) => s.projection.lines.some((l) => l.organisation !== null));
  const table = partnerComparison(comparison, unit, byOrganisation ? breakdownSources('organisation') : lineSources);

  const differences = comparison.scenarios
    .filter((s) => s.index !== comparison.reference)
    .map((s) => ({
      label: s.label,
      reference: ref?.label ?? '',
      texts: comparison.differences.filter((d) => d.scenario === s.index).map((d) => render(lang, d.text)),
    }));

  return {
    kind: 'comparison',
    lang,
    unit,
    date: options.date,
    dateText: formatDate(options.date, { lang }),
    title: catalogue(lang).report.comparisonKind,
    years: [...years],
    span: years.length > 0 ? formatYearSpan(years[0] as number, years[last] as number) : '',
    amountsLabel: catalogue(lang).report[unit === 'euro' ? 'amountsEuro' : 'amountsThousand'],
    yearsNote: yearsNote(comparison, lang),
    reference: comparison.reference,
    scenarios,
    rows,
    partners: {
      by: byOrganisation ? 'organisation' : 'line',
      table,
      labels: table.rows.map((r) => r.key ?? catalogue(lang).report.noOrganisation),
    },
    differences,
  };
}

/** "A — Stichtse Vecht: Vitale Coalitie…" (ComparedSummary.caption). */
export function scenarioCaption(s: ComparedSummary): string {
  return s.caption;
}

/** Savings, difference from the reference, cumulative, target and gap, per scenario. */
export function comparisonYearTable(c: ComparisonExport): TextTable {
  const { lang, unit } = c;
  const cell = (v: number | null, signed = false) =>
    v === null ? catalogue(lang).report.unknown : formatMoney(v, { lang, unit, symbol: false, sign: signed ? 'always' : 'auto' });
  const refLabel = c.scenarios[c.reference]?.label ?? '';
  const rows: TextRow[] = [];
  const block = (heading: string, series: (readonly (number | null)[] | null)[], options: { signed?: boolean; skipReference?: boolean } = {}) => {
    const present = c.scenarios.map((s, k) => ({ s, values: series[k] })).filter((x) => x.values && !(options.skipReference && x.s.isReference));
    if (present.length === 0) return;
    rows.push({ label: heading, cells: c.years.map(() => ''), style: 'heading' });
    for (const { s, values } of present) {
      rows.push({ label: scenarioCaption(s), cells: (values as (number | null)[]).map((v) => cell(v, options.signed)), style: 'measure', colour: s.colour });
    }
  };
  block(catalogue(lang).report.savings, c.rows.savings);
  if (c.scenarios.length > 1) block(catalogue(lang).report.differenceFrom(refLabel), c.rows.difference, { signed: true, skipReference: true });
  block(catalogue(lang).report.cumulativeShared(c.years[0] ?? ''), c.rows.cumulative);
  block(catalogue(lang).report.target, c.rows.target);
  block(catalogue(lang).report.gap, c.rows.gap, { signed: true });
  return { corner: '', header: c.years.map(formatYear), rows, note: c.amountsLabel };
}

/**
 * Per organisation (or line), every shared year and all of them together: the change per
 * scenario, one row each under the partner's name, named by letter and title as everywhere.
 */
export function comparisonPartnerTable(c: ComparisonExport): TextTable {
  const { lang, unit, partners } = c;
  const words = catalogue(lang).report;
  const cell = (v: number | null | undefined) => (v === null || v === undefined ? words.unknown : formatMoney(v, { lang, unit, symbol: false, sign: 'always' }));
  const blank = [...c.years.map(() => ''), ''];
  const rows: TextRow[] = [];
  const block = (label: string, values: (k: number) => { years: readonly number[]; span: number } | null, style: TextRow['style'] = 'measure') => {
    rows.push({ label, cells: blank, style: 'heading' });
    c.scenarios.forEach((s, k) => {
      const v = values(k);
      rows.push({ label: s.caption, cells: v ? [...v.years.map(cell), cell(v.span)] : blank.map(() => words.unknown), style, colour: s.colour });
    });
  };
  partners.table.rows.forEach((r, i) =>
    block(partners.labels[i] ?? '', (k) => {
      const row = r.cells[k];
      return row ? { years: row.years.map((y) => y.change), span: row.span.change } : null;
    }),
  );
  if (partners.table.hasFixed) {
    block(words.fixedRow, (k) => partners.table.scenarios[k]?.fixed ?? { years: c.years.map(() => 0), span: 0 });
  }
  block(
    words.total,
    (k) => {
      const total = partners.table.scenarios[k]?.total;
      return total ? { years: total.years.map((y) => y.change), span: total.span.change } : null;
    },
    'total',
  );
  return {
    corner: words[partners.by === 'line' ? 'line' : 'organisation'],
    header: [...c.years.map(formatYear), words.totalSpan(c.span)],
    rows,
    note: c.amountsLabel,
  };
}

function mdCell(text: string): string {
  return text.replace(/([\\*_`[\]<>])/g, '\\$1').replace(/\s*[\r\n]+\s*/g, ' ').replace(/\|/g, '\\|');
}

function mdTable(t: TextTable): string {
  const head = `| ${mdCell(t.corner)} | ${t.header.map(mdCell).join(' | ')} |`;
  const align = `|:--|${t.header.map(() => '--:').join('|')}|`;
  const body = t.rows.map((r) => {
    const label = r.style === 'heading' ? `*${mdCell(r.label)}*` : r.style === 'total' ? `**${mdCell(r.label)}**` : mdCell(r.label);
    return `| ${label} | ${r.cells.map(mdCell).join(' | ')} |`;
  });
  return [head, align, ...body].join('\n');
}

export function comparisonMarkdown(c: ComparisonExport): string {
  const { lang } = c;
  const out: string[] = [`# ${c.title}`, '', c.dateText, '', `## ${catalogue(lang).report.scenarios}`, ''];
  for (const s of c.scenarios) {
    const ref = s.isReference ? ` (${catalogue(lang).report.reference})` : '';
    out.push(`- **${s.label}**${ref}: ${mdCell(s.distinctTitle)} — ${catalogue(lang).report.savingsIn(c.years[c.years.length - 1] ?? '')} ${s.headline.texts.savings}; ${catalogue(lang).report.cumulative.toLowerCase()} ${s.headline.texts.cumulative}; ${catalogue(lang).report.target.toLowerCase()}: ${s.headline.texts.target}`);
  }
  out.push('', c.yearsNote, '', `## ${catalogue(lang).report.perYear}`, '', `${c.amountsLabel}.`, '', mdTable(comparisonYearTable(c)), '');
  out.push(`## ${catalogue(lang).report[c.partners.by === 'line' ? 'changePerScenarioLine' : 'changePerScenario']}`, '', `${c.amountsLabel}.`, '', mdTable(comparisonPartnerTable(c)), '');
  out.push(`## ${catalogue(lang).report.whatDiffers}`, '');
  for (const d of c.differences) {
    out.push(`### ${catalogue(lang).report.differsFrom(d.label, d.reference)}`, '');
    if (d.texts.length === 0) out.push(catalogue(lang).report.noDifferences);
    for (const t of d.texts) out.push(`- ${mdCell(t)}`);
    out.push('');
  }
  out.push('---', '', `*${catalogue(lang).report.madeWith}.*`, '');
  return out.join('\n');
}


/** One table of the comparison, figures in the unit (thousands as thousands). */
export function comparisonCsvData(c: ComparisonExport, table: ComparisonCsvTable): CsvData {
  const { lang } = c;
  const scale = (v: number | null | undefined) => (v === null || v === undefined ? null : c.unit === 'thousand' ? v / 1000 + 0 : v);
  const unit = catalogue(lang).report[c.unit === 'euro' ? 'unitEuro' : 'unitThousand'];
  const years = c.years.map(String);
  if (table === 'year') {
    const rows: (string | number | null)[][] = [];
    const series: [string, (readonly (number | null)[] | null)[]][] = [
      [catalogue(lang).report.savings, c.rows.savings],
      [catalogue(lang).report.differenceFrom(c.scenarios[c.reference]?.label ?? ''), c.rows.difference],
      [catalogue(lang).report.cumulative, c.rows.cumulative],
      [catalogue(lang).report.target, c.rows.target],
      [catalogue(lang).report.gap, c.rows.gap],
    ];
    for (const [name, values] of series) {
      c.scenarios.forEach((s, k) => {
        const v = values[k];
        if (v) rows.push([s.label, s.distinctTitle, name, unit, ...v.map(scale)]);
      });
    }
    return { header: [catalogue(lang).report.scenarioLabel, catalogue(lang).report.title, catalogue(lang).report.series, catalogue(lang).report.unit, ...years], rows };
  }
  const rows: (string | number | null)[][] = [];
  const partners = c.partners.table;
  const info = (name: string, k: number) => [name, c.scenarios[k]?.label ?? '', c.scenarios[k]?.distinctTitle ?? '', unit];
  partners.rows.forEach((r, i) => {
    r.cells.forEach((row, k) => {
      if (row) rows.push([...info(c.partners.labels[i] ?? '', k), ...row.years.map((y) => scale(y.change)), scale(row.span.change)]);
    });
  });
  if (partners.hasFixed) {
    partners.scenarios.forEach((t, k) => rows.push([...info(catalogue(lang).report.fixedRow, k), ...c.years.map((_, y) => scale(t.fixed?.years[y] ?? 0)), scale(t.fixed?.span ?? 0)]));
  }
  partners.scenarios.forEach((t, k) => rows.push([...info(catalogue(lang).report.total, k), ...t.total.years.map((y) => scale(y.change)), scale(t.total.span.change)]));
  return {
    header: [catalogue(lang).report[c.partners.by === 'line' ? 'line' : 'organisation'], catalogue(lang).report.scenarioLabel, catalogue(lang).report.title, catalogue(lang).report.unit, ...years, catalogue(lang).report.totalSpan(c.span)],
    rows,
  };
}

/**
 * Savings per shared year as grouped bars, one colour and letter per scenario, and each target as
 * a dashed line with diamonds, as on the compare screen (one line for scenarios whose targets are
 * the same; named in the legend).
 */
export function comparisonChartSvg(c: ComparisonExport, options: { width?: number; title?: boolean; fontSize?: number; plotHeight?: number } = {}): string {
  const width = options.width ?? 688;
  const fs = options.fontSize ?? 11;
  const plotHeight = options.plotHeight ?? Math.round(width * 0.3);
  const { lang, unit } = c;
  const values = c.rows.savings;
  const targets = targetLines(
    c.scenarios.map((s) => s.label),
    c.rows.target,
  );
  const targetValues = targets.flatMap((line) => line.values.filter((v): v is number => v !== null));
  const all = [...values.flat(), ...targetValues];
  let hi = Math.max(0, ...all);
  let lo = Math.min(0, ...all);
  if (hi === lo) hi = lo + 1000;
  const raw = (hi - lo) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((f) => raw <= f * power) ?? 10) * power;
  hi = Math.ceil(hi / step) * step;
  lo = Math.floor(lo / step) * step;
  const tick = (v: number) => formatMoney(v, { lang, unit, symbol: unit === 'euro' });
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Math.round(v));
  const left = Math.ceil(Math.max(...ticks.map((v) => tick(v).length * fs * 0.55)) + 10);
  const titleH = options.title ? fs * 2.2 : 0;
  const top = titleH + fs * 1.8;
  const y = (v: number) => top + ((hi - v) / (hi - lo)) * plotHeight;
  const plotW = width - left - 8;
  const slot = plotW / Math.max(1, c.years.length);
  const n = Math.max(1, c.scenarios.length);
  const bar = Math.min((slot * 0.8) / n, 60);
  const legendTop = top + plotHeight + fs * 2.6;
  const legendRows = Math.ceil((c.scenarios.length + targets.length) / 2);
  const height = Math.ceil(legendTop + legendRows * fs * 1.6 + 4);
  const out: string[] = [];
  const title = catalogue(lang).report.comparisonChartTitle;
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}" font-family="system-ui, 'Liberation Sans', Arial, sans-serif" font-size="${fs}" style="font-variant-numeric: tabular-nums">`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  if (options.title) out.push(`<text x="${left}" y="${fs * 1.5}" font-size="${fs * 1.45}" font-weight="700" fill="#1a1a1a">${escapeXml(title)}</text>`);
  out.push(`<text x="${left}" y="${titleH + fs}" fill="#555555">${escapeXml(c.amountsLabel)}</text>`);
  for (const v of ticks) {
    out.push(`<line x1="${left}" x2="${width - 8}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="${v === 0 ? '#444444' : '#dddddd'}"/>`);
    out.push(`<text x="${left - 6}" y="${y(v).toFixed(1)}" dy="0.32em" text-anchor="end" fill="#444444">${escapeXml(tick(v))}</text>`);
  }
  c.years.forEach((year, yi) => {
    const x0 = left + slot * yi + (slot - bar * n) / 2;
    c.scenarios.forEach((s, k) => {
      const v = values[k]?.[yi] ?? 0;
      const x = x0 + bar * k;
      out.push(`<rect x="${x.toFixed(1)}" y="${y(Math.max(0, v)).toFixed(1)}" width="${(bar - 2).toFixed(1)}" height="${Math.max(0.5, Math.abs(y(0) - y(v))).toFixed(1)}" fill="${s.colour}"><title>${escapeXml(`${s.label}, ${year}: ${formatMoney(v, { lang, unit })}`)}</title></rect>`);
      if (bar >= fs) out.push(`<text x="${(x + (bar - 2) / 2).toFixed(1)}" y="${(v >= 0 ? y(v) - 3 : y(v) + fs).toFixed(1)}" text-anchor="middle" font-size="${(fs * 0.85).toFixed(1)}" font-weight="700" fill="#222222">${s.label}</text>`);
    });
    out.push(`<text x="${(left + slot * (yi + 0.5)).toFixed(1)}" y="${(top + plotHeight + fs * 1.4).toFixed(1)}" text-anchor="middle" fill="#222222">${year}</text>`);
  });
  // The targets over the bars: a dashed line through the years it has, a diamond at each.
  const targetName = (k: number) => {
    const line = targets[k];
    if (!line) return '';
    return isEveryTarget(line, targets, c.scenarios.length) ? catalogue(lang).compare.target : catalogue(lang).compare.targetOf(line.labels.join(', '));
  };
  const diamond = (x: number, cy: number, r: number, colour: string, title?: string) => {
    const d = `M${x.toFixed(1)} ${(cy - r).toFixed(1)}L${(x + r).toFixed(1)} ${cy.toFixed(1)}L${x.toFixed(1)} ${(cy + r).toFixed(1)}L${(x - r).toFixed(1)} ${cy.toFixed(1)}Z`;
    const shape = `<path d="${d}" fill="#ffffff" stroke="${colour}" stroke-width="1.5"`;
    return title === undefined ? `${shape}/>` : `${shape}><title>${escapeXml(title)}</title></path>`;
  };
  targets.forEach((line, k) => {
    const points = line.values.map((v, yi) => (v === null ? null : { x: left + slot * (yi + 0.5), y: y(v), v, year: c.years[yi] }));
    const runs: string[][] = [];
    let run: string[] | null = null;
    for (const p of points) {
      if (!p) {
        run = null;
        continue;
      }
      if (!run) runs.push((run = []));
      run.push(`${p.x.toFixed(1)},${p.y.toFixed(1)}`);
    }
    out.push(`<g data-target="${escapeXml(line.labels.join(','))}">`);
    for (const r of runs) {
      if (r.length > 1) out.push(`<polyline points="${r.join(' ')}" fill="none" stroke="${line.style.colour}" stroke-width="2" stroke-dasharray="7 5"/>`);
    }
    for (const p of points) {
      if (p) out.push(diamond(p.x, p.y, fs * 0.4, line.style.colour, `${targetName(k)}, ${p.year}: ${formatMoney(p.v, { lang, unit })}`));
    }
    out.push('</g>');
  });
  const legend = [
    ...c.scenarios.map((s) => (lx: number, ly: number) => [
      `<rect x="${lx}" y="${ly.toFixed(1)}" width="${fs}" height="${fs}" fill="${s.colour}"/>`,
      `<text x="${lx + fs + 6}" y="${(ly + fs / 2).toFixed(1)}" dy="0.35em" fill="#222222">${escapeXml(scenarioCaption(s))}</text>`,
    ]),
    ...targets.map((line, k) => (lx: number, ly: number) => [
      `<line x1="${lx - fs * 0.4}" x2="${lx + fs * 1.4}" y1="${(ly + fs / 2).toFixed(1)}" y2="${(ly + fs / 2).toFixed(1)}" stroke="${line.style.colour}" stroke-width="2" stroke-dasharray="5 3"/>`,
      diamond(lx + fs / 2, ly + fs / 2, fs * 0.4, line.style.colour),
      `<text x="${lx + fs * 1.4 + 6}" y="${(ly + fs / 2).toFixed(1)}" dy="0.35em" fill="#222222">${escapeXml(targetName(k))}</text>`,
    ]),
  ];
  legend.forEach((item, k) => {
    const lx = left + (k % 2) * (plotW / 2);
    const ly = legendTop + Math.floor(k / 2) * fs * 1.6;
    out.push(...item(lx, ly));
  });
  out.push('</svg>');
  return out.join('\n');
}

export function comparisonPrintHtml(c: ComparisonExport): string {
  const { lang } = c;
  const scenarioTable: TextTable = {
    corner: catalogue(lang).report.scenarioLabel,
    header: [catalogue(lang).report.savingsIn(c.years[c.years.length - 1] ?? ''), catalogue(lang).report.cumulativeSpan(c.span), catalogue(lang).report.target],
    rows: c.scenarios.map((s) => ({
      label: `${s.label} — ${s.distinctTitle}${s.isReference ? ` (${catalogue(lang).report.reference})` : ''}`,
      cells: [s.headline.texts.savings, s.headline.texts.cumulative, s.headline.texts.target],
      style: 'plain' as const,
      colour: s.colour,
    })),
    note: '',
  };
  const differences = c.differences
    .map(
      (d) =>
        `<p><b>${escapeXml(catalogue(lang).report.differsFrom(d.label, d.reference))}:</b> ${
          d.texts.length === 0 ? escapeXml(catalogue(lang).report.noDifferences) : d.texts.map(escapeXml).join(' · ')
        }</p>`,
    )
    .join('');
  const municipalities = [...new Set(c.scenarios.map((s) => s.municipality).filter(Boolean))].join(', ');
  const body = [
    printSection(catalogue(lang).report.scenarios, htmlTable(scenarioTable, { labelWidth: '46%' })),
    printSection(catalogue(lang).report.comparisonChartTitle, comparisonChartSvg(c, { width: CONTENT_WIDTH_PX, fontSize: 10, plotHeight: Math.round(CONTENT_WIDTH_PX * 0.18) }), 'chart'),
    printSection(catalogue(lang).report.perYear, yearTablesHtml(comparisonYearTable(c), c.unit, `${c.amountsLabel}. ${c.yearsNote}`)),
    printSection(
      catalogue(lang).report[c.partners.by === 'line' ? 'changePerScenarioLine' : 'changePerScenario'],
      // Every year and the total: the scenarios' names wrap in a label column of at most 30%.
      yearTablesHtml(comparisonPartnerTable(c), c.unit, c.amountsLabel, { labelWidth: 30 }),
    ),
    printSection(catalogue(lang).report.whatDiffers, differences),
  ].join('\n');
  return printDocument({
    lang,
    title: c.title,
    kicker: [catalogue(lang).report.comparisonKind, municipalities].filter(Boolean).join(' · '),
    date: c.dateText,
    meta: `${c.amountsLabel} · ${c.yearsNote}`,
    body,
  });
}
