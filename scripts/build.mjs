// Builds the renderer (Vite, into dist/) and, unless --web, the main process and preload
// (esbuild, into dist-electron/).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const run = (args) => execFileSync(process.execPath, args, { stdio: 'inherit', cwd: root });

run([resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn']);
if (!process.argv.includes('--web')) {
  const electronBuild = resolve(root, 'scripts/build-electron.mjs');
  if (existsSync(electronBuild)) run([electronBuild]);
}
