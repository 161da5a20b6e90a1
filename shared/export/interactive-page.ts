// The stand-alone interactive page (#22): one HTML file that opens from an e-mail attachment or a
// USB stick in any current browser, with the scenario's measures as switches and sliders and the
// projection computed inside the page by the engine itself. This module writes the file: the
// scenario and the author's choices as JSON in a data block, the page's script and style (built
// beforehand from renderer/interactive-page/, see scripts/build-page.mjs) inline, and a
// Content-Security-Policy that allows exactly that script and that style and no request at all.
// The app's export dialog and `vcp export --format html` both write through here.
import { escapeXml } from './chart-svg';
import { scenarioFileName, SCENARIO_SUFFIX } from '../files/file-names';
import type { MoneyUnit } from '../format/money';
import { tagOf, USER_LANGS, type Lang } from '../i18n/languages';
import { catalogue, text, type Text } from '../i18n/text';
import type { Scenario } from '../scenario/schema';

export const PAGE_FORMAT = 'html';
export const PAGE_MIME = 'text/html;charset=utf-8';
/** What tells the page's data block from any other JSON. */
export const PAGE_DATA_FORMAT = 'vcp-interactive-page';
/** The ids the page's script looks for. */
export const PAGE_DATA_ID = 'vcp-data';
export const PAGE_ROOT_ID = 'vcp-page';

/**
 * The factors on a measure's strength that its slider spans: 1 is the measure as saved (the
 * engine's strength factor, ProjectOptions.strength), 0 does nothing, 2 is twice as strong.
 */
export interface StrengthRange {
  min: number;
  max: number;
}

/** What a workshop expects without being asked: from nothing to twice the plan. */
export const DEFAULT_RANGE: StrengthRange = { min: 0, max: 2 };
/** The strongest a slider may go: ten times the plan. */
export const MAX_FACTOR = 10;

/** The page's data block: the scenario and what the author chose for the page. */
export interface PageData {
  format: typeof PAGE_DATA_FORMAT;
  version: 1;
  scenario: Scenario;
  /** The language the page opens in; the reader can switch. */
  lang: Lang;
  unit: MoneyUnit;
  /** The export's date, YYYY-MM-DD. */
  date: string;
  /** Per measure id, the slider's range as factors [min, max]. */
  ranges: Record<string, [number, number]>;
}

/** The page's script and style, with the SHA-256 (base64) of each as the CSP names them. */
export interface PageAssets {
  script: string;
  scriptHash: string;
  style: string;
  styleHash: string;
}

/** Whether a range can be offered: 0 ≤ min ≤ 1 ≤ max ≤ MAX_FACTOR, so the saved scenario is a position on it. */
export function rangeProblem(range: StrengthRange): Text | null {
  const { min, max } = range;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min < 0 || max > MAX_FACTOR || min > max) {
    return text('interactivePage.rangeBounds', MAX_FACTOR);
  }
  if (min > 1 || max < 1) return text('interactivePage.rangeHoldsOne');
  return null;
}

/** "0.5-1.5" (or "0,5-1,5"): a range of factors; null when it is not written so. */
export function parseRange(written: string): StrengthRange | null {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*-\s*(\d+(?:[.,]\d+)?)\s*$/.exec(written);
  if (!match) return null;
  const number = (s: string) => Number(s.replace(',', '.'));
  return { min: number(match[1] as string), max: number(match[2] as string) };
}

export interface PageOptions {
  lang: Lang;
  unit: MoneyUnit;
  date: string;
  /** Every measure's range, unless `ranges` names its own. Default DEFAULT_RANGE. */
  range?: StrengthRange;
  /** Ranges of single measures, by id. */
  ranges?: ReadonlyMap<string, StrengthRange>;
}

/** The data block for a scenario and the author's choices. Ranges are assumed checked (rangeProblem). */
export function pageData(scenario: Scenario, options: PageOptions): PageData {
  const all = options.range ?? DEFAULT_RANGE;
  const ranges: Record<string, [number, number]> = {};
  for (const m of scenario.measures ?? []) {
    const r = options.ranges?.get(m.id) ?? all;
    ranges[m.id] = [r.min, r.max];
  }
  return { format: PAGE_DATA_FORMAT, version: 1, scenario, lang: options.lang, unit: options.unit, date: options.date, ranges };
}

/**
 * JSON that can stand inside a <script> element whatever the strings in it hold: `<`, `>` and
 * `&` are written as \u escapes (so no `</script`, `<!--` or `<script` can appear), and so are
 * U+2028 and U+2029. JSON.parse reads it back unchanged.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Inline content that would end its element early, or open a comment that hides the rest. */
const BREAKS_OUT = /<\/(script|style)|<!--/i;

/** The page's file name: "Voorbeeld korting en verschuiving.html". */
export function pageFileName(title: string): string {
  return `${scenarioFileName(title).slice(0, -SCENARIO_SUFFIX.length)}.${PAGE_FORMAT}`;
}

/**
 * The Content-Security-Policy of the page: nothing may be fetched, only its own script and style
 * run. Keywords and base64 only: it stands in an attribute as it is.
 */
export function pageCsp(assets: Pick<PageAssets, 'scriptHash' | 'styleHash'>): string {
  for (const hash of [assets.scriptHash, assets.styleHash]) {
    if (!/^[A-Za-z0-9+/]+=*$/.test(hash)) throw new Error(`Not a base64 hash: ${hash}`);
  }
  return [
    "default-src 'none'",
    `script-src 'sha256-${assets.scriptHash}'`,
    `style-src 'sha256-${assets.styleHash}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The complete page. */
export function interactivePageHtml(data: PageData, assets: PageAssets): string {
  if (BREAKS_OUT.test(assets.script) || BREAKS_OUT.test(assets.style)) {
    throw new Error('The page script or style contains </script, </style or <!--; it cannot be inlined.');
  }
  const words = catalogue(data.lang);
  // Without JavaScript (an e-mail program's preview) the page says so in every language it offers.
  const noScript = USER_LANGS.map((l) => `<p lang="${tagOf(l)}">${escapeXml(catalogue(l).interactivePage.noScript)}</p>`).join('\n');
  return `<!doctype html>
<html lang="${tagOf(data.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${pageCsp(assets)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeXml(words.report.madeWith)}">
<title>${escapeXml(data.scenario.title)}</title>
<style>${assets.style}</style>
</head>
<body>
<noscript>
${noScript}
</noscript>
<div id="${PAGE_ROOT_ID}"></div>
<script type="application/json" id="${PAGE_DATA_ID}">${scriptJson(data)}</script>
<script>${assets.script}</script>
</body>
</html>
`;
}
