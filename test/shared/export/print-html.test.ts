// The print layout and the chart are self-contained strings (the app's CSP forbids remote
// content, and the command line prints them offline): no script, no link, no remote URL; every
// text escaped; the figures of the summary in them.
import { savingsChartSvg, chartSeries } from '../../../shared/export/chart-svg';
import { printFooterCss, printFooterTemplate, printHtml, withPrintFooter } from '../../../shared/export/print-html';
import { comparisonExportable, summaryExportable } from '../../../shared/export/exportable';
import { buildComparison } from '../../../shared/export/comparison';
import { buildSummary } from '../../../shared/export/summary';
import { project } from '../../../shared/engine/project';
import { formatMoney } from '../../../shared/format/money';
import { NAMES, sample, summaryOf, DATE } from './fixtures';

/** The text of an HTML string, entities decoded, spaces normalised. */
const text = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00a0\u202f]+/g, ' ');

describe.each(NAMES)('print layout of %s', (name) => {
  it.each(['nl', 'en'] as const)('%s: self-contained, with the headline and every year of the year table', (lang) => {
    const s = summaryOf(name, lang, 'euro');
    const html = printHtml(s);
    expect(html).not.toMatch(/<script|<link|<iframe|<img|@import|url\(/i);
    // The only URL is the SVG namespace, which is a name, not a request.
    expect(html.match(/https?:\/\/[^\s"'<>]+/g) ?? []).toEqual(['http://www.w3.org/2000/svg']);
    expect(html).toContain('@page { size: A4 portrait;');
    const t = text(html);
    expect(t).toContain(s.title);
    expect(t).toContain(text(s.headline.texts.savings));
    expect(t).toContain(text(s.headline.texts.cumulative));
    for (const row of s.yearRows) {
      for (const v of row.values) {
        if (v !== null) expect(t).toContain(text(formatMoney(v, { lang, unit: 'euro', symbol: false, sign: row.kind === 'gap' ? 'always' : 'auto' })));
      }
    }
    for (const m of s.measures) expect(t).toContain(text(m.name));
  });
});

describe('print layout details', () => {
  it('escapes every text from the file', () => {
    const { scenario } = sample('voorbeeld');
    const odd = { ...scenario, title: '<script>alert(1)</script> & "x"' };
    const html = printHtml(buildSummary(odd, project(odd), { lang: 'nl', unit: 'euro', date: DATE }));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(printFooterTemplate(buildSummary(odd, project(odd), { lang: 'en', unit: 'euro', date: DATE }))).toContain('&lt;script&gt;');
  });

  it('a long horizon prints the year table in parts of at most 8 years (euros)', () => {
    const { scenario } = sample('voorbeeld');
    const long = { ...scenario, horizon: { from: 2020, to: 2040 } };
    const html = printHtml(buildSummary(long, project(long), { lang: 'nl', unit: 'euro', date: DATE }));
    const perYear = /<h2>Per jaar<\/h2>[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    const tables = perYear.match(/<div class="tables">/g) ?? [];
    expect(tables.length).toBe(3);
  });

  it('the footer template numbers the pages in the language', () => {
    const footer = printFooterTemplate(summaryOf('voorbeeld', 'nl'));
    expect(footer).toContain('Pagina <span class="pageNumber"></span> van <span class="totalPages"></span>');
  });
});

describe('the browser version’s print document: the same layout, its footer in CSS', () => {
  it('is the print layout with one style added: the footer of the desktop app’s template, as page-margin boxes', () => {
    const s = summaryOf('voorbeeld', 'nl');
    const html = printHtml(s);
    const paged = summaryExportable(s).browserPrintHtml();
    expect(paged).toBe(withPrintFooter(html, s));
    const added = /<style>(@page \{[\s\S]*?)<\/style>\n/.exec(paged);
    expect(added?.[1]).toBe(printFooterCss(s));
    expect(paged.replace(added![0], '')).toBe(html);
    expect(added![1]).toContain(`@bottom-left { content: "${s.title} · Gemaakt met de Vitale Coalitie Scenarioplanner";`);
    expect(added![1]).toContain('@bottom-right { content: "Pagina " counter(page) " van " counter(pages);');
    expect(printFooterCss(summaryOf('voorbeeld', 'en'))).toContain('content: "Page " counter(page) " of " counter(pages);');
  });

  it('a comparison gets its footer the same way', () => {
    const { scenario } = sample('voorbeeld');
    const c = buildComparison(
      [
        { name: 'a', scenario },
        { name: 'b', scenario: { ...scenario, title: 'B' } },
      ],
      { lang: 'nl', unit: 'euro', date: DATE },
    );
    const e = comparisonExportable(c);
    expect(e.browserPrintHtml()).toBe(withPrintFooter(e.printHtml(), c));
    expect(e.browserPrintHtml()).toContain(`content: "${c.title} · Gemaakt met`);
  });

  it('a title from the file cannot end the style or the CSS string', () => {
    const css = printFooterCss({ lang: 'nl', title: 'A "B" \\ </style><script>x</script>\nC' });
    expect(css).not.toMatch(/<\/style|<script/i);
    const content = /@bottom-left \{ content: ("(?:[^"\\]|\\.)*");/.exec(css)?.[1];
    // The CSS string, unescaped as CSS does (hex escape + one space), is the title and the words.
    const unescaped = content!.slice(1, -1).replace(/\\([0-9a-f]{1,6}) ?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
    expect(unescaped).toBe('A "B" \\ </style><script>x</script>\nC · Gemaakt met de Vitale Coalitie Scenarioplanner');
  });
});

describe('savings chart SVG', () => {
  it('names every series in its legend and the target, and describes the figures', () => {
    const s = summaryOf('voorbeeld', 'nl', 'euro');
    const svg = savingsChartSvg(s, { width: 960, title: true });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="960"')).toBe(true);
    const t = text(svg);
    for (const m of s.measures) expect(t).toContain(m.name);
    expect(t).toContain('Taakstelling');
    expect(t).toContain('Besparing per jaar, per maatregel');
    expect(t).toContain('973.949');
    expect(svg).toContain('<desc id="vcp-chart-desc">');
    expect(t).toContain('Bedragen in euro. 2020: besparing € 175.000; 2021: besparing € 364.701');
  });

  it('more than ten measures: the nine largest on their own, the rest as one series that adds up', () => {
    const { scenario } = sample('voorbeeld');
    const many = {
      ...scenario,
      measures: Array.from({ length: 14 }, (_, i) => ({
        id: `m${i}`,
        name: `Maatregel ${i}`,
        type: 'fixed' as const,
        amounts: { '2021': 1000 * (i + 1) },
      })),
    };
    const s = buildSummary(many, project(many), { lang: 'nl', unit: 'euro', date: DATE });
    const series = chartSeries(s);
    expect(series.length).toBe(10);
    expect(series[9]?.name).toBe('Overige maatregelen (5)');
    expect(series.reduce((a, x) => a + (x.values[1] ?? 0), 0)).toBe(s.yearRows.find((r) => r.kind === 'savings')?.values[1]);
  });
});
