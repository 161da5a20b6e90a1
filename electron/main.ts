// The app entry: one sandboxed window showing the built renderer (dist/, served as
// vcp://app/index.html by the app's own scheme), the IPC contract behind a sender check, files
// through handles, and no network at all. Bundled to dist-electron/main.js.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, protocol, session, type Session, type WebContents } from 'electron';
import type { Lang } from '../shared/i18n/languages';
import { catalogue } from '../shared/i18n/text';
import type { MenuCommand } from '../shared/ipc/contract';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { sendEvent } from './events';
import { EXTERNAL_LINKS, openExternalLink } from './external-links';
import { FileHandles } from './file-handles';
import { FileOpener } from './file-handlers';
import { BackupStore } from './files/backups';
import { RecentFiles } from './files/recent';
import { ScenarioFiles } from './files/scenario-files';
import { createHandlers, fileFromArgv, type HandlerContext } from './handlers';
import { printHtmlToPdf } from './print-pdf';
import { registerIpcHandlers } from './ipc';
import { buildMenuTemplate, menuLanguage } from './menu';
import { hardenSession, installWebContentsGuards, isAppUrl, type AppLocation } from './security';
import { WindowDocument, type CloseAnswer } from './window-document';
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

  // The app's scheme must be known before the app is ready; it is served once it is.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

  const isDev = !app.isPackaged;
  const location = appLocation();
  const handles = new FileHandles();
  const documents = new Map<WebContents, WindowDocument>();
  /** Renderers that are listening for events (they asked for their initial scenario). */
  const listening = new Set<WebContents>();
  let mainWindow: BrowserWindow | null = null;
  let requestedFile = fileFromArgv(process.argv, process.defaultApp === true, process.cwd());
  let quitting = false;
  let menuLang: string = app.getLocale();

  app.enableSandbox();
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  app.setAboutPanelOptions({
    applicationName: APP_TITLE,
    applicationVersion: app.getVersion(),
    copyright: 'EUPL-1.2',
  });
  installWebContentsGuards(app);
  app.on('session-created', (created: Session) => hardenSession(created, isDev));
  app.on('before-quit', () => {
    quitting = true;
  });

  const focusMainWindow = (): void => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  };

  const langOf = (contents: WebContents | undefined): Lang =>
    (contents && documents.get(contents)?.state.lang) ?? menuLanguage(app.getLocale());
  const windowOf = (contents: WebContents | undefined) => (contents ? BrowserWindow.fromWebContents(contents) : null);

  // Filled in once the app is ready (the data folder is only certain then).
  let opener: FileOpener | null = null;
  let recent: RecentFiles | null = null;

  /** A file main opens for the renderer (the OS, Recent in the menu): read, then pushed. */
  const openForRenderer = (file: string): void => {
    const contents = mainWindow?.webContents;
    if (!opener || !contents || !listening.has(contents)) {
      // Not listening yet: the renderer picks it up through getInitialScenario.
      requestedFile = file;
      return;
    }
    void opener.open(file).then((result) => sendEvent(contents, 'fileOpened', result));
  };

  // macOS passes files through this event (file association, dropping on the Dock icon).
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openForRenderer(file);
    focusMainWindow();
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = fileFromArgv(argv, process.defaultApp === true, workingDirectory);
    if (file !== null) openForRenderer(file);
    focusMainWindow();
  });

  const sendCommand = (command: MenuCommand): void => {
    const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
    if (target) sendEvent(target.webContents, 'menuCommand', command);
  };

  /** The recent list as last read, for the menu (which is built synchronously). */
  let recentPaths: string[] = [];
  const buildMenu = (): void => {
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          platform: process.platform,
          locale: menuLang,
          isDev,
          appName: APP_TITLE,
          openLicence: () => void openExternalLink(EXTERNAL_LINKS.licence),
          send: sendCommand,
          recent: recentPaths.map((file) => ({
            label: `${path.basename(file)} — ${path.basename(path.dirname(file))}`,
            open: () => openForRenderer(file),
          })),
        }),
      ),
    );
  };
  /** Reads the recent list again, then rebuilds the menu. */
  const refreshRecentMenu = async (): Promise<void> => {
    if (recent) recentPaths = await recent.list().catch(() => recentPaths);
    buildMenu();
  };

  const askToClose = async (window: BrowserWindow, question: { message: string; detail: string; buttons: [string, string, string] }): Promise<CloseAnswer> => {
    const { response } = await dialog.showMessageBox(window, {
      type: 'warning',
      title: APP_TITLE,
      message: question.message,
      detail: question.detail,
      buttons: question.buttons,
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    });
    return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
  };

  const openMainWindow = (backups: BackupStore): void => {
    const window = createMainWindow({
      preload: path.join(__dirname, 'preload.js'),
      url: APP_INDEX_URL,
      title: APP_TITLE,
      isDev,
    });
    const contents = window.webContents;
    const document = new WindowDocument({
      ask: (question) => askToClose(window, question),
      requestSave: (requestId) => sendEvent(contents, 'saveBeforeClose', requestId),
      close: () => window.close(),
      removeBackup: (id) => backups.remove(id),
      cancelled: () => {
        quitting = false;
      },
    });
    documents.set(contents, document);
    window.on('close', (event) => {
      if (!document.onClose()) event.preventDefault();
    });
    window.on('unresponsive', () => document.rendererUnresponsive());
    // A renderer that crashed (or was killed) is loaded again, so that it offers the backup of
    // the work it had at once, instead of leaving an empty window. Not in a loop, though.
    const crashes: number[] = [];
    contents.on('render-process-gone', (_event, details) => {
      listening.delete(contents);
      document.rendererGone();
      const now = Date.now();
      crashes.push(now);
      while (crashes.length > 0 && now - crashes[0]! > 60_000) crashes.shift();
      if (details?.reason !== 'clean-exit' && crashes.length <= 3 && !window.isDestroyed()) contents.reload();
    });
    contents.on('did-start-loading', () => {
      // A new page (a reload): it starts without unsaved changes and reports its own state.
      listening.delete(contents);
      document.reset();
    });
    window.on('closed', () => {
      documents.delete(contents);
      listening.delete(contents);
      if (mainWindow === window) mainWindow = null;
      // macOS keeps the app running without windows, unless the user asked to quit.
      if (quitting && process.platform === 'darwin') app.quit();
    });
    mainWindow = window;
  };

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, isDev);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(location.rendererDir));
    const dataDir = app.getPath('userData');
    const backups = new BackupStore(path.join(dataDir, 'backups'));
    recent = new RecentFiles(path.join(dataDir, 'recent.json'));
    const context: HandlerContext = {
      appInfo: () => ({
        name: APP_TITLE,
        version: app.getVersion(),
        platform: process.platform,
        locale: app.getLocale(),
      }),
      samplesDir: samplesDir(),
      requestedFile: () => requestedFile,
      printToPdf: printHtmlToPdf,
      handles,
      files: new ScenarioFiles(),
      recent,
      backups,
      dataDir,
      defaultFolder: () => app.getPath('documents'),
      documentOf: (sender) => (sender ? documents.get(sender) : undefined),
      recentChanged: () => void refreshRecentMenu(),
      documentChanged: (sender, file) => {
        const window = windowOf(sender);
        const state = sender ? documents.get(sender)?.state : undefined;
        if (window && state && process.platform === 'darwin') {
          window.setDocumentEdited(state.dirty);
          window.setRepresentedFilename(file ?? '');
        }
        if (state && menuLanguageChanged(state.lang)) buildMenu();
      },
      showOpenDialog: async (sender) => {
        const t = catalogue(langOf(sender)).commands.dialogs;
        const options: Electron.OpenDialogOptions = {
          properties: ['openFile'],
          filters: [
            { name: t.scenarioFilter, extensions: ['json'] },
            { name: t.allFiles, extensions: ['*'] },
          ],
          // Since Electron 43 the dialog no longer remembers a folder itself (it starts in
          // Downloads): the last folder used, else Documents, as for saving.
          defaultPath: opener?.lastFolder ?? app.getPath('documents'),
        };
        const window = windowOf(sender);
        const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      showSaveDialog: async (sender, defaultPath) => {
        const t = catalogue(langOf(sender)).commands.dialogs;
        const options: Electron.SaveDialogOptions = {
          defaultPath,
          filters: [{ name: t.scenarioFilter, extensions: ['json'] }],
          properties: ['showOverwriteConfirmation', 'createDirectory'],
        };
        const window = windowOf(sender);
        const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
    };
    const menuLanguageChanged = (lang: Lang): boolean => {
      if (menuLang === lang) return false;
      menuLang = lang;
      return true;
    };
    opener = new FileOpener(context);
    const handlers = createHandlers(context, opener);
    registerIpcHandlers(
      {
        ...handlers,
        getInitialScenario: (event) => {
          // The renderer subscribes to events before it asks: from now on, files are pushed.
          listening.add(event.sender);
          return handlers.getInitialScenario(event);
        },
      },
      {
        isAppUrl,
        isOwnWebContents: (contents) => documents.has(contents),
      },
    );
    buildMenu();
    void refreshRecentMenu();

    if (!existsSync(location.indexFile)) {
      dialog.showErrorBox(
        APP_TITLE,
        `The app's page is missing (${location.indexFile}). Build it first with "npm run build".`,
      );
      app.quit();
      return;
    }
    openMainWindow(backups);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow(backups);
    });
  });
}

startApp();
