// The browser version's way to the council PDF: the export's print document (the same HTML the
// desktop app and `vcp export` print to PDF, with its footer in CSS) goes into a hidden frame of
// the page, and the browser's own print dialog prints that frame; there the user chooses "Opslaan
// als PDF". The frame is same-origin (srcdoc) so that the page may call its print(), and sandboxed
// without scripts: the document has none, and its own CSP allows none. The app's CSP is untouched.

/** The class of the print frame: hidden on screen and on paper (renderer/print.css). */
export const PRINT_FRAME_CLASS = 'print-frame';

export interface PrintRequest {
  /** The complete print document. */
  html: string;
  /** The frame's accessible name. */
  label: string;
  /**
   * What the browser suggests as the PDF's name: Chromium takes it from the title of the page,
   * not of the frame, so the page carries it while the print dialog is open.
   */
  fileTitle: string;
}

/**
 * Prints `html` through the browser's print dialog; resolves when print() returns (in Chromium
 * and Firefox, once the dialog is closed). An earlier print frame is removed first, so the page
 * holds at most one.
 */
export async function printInBrowser(request: PrintRequest, doc: Document = document): Promise<void> {
  doc.querySelector(`iframe.${PRINT_FRAME_CLASS}`)?.remove();
  const frame = doc.createElement('iframe');
  frame.className = PRINT_FRAME_CLASS;
  frame.title = request.label;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  // allow-same-origin: the page may call the frame's print(); allow-modals: print() is a modal.
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.srcdoc = request.html;
  doc.body.append(frame);
  await loaded;
  const view = frame.contentWindow;
  if (!view) throw new Error('the print frame did not open');
  const title = doc.title;
  doc.title = request.fileTitle;
  try {
    view.focus();
    view.print();
  } finally {
    doc.title = title;
  }
}
