// Everything that keeps the renderer in its box: the Content-Security-Policy, which URLs count
// as the app itself, and the guards installed on every session and every webContents.
// The app needs no network and almost no browser permissions, so the rules are "deny all"
// with a short list of exceptions, each of them local. The page itself comes from the app's
// own scheme (app-protocol.ts), never from file://.
import type { App, Session, WebContents } from 'electron';
import { APP_HOST, APP_INDEX_URL, APP_SCHEME, CONTENT_SECURITY_POLICY } from './app-protocol';
import { openExternalLink } from './external-links';

export { CONTENT_SECURITY_POLICY };

/** Where the app's own renderer lives on disk (served as vcp://app/…, see app-protocol.ts). */
export interface AppLocation {
  /** Absolute path of the renderer's index.html (dist/index.html). */
  indexFile: string;
  /** Absolute path of the folder the app's scheme serves (dist/). */
  rendererDir: string;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

const INDEX = new URL(APP_INDEX_URL);

/** True for the app's own page, vcp://app/index.html (any query or fragment). */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === INDEX.protocol &&
    parsed.host === INDEX.host &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.pathname === INDEX.pathname
  );
}

/**
 * Whether the session may perform a request at all. Only the app's own scheme (whose handler
 * serves the renderer folder and nothing else), data and blob URLs the page made itself, and
 * (in development) the DevTools. No http, https, ws, ftp, and no file:// at all.
 */
export function isAllowedRequestUrl(url: string, allowDevTools: boolean): boolean {
  const parsed = parse(url);
  switch (parsed?.protocol) {
    case `${APP_SCHEME}:`:
      return parsed.host === APP_HOST;
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
export function isPermissionAllowed(permission: string, url: string | undefined): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && url !== undefined && isAppUrl(url);
}

/**
 * The URL of the page asking. Chromium gives the full URL with a request, but sometimes only
 * an origin (`vcp://app/`) with a check; then the webContents' own URL.
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
export function hardenSession(ses: Session, allowDevTools: boolean): void {
  ses.setPermissionRequestHandler((webContents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, requesterUrl(details?.requestingUrl, webContents?.getURL())));
  });
  ses.setPermissionCheckHandler((webContents, permission, _origin, details) =>
    isPermissionAllowed(permission, requesterUrl(details?.requestingUrl, webContents?.getURL())),
  );
  ses.setDevicePermissionHandler(() => false);
  // Chromium downloads spell-check dictionaries from Google on Windows and Linux.
  ses.setSpellCheckerEnabled(false);

  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, allowDevTools) });
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
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
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
export function installWebContentsGuards(app: App): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
