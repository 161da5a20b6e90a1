// The browser platform's files in jsdom: the upload/download fallback, and the File System
// Access path with fake handles (the real API runs in Chromium: test/e2e/files.test.ts).
import { createBrowserPlatform, type BrowserEnvironment } from '../../../renderer/platform/browser-platform';
import type { FsaFileHandle, FsaWindow } from '../../../renderer/platform/browser-files';
import { createElectronPlatform } from '../../../renderer/platform/electron-platform';
import type { BridgeApi } from '../../../shared/ipc/contract';

const samples = new Map([['stichtse-vecht', '{"title":"Stichtse Vecht"}']]);

/** A file with text() and arrayBuffer(), which jsdom's File lacks. */
function textFile(text: string, name: string, lastModified = 1): File {
  return bytesFile(new TextEncoder().encode(text), name, lastModified);
}
function bytesFile(bytes: Uint8Array, name: string, lastModified = 1): File {
  const file = new File([bytes as Uint8Array<ArrayBuffer>], name, { lastModified });
  Object.defineProperty(file, 'text', { value: async () => new TextDecoder().decode(bytes) });
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.slice().buffer });
  return file;
}

function env(overrides: Partial<BrowserEnvironment> = {}): BrowserEnvironment {
  return { fsa: null, indexedDB: null, locks: null, document, window: null, ...overrides };
}

describe('without the File System Access API', () => {
  it('Open is the hidden file input; the chosen file comes back with a handle that saves by download', async () => {
    // jsdom has no object URLs.
    Object.defineProperty(URL, 'createObjectURL', { value: () => 'blob:x', configurable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: () => undefined, configurable: true });
    const platform = createBrowserPlatform(samples, { search: '' }, env());
    expect(platform.files).toMatchObject({ saveInPlace: false, keepsPrevious: false, recent: false });
    const opening = platform.openFile();
    const input = document.querySelector<HTMLInputElement>('input[type=file][data-testid=file-input]')!;
    expect(input.hidden).toBe(true);
    Object.defineProperty(input, 'files', { value: [textFile('{"a":1}', 'plan.vcscenario.json')], configurable: true });
    input.dispatchEvent(new Event('change'));
    const result = await opening;
    expect(result).toMatchObject({ kind: 'opened', file: { name: 'plan.vcscenario.json', text: '{"a":1}' } });
    const handle = result.kind === 'opened' ? result.file.handle! : '';
    const clicks: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    await expect(platform.saveFile(handle, '{}', false)).resolves.toEqual({ kind: 'saved', handle, name: 'plan.vcscenario.json' });
    expect(clicks).toEqual(['plan.vcscenario.json']);
    await expect(platform.saveFileAs('{}', 'Nieuw')).resolves.toMatchObject({ kind: 'saved', name: 'Nieuw.vcscenario.json' });
    expect(clicks).toEqual(['plan.vcscenario.json', 'Nieuw.vcscenario.json']);
  });

  it('a cancelled file chooser is a cancelled open; a file chosen without asking arrives as an event', async () => {
    const platform = createBrowserPlatform(samples, { search: '' }, env());
    const opening = platform.openFile();
    const inputs = document.querySelectorAll<HTMLInputElement>('input[data-testid=file-input]');
    const input = inputs[inputs.length - 1]!;
    input.dispatchEvent(new Event('cancel'));
    await expect(opening).resolves.toEqual({ kind: 'canceled' });
    const events: unknown[] = [];
    platform.onFileOpened((result) => events.push(result));
    Object.defineProperty(input, 'files', { value: [textFile('{}', 'los.json')], configurable: true });
    input.dispatchEvent(new Event('change'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toEqual([{ kind: 'opened', file: { name: 'los.json', text: '{}', handle: expect.any(String) } }]);
  });

  it('refuses handles it did not give out', async () => {
    const platform = createBrowserPlatform(samples, { search: '' }, env());
    await expect(platform.saveFile('00000000-0000-4000-8000-000000000000', '{}', true)).rejects.toThrow(/Unknown file handle/);
    await expect(platform.openRecent('x')).rejects.toThrow(/Unknown file handle/);
  });

  it('without IndexedDB there are no backups to offer, and writing one does no harm', async () => {
    const platform = createBrowserPlatform(samples, { search: '' }, env());
    await platform.writeBackup({ id: '3f2b8c1a-9d4e-4f6a-8b7c-1d2e3f4a5b6c', title: 't', name: 'n', handle: null, text: '{}' });
    await expect(platform.listBackups()).resolves.toEqual([]);
  });

  it('asks before the page is left with unsaved changes', () => {
    const win = new EventTarget() as unknown as Window;
    const platform = createBrowserPlatform(samples, { search: '' }, env({ window: win }));
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      win.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    platform.setDocumentState({ dirty: true, unsavedCount: 1, name: 'x', handle: null, lang: 'nl', backupIds: [] });
    expect(leave()).toBe(true);
    platform.setDocumentState({ dirty: false, unsavedCount: 0, name: 'x', handle: null, lang: 'nl', backupIds: [] });
    expect(leave()).toBe(false);
  });
});

describe('with the File System Access API', () => {
  /** A file-system handle over a string, whose lastModified moves on every write. */
  function fakeHandle(name: string, initial: string) {
    const state = { text: initial, lastModified: 1000, permission: 'granted' as PermissionState, writes: 0 };
    const handle: FsaFileHandle = {
      kind: 'file',
      name,
      getFile: async () => textFile(state.text, name, state.lastModified),
      createWritable: async () => {
        let pending = '';
        return {
          write: async (data: string) => void (pending += data),
          close: async () => {
            state.text = pending;
            state.lastModified += 1;
            state.writes += 1;
          },
        };
      },
      queryPermission: async () => state.permission,
      requestPermission: async () => state.permission,
    };
    return { handle, state };
  }

  function fsaWindow(open: FsaFileHandle | Error, save?: FsaFileHandle | Error): FsaWindow {
    return {
      showOpenFilePicker: async () => {
        if (open instanceof Error) throw open;
        return [open];
      },
      showSaveFilePicker: async () => {
        if (!save || save instanceof Error) throw save ?? new DOMException('cancelled', 'AbortError');
        return save;
      },
    };
  }

  it('saves into the file that was opened, and finds a change made behind its back', async () => {
    const file = fakeHandle('gedeeld.vcscenario.json', 'A');
    const platform = createBrowserPlatform(samples, { search: '' }, env({ fsa: fsaWindow(file.handle) }));
    expect(platform.files).toMatchObject({ saveInPlace: true, keepsPrevious: false });
    const opened = await platform.openFile();
    if (opened.kind !== 'opened') throw new Error('not opened');
    expect(opened.file).toMatchObject({ name: 'gedeeld.vcscenario.json', text: 'A' });
    const handle = opened.file.handle!;
    await expect(platform.saveFile(handle, 'B', false)).resolves.toEqual({ kind: 'saved', handle, name: 'gedeeld.vcscenario.json' });
    expect(file.state.text).toBe('B');
    // A colleague writes to it.
    file.state.text = 'C';
    file.state.lastModified += 10;
    await expect(platform.saveFile(handle, 'D', false)).resolves.toEqual({ kind: 'conflict', name: 'gedeeld.vcscenario.json', handle });
    expect(file.state.text).toBe('C');
    await expect(platform.saveFile(handle, 'D', true)).resolves.toMatchObject({ kind: 'saved' });
    expect(file.state.text).toBe('D');
  });

  it('a cancelled picker is cancelled; a refused permission is said', async () => {
    const file = fakeHandle('x.vcscenario.json', 'A');
    const cancelled = createBrowserPlatform(samples, { search: '' }, env({ fsa: fsaWindow(new DOMException('no', 'AbortError')) }));
    await expect(cancelled.openFile()).resolves.toEqual({ kind: 'canceled' });
    await expect(cancelled.saveFileAs('x', 'x')).resolves.toEqual({ kind: 'canceled' });
    const platform = createBrowserPlatform(samples, { search: '' }, env({ fsa: fsaWindow(file.handle) }));
    const opened = await platform.openFile();
    file.state.permission = 'denied';
    const result = await platform.saveFile(opened.kind === 'opened' ? opened.file.handle! : '', 'B', false);
    expect(result).toMatchObject({ kind: 'failed', reason: 'no-permission' });
    expect(file.state.text).toBe('A');
  });

  it('Save As writes to the chosen file and hands out its handle', async () => {
    const target = fakeHandle('nieuw.vcscenario.json', '');
    const platform = createBrowserPlatform(samples, { search: '' }, env({ fsa: fsaWindow(new DOMException('no', 'AbortError'), target.handle) }));
    const saved = await platform.saveFileAs('{"x":1}', 'Nieuw');
    expect(saved).toMatchObject({ kind: 'saved', name: 'nieuw.vcscenario.json' });
    expect(target.state.text).toBe('{"x":1}');
    await expect(platform.saveFile(saved.kind === 'saved' ? saved.handle : '', '{"x":2}', false)).resolves.toMatchObject({ kind: 'saved' });
    expect(target.state.text).toBe('{"x":2}');
  });

  it('a dropped file with a file-system handle saves back into it', async () => {
    const file = fakeHandle('gesleept.vcscenario.json', 'A');
    const platform = createBrowserPlatform(samples, { search: '' }, env({ fsa: fsaWindow(new DOMException('no', 'AbortError')) }));
    const opened = await platform.openDropped({ file: textFile('A', 'gesleept.vcscenario.json'), handle: Promise.resolve(file.handle) });
    if (opened.kind !== 'opened') throw new Error('not opened');
    await platform.saveFile(opened.file.handle!, 'B', false);
    expect(file.state.text).toBe('B');
  });
});

describe('the Electron platform', () => {
  it('passes every file call to the bridge, and a drop as the File itself', async () => {
    const calls: unknown[][] = [];
    const bridge = new Proxy({} as BridgeApi, {
      get: (_target, method: string) => (...args: unknown[]) => {
        calls.push([method, ...args]);
        return method.startsWith('on') ? () => undefined : Promise.resolve({ kind: 'canceled' });
      },
    });
    const platform = createElectronPlatform(bridge);
    expect(platform.files).toEqual({ saveInPlace: true, keepsPrevious: true, recent: true, nativeMenu: true });
    const file = textFile('{}', 'gesleept.json');
    await platform.openFile();
    await platform.openDropped({ file });
    await platform.saveFile('h', 't', true);
    await platform.saveFileAs('t', 'n');
    platform.setDocumentState({ dirty: true, unsavedCount: 1, name: null, handle: null, lang: 'en', backupIds: [] });
    platform.saveBeforeCloseDone('r', true);
    expect(calls).toEqual([
      ['openFileDialog'],
      ['openDroppedFile', file],
      ['saveFile', 'h', 't', true],
      ['saveFileAs', 't', 'n'],
      ['setDocumentState', { dirty: true, unsavedCount: 1, name: null, handle: null, lang: 'en', backupIds: [] }],
      ['saveBeforeCloseDone', 'r', true],
    ]);
  });
});
