// The interactive page's script is generated (scripts/build-page.mjs, git-ignored): `npm test`
// builds it before Jest, a test file run on its own builds it here. It takes about a second.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export function buildPageScript(): void {
  const root = resolve(__dirname, '../..');
  execFileSync(process.execPath, [resolve(root, 'scripts/build-page.mjs')], { cwd: root, stdio: 'ignore' });
}
