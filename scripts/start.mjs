// `npm start`: build the app, make sure Electron's binary is there, and open the desktop window.
// Extra arguments are passed on, e.g. `npm start -- mijn-scenario.vcscenario.json`.
// Where the window cannot open (no display, no Electron binary), say so once, point to
// `npm run web`, and exit with 1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');

/** Prints one paragraph, wrapped for a terminal, and exits with 1. */
function stop(paragraph) {
  const words = paragraph.split(/\s+/);
  const lines = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && line.length + word.length + 1 > 88) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  console.error(`\n${lines.join('\n')}\n`);
  process.exit(1);
}

/** The Electron executable, if it is installed (the same lookup as node_modules/electron/index.js). */
function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist');
  const binary = path.join(base, relative);
  return existsSync(binary) ? binary : null;
}

function runNode(args, options = {}) {
  return spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root, ...options });
}

// 1. A window needs a display. On Linux without X11 or Wayland, say so before building anything.
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  stop(
    'There is no graphical display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so the ' +
      'desktop window of the Vitale Coalitie Scenarioplanner cannot open. The same app runs in ' +
      'the browser: run "npm run web" and open the address it prints.',
  );
}

// 2. Build the renderer (Vite, into dist/) and the main process and preload (into dist-electron/).
const buildScript = path.join(root, 'scripts', 'build.mjs');
const build = existsSync(buildScript)
  ? runNode([buildScript])
  : (() => {
      const vite = runNode([path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build']);
      return vite.status === 0 ? runNode([path.join(root, 'scripts', 'build-electron.mjs')]) : vite;
    })();
if (build.status !== 0) process.exit(build.status ?? 1);

// 3. Electron's binary is not downloaded by `npm ci` here (allowScripts); fetch it on first start.
let electron = electronBinary();
let installerSaid = '';
if (electron === null && existsSync(path.join(electronDir, 'install.js'))) {
  console.log("Downloading Electron's program files (about 100 MB, first start only)...");
  // The installer's own output is a stack trace when offline; keep only its first line.
  const install = runNode([path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  installerSaid = (install.stderr ?? '').split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  electron = electronBinary();
}
if (electron === null) {
  stop(
    "The desktop window needs Electron's program files, and they could not be downloaded " +
      '(is this computer offline, or is github.com blocked by a proxy?' +
      (installerSaid ? ` The installer said: ${installerSaid}.` : '') +
      ') The same app runs in the browser: run "npm run web" and open the address it prints. ' +
      'To get the desktop window later, run "npm start" again when the download is possible.',
  );
}

// 4. Launch with the repository as the app (its package.json points at dist-electron/main.js).
// npm runs scripts from the package root; file arguments are meant relative to where the user was.
const userCwd = process.env.INIT_CWD || process.cwd();
const args = process.argv.slice(2).map((arg) => (arg.startsWith('-') ? arg : path.resolve(userCwd, arg)));
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electron, [root, ...args], { stdio: 'inherit', env, windowsHide: false });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}
child.on('error', (error) => {
  console.error(`Could not start Electron (${electron}): ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
