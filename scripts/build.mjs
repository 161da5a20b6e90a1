// Builds the interactive page's script (scripts/build-page.mjs: the renderer's export imports
// it), the renderer (Vite, into dist/) and, unless --web, the main process and preload (esbuild,
// into dist-electron/).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPage } from './build-page.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Always the production build, whoever asks: under Jest (the browser tests' global setup)
// NODE_ENV is 'test', which made Vite bundle React's development build, twice the size and
// several milliseconds slower per slider move than what users run.
const env = { ...process.env, NODE_ENV: 'production' };
const run = (args) => execFileSync(process.execPath, args, { stdio: 'inherit', cwd: root, env });

await buildPage();
run([resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn']);
if (!process.argv.includes('--web')) {
  const electronBuild = resolve(root, 'scripts/build-electron.mjs');
  if (existsSync(electronBuild)) run([electronBuild]);
}
