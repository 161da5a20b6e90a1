// Printing the export's print layout to PDF with Chromium's own printer (webContents.printToPDF),
// in a hidden window that runs no script and loads nothing but the given, self-contained HTML.
import { BrowserWindow } from 'electron';
import type { PrintOptions } from '../shared/ipc/contract';

const MM_PER_INCH = 25.4;

export async function printHtmlToPdf(html: string, options: PrintOptions): Promise<Uint8Array> {
  const win = new BrowserWindow({
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
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
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
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
    win.destroy();
  }
}
