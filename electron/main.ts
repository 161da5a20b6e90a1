// The app entry: one sandboxed window showing the built renderer (dist/index.html), the IPC
// contract behind a sender check, and no network at all. Bundled to dist-electron/main.js.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, session, type Session, type WebContents } from 'electron';
import { EXTERNAL_LINKS, openExternalLink } from './external-links';
import { FileHandles } from './file-handles';
import { createHandlers, fileFromArgv } from './handlers';
import { registerIpcHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { hardenSession, installWebContentsGuards, isAppUrl, type AppLocation } from './security';
import { createMainWindow } from './window';

export const APP_ID = 'nl.vitalecoalitie.scenarioplanner';
export const APP_TITLE = 'Vitale Coalitie Scenarioplanner';

/** The renderer as built by Vite: inside app.asar when packaged, the repo's dist/ in development. */
function appLocation(): AppLocation {
  const rendererDir = path.join(app.getAppPath(), 'dist');
  return { rendererDir, indexFile: path.join(rendererDir, 'index.html') };
}

/** Samples ship outside the asar (electron-builder extraResources), beside it in development. */
function samplesDir(): string {
  return app.isPackaged
    ? path.join(process.resourcesPath, 'scenarios')
    : path.join(app.getAppPath(), 'scenarios');
}

export function startApp(): void {
  // A second start (double-clicking another scenario file) hands over to the running app.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const isDev = !app.isPackaged;
  const location = appLocation();
  const handles = new FileHandles();
  const ownWebContents = new Set<WebContents>();
  let mainWindow: BrowserWindow | null = null;
  let requestedFile = fileFromArgv(process.argv, process.defaultApp === true, process.cwd());

  app.enableSandbox();
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  app.setAboutPanelOptions({
    applicationName: APP_TITLE,
    applicationVersion: app.getVersion(),
    copyright: 'EUPL-1.2',
  });
  installWebContentsGuards(app, location);
  app.on('session-created', (created: Session) => hardenSession(created, location, isDev));

  const focusMainWindow = (): void => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  };

  // macOS passes files through this event (file association, dropping on the Dock icon).
  // The renderer picks the file up through getInitialScenario, on start or on its next reload.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    requestedFile = file;
    focusMainWindow();
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = fileFromArgv(argv, process.defaultApp === true, workingDirectory);
    if (file !== null) requestedFile = file;
    focusMainWindow();
  });

  const openMainWindow = (): void => {
    const window = createMainWindow({
      preload: path.join(__dirname, 'preload.js'),
      indexFile: location.indexFile,
      title: APP_TITLE,
      isDev,
    });
    const contents = window.webContents;
    ownWebContents.add(contents);
    window.on('closed', () => {
      ownWebContents.delete(contents);
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
  };

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, location, isDev);
    registerIpcHandlers(
      createHandlers({
        appInfo: () => ({
          name: APP_TITLE,
          version: app.getVersion(),
          platform: process.platform,
          locale: app.getLocale(),
        }),
        samplesDir: samplesDir(),
        requestedFile: () => requestedFile,
        handles,
      }),
      {
        isAppUrl: (url) => isAppUrl(url, location),
        isOwnWebContents: (contents) => ownWebContents.has(contents),
      },
    );
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          platform: process.platform,
          locale: app.getLocale(),
          isDev,
          appName: APP_TITLE,
          openLicence: () => void openExternalLink(EXTERNAL_LINKS.licence),
        }),
      ),
    );

    if (!existsSync(location.indexFile)) {
      dialog.showErrorBox(
        APP_TITLE,
        `The app's page is missing (${location.indexFile}). Build it first with "npm run build".`,
      );
      app.quit();
      return;
    }
    openMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
    });
  });
}

startApp();
