// The export's PDF in the desktop app: the print layout goes to Chromium's printer in a hidden
// window that runs no script, A4 with the layout's margins, and the window is gone afterwards.
import { ipcArgs, MAX_PRINT_HTML_LENGTH } from '../../shared/ipc/contract';
import { PAGE_MARGINS_MM } from '../../shared/export/print-html';
import { isPrintRequestAllowed, PRINT_PARTITION, PRINT_SCHEME, printHtmlToPdf, printPageUrl } from '../../electron/print-pdf';
import type { FakeElectron } from './support/fake-electron';

jest.mock('electron', () => require('./support/fake-electron').createFakeElectron());
const electron = require('electron') as FakeElectron;

const options = { footerTemplate: '<span class="pageNumber"></span>', marginsMm: { ...PAGE_MARGINS_MM } };

/** What the print session serves at `url` (its protocol handler), as the window would load it. */
async function served(url: string): Promise<Response> {
  const handler = electron.session.partitions.get(PRINT_PARTITION)!.protocol.handlers.get(PRINT_SCHEME)!;
  return handler(new Request(url));
}

/** Prints `html`; `whilePrinting` runs with the window's URL when the page is loaded and printed. */
async function printing(html: string, whilePrinting: (url: string) => Promise<void>) {
  const done = printHtmlToPdf(html, options);
  const win = electron.windows.at(-1)!;
  win.webContents.printToPDF.mockImplementationOnce(async () => {
    await whilePrinting(win.webContents.url);
    return Buffer.from('%PDF-1.7 fake');
  });
  return { win, bytes: await done };
}

it('prints the HTML in a hidden, script-less window and returns the PDF bytes', async () => {
  const html = '<!doctype html><title>Samenvatting</title><h1>Stichtse Vecht — € 165.000</h1>';
  let page: string | null = null;
  const { win, bytes } = await printing(html, async (url) => {
    page = await (await served(url)).text();
  });
  expect(Buffer.from(bytes).toString('latin1').startsWith('%PDF-')).toBe(true);

  expect(win.options).toMatchObject({
    show: false,
    webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true },
  });
  expect(win.options.webPreferences?.session).toBe(electron.session.partitions.get(PRINT_PARTITION));
  expect(page).toBe(html);
  const printed = win.webContents.printToPDF.mock.calls[0]![0] as { pageSize: string; margins: Record<string, number>; footerTemplate: string };
  expect(printed.pageSize).toBe('A4');
  expect(printed.footerTemplate).toBe(options.footerTemplate);
  expect(printed.margins.top).toBeCloseTo(PAGE_MARGINS_MM.top / 25.4, 10);
  expect(printed.margins.left).toBeCloseTo(PAGE_MARGINS_MM.left / 25.4, 10);
  expect(win.destroy).toHaveBeenCalled();
});

it('a layout over Chromium\'s 2 MB URL limit (long notes) is loaded by a short URL, served from memory, then gone', async () => {
  const notes = 'Toelichting bij de maatregel, met „aanhalingstekens” & tekens. '.repeat(60_000);
  const html = `<!doctype html><title>Lang</title><p>${notes}</p>`;
  expect(html.length).toBeGreaterThan(2 * 1024 * 1024);
  let page: string | null = null;
  const { win } = await printing(html, async (url) => {
    page = await (await served(url)).text();
  });
  const url = win.loadURL.mock.calls[0]![0] as string;
  expect(url).toMatch(/^vcp-print:\/\/page\/[0-9a-f-]{36}$/);
  expect(page).toBe(html);
  // Served only while it is printed.
  expect((await served(url)).status).toBe(404);
});

it('the print session loads nothing but the page being printed and the images inside it', async () => {
  let allowed: Record<string, boolean> = {};
  const { win } = await printing('<p>x</p>', async (url) => {
    const filter = electron.session.partitions.get(PRINT_PARTITION)!.webRequest.beforeRequest!;
    const decide = (candidate: string) => new Promise<boolean>((resolve) => filter({ url: candidate }, ({ cancel }: { cancel: boolean }) => resolve(!cancel)));
    allowed = {
      page: await decide(url),
      image: await decide('data:image/png;base64,iVBORw0KGgo='),
      otherPage: await decide(printPageUrl('00000000-0000-4000-8000-000000000000')),
      file: await decide('file:///etc/passwd'),
      web: await decide('https://example.org/track.png'),
    };
  });
  expect(allowed).toEqual({ page: true, image: true, otherPage: false, file: false, web: false });
  expect(isPrintRequestAllowed(win.loadURL.mock.calls[0]![0] as string)).toBe(false);
});

it('destroys the window also when printing fails', async () => {
  const before = electron.windows.length;
  const failing = printHtmlToPdf('<p>x</p>', options);
  const win = electron.windows[before]!;
  win.webContents.printToPDF.mockRejectedValueOnce(new Error('printer gone'));
  await expect(failing).rejects.toThrow('printer gone');
  expect(win.destroy).toHaveBeenCalled();
});

it('main refuses print payloads that are not a bounded layout with sane margins', () => {
  const ok = ipcArgs.printToPdf.safeParse(['<p>x</p>', options]);
  expect(ok.success).toBe(true);
  expect(ipcArgs.printToPdf.safeParse([42, options]).success).toBe(false);
  expect(ipcArgs.printToPdf.safeParse(['', options]).success).toBe(false);
  expect(ipcArgs.printToPdf.safeParse(['x'.repeat(MAX_PRINT_HTML_LENGTH + 1), options]).success).toBe(false);
  expect(ipcArgs.printToPdf.safeParse(['<p>x</p>', { ...options, marginsMm: { ...options.marginsMm, top: -1 } }]).success).toBe(false);
  expect(ipcArgs.printToPdf.safeParse(['<p>x</p>', { ...options, url: 'https://example.org' }]).success).toBe(false);
});
