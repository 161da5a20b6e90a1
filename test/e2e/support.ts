// Real Chromium (Debian's package, never a downloaded one) driven by playwright-core, against
// the web build served on 127.0.0.1. Where no Chromium is found, the suite says so in one line
// and skips; with VCP_REQUIRE_E2E=1 (CI) a missing Chromium fails instead.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumCandidates, findChromium } from '../../node/chromium';
import { startStaticServer, type RunningServer } from '../../scripts/static-server';

export const REPO_ROOT = resolve(__dirname, '../..');
export const RESULTS_DIR = resolve(REPO_ROOT, 'test-results');


/** The screens a workshop meets: an old beamer, a municipal laptop, a full-HD projector. */
export const WORKSHOP_SIZES = [
  { width: 1024, height: 640 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

export { CHROMIUM_ARGS, findChromium };

/** describe() for browser tests: skips in one line where there is no Chromium, unless CI requires it. */
export function describeInBrowser(name: string, body: () => void): void {
  const found = findChromium();
  if (found) {
    describe(name, body);
  } else if (process.env.VCP_REQUIRE_E2E === '1') {
    describe(name, () => {
      it('needs Chromium (VCP_REQUIRE_E2E=1)', () => {
        throw new Error('No Chromium found at /usr/bin/chromium; install it with `apt-get install -y chromium`.');
      });
    });
  } else {
    console.log(`Browser tests skipped: no Chromium found (looked for ${chromiumCandidates().join(', ')}).`);
    describe.skip(name, body);
  }
}

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  server: RunningServer;
  /** Pages must make no request outside the app itself; every other request is recorded here. */
  foreignRequests: string[];
  close(): Promise<void>;
}

export async function openApp(query = '', viewport = { width: 1440, height: 1000 }): Promise<BrowserSession> {
  const server = await startStaticServer(resolve(REPO_ROOT, 'dist'));
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: [...CHROMIUM_ARGS] });
  const context = await browser.newContext({ viewport, locale: 'nl-NL' });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}${query}`);
  return {
    browser,
    context,
    page,
    server,
    foreignRequests,
    async close() {
      await browser.close();
      await server.close();
      if (errors.length) throw new Error(`Page errors: ${errors.join('; ')}`);
    },
  };
}

export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = resolve(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
