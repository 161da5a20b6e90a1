// The kinds of file the renderer build (dist/) holds, with the Content-Type each is served with:
// by the desktop app's own scheme (electron/app-protocol.ts) and by the web server
// (scripts/static-server.ts).
export const BUILD_MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
