// The export's PDF in the desktop app: the print layout goes to Chromium's printer in a hidden
// window that runs no script, A4 with the layout's margins, and the window is gone afterwards.
import { ipcArgs, MAX_PRINT_HTML_LENGTH } from '../../shared/ipc/contract';
import { PAGE_MARGINS_MM } from '../../shared/export/print-html';
import { printHtmlToPdf } from '../../electron/print-pdf';
import type { FakeElectron } from './support/fake-electron';

jest.mock('electron', () => require('./support/fake-electron').createFakeElectron());
const electron = require('electron') as FakeElectron;

const options = { footerTemplate: '<span class="pageNumber"></span>', marginsMm: { ...PAGE_MARGINS_MM } };

it('prints the HTML in a hidden, script-less window and returns the PDF bytes', async () => {
  const html = '<!doctype html><title>Samenvatting</title><h1>Stichtse Vecht — € 165.000</h1>';
  const bytes = await printHtmlToPdf(html, options);
  expect(Buffer.from(bytes).toString('latin1').startsWith('%PDF-')).toBe(true);

  const win = electron.windows.at(-1)!;
  expect(win.options).toMatchObject({
    show: false,
    webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true },
  });
  expect(win.loadURL).toHaveBeenCalledWith(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
  const printed = win.webContents.printToPDF.mock.calls[0]![0] as { pageSize: string; margins: Record<string, number>; footerTemplate: string };
  expect(printed.pageSize).toBe('A4');
  expect(printed.footerTemplate).toBe(options.footerTemplate);
  expect(printed.margins.top).toBeCloseTo(PAGE_MARGINS_MM.top / 25.4, 10);
  expect(printed.margins.left).toBeCloseTo(PAGE_MARGINS_MM.left / 25.4, 10);
  expect(win.destroy).toHaveBeenCalled();
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
