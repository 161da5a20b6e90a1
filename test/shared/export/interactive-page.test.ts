/**
 * @jest-environment jsdom
 */
// The interactive page's file (#22): whatever a scenario's title and names hold, they stay data —
// the page has exactly its own two script elements, the data block reads back as the scenario,
// and the title is the title. Parsed with an HTML parser (jsdom's, the spec's tokenizer), not
// searched for strings. Also the sliders' ranges (--range, the export dialog).
import fc from 'fast-check';
import { join } from 'node:path';
import {
  DEFAULT_RANGE,
  interactivePageHtml,
  pageCsp,
  pageData,
  pageFileName,
  parseRange,
  rangeProblem,
  scriptJson,
  type PageAssets,
} from '../../../shared/export/interactive-page';
import { render } from '../../../shared/i18n/text';
import type { Scenario } from '../../../shared/scenario/schema';
import { loadScenario, ROOT } from './fixtures';

const ASSETS: PageAssets = {
  script: 'document.getElementById("vcp-page").textContent = "ok";',
  scriptHash: 'c2NyaXB0aGFzaA==',
  style: 'body { color: #111 }',
  styleHash: 'c3R5bGVoYXNo',
};

const HOSTILE = [
  '</script><script>alert(1)</script>',
  '</SCRIPT ><img src=x onerror=alert(2)>',
  '<!-- <script>alert(3)</script>',
  '</title></head><body onload=alert(4)>',
  'line\u2028separator\u2029paragraph',
  '</style><style>body{display:none}</style>',
  '"quotes" & \'apostrophes\' ]]> \\u003c',
];

function hostileScenario(): Scenario {
  const s = loadScenario(join(ROOT, 'test', 'fixtures', 'voorbeeld.json'));
  return {
    ...s,
    title: HOSTILE[0] as string,
    municipality: HOSTILE[3],
    author: HOSTILE[2],
    description: HOSTILE.join('\n'),
    lines: s.lines.map((l, i) => ({ ...l, name: HOSTILE[i % HOSTILE.length] as string, organisation: HOSTILE[(i + 1) % HOSTILE.length] })),
    measures: (s.measures ?? []).map((m, i) => ({ ...m, name: HOSTILE[(i + 2) % HOSTILE.length] as string, notes: HOSTILE[(i + 4) % HOSTILE.length] })),
  };
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('the interactive page file', () => {
  const scenario = hostileScenario();
  const data = pageData(scenario, { lang: 'nl', unit: 'euro', date: '2026-05-01' });
  const html = interactivePageHtml(data, ASSETS);
  const doc = parse(html);

  it('has exactly its own two scripts, however the names try to break out', () => {
    expect(doc.scripts).toHaveLength(2);
    expect(doc.scripts[0]?.getAttribute('type')).toBe('application/json');
    expect(doc.scripts[0]?.id).toBe('vcp-data');
    expect(doc.scripts[1]?.textContent).toBe(ASSETS.script);
    expect(doc.querySelectorAll('img, iframe, object, embed, link, base, form, [onload], [onerror]')).toHaveLength(0);
    expect([...doc.body.children].map((e) => e.tagName.toLowerCase())).toEqual(['noscript', 'div', 'script', 'script']);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelector('style')?.textContent).toBe(ASSETS.style);
  });

  it('reads the scenario back unchanged from its data block, and the title as the title', () => {
    expect(JSON.parse(doc.scripts[0]?.textContent ?? '')).toEqual(data);
    expect(doc.title).toBe(HOSTILE[0]);
    expect(doc.documentElement.lang).toBe('nl');
  });

  it('writes no <, >, & or line separator inside the data block', () => {
    // From the data block's start to the page script's: a block that ended early holds a `<` here.
    const opening = '<script type="application/json" id="vcp-data">';
    const block = html.slice(html.indexOf(opening) + opening.length, html.lastIndexOf('</script>\n<script>'));
    expect(block.length).toBeGreaterThan(100);
    expect(block).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('forbids every request and allows only its own script and style', () => {
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toBe(pageCsp(ASSETS));
    expect(csp).toBe("default-src 'none'; script-src 'sha256-c2NyaXB0aGFzaA=='; style-src 'sha256-c3R5bGVoYXNo'; base-uri 'none'; form-action 'none'");
    // The policy comes before the style and the scripts, so that it governs them.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('says in every language that it needs JavaScript, where it does not run', () => {
    const noscript = parse(doc.querySelector('noscript')?.innerHTML ?? '');
    expect([...noscript.querySelectorAll('p')].map((p) => p.lang)).toEqual(['nl', 'en']);
  });

  it('refuses a script or style that would end its element or open a comment', () => {
    expect(() => interactivePageHtml(data, { ...ASSETS, script: 'x = "</script>"' })).toThrow();
    expect(() => interactivePageHtml(data, { ...ASSETS, script: 'x = "<!--"' })).toThrow();
    expect(() => interactivePageHtml(data, { ...ASSETS, style: 'a{} </style>' })).toThrow();
    expect(() => interactivePageHtml(data, { ...ASSETS, scriptHash: 'abc\' unsafe-inline' })).toThrow();
  });

  it('is named after the scenario, as the other exports are', () => {
    expect(pageFileName('Voorbeeld korting en verschuiving')).toBe('Voorbeeld korting en verschuiving.html');
    expect(pageFileName(HOSTILE[0] as string)).not.toMatch(/[<>/\\]/);
  });
});

describe('scriptJson', () => {
  it('reads back as the value, with no character that could end a script element', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, s) => {
        for (const v of [value, s, { s, nested: [s, value] }]) {
          const written = scriptJson(v);
          expect(written).not.toMatch(/[<>&\u2028\u2029]/);
          expect(JSON.parse(written)).toEqual(JSON.parse(JSON.stringify(v)));
        }
      }),
    );
  });
});

describe('the sliders’ ranges', () => {
  it('reads "0.5-1.5" and "0,5-1,5" as factors', () => {
    expect(parseRange('0.5-1.5')).toEqual({ min: 0.5, max: 1.5 });
    expect(parseRange(' 0,5 - 1,5 ')).toEqual({ min: 0.5, max: 1.5 });
    expect(parseRange('1-1')).toEqual({ min: 1, max: 1 });
    for (const bad of ['', '1', '-1-2', '0.5–1.5', 'a-b', '0.5-1.5-2', '50%-150%']) expect(parseRange(bad)).toBeNull();
  });

  it('offers a range only when the saved scenario (1) lies in it, from 0 to 10 times the plan', () => {
    expect(rangeProblem(DEFAULT_RANGE)).toBeNull();
    expect(rangeProblem({ min: 1, max: 1 })).toBeNull();
    expect(rangeProblem({ min: 0, max: 10 })).toBeNull();
    expect(render('nl', rangeProblem({ min: 1.2, max: 2 })!)).toMatch(/100%/);
    expect(render('en', rangeProblem({ min: 0, max: 0.9 })!)).toMatch(/100%/);
    for (const bad of [{ min: -0.1, max: 1 }, { min: 0, max: 10.5 }, { min: 2, max: 1 }, { min: Number.NaN, max: 2 }]) {
      expect(rangeProblem(bad)).not.toBeNull();
    }
  });

  it('gives every measure the range, or its own', () => {
    const s = loadScenario(join(ROOT, 'test', 'fixtures', 'voorbeeld.json'));
    const ids = (s.measures ?? []).map((m) => m.id);
    expect(ids.length).toBeGreaterThan(1);
    expect(pageData(s, { lang: 'en', unit: 'thousand', date: '2026-05-01' }).ranges).toEqual(Object.fromEntries(ids.map((id) => [id, [0, 2]])));
    const own = pageData(s, { lang: 'en', unit: 'euro', date: '2026-05-01', range: { min: 0.5, max: 1.5 }, ranges: new Map([[ids[0] as string, { min: 1, max: 1 }]]) });
    expect(own.ranges).toEqual(Object.fromEntries(ids.map((id, i) => [id, i === 0 ? [1, 1] : [0.5, 1.5]])));
    expect(own).toMatchObject({ format: 'vcp-interactive-page', version: 1, lang: 'en', unit: 'euro', date: '2026-05-01' });
    expect(own.scenario).toBe(s);
  });
});
