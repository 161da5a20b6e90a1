// A Chromium for the command line's PDF and PNG exports: the machine's own browser (found by
// node/chromium.ts), driven by playwright-core. Nothing is downloaded;
// where no Chromium is found the caller says so in one line. Pages are rendered offline: every
// request is refused, so a print layout can never reach out (it has nothing to fetch anyway).
import type { Browser, LaunchOptions } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumCandidates, findChromium } from '../node/chromium';

export { chromiumCandidates, findChromium } from '../node/chromium';

export class NoChromiumError extends Error {
  constructor(readonly looked: string[]) {
    super('no Chromium');
    this.name = 'NoChromiumError';
  }
}

async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new NoChromiumError(chromiumCandidates());
  const { chromium } = await import('playwright-core');
  const options: LaunchOptions = { executablePath, args: [...CHROMIUM_ARGS], headless: true };
  return chromium.launch(options);
}

export interface PdfOptions {
  /** Footer for every page (Chromium's footerTemplate: pageNumber, totalPages). */
  footerTemplate?: string;
  marginsMm: { top: number; right: number; bottom: number; left: number };
}

/** Renders a self-contained HTML document to an A4 PDF. */
export async function htmlToPdf(html: string, options: PdfOptions): Promise<Uint8Array> {
  const browser = await launch();
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const mm = (n: number) => `${n}mm`;
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: !!options.footerTemplate,
      headerTemplate: '<span></span>',
      footerTemplate: options.footerTemplate ?? '<span></span>',
      margin: {
        top: mm(options.marginsMm.top),
        right: mm(options.marginsMm.right),
        bottom: mm(options.marginsMm.bottom),
        left: mm(options.marginsMm.left),
      },
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}

/** Renders an SVG (with width/height attributes) to a PNG at `scale` device pixels per CSS pixel. */
export async function svgToPng(svg: string, options: { width: number; height: number; scale: number }): Promise<Uint8Array> {
  const browser = await launch();
  try {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      offline: true,
      viewport: { width: Math.ceil(options.width), height: Math.ceil(options.height) },
      deviceScaleFactor: options.scale,
    });
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(
      `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;background:#fff}svg{display:block}</style></head><body>${svg}</body></html>`,
      { waitUntil: 'load' },
    );
    const png = await page.locator('svg').first().screenshot({ type: 'png', omitBackground: false });
    return new Uint8Array(png);
  } finally {
    await browser.close();
  }
}
