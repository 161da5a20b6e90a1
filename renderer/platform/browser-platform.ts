import type { DocumentState, ReadResult } from '../../shared/ipc/contract';
import { serializeScenario } from '../../shared/scenario/serialize';
import { BrowserBackups } from './browser-backups';
import { BrowserFiles, type FsaWindow } from './browser-files';
import { printInBrowser } from './browser-print';
import { downloadText } from './download';
import { Idb } from './idb';
import type { AppPlatform } from './platform';
import { sampleInfo } from './sample-info';

export const DEFAULT_SAMPLE_PREFIX = 'stichtse-vecht';

/** What the browser offers, looked up once (tests pass their own). */
export interface BrowserEnvironment {
  /** The window when it has the File System Access API, else null. */
  fsa: FsaWindow | null;
  indexedDB: IDBFactory | null;
  locks: { request(name: string, cb: () => Promise<unknown>): Promise<unknown>; query(): Promise<{ held?: { name?: string }[] }> } | null;
  document: Document | null;
  window: Window | null;
}

export function browserEnvironment(): BrowserEnvironment {
  const w = typeof window === 'undefined' ? null : window;
  const fsa = w && 'showOpenFilePicker' in w && 'showSaveFilePicker' in w ? (w as unknown as FsaWindow) : null;
  const nav = typeof navigator === 'undefined' ? null : (navigator as Navigator & { locks?: BrowserEnvironment['locks'] });
  return {
    fsa,
    indexedDB: typeof indexedDB === 'undefined' ? null : indexedDB,
    locks: nav?.locks ?? null,
    document: typeof document === 'undefined' ? null : document,
    window: w,
  };
}

export function createBrowserPlatform(
  samples: ReadonlyMap<string, string>,
  location: { search: string },
  env: BrowserEnvironment = browserEnvironment(),
): AppPlatform {
  const read = (id: string) => {
    const text = samples.get(id);
    if (text === undefined) throw new Error(`Unknown sample: ${id}`);
    return { name: `${id}.vcscenario.json`, text, handle: null };
  };
  const opened = new Set<(result: ReadResult) => void>();
  const idb = env.indexedDB ? new Idb(env.indexedDB) : null;
  const files = new BrowserFiles({
    fsa: env.fsa,
    idb,
    document: env.document,
    download: downloadText,
    unrequested: (result) => opened.forEach((listener) => listener(result)),
  });
  const backups = new BrowserBackups(idb, files, env.locks);

  // Leaving the page with unsaved changes: the browser asks (its own words; pages cannot choose them).
  let state: DocumentState | null = null;
  env.window?.addEventListener('beforeunload', (event) => {
    if (!state?.dirty) return;
    event.preventDefault();
    event.returnValue = '';
  });

  return {
    kind: 'browser',
    async getInitialScenario() {
      files.prepare();
      const params = new URLSearchParams(location.search);
      if (params.get('generate') === 'large') {
        // The generated large scenario (300 lines, 60 measures, 30 years), for speed checks; its
        // generator loads only then. (serialize is in the app's own bundle: saving needs it.)
        const { generateLargeScenario } = await import('../../shared/scenario/generate-large');
        return { name: 'groot-scenario.vcscenario.json', text: serializeScenario(generateLargeScenario()), handle: null };
      }
      const wanted = params.get('sample');
      const ids = [...samples.keys()].sort();
      const id =
        (wanted && samples.has(wanted) ? wanted : null) ??
        ids.find((s) => s.startsWith(DEFAULT_SAMPLE_PREFIX)) ??
        ids[0];
      return id === undefined ? null : read(id);
    },
    async listSamples() {
      return [...samples.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, text]) => sampleInfo(id, text));
    },
    async readSample(id) {
      return read(id);
    },
    downloadText,
    printInBrowser: (request) => printInBrowser(request, env.document ?? document),
    files: { saveInPlace: files.saveInPlace, keepsPrevious: false, recent: files.saveInPlace && idb !== null, nativeMenu: false },
    openFile: () => files.open(),
    openDropped: (dropped) => files.openDropped(dropped),
    listRecent: () => files.listRecent(),
    openRecent: (handle) => files.openRecent(handle),
    saveFile: (handle, text, overwrite) => files.save(handle, text, overwrite),
    saveFileAs: (text, suggestedName) => files.saveAs(text, suggestedName),
    writeBackup: (backup) => backups.write(backup),
    removeBackup: (id) => backups.remove(id),
    listBackups: () => backups.list(),
    restoreBackup: (id) => backups.restore(id),
    setDocumentState: (next) => {
      state = next;
    },
    onMenuCommand: () => () => undefined,
    onFileOpened: (callback) => {
      opened.add(callback);
      return () => void opened.delete(callback);
    },
    onSaveBeforeClose: () => () => undefined,
    saveBeforeCloseDone: () => undefined,
  };
}
