// Printing the export's print layout to PDF with Chromium's own printer (webContents.printToPDF),
// in a hidden window that runs no script and loads nothing but the given, self-contained HTML.
//
// The HTML is served from memory by a protocol handler on a session of its own, not put in a
// `data:` URL: Chromium refuses URLs over 2 MB, and a scenario with long notes makes a longer
// layout (up to MAX_PRINT_HTML_LENGTH, 8 MB). Nothing is written to disk, nothing goes over a
// network: the print session answers only `vcp-print://page/<token>` for a page being printed
// (and `data:` images inside it) and cancels every other request.
import { randomUUID } from 'node:crypto';
import { BrowserWindow, session, type Session } from 'electron';
import type { PrintOptions } from '../shared/ipc/contract';

const MM_PER_INCH = 25.4;

/** The print window's session: in memory (no `persist:`), used for nothing else. */
export const PRINT_PARTITION = 'vcp-print';
export const PRINT_SCHEME = 'vcp-print';

/** The pages being printed, by token; each only while its PDF is made. */
const pages = new Map<string, string>();
let printSession: Session | null = null;

const PAGE_URL = new RegExp(`^${PRINT_SCHEME}://page/([0-9a-f-]{36})$`);

export function printPageUrl(token: string): string {
  return `${PRINT_SCHEME}://page/${token}`;
}

/** The HTML of a page being printed, for the protocol handler; undefined for anything else. */
export function printPage(url: string): string | undefined {
  const token = PAGE_URL.exec(url)?.[1];
  return token === undefined ? undefined : pages.get(token);
}

/** The print session lets through the page being printed and data: images in it, nothing else. */
export function isPrintRequestAllowed(url: string): boolean {
  return url.startsWith('data:') || printPage(url) !== undefined;
}

function printSessionOnce(): Session {
  if (printSession) return printSession;
  // Main's 'session-created' handler has hardened it (permissions, spell checker) by now; its
  // request filter is replaced by the narrower one below.
  const ses = session.fromPartition(PRINT_PARTITION);
  ses.protocol.handle(PRINT_SCHEME, (request) => {
    const html = printPage(request.url);
    if (html === undefined) return new Response('Not found', { status: 404 });
    return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
  });
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isPrintRequestAllowed(details.url) }));
  printSession = ses;
  return ses;
}

export async function printHtmlToPdf(html: string, options: PrintOptions): Promise<Uint8Array> {
  const token = randomUUID();
  pages.set(token, html);
  let win: BrowserWindow | null = null;
  try {
    win = new BrowserWindow({
      show: false,
      width: 794,
      height: 1123,
      webPreferences: {
        session: printSessionOnce(),
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        // Middle-click is also stopped by the window-open and navigation guards; this keeps the
        // Auxclick event from reaching the page at all.
        disableBlinkFeatures: 'Auxclick',
        nodeIntegration: false,
        webSecurity: true,
        spellcheck: false,
      },
    });
    await win.loadURL(printPageUrl(token));
    const { top, right, bottom, left } = options.marginsMm;
    const pdf = await win.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: options.footerTemplate,
      margins: { top: top / MM_PER_INCH, right: right / MM_PER_INCH, bottom: bottom / MM_PER_INCH, left: left / MM_PER_INCH },
    });
    return new Uint8Array(pdf);
  } finally {
    pages.delete(token);
    win?.destroy();
  }
}
