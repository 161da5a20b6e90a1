// The interactive page's script and style, built at build time (scripts/build-page.mjs) into a
// generated module; loaded on first use, so that nothing else waits for its 200 kB. A module of
// its own: the page's script imports interactive-page.ts, and must not import what it is built into.
import type { PageAssets } from './interactive-page';

export async function loadPageAssets(): Promise<PageAssets> {
  const built = await import('./page-script.generated');
  return { script: built.PAGE_SCRIPT, scriptHash: built.PAGE_SCRIPT_SHA256, style: built.PAGE_STYLE, styleHash: built.PAGE_STYLE_SHA256 };
}
