// Serves the built renderer (dist/) on 127.0.0.1 only, for `npm run web` and the browser tests.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { BUILD_MIME_TYPES } from '../shared/build-files';

export const WEB_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startStaticServer(root: string, port = 0): Promise<RunningServer> {
  const base = resolve(root);
  if (!existsSync(join(base, 'index.html'))) {
    throw new Error(`No build found in ${base}: run \`npm run build\` first.`);
  }
  const plain = (res: ServerResponse, status: number, text: string) => {
    if (res.headersSent) res.destroy();
    else res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
  };
  // One bad request is answered and the server goes on: a URL that does not decode (`/%E0%A4%A`)
  // is a 400, anything unexpected a 500, a file that cannot be read ends its response only.
  const server: Server = createServer((req, res) => {
    try {
      let path: string;
      try {
        path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
      } catch {
        plain(res, 400, 'Bad request: the address is not valid percent-encoded UTF-8');
        return;
      }
      const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
      if (path.includes('\0') || !file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
        plain(res, 404, 'Not found');
        return;
      }
      res.writeHead(200, {
        'content-type': BUILD_MIME_TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': WEB_CSP,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      });
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch {
      plain(res, 500, 'Internal error');
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
