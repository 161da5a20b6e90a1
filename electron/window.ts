// The one application window. The web preferences are written out in the constructor call
// (not built elsewhere) so that a reader, and Electronegativity, sees them where they apply.
import { BrowserWindow } from 'electron';

export interface WindowOptions {
  /** Absolute path of the bundled preload (dist-electron/preload.js). */
  preload: string;
  /** The app page on the app's own scheme (vcp://app/index.html), never a file:// URL. */
  url: string;
  title: string;
  /** Development build: DevTools available. */
  isDev: boolean;
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: options.title,
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      // Middle-click is also stopped by the window-open and navigation guards; this keeps the
      // Auxclick event from reaching the page at all.
      disableBlinkFeatures: 'Auxclick',
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: options.isDev,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(options.url).catch((error: unknown) => {
    console.error('Could not load the app page:', error);
  });
  return window;
}
