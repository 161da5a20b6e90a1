// The guards of electron/security.ts, driven through a fake `electron`. The app page is
// vcp://app/index.html (electron/app-protocol.ts); file:// is never the app.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { App, Session, WebContents } from 'electron';
import { APP_INDEX_URL } from '../../electron/app-protocol';
import {
  CONTENT_SECURITY_POLICY,
  hardenSession,
  hardenWebContents,
  installWebContentsGuards,
  isAllowedRequestUrl,
  isAppUrl,
} from '../../electron/security';
import { EXTERNAL_LINKS, allowedExternalUrl } from '../../electron/external-links';
import { FakeEmitter, FakeSession, FakeWebContents, navigationEvent, type FakeElectron } from './support/fake-electron';

jest.mock('electron', () => require('./support/fake-electron').createFakeElectron());
const electron = require('electron') as FakeElectron;

const rendererDir = path.resolve('/opt/vcp/resources/app.asar/dist');
const appUrl = APP_INDEX_URL;
/** Where the page was loaded from before Electron 45: the same file, over file://. */
const oldFileUrl = pathToFileURL(path.join(rendererDir, 'index.html')).href;

const asWebContents = (fake: FakeWebContents) => fake as unknown as WebContents;
const asSession = (fake: FakeSession) => fake as unknown as Session;

beforeEach(() => electron.shell.openExternal.mockClear());

describe('Content-Security-Policy', () => {
  it('is the strict policy agreed for the renderer', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('is set on every response, replacing any policy the response brought', () => {
    const session = new FakeSession();
    hardenSession(asSession(session), false);
    const callback = jest.fn();
    session.webRequest.headersReceived!(
      { url: appUrl, responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['kept'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['kept'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('is set when the response had no headers at all', () => {
    const session = new FakeSession();
    hardenSession(asSession(session), false);
    const callback = jest.fn();
    session.webRequest.headersReceived!({ url: appUrl }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
});

describe('what counts as the app itself', () => {
  it("accepts the app's own index.html, also with a query or fragment", () => {
    expect(isAppUrl(appUrl)).toBe(true);
    expect(isAppUrl(`${appUrl}#/compare`)).toBe(true);
    expect(isAppUrl(`${appUrl}?lang=en`)).toBe(true);
  });

  it('refuses other pages, other files and other schemes', () => {
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:5178/index.html',
      pathToFileURL(path.join(rendererDir, 'other.html')).href,
      pathToFileURL('/etc/passwd').href,
      'file://evil-host/share/index.html',
      oldFileUrl,
      'vcp://app/other.html',
      'vcp://app/',
      'vcp://evil/index.html',
      'vcp://user@app/index.html',
      'vcp://app:8080/index.html',
      'app://app/index.html',
      'https://app/index.html',
      'about:blank',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) {
      expect([url, isAppUrl(url)]).toEqual([url, false]);
    }
  });
});

describe('navigation and windows (every webContents)', () => {
  function guarded(): FakeWebContents {
    const contents = new FakeWebContents();
    hardenWebContents(asWebContents(contents));
    return contents;
  }

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s to https://example.org is prevented', (event) => {
    const contents = guarded();
    const nav = navigationEvent('https://example.org/');
    contents.emit(event, nav);
    expect(nav.preventDefault).toHaveBeenCalled();
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])("%s to the app's own page is allowed", (event) => {
    const contents = guarded();
    const nav = navigationEvent(appUrl);
    contents.emit(event, nav);
    expect(nav.preventDefault).not.toHaveBeenCalled();
  });

  it('navigation to another local file is prevented', () => {
    const contents = guarded();
    const nav = navigationEvent(pathToFileURL('/home/user/Documents/scenario.vcscenario.json').href);
    contents.emit('will-navigate', nav);
    expect(nav.preventDefault).toHaveBeenCalled();
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    "%s to anything but the app page is prevented: the old file URL, another host or page on the app's scheme",
    (event) => {
      for (const url of [oldFileUrl, 'vcp://evil/index.html', 'vcp://app/assets/index-abc123.js', 'vcp://app/', 'about:blank', 'data:text/html,<p>x</p>']) {
        const contents = guarded();
        const nav = navigationEvent(url);
        contents.emit(event, nav);
        expect([url, nav.preventDefault.mock.calls.length]).toEqual([url, 1]);
      }
    },
  );

  it('a <webview> is never attached', () => {
    const contents = guarded();
    const attach = navigationEvent('');
    contents.emit('will-attach-webview', attach, { nodeIntegration: false }, { src: appUrl });
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('window.open is denied, whatever the URL', () => {
    const contents = guarded();
    for (const url of ['https://example.org/', appUrl, 'vcp://evil/index.html', oldFileUrl, EXTERNAL_LINKS.licence, 'about:blank']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
  });

  it('an allow-listed https link opens in the system browser instead; others do not', () => {
    const contents = guarded();
    contents.windowOpenHandler!({ url: 'https://example.org/' });
    contents.windowOpenHandler!({ url: 'http://interoperable-europe.ec.europa.eu/collection/eupl/' });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
    contents.windowOpenHandler!({ url: EXTERNAL_LINKS.licence });
    expect(electron.shell.openExternal).toHaveBeenCalledWith(EXTERNAL_LINKS.licence);
  });

  it('the guards are installed on every webContents the app creates', () => {
    const app = new FakeEmitter();
    installWebContentsGuards(app as unknown as App);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    const nav = navigationEvent('https://example.org/');
    contents.emit('will-navigate', nav);
    expect(nav.preventDefault).toHaveBeenCalled();
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });
});

describe('the external-link allow-list', () => {
  it('accepts only https URLs on the list', () => {
    expect(allowedExternalUrl(EXTERNAL_LINKS.licence)).toBe(EXTERNAL_LINKS.licence);
    for (const url of [
      'https://example.org/',
      'http://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12',
      'https://interoperable-europe.ec.europa.eu.evil.example/collection/eupl/',
      'https://user:pw@interoperable-europe.ec.europa.eu/collection/eupl/',
      'https://interoperable-europe.ec.europa.eu/other/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect([url, allowedExternalUrl(url)]).toEqual([url, null]);
    }
  });
});

describe('the session', () => {
  function hardened(allowDevTools = false): FakeSession {
    const session = new FakeSession();
    hardenSession(asSession(session), allowDevTools);
    return session;
  }

  const page = (url = appUrl) => Object.assign(new FakeWebContents(), { url });
  const request = (session: FakeSession, contents: FakeWebContents, permission: string, requestingUrl?: string) => {
    const callback = jest.fn();
    session.permissionRequestHandler!(contents, permission, callback, requestingUrl === undefined ? { isMainFrame: true } : { requestingUrl, isMainFrame: true });
    expect(callback).toHaveBeenCalledTimes(1);
    return callback.mock.calls[0][0] as boolean;
  };

  it('denies every permission request but full screen and clipboard writes', () => {
    const session = hardened();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'display-capture', 'pointerLock', 'keyboardLock', 'fileSystem', 'unknown']) {
      expect([permission, request(session, page(), permission, appUrl)]).toEqual([permission, false]);
    }
  });

  it('grants full screen (presentation mode) and clipboard writes to the app page only', () => {
    const session = hardened();
    for (const permission of ['fullscreen', 'clipboard-sanitized-write']) {
      expect(request(session, page(), permission, appUrl)).toBe(true);
      expect(request(session, page(), permission, `${appUrl}#/present`)).toBe(true);
      // Chromium may give only the origin: then the page's own URL decides.
      expect(request(session, page(), permission, 'vcp://app/')).toBe(true);
      expect(request(session, page(), permission)).toBe(true);
      expect(request(session, page('https://evil.example/'), permission, 'https://evil.example/page')).toBe(false);
      expect(request(session, page(), permission, pathToFileURL('/tmp/other.html').href)).toBe(false);
      expect(request(session, page('https://evil.example/'), permission, 'vcp://app/')).toBe(false);
      expect(request(session, page(oldFileUrl), permission, 'file:///')).toBe(false);
    }
  });

  it('answers permission checks the same way, and denies every device', () => {
    const session = hardened();
    for (const permission of ['media', 'geolocation', 'hid', 'serial', 'usb', 'clipboard-read', 'notifications']) {
      expect([permission, session.permissionCheckHandler!(page(), permission, 'file:///', { requestingUrl: appUrl })]).toEqual([permission, false]);
    }
    expect(session.permissionCheckHandler!(page(), 'clipboard-sanitized-write', 'file:///', { requestingUrl: appUrl })).toBe(true);
    expect(session.permissionCheckHandler!(page(), 'fullscreen', 'file:///', {})).toBe(true);
    expect(session.permissionCheckHandler!(null, 'fullscreen', 'file:///', {})).toBe(false);
    expect(session.permissionCheckHandler!(page('https://evil.example/'), 'fullscreen', 'https://evil.example', {})).toBe(false);
    expect(session.devicePermissionHandler!({ deviceType: 'usb' })).toBe(false);
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });

  it('cancels every network request', () => {
    const session = hardened();
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:5178/',
      'ws://localhost:1234/',
      'wss://example.org/socket',
      'ftp://example.org/file',
      'chrome://settings',
      'devtools://devtools/bundled/inspector.html',
    ]) {
      const callback = jest.fn();
      session.webRequest.beforeRequest!({ url }, callback);
      expect([url, callback.mock.calls[0]]).toEqual([url, [{ cancel: true }]]);
    }
  });

  it("lets the renderer load its own files over the app's scheme, and nothing from disk over file://", () => {
    const session = hardened();
    const decide = (url: string) => {
      const callback = jest.fn();
      session.webRequest.beforeRequest!({ url }, callback);
      return callback.mock.calls[0][0];
    };
    expect(decide(appUrl)).toEqual({ cancel: false });
    expect(decide('vcp://app/assets/index-abc123.js')).toEqual({ cancel: false });
    expect(decide('data:image/png;base64,iVBORw0KGgo=')).toEqual({ cancel: false });
    // The app no longer uses file:// at all: not even its own files are loaded that way.
    expect(decide(oldFileUrl)).toEqual({ cancel: true });
    expect(decide(pathToFileURL(path.join(rendererDir, 'assets', 'index-abc123.js')).href)).toEqual({ cancel: true });
    expect(decide('vcp://evil/index.html')).toEqual({ cancel: true });
    expect(decide(pathToFileURL('/etc/passwd').href)).toEqual({ cancel: true });
    expect(decide(pathToFileURL(path.join(rendererDir, '..', 'dist-electron', 'main.js')).href)).toEqual({ cancel: true });
    expect(decide(`${pathToFileURL(rendererDir).href}/../../secrets.txt`)).toEqual({ cancel: true });
  });

  it('allows the DevTools only in development', () => {
    const url = 'devtools://devtools/bundled/inspector.html';
    expect(isAllowedRequestUrl(url, true)).toBe(true);
    expect(isAllowedRequestUrl(url, false)).toBe(false);
  });
});
