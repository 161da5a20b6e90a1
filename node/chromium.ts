// Finding the machine's own Chromium (Debian's package, or one named by CHROMIUM_PATH) and the
// flags it runs with, for the command line's PDF and PNG exports and for the browser tests.
// Nothing is ever downloaded.
import { existsSync } from 'node:fs';

/** Where to look, in order. CHROMIUM_PATH, when set, is the only place looked. */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.CHROMIUM_PATH) return [env.CHROMIUM_PATH];
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  return chromiumCandidates(env).find((p) => existsSync(p)) ?? null;
}

/** Headless, offline, no sandbox (containers), nothing in the background. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-extensions',
  '--disable-quic',
];
