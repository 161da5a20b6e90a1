// The interactive page's script and style for `vcp export --format html`: built beforehand by
// scripts/build-page.mjs (npm run build:page; npm ci, npm run build and npm test run it), never
// bundled here. A script older than the engine or catalogues it was built from would show other
// figures than `vcp project`: such a build is refused, and the user told how to make a new one.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PageAssets } from '../shared/export/interactive-page';

const ROOT = resolve(__dirname, '..');
const GENERATED = resolve(ROOT, 'shared/export/page-script.generated.js');

export type BuiltPage = { ok: true; assets: PageAssets } | { ok: false; reason: 'missing' | 'stale' };

const modified = (file: string) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? null;

/** The first input (relative to `root`) changed after `built` (ms) or gone; null when none is. */
export function staleInput(root: string, built: number, inputs: readonly string[]): string | null {
  for (const input of inputs) {
    const changed = modified(resolve(root, input));
    if (changed === null || changed > built) return input;
  }
  return null;
}

export async function builtPage(): Promise<BuiltPage> {
  const built = modified(GENERATED);
  if (built === null) return { ok: false, reason: 'missing' };
  const generated = await import('../shared/export/page-script.generated');
  if (staleInput(ROOT, built, generated.PAGE_INPUTS) !== null) return { ok: false, reason: 'stale' };
  const { loadPageAssets } = await import('../shared/export/page-assets');
  return { ok: true, assets: await loadPageAssets() };
}
