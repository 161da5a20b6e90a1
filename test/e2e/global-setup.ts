// Build the web renderer once before the browser tests (Vite, about a second).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function globalSetup(): void {
  const root = resolve(__dirname, '../..');
  execFileSync(process.execPath, [resolve(root, 'scripts/build.mjs'), '--web'], { cwd: root, stdio: 'inherit' });
}
