// The app's own URL scheme. The renderer is served as vcp://app/… from the built renderer folder
// (dist/, inside app.asar when packaged) and from nowhere else, instead of being loaded over
// file://, which would give the page the file protocol's extra reach (Electron's security
// checklist: "avoid the file protocol, prefer custom protocols"). Every response carries the
// Content-Security-Policy and a Content-Type chosen here, never guessed from the content.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_MIME_TYPES } from '../shared/build-files';

export const APP_SCHEME = 'vcp';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/**
 * The policy for the renderer, sent with every response of the scheme (and set again on every
 * response by the session, see security.ts). The same policy is in the renderer's index.html
 * `<meta>`, which also holds in the browser build. Scripts only from the app's own files;
 * inline styles are allowed (styles cannot run code); `data:`/`blob:` only for images and
 * workers the renderer makes itself (chart PNG export, computing off the main thread).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The one page of the app. */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * What the scheme may do, registered before the app is ready. `standard`: URLs with an origin,
 * so relative links, localStorage and IndexedDB work; `secure`: a secure context, like https;
 * `supportFetchAPI` and `corsEnabled`: the page's module scripts and its worker (which Vite
 * loads with `crossorigin`) may be fetched from the app's own origin. No service workers, no
 * bypassing the CSP, no streaming.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } as const;

/** One path segment as Vite names files (`index-Ck9hLnZc.js`): no dot first, no separators. */
const SEGMENT = /^[\w-][\w.-]*$/;

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * The file in `rendererDir` that `url` names, or null when the URL is not one of the app's:
 * another scheme or host, a user or port, a path with `..`, an encoded separator, a hidden file,
 * or anything that would resolve outside the folder. `vcp://app/` is the index page.
 */
export function appFileOf(url: string, rendererDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username !== '' || parsed.password !== '') {
    return null;
  }
  const raw = parsed.pathname === '/' ? ['index.html'] : parsed.pathname.slice(1).split('/');
  const segments: string[] = [];
  for (const part of raw) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return null;
    }
    if (!SEGMENT.test(segment)) return null;
    segments.push(segment);
  }
  const dir = path.resolve(rendererDir);
  const file = path.resolve(dir, ...segments);
  return isInside(dir, file) ? file : null;
}

function refusal(status: 403 | 404 | 405, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  });
}

export type ReadFile = (file: string) => Promise<Uint8Array<ArrayBuffer>>;

/**
 * The handler for `protocol.handle(APP_SCHEME, …)`: GET (or HEAD) of a file of the renderer
 * build, with its MIME type, the CSP and `nosniff`; 403 for a URL outside it, 404 for a file
 * that is not there or not of a kind the build holds, 405 for any other method.
 */
export function createAppProtocolHandler(rendererDir: string, read: ReadFile = readFile): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Method not allowed');
    const file = appFileOf(request.url, rendererDir);
    if (file === null) return refusal(403, 'Forbidden');
    const type = BUILD_MIME_TYPES[path.extname(file).toLowerCase()];
    if (type === undefined) return refusal(404, 'Not found');
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await read(file);
    } catch {
      return refusal(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        'Content-Type': type,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  };
}
