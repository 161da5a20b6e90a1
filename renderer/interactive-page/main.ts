// The script of the stand-alone interactive page (#22; the file is written by
// shared/export/interactive-page.ts). It reads the scenario from the page's data block, shows each
// measure as a switch and a slider, and on every move asks the engine for the projection
// (shared/export/interactive-figures.ts) and shows it as the exports do: the headline with the
// target check, the savings chart, the year table and the table per organisation, all from
// shared/export. No framework and no request: scripts/build-page.mjs bundles this file with the
// engine and both catalogues into one inline script. It is not part of the app.
import { savingsChartSvg } from '../../shared/export/chart-svg';
import { changedMeasures, pageFigures, savedPositions, type Position } from '../../shared/export/interactive-figures';
import { PAGE_DATA_FORMAT, PAGE_DATA_ID, PAGE_ROOT_ID, type PageData } from '../../shared/export/interactive-page';
import type { ExportSummary } from '../../shared/export/summary';
import { organisationHeading, organisationTextTable, yearTextTable, type TextTable } from '../../shared/export/tables';
import { formatMoney, formatYearSpan } from '../../shared/format/money';
import { isLang, LANGUAGES, tagOf, USER_LANGS, type Lang } from '../../shared/i18n/languages';
import { catalogue } from '../../shared/i18n/text';
import { measureColour } from '../../shared/palette';

type Child = Node | string | null | undefined | false;

/** An element with attributes (set as attributes, never as HTML) and children (text as text). */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | number | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'class') el.className = String(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

/**
 * An SVG string (the export's chart) as nodes of this document. The CSP allows no style
 * attribute, so a style is given through the element's CSSOM, which it does allow.
 */
function svgNode(markup: string): Node {
  // Parsing a style attribute already counts as inline style (the parsed document takes this
  // page's policy): it is parsed under another name. The chart's texts are escaped (escapeXml), so
  // ` style="` can only be an attribute.
  const parsed = new DOMParser().parseFromString(markup.replace(/ style="/g, ' data-style="'), 'image/svg+xml').documentElement;
  const copy = (node: Node): Node | null => {
    if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(node.nodeValue ?? '');
    if (node.nodeType !== Node.ELEMENT_NODE) return null;
    const source = node as Element;
    const el = document.createElementNS(source.namespaceURI, source.localName) as SVGElement;
    for (const attr of Array.from(source.attributes)) {
      if (attr.name === 'data-style') el.style.cssText = attr.value;
      else if (attr.namespaceURI) el.setAttributeNS(attr.namespaceURI, attr.name, attr.value);
      else el.setAttribute(attr.name, attr.value);
    }
    for (const child of Array.from(source.childNodes)) {
      const c = copy(child);
      if (c) el.append(c);
    }
    return el;
  };
  return copy(parsed) ?? document.createTextNode('');
}

/** A table of the exports (tables.ts) as DOM: the same rows, header cells and styles as the print layout. */
function tableNode(table: TextTable, caption: string): HTMLTableElement {
  const head = h('tr', {}, h('th', { class: 'label', scope: 'col' }, table.corner), ...table.header.map((c) => h('th', { class: 'num', scope: 'col' }, c)));
  const rows = table.rows.map((row) => {
    const swatch = row.colour ? h('span', { class: 'swatch', 'aria-hidden': 'true' }) : null;
    if (swatch && row.colour) swatch.style.background = row.colour;
    const header = row.style === 'strong' || row.style === 'total';
    const label = header ? h('th', { class: 'label', scope: 'row' }, swatch, row.label) : h('td', { class: 'label' }, swatch, row.label);
    return h('tr', { class: row.style }, label, ...row.cells.map((c) => h('td', { class: 'num' }, c)));
  });
  // Fixed layout, every figure column as wide as the longest figure: a move then lays out no
  // column widths again (on the large scenario, 2,000 cells, that was most of a move's time).
  const chars = widestCell(table);
  const column = `calc(${chars}ch + 1.2rem)`;
  const cols = [h('col', { class: 'label-col' }), ...table.header.map(() => h('col'))];
  for (const col of cols.slice(1)) col.style.width = column;
  const el = h('table', { class: 'fixed', 'data-chars': chars }, h('caption', {}, caption), h('colgroup', {}, ...cols), h('thead', {}, head), h('tbody', {}, ...rows));
  el.style.width = `calc(15rem + ${table.header.length} * ${column})`;
  return el;
}

/** The most characters in a figure cell of the table. */
function widestCell(table: TextTable): number {
  let widest = 4;
  for (const row of table.rows) for (const cell of row.cells) widest = Math.max(widest, cell.length);
  return widest;
}

/**
 * A table shown before, its cells set to this table's where they differ; false (nothing changed)
 * when the rows or columns are others (a measure switched on or off): then it is drawn anew. A
 * move changes figures only, and setting 2,000 cells' text is far less work than 2,000 new cells.
 */
function updateTable(shown: HTMLTableElement | null, table: TextTable, caption: string): boolean {
  if (!shown || shown.caption?.textContent !== caption || widestCell(table) > Number(shown.dataset.chars)) return false;
  const rows = shown.rows;
  const same =
    rows.length === table.rows.length + 1 &&
    (rows[0] as HTMLTableRowElement).cells.length === table.header.length + 1 &&
    table.header.every((c, i) => (rows[0] as HTMLTableRowElement).cells[i + 1]?.textContent === c) &&
    table.rows.every((row, r) => {
      const tr = rows[r + 1] as HTMLTableRowElement;
      return tr.className === row.style && tr.cells.length === row.cells.length + 1 && tr.cells[0]?.textContent === row.label;
    });
  if (!same) return false;
  table.rows.forEach((row, r) => {
    const cells = (rows[r + 1] as HTMLTableRowElement).cells;
    row.cells.forEach((text, c) => setText(cells[c + 1] as HTMLElement, text));
  });
  return true;
}

/** Sets a text only where it differs: an unchanged node is not laid out again. */
function setText(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** The scenario frozen, as the app's store freezes it: the engine then keeps what depends on its lines alone between moves. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/** Reads the data block; throws with a reason when it is not the page's own. */
function readData(): PageData {
  const block = document.getElementById(PAGE_DATA_ID);
  const data = JSON.parse(block?.textContent ?? 'null') as PageData | null;
  if (!data || data.format !== PAGE_DATA_FORMAT || !data.scenario || !Array.isArray(data.scenario.lines)) throw new Error(PAGE_DATA_FORMAT);
  // Any language of the catalogues (the pseudo-locale too, for its test); the switch offers the users' ones.
  if (!isLang(data.lang)) data.lang = USER_LANGS[0] as Lang;
  deepFreeze(data.scenario);
  return data;
}

interface MeasureControls {
  id: string;
  toggle: HTMLInputElement;
  slider: HTMLInputElement | null;
  value: HTMLElement;
  plan: HTMLElement;
  effect: HTMLElement;
  card: HTMLElement;
}

interface View {
  measures: MeasureControls[];
  changed: HTMLElement;
  status: HTMLElement;
  figures: HTMLElement;
  chart: HTMLElement;
  years: HTMLElement;
  organisationsHeading: HTMLElement;
  organisations: HTMLElement;
  madeOn: HTMLElement;
}

class InteractivePage {
  private lang: Lang;
  private positions: Map<string, Position>;
  private view: View | null = null;
  private pending = 0;
  private summary: ExportSummary | null = null;
  private chartWidth = 0;
  private readonly resized = new ResizeObserver((entries) => {
    const width = Math.round(entries[0]?.contentRect.width ?? 0);
    if (width > 0 && Math.max(320, width) !== this.chartWidth) this.schedule();
  });

  constructor(
    private readonly root: HTMLElement,
    private readonly data: PageData,
  ) {
    this.lang = data.lang;
    this.positions = savedPositions(data.scenario);
  }

  /** The whole page in the current language; the positions are kept. */
  build(): void {
    const { data, lang } = this;
    const t = catalogue(lang).interactivePage;
    const report = catalogue(lang).report;
    const scenario = data.scenario;
    document.documentElement.lang = tagOf(lang);

    const languages = h(
      'div',
      { class: 'languages', role: 'group', 'aria-label': t.language },
      ...USER_LANGS.map((l) => {
        // A language's own name, in its own language, never translated.
        const button = h('button', { type: 'button', lang: tagOf(l), translate: 'no', 'aria-pressed': String(l === lang), 'data-lang': l }, LANGUAGES[l].name);
        button.addEventListener('click', () => this.switchLanguage(l));
        return button;
      }),
    );
    const header = h(
      'header',
      { class: 'page-header' },
      h(
        'div',
        { class: 'page-header__text' },
        h('p', { class: 'kicker' }, [t.kicker, scenario.municipality?.trim()].filter(Boolean).join(' · ')),
        h('h1', {}, scenario.title),
        h('p', { class: 'meta' }, [`${report.baseYear} ${scenario.baseYear}`, `${report.horizon.toLowerCase()} ${formatYearSpan(scenario.horizon.from, scenario.horizon.to)}`].join(' · ')),
      ),
      languages,
    );

    const measures = scenario.measures ?? [];
    const controls: MeasureControls[] = [];
    const cards = measures.map((m, i) => {
      const position = this.positions.get(m.id) as Position;
      const [min, max] = (data.ranges[m.id] ?? [0, 2]).map((f) => Math.round(f * 100)) as [number, number];
      const ids = { toggle: `m${i}-on`, name: `m${i}-name`, plan: `m${i}-plan`, label: `m${i}-strength` };
      const toggle = h('input', { type: 'checkbox', role: 'switch', id: ids.toggle, 'aria-describedby': ids.plan });
      toggle.checked = position.on;
      const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.background = measureColour(i);
      const value = h('output', { class: 'card__value', for: `m${i}-slider` });
      let slider: HTMLInputElement | null = null;
      let strength: HTMLElement;
      if (min === max) {
        strength = h('p', { class: 'card__strength card__strength--fixed' }, value);
      } else {
        // Steps of 5 % where the bounds allow it (0–200 %: 41 positions), else of 1 %.
        const step = min % 5 === 0 && max % 5 === 0 ? 5 : 1;
        slider = h('input', { type: 'range', id: `m${i}-slider`, min, max, step, 'aria-labelledby': `${ids.label} ${ids.name}`, 'aria-describedby': ids.plan });
        slider.value = String(position.percent);
        slider.disabled = !position.on;
        const s = slider;
        s.addEventListener('input', () => {
          position.percent = Number(s.value);
          this.schedule();
        });
        s.addEventListener('change', () => this.announce());
        strength = h('div', { class: 'card__strength' }, h('span', { id: ids.label, class: 'card__strength-label' }, t.strength), slider, value);
      }
      toggle.addEventListener('change', () => {
        position.on = toggle.checked;
        if (slider) slider.disabled = !toggle.checked;
        this.schedule();
        this.announce();
      });
      const effect = h('p', { class: 'card__effect' });
      const plan = h('p', { class: 'card__plan', id: ids.plan });
      const card = h(
        'li',
        { class: 'card', 'data-measure': m.id },
        h('div', { class: 'card__head' }, toggle, h('label', { for: ids.toggle, id: ids.name, class: 'card__name' }, swatch, m.name)),
        plan,
        strength,
        effect,
      );
      card.style.borderLeftColor = measureColour(i);
      controls.push({ id: m.id, toggle, slider, value, plan, effect, card });
      return card;
    });

    const reset = h('button', { type: 'button', class: 'reset' }, t.reset);
    reset.addEventListener('click', () => {
      this.positions = savedPositions(scenario);
      this.build();
      this.root.querySelector<HTMLButtonElement>('button.reset')?.focus();
      this.announce();
    });
    const changed = h('p', { class: 'changed' });
    const measuresSection = h(
      'section',
      { class: 'measures', 'aria-labelledby': 'measures-title' },
      h('h2', { id: 'measures-title' }, t.measures),
      h('p', { class: 'intro' }, t.intro),
      h('div', { class: 'measures__tools' }, reset, changed),
      cards.length > 0 ? h('ol', { class: 'measures__list' }, ...cards) : h('p', {}, report.noMeasures),
    );

    const status = h('p', { class: 'visually-hidden', role: 'status' });
    const figures = h('div', { class: 'figures' });
    const chart = h('figure', { class: 'chart' });
    const years = h('div', { class: 'scroll', role: 'region', tabindex: 0, 'aria-labelledby': 'years-title' });
    const organisationsHeading = h('h3', { id: 'organisations-title' });
    const organisations = h('div', { class: 'scroll', role: 'region', tabindex: 0, 'aria-labelledby': 'organisations-title' });
    const results = h(
      'section',
      { class: 'results', id: 'vcp-results', tabindex: -1, 'aria-labelledby': 'results-title' },
      h('h2', { id: 'results-title' }, t.results),
      status,
      figures,
      chart,
      h('h3', { id: 'years-title' }, t.perYear),
      years,
      organisationsHeading,
      organisations,
    );

    // Who made it and when; the description (Markdown, written for the app) stays in the file.
    const madeOn = h('span', { class: 'made-on' });
    const footer = h(
      'footer',
      { class: 'page-footer' },
      h('p', {}, [report.madeWith, scenario.author?.trim() ? `${report.authorLabel}: ${scenario.author.trim()}` : null].filter(Boolean).join(' · '), ' · ', madeOn),
    );

    this.root.replaceChildren(
      h('a', { class: 'skip', href: '#vcp-results' }, t.skipToResults),
      header,
      h('main', { class: 'layout' }, measuresSection, results),
      footer,
    );
    this.resized.disconnect();
    this.resized.observe(chart);
    this.view = { measures: controls, changed, status, figures, chart, years, organisationsHeading, organisations, madeOn };
    this.refresh();
  }

  private switchLanguage(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.build();
    this.root.querySelector<HTMLButtonElement>(`button[data-lang="${lang}"]`)?.focus();
  }

  /** One refresh per frame, however many moves came in it. */
  private schedule(): void {
    if (this.pending !== 0) return;
    this.pending = requestAnimationFrame(() => {
      this.pending = 0;
      this.refresh();
    });
  }

  /** Every figure on the page from the engine, at the current positions. */
  private refresh(): void {
    const view = this.view;
    if (!view) return;
    const { data, lang } = this;
    const t = catalogue(lang).interactivePage;
    // Read before anything on the page changes, so that reading it lays nothing out.
    const chartWidth = Math.max(320, Math.round(view.chart.clientWidth || 760));
    const { summary } = pageFigures(data, this.positions, lang);
    this.summary = summary;
    const last = summary.years.length - 1;
    const money = (v: number) => formatMoney(v, { lang, unit: 'euro' });

    summary.measures.forEach((m, i) => {
      const c = view.measures[i];
      if (!c) return;
      const position = this.positions.get(m.id) as Position;
      setText(c.plan, `${m.description}.`);
      setText(c.value, c.slider ? t.strengthValue(position.percent) : t.strengthFixed(position.percent));
      if (c.slider && c.slider.getAttribute('aria-valuetext') !== t.strengthValue(position.percent)) c.slider.setAttribute('aria-valuetext', t.strengthValue(position.percent));
      setText(c.effect, m.effect ? t.effectIn(summary.years[last] as number, money(m.effect[last] ?? 0)) : t.off);
      c.card.classList.toggle('is-off', !m.enabled);
    });
    const changed = changedMeasures(data.scenario, this.positions).length;
    setText(view.changed, changed === 0 ? t.unchanged : t.changed(changed));

    const { headline } = summary;
    const mark = headline.status === 'short' ? '✗ ' : headline.status === 'met' ? '✓ ' : '';
    const targetLabel = headline.verdict.targetText ? `${headline.labels.target}: ${headline.verdict.targetText}` : headline.labels.target;
    view.figures.replaceChildren(
      h('div', { class: 'figure' }, h('p', { class: 'figure__label' }, headline.labels.savings), h('p', { class: 'figure__value' }, headline.texts.savings)),
      h('div', { class: 'figure' }, h('p', { class: 'figure__label' }, headline.labels.cumulative), h('p', { class: 'figure__value' }, headline.texts.cumulative)),
      h(
        'div',
        { class: `figure figure--${headline.status}`, 'data-status': headline.status },
        h('p', { class: 'figure__label' }, targetLabel),
        h('p', { class: 'figure__status' }, mark + headline.verdict.word),
        headline.verdict.detail ? h('p', { class: 'figure__detail' }, headline.verdict.detail) : null,
      ),
    );
    // Drawn at the width it is shown at, so that its text is the page's size, not scaled down.
    this.chartWidth = chartWidth;
    view.chart.replaceChildren(svgNode(savingsChartSvg(summary, { width: this.chartWidth, plotHeight: 210, fontSize: 12 })));
    const years = yearTextTable(summary);
    if (!updateTable(view.years.querySelector('table'), years, summary.amountsLabel)) view.years.replaceChildren(tableNode(years, summary.amountsLabel));
    setText(view.organisationsHeading, organisationHeading(summary));
    const organisations = organisationTextTable(summary);
    if (!updateTable(view.organisations.querySelector('table'), organisations, organisations.note)) {
      view.organisations.replaceChildren(tableNode(organisations, organisations.note));
    }
    setText(view.madeOn, t.madeOn(summary.dateText));
  }

  /** Says the new outcome to a screen reader, once a move is done (not at every step of a drag). */
  private announce(): void {
    const view = this.view;
    if (!view) return;
    if (this.pending !== 0) {
      cancelAnimationFrame(this.pending);
      this.pending = 0;
      this.refresh();
    }
    const summary = this.summary;
    if (!summary) return;
    const { headline } = summary;
    const t = catalogue(this.lang).interactivePage;
    view.status.textContent = t.status(`${headline.labels.savings}: ${headline.texts.savings}`, `${headline.labels.target}: ${headline.texts.target}`);
  }
}

function start(): void {
  const root = document.getElementById(PAGE_ROOT_ID);
  if (!root) return;
  let data: PageData;
  try {
    data = readData();
  } catch (error) {
    // Which language the page was meant to open in is unknown: every language it offers.
    const reason = String((error as Error)?.message ?? error);
    root.replaceChildren(...USER_LANGS.map((l) => h('p', { class: 'broken', lang: tagOf(l) }, catalogue(l).interactivePage.broken(reason))));
    return;
  }
  new InteractivePage(root, data).build();
}

start();
