// `npm start` where no window can open says so in one paragraph and points to `npm run web`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const linux = process.platform === 'linux' ? it : it.skip;

linux('on Linux without a display it stops at once, pointing to npm run web', () => {
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const run = spawnSync(process.execPath, [path.join(root, 'scripts/start.mjs')], { cwd: root, env, encoding: 'utf8', timeout: 30_000 });
  expect(run.status).toBe(1);
  expect(run.stdout).toBe('');
  const paragraphs = run.stderr.trim().split(/\n\s*\n/);
  expect(paragraphs).toHaveLength(1);
  expect(run.stderr).toMatch(/no graphical display/i);
  expect(run.stderr).toContain('npm run web');
});
