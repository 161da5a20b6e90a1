// Everything that keeps the renderer in its box: the Content-Security-Policy, which URLs count
// as the app itself, and the guards installed on every session and every webContents.
// The app needs no network and almost no browser permissions, so the rules are "deny all"
// with a short list of exceptions, each of them local.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App, Session, WebContents } from 'electron';
import { openExternalLink } from './external-links';

/**
 * The policy for the renderer. The same policy is in the renderer's index.html `<meta>`, because
 * a response header is not guaranteed for file:// pages. Scripts only from the app's own files;
 * inline styles are allowed (styles cannot run code); `data:`/`blob:` only for images and
 * workers the renderer makes itself (chart PNG export, computing off the main thread).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Where the app's own renderer lives on disk. */
export interface AppLocation {
  /** Absolute path of the renderer's index.html (dist/index.html). */
  indexFile: string;
  /** Absolute path of the folder the renderer may load files from (dist/). */
  rendererDir: string;
}

function comparable(p: string): string {
  const normal = path.resolve(p);
  return process.platform === 'win32' ? normal.toLowerCase() : normal;
}

function filePathOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'file:') return null;
    return fileURLToPath(parsed);
  } catch {
    return null;
  }
}

/** True for the app's own index.html as a file:// URL (any query or fragment). */
export function isAppUrl(url: string, location: AppLocation): boolean {
  const file = filePathOf(url);
  return file !== null && comparable(file) === comparable(location.indexFile);
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(comparable(dir), comparable(file));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Whether the session may perform a request at all. Only the renderer's own files, data and
 * blob URLs it made itself, and (in development) the DevTools. No http, https, ws, ftp,
 * nor files elsewhere on disk.
 */
export function isAllowedRequestUrl(url: string, location: AppLocation, allowDevTools: boolean): boolean {
  let scheme: string;
  try {
    scheme = new URL(url).protocol;
  } catch {
    return false;
  }
  switch (scheme) {
    case 'file:': {
      const file = filePathOf(url);
      return file !== null && isInside(location.rendererDir, file);
    }
    case 'data:':
    case 'blob:':
      return true;
    case 'devtools:':
      return allowDevTools;
    default:
      return false;
  }
}

function withoutCsp(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const kept: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') kept[name] = value;
  }
  return kept;
}

/**
 * The only permissions the app's page gets: full screen (presentation mode for the projector)
 * and writing to the clipboard (copying a table or a figure). Nothing that reads or records.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['fullscreen', 'clipboard-sanitized-write']);

/** Whether `permission`, asked for by the page at `url`, is granted: only the two above, only for the app page. */
export function isPermissionAllowed(permission: string, url: string | undefined, location: AppLocation): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && url !== undefined && isAppUrl(url, location);
}

/**
 * The URL of the page asking. Chromium gives the full URL with a request, but sometimes only
 * an origin (for file:// pages just `file:///`) with a check; then the webContents' own URL.
 */
export function requesterUrl(requestingUrl: string | undefined, webContentsUrl: string | undefined): string | undefined {
  if (requestingUrl !== undefined) {
    try {
      const url = new URL(requestingUrl);
      if (url.pathname !== '/' && url.pathname !== '') return requestingUrl;
    } catch {
      // not a URL: fall back to the webContents
    }
  }
  return webContentsUrl;
}

/** Denies every permission but the two the app needs, cancels every request that is not local, and sets the CSP header. */
export function hardenSession(ses: Session, location: AppLocation, allowDevTools: boolean): void {
  ses.setPermissionRequestHandler((webContents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, requesterUrl(details?.requestingUrl, webContents?.getURL()), location));
  });
  ses.setPermissionCheckHandler((webContents, permission, _origin, details) =>
    isPermissionAllowed(permission, requesterUrl(details?.requestingUrl, webContents?.getURL()), location),
  );
  ses.setDevicePermissionHandler(() => false);
  // Chromium downloads spell-check dictionaries from Google on Windows and Linux.
  ses.setSpellCheckerEnabled(false);

  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, location, allowDevTools) });
  });

  // The policy is written out here (not via CONTENT_SECURITY_POLICY) so that Electronegativity
  // can read and evaluate it; a test keeps the two identical.
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...withoutCsp(details.responseHeaders),
        'Content-Security-Policy': [
          "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ],
      },
    });
  });
}

/**
 * Guards for one webContents: it may only ever show the app's own page, never opens windows,
 * never attaches a <webview>. An allow-listed https link opens in the system browser instead.
 */
export function hardenWebContents(contents: WebContents, location: AppLocation): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, location)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url, location)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, location)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalLink(url).catch(() => undefined);
    return { action: 'deny' };
  });
}

/** Installs the webContents guards on every webContents the app will ever create. */
export function installWebContentsGuards(app: App, location: AppLocation): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, location));
}
