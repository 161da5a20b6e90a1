// A small stand-in for the `electron` module: enough of app, BrowserWindow, session, protocol,
// ipcMain, shell, Menu, dialog, contextBridge, ipcRenderer and webUtils to drive the main process and the
// preload in Jest, recording what they were asked to do. Use it as
//   jest.mock('electron', () => require('./support/fake-electron').createFakeElectron());
// and reach the instance with `require('electron') as FakeElectron`.

import type { BrowserWindowConstructorOptions } from 'electron';

// Listeners are called with whatever the code under test registered them for.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (...args: any[]) => any;

/** Records listeners by event name and lets a test emit them. */
export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on = jest.fn((event: string, listener: Listener) => {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  });
  once = jest.fn((event: string, listener: Listener) => this.on(event, listener));
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((listener) => listener(...args));
  }
  has(event: string): boolean {
    return (this.listeners.get(event) ?? []).length > 0;
  }
}

export interface FakeNavigationEvent {
  url: string;
  preventDefault: jest.Mock;
}

export function navigationEvent(url: string): FakeNavigationEvent {
  return { url, preventDefault: jest.fn() };
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler = jest.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
  mainFrame = { url: '', parent: null };
  url = '';
  destroyed = false;
  /** Push events sent to this renderer: [channel, ...args]. */
  sent: unknown[][] = [];
  send = jest.fn((channel: string, ...args: unknown[]) => {
    this.sent.push([channel, ...args]);
  });
  getURL = jest.fn(() => this.url);
  isDestroyed = jest.fn(() => this.destroyed);
  reload = jest.fn();
  /** Chromium's printer: a PDF's first bytes. */
  printToPDF = jest.fn(async (_options: unknown) => Buffer.from('%PDF-1.7 fake'));
}

/** A close event whose default can be prevented, as BrowserWindow's 'close' gives. */
export interface FakeCloseEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export class FakeWebRequest {
  beforeRequest: Listener | null = null;
  headersReceived: Listener | null = null;
  onBeforeRequest = jest.fn((listener: Listener) => {
    this.beforeRequest = listener;
  });
  onHeadersReceived = jest.fn((listener: Listener) => {
    this.headersReceived = listener;
  });
}

export class FakeProtocol {
  readonly handlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  handle = jest.fn((scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
    if (this.handlers.has(scheme)) throw new Error(`The scheme ${scheme} is already handled`);
    this.handlers.set(scheme, handler);
  });
}

export class FakeSession extends FakeEmitter {
  readonly webRequest = new FakeWebRequest();
  readonly protocol = new FakeProtocol();
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  devicePermissionHandler: Listener | null = null;
  setPermissionRequestHandler = jest.fn((handler: Listener) => {
    this.permissionRequestHandler = handler;
  });
  setPermissionCheckHandler = jest.fn((handler: Listener) => {
    this.permissionCheckHandler = handler;
  });
  setDevicePermissionHandler = jest.fn((handler: Listener) => {
    this.devicePermissionHandler = handler;
  });
  setSpellCheckerEnabled = jest.fn();
}

export function createFakeElectron() {
  const windows: FakeBrowserWindow[] = [];

  class FakeBrowserWindow extends FakeEmitter {
    static getAllWindows = jest.fn(() => windows.filter((w) => !w.destroyed));
    static fromWebContents = jest.fn((contents: unknown) => windows.find((w) => w.webContents === contents && !w.destroyed) ?? null);
    static getFocusedWindow = jest.fn((): FakeBrowserWindow | null => null);
    readonly webContents = new FakeWebContents();
    destroyed = false;
    loadFile = jest.fn(async (_file: string) => undefined);
    loadURL = jest.fn(async (url: string) => {
      this.webContents.url = url;
    });
    destroy = jest.fn(() => {
      this.destroyed = true;
      this.webContents.destroyed = true;
    });
    show = jest.fn();
    focus = jest.fn();
    restore = jest.fn();
    isMinimized = jest.fn(() => false);
    setDocumentEdited = jest.fn();
    isDestroyed = jest.fn(() => this.destroyed);
    setRepresentedFilename = jest.fn();
    /** Like Electron: emits 'close' (preventable); when not prevented, the window goes and emits 'closed'. */
    close = jest.fn(() => {
      if (this.destroyed) return;
      const event: FakeCloseEvent = {
        defaultPrevented: false,
        preventDefault() {
          this.defaultPrevented = true;
        },
      };
      this.emit('close', event);
      if (event.defaultPrevented) return;
      this.destroyed = true;
      this.webContents.destroyed = true;
      this.emit('closed');
    });
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      windows.push(this);
    }
  }

  const handlers = new Map<string, Listener>();
  const state = { isPackaged: false, appPath: '/nonexistent-app', lock: true, userData: '/nonexistent-user-data', documents: '/nonexistent-documents' };
  const app = Object.assign(new FakeEmitter(), state, {
    requestSingleInstanceLock: jest.fn((): boolean => app.lock),
    quit: jest.fn(),
    enableSandbox: jest.fn(),
    setAppUserModelId: jest.fn(),
    setAboutPanelOptions: jest.fn(),
    whenReady: jest.fn(() => Promise.resolve()),
    getAppPath: jest.fn((): string => app.appPath),
    getVersion: jest.fn(() => '0.1.0'),
    getLocale: jest.fn(() => 'nl-NL'),
    getName: jest.fn(() => 'Vitale Coalitie Scenarioplanner'),
    getPath: jest.fn((name: string): string => {
      if (name === 'userData') return app.userData;
      if (name === 'documents') return app.documents;
      throw new Error(`fake app.getPath: ${name}`);
    }),
  });
  const ipcRendererListeners = new Map<string, Listener[]>();
  /** Handlers given to protocol.handle, by scheme. */
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const partitions = new Map<string, FakeSession>();

  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    windows,
    session: {
      defaultSession: new FakeSession(),
      partitions,
      fromPartition: jest.fn((partition: string): FakeSession => {
        if (!partitions.has(partition)) partitions.set(partition, new FakeSession());
        return partitions.get(partition)!;
      }),
    },
    protocol: {
      handlers: protocolHandlers,
      registerSchemesAsPrivileged: jest.fn((_schemes: { scheme: string; privileges?: Record<string, boolean> }[]) => {
        // Like Electron: only before the app is ready.
        if (app.whenReady.mock.calls.length > 0) throw new Error('registerSchemesAsPrivileged must be called before the app is ready');
      }),
      handle: jest.fn((scheme: string, handler: (request: Request) => Promise<Response>) => {
        if (protocolHandlers.has(scheme)) throw new Error(`Scheme ${scheme} is already handled`);
        protocolHandlers.set(scheme, handler);
      }),
    },
    ipcMain: {
      handlers,
      handle: jest.fn((channel: string, listener: Listener) => {
        if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        handlers.set(channel, listener);
      }),
      removeHandler: jest.fn((channel: string) => {
        handlers.delete(channel);
      }),
    },
    shell: { openExternal: jest.fn(async (_url: string) => undefined) },
    Menu: {
      buildFromTemplate: jest.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: jest.fn(),
    },
    dialog: {
      showErrorBox: jest.fn(),
      showOpenDialog: jest.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
      showSaveDialog: jest.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
      showMessageBox: jest.fn(async (..._args: unknown[]) => ({ response: 2, checkboxChecked: false })),
    },
    contextBridge: { exposeInMainWorld: jest.fn() },
    ipcRenderer: {
      invoke: jest.fn(async (..._args: unknown[]) => 'answer'),
      listeners: ipcRendererListeners,
      on: jest.fn((channel: string, listener: Listener) => {
        ipcRendererListeners.set(channel, [...(ipcRendererListeners.get(channel) ?? []), listener]);
      }),
      removeListener: jest.fn((channel: string, listener: Listener) => {
        ipcRendererListeners.set(channel, (ipcRendererListeners.get(channel) ?? []).filter((l) => l !== listener));
      }),
    },
    webUtils: { getPathForFile: jest.fn((_file: unknown): string => '') },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
export type FakeBrowserWindowInstance = FakeElectron['windows'][number];
