// scripts/static-server.ts (`npm run web`, the browser tests): one bad request never ends it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer, type RunningServer } from '../../scripts/static-server';

let dir: string;
let server: RunningServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vcp-web-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  server = await startStaticServer(dir);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The status of a GET for `path`, written as is (no client-side encoding). */
function status(path: string): Promise<number> {
  const { port } = new URL(server.url);
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => ok(res.statusCode ?? 0));
    });
    req.on('error', fail);
    req.end();
  });
}

// Issue #23: decodeURIComponent threw inside the handler and the process died.
test('a URL that does not decode is a 400, and the server keeps serving', async () => {
  expect(await status('/%E0%A4%A')).toBe(400);
  expect(await status('/%')).toBe(400);
  expect(await status('/')).toBe(200);
  expect(await status('/a%00b')).toBe(404);
  expect(await status('/../../etc/passwd')).toBe(404);
  expect(await status('/index.html')).toBe(200);
});
