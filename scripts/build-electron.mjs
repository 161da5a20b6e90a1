// Bundles the Electron main process and the preload into dist-electron/ (one CommonJS file
// each). The preload must be a single file: a sandboxed preload can only require('electron').
// Usage: node scripts/build-electron.mjs [--dev] [--out DIR]
//   --dev: inline source maps; --out: another output folder (tests build into a temporary one)
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 && process.argv[outIndex + 1] ? path.resolve(process.argv[outIndex + 1]) : path.join(root, 'dist-electron');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: dev ? 'inline' : false,
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
};

export async function buildElectron(out = outDir) {
  await Promise.all([
    build({ ...common, entryPoints: ['electron/main.ts'], outfile: path.join(out, 'main.js') }),
    build({ ...common, entryPoints: ['electron/preload.ts'], outfile: path.join(out, 'preload.js') }),
  ]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildElectron()
    .then(() => console.log(`Electron main and preload bundled into ${path.relative(root, outDir) || '.'}/`))
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
