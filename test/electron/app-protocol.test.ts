// The app's own scheme (electron/app-protocol.ts): it serves the renderer build and nothing else.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { APP_INDEX_URL, CONTENT_SECURITY_POLICY, appFileOf, createAppProtocolHandler } from '../../electron/app-protocol';

let root: string;
let dist: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'vcp-protocol-'));
  dist = path.join(root, 'dist');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>VCP</title>');
  writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(dist, 'assets', 'index-Ck9hLnZc.js'), 'export {};');
  writeFileSync(path.join(dist, 'assets', 'index-Ck9hLnZc.css'), 'body{}');
  writeFileSync(path.join(dist, 'notes.txt'), 'a kind of file the build does not hold');
  writeFileSync(path.join(dist, '.env'), 'SECRET=1');
  writeFileSync(path.join(root, 'secret.txt'), 'outside the renderer folder');
  writeFileSync(path.join(root, 'secret.js'), 'outside the renderer folder');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The handler with a reader that records every file it was asked for. */
function handler() {
  const read = jest.fn((file: string) => readFile(file));
  return { serve: createAppProtocolHandler(dist, read), read };
}

it('serves index.html as the app page, with the CSP and no content sniffing', async () => {
  const { serve } = handler();
  for (const url of [APP_INDEX_URL, 'vcp://app/', `${APP_INDEX_URL}?lang=en#/compare`]) {
    const response = await serve(new Request(url));
    expect([url, response.status, await response.text()]).toEqual([url, 200, '<!doctype html><title>VCP</title>']);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  }
});

it('serves the build with the MIME type of each kind of file', async () => {
  const { serve } = handler();
  const typeOf = async (url: string) => {
    const response = await serve(new Request(url));
    return [response.status, response.headers.get('content-type')];
  };
  expect(await typeOf('vcp://app/assets/index-Ck9hLnZc.js')).toEqual([200, 'text/javascript; charset=utf-8']);
  expect(await typeOf('vcp://app/assets/index-Ck9hLnZc.css')).toEqual([200, 'text/css; charset=utf-8']);
  expect(await typeOf('vcp://app/favicon.svg')).toEqual([200, 'image/svg+xml']);
  expect(await (await serve(new Request('vcp://app/assets/index-Ck9hLnZc.js'))).text()).toBe('export {};');
});

/** Asks for each URL and expects 403 for all of them, without a single file read. */
async function expectRefused(urls: string[]): Promise<void> {
  const { serve, read } = handler();
  for (const url of urls) {
    const response = await serve(new Request(url));
    expect([url, response.status]).toEqual([url, 403]);
  }
  expect(read).not.toHaveBeenCalled();
}

it('refuses path traversal, encoded separators and hidden files without reading anything', async () => {
  await expectRefused([
    'vcp://app/..%2fsecret.txt',
    'vcp://app/..%2F..%2F..%2Fetc%2Fpasswd',
    'vcp://app/assets/..%2f..%2fsecret.txt',
    'vcp://app/..%5csecret.txt',
    'vcp://app/%2e%2e%2fsecret.txt',
    'vcp://app/assets%2findex-Ck9hLnZc.js',
    'vcp://app/.env',
    'vcp://app/%2eenv',
    'vcp://app/index.html%00.js',
    'vcp://app/C:%5cWindows%5cwin.ini',
    'vcp://app/%E0%A4%A',
  ]);
});

it('resolves plain dot segments inside the app, never above it', async () => {
  const { serve, read } = handler();
  // The URL parser already takes `..` away at the root: this asks for dist/secret.js, which is
  // not there (../secret.js is).
  const response = await serve(new Request('vcp://app/assets/../../../secret.js'));
  expect(response.status).toBe(404);
  expect(await response.text()).not.toContain('outside');
  expect(read.mock.calls.map(([file]) => file)).toEqual([path.join(dist, 'secret.js')]);
});

it('refuses any other host, a user or a port, and any other scheme', async () => {
  await expectRefused([
    'vcp://evil/index.html',
    'vcp://app.evil/index.html',
    'vcp://evil.app/index.html',
    'vcp://app:8080/index.html',
    'vcp:///index.html',
    'file:///etc/passwd',
    'https://app/index.html',
  ]);
  // A Request cannot even carry credentials; the URL check refuses them all the same.
  expect(appFileOf('vcp://user@app/index.html', dist)).toBeNull();
  expect(appFileOf('vcp://user:pw@app/index.html', dist)).toBeNull();
  expect(appFileOf('not a url', dist)).toBeNull();
});

it('answers 404 for a missing file or a kind of file the build does not hold, 405 for other methods', async () => {
  const { serve } = handler();
  expect((await serve(new Request('vcp://app/missing.js'))).status).toBe(404);
  expect((await serve(new Request('vcp://app/notes.txt'))).status).toBe(404);
  expect((await serve(new Request('vcp://app/assets'))).status).toBe(404);
  expect((await serve(new Request(APP_INDEX_URL, { method: 'POST', body: 'x' }))).status).toBe(405);
  const head = await serve(new Request(APP_INDEX_URL, { method: 'HEAD' }));
  expect([head.status, await head.text()]).toEqual([200, '']);
});

it('never names a file outside the renderer folder, whatever the path', () => {
  const segment = fc.oneof(
    fc.constantFrom('..', '.', '%2e%2e', '%2E%2E', '..%2f', '..%5c', '%2f', '%5c', '', 'assets', 'index.html', ':', 'C:', '%00'),
    fc.string(),
  );
  fc.assert(
    fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
      const file = appFileOf(`vcp://app/${segments.join('/')}`, dist);
      if (file === null) return true;
      const relative = path.relative(dist, file);
      return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && !relative.split(path.sep).some((part) => part.startsWith('.'));
    }),
    { numRuns: 2000 },
  );
});

it('a build with a real index.html is served as it is on disk', async () => {
  // The same bytes, whatever their encoding (no transcoding on the way).
  const bytes = readFileSync(path.join(dist, 'index.html'));
  const { serve } = handler();
  expect(Buffer.from(await (await serve(new Request(APP_INDEX_URL))).arrayBuffer())).toEqual(bytes);
});
