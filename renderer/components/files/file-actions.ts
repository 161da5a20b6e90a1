// Every file action of the renderer, the same in Electron and in the browser: New, Open (dialog,
// recent, drop, samples, a file from the OS), Save, Save As, Close, the backups of unsaved work
// and what the window is told about the document. The platform does the I/O; this decides.
//
// One way in for every file opened: openFile() parses with the engine and either opens it in a
// tab of its own (saying so when it was migrated from an older version) or shows its problems
// while the current work stays open. Opening never replaces other work: each document is a tab,
// and a tab with unsaved work closes only after the user said so.
import { scenarioFileName, variantTitle, windowTitle } from '../../../shared/files/file-names';
import type { MenuCommand, OpenedFile, ReadResult, RecentFile, SaveResult } from '../../../shared/ipc/contract';
import type { LocalizedText } from '../../../shared/scenario/problems';
import { parseScenarioText } from '../../../shared/scenario/parse';
import type { Scenario } from '../../../shared/scenario/schema';
import { serializeScenario } from '../../../shared/scenario/serialize';
import { newScenario } from '../../../shared/scenario/new-scenario';
import { ranByKeyJustNow } from '../../commands/use-shortcuts';
import type { AppPlatform, DroppedFile } from '../../platform/platform';
import type { ConflictAnswer, UnsavedAnswer } from '../../store/files-slice';
import { currentSeq, openDocuments } from '../../store/documents-slice';
import { scenarioSelectors } from '../../store/scenario-slice';
import type { AppStore, StoreState } from '../../store/store';
import { fileMessages, type FileMessages } from './messages';

/** A backup is written this long after the last edit. */
export const BACKUP_DELAY_MS = 1500;

export interface FileActions {
  /** What the platform can do (save in place, a recent list, a native menu). */
  readonly platform: AppPlatform['files'];
  /** The recent files; those that are gone are taken off the list, with a notice. */
  listRecent(): Promise<RecentFile[]>;
  /** The file the app starts with: no question asked, nothing to replace. */
  openInitial(file: OpenedFile | null): void;
  newScenario(): Promise<boolean>;
  /** A scenario made elsewhere (an import) as a new, unsaved document in a tab of its own. */
  openNewDocument(scenario: Scenario): Promise<boolean>;
  /** A copy of the active scenario as a new, unsaved tab: a variant to change and compare. */
  duplicate(): void;
  open(): Promise<boolean>;
  openRecent(handle: string): Promise<boolean>;
  openSample(id: string): Promise<boolean>;
  openDropped(dropped: DroppedFile): Promise<boolean>;
  /** A file opened from outside (the OS, the menu's recent list, the file input). */
  openResult(result: ReadResult): Promise<boolean>;
  save(): Promise<boolean>;
  saveAs(): Promise<boolean>;
  /** Closes the active tab, asking first when it has unsaved work. */
  close(): Promise<boolean>;
  /** Lists the backups left by an earlier session and offers them (the restore dialog). */
  offerBackups(): Promise<void>;
  restoreBackup(id: string): Promise<boolean>;
  discardBackup(id: string): Promise<void>;
  menuCommand(command: MenuCommand): void;
  saveBeforeClose(requestId: string): Promise<void>;
  /** Starts the background work (backups, window title, document state); returns the stop. */
  start(): () => void;
}

export interface FileActionsOptions {
  backupDelay?: number;
  now?: () => Date;
}

/** The same text in both languages, from the message tables. */
function both(pick: (t: FileMessages) => string): LocalizedText {
  return { nl: pick(fileMessages.nl), en: pick(fileMessages.en) };
}

function inEditableField(target: Element | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'range', 'button'].includes(target.type);
}

/**
 * A field commits what was typed when it loses focus (NumberField, TextField): before saving,
 * let it, so that Ctrl+S while typing saves what is on the screen. Focus comes back after.
 */
async function commitFocusedField(): Promise<() => void> {
  const active = typeof document === 'undefined' ? null : document.activeElement;
  if (!(active instanceof HTMLElement) || !inEditableField(active)) return () => undefined;
  active.blur();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return () => {
    if (active.isConnected) active.focus();
  };
}

export function createFileActions(platform: AppPlatform, store: AppStore, options: FileActionsOptions = {}): FileActions {
  const backupDelay = options.backupDelay ?? BACKUP_DELAY_MS;
  const now = options.now ?? (() => new Date());
  const get = () => store.getState();
  let saving: Promise<boolean> | null = null;

  const notify = (tone: 'info' | 'error', text: LocalizedText) => get().setNotice({ tone, text });

  const askUnsaved = (name: string) =>
    new Promise<UnsavedAnswer>((resolve) => {
      const current = get().prompt;
      if (current?.kind === 'unsaved') current.answer('cancel');
      else if (current?.kind === 'conflict') current.answer('cancel');
      get().ask({
        kind: 'unsaved',
        name,
        answer: (choice) => {
          get().ask(null);
          resolve(choice);
        },
      });
    });

  const askConflict = (name: string) =>
    new Promise<ConflictAnswer>((resolve) => {
      get().ask({
        kind: 'conflict',
        name,
        answer: (choice) => {
          get().ask(null);
          resolve(choice);
        },
      });
    });

  const dirty = () => scenarioSelectors.dirty(get());

  const documentOf = (id: string | null) => openDocuments(get()).find((d) => d.id === id);

  /** Removes a document's backup (default: the active one's), if one was written. */
  const removeBackup = async (docId = get().activeDocumentId) => {
    const doc = documentOf(docId);
    if (!doc?.backupWritten) return;
    get().updateDocument(doc.id, { backupWritten: false });
    await platform.removeBackup(doc.backupId).catch(() => undefined);
  };

  /** Whether the active document may be closed: nothing unsaved, or the user saved or let it go. */
  const confirmClose = async (): Promise<boolean> => {
    if (!dirty()) return true;
    const answer = await askUnsaved(scenarioSelectors.documentName(get()) ?? '');
    if (answer === 'cancel') return false;
    if (answer === 'save') return save();
    await removeBackup();
    return true;
  };

  /**
   * A new tab with its own history and backup id. A file that is open already (the same handle:
   * main gives one per path) is not opened twice: its tab comes forward, with its edits.
   */
  const openAsDocument = (scenario: Scenario, name: string | null, handle: string | null, restoredBackupId?: string): boolean => {
    get().dismissOpenProblems();
    const already = handle === null ? undefined : openDocuments(get()).find((d) => d.fileHandle === handle);
    if (already && restoredBackupId === undefined) {
      get().switchDocument(already.id);
      return false;
    }
    get().openDocument(scenario, name, { handle, backupId: restoredBackupId });
    return true;
  };

  /** The one way in for a file's text. */
  const openFile = async (file: OpenedFile): Promise<boolean> => {
    const result = parseScenarioText(file.text);
    if (!result.ok) {
      // The file is left as it is; so is the work that is open.
      get().showOpenProblems(file.name, result.problems);
      return false;
    }
    if (!openAsDocument(result.value, file.name, file.handle)) {
      notify('info', both((t) => t.alreadyOpen(file.name)));
      return true;
    }
    if (result.migratedFrom !== undefined) {
      const from = result.migratedFrom;
      notify('info', both((t) => t.migrated(file.name, from)));
    } else {
      get().setNotice(null);
    }
    return true;
  };

  const openResult = async (result: ReadResult): Promise<boolean> => {
    if (result.kind === 'canceled') return false;
    if (result.kind === 'failed') {
      // Bytes that are no UTF-8 text: shown as a file's problems are, with the byte offset.
      if (result.problem) get().showOpenProblems(result.name, [result.problem]);
      else notify('error', both((t) => t.openFailedReason(result.name, result.reason)));
      return false;
    }
    return openFile(result.file);
  };

  const guarded = async (work: () => Promise<ReadResult>): Promise<boolean> => {
    try {
      return await openResult(await work());
    } catch {
      notify('error', both((t) => t.openFailedReason('', 'failed')));
      return false;
    }
  };

  const textToSave = (scenario: Scenario): string => {
    const stamp = now().toISOString();
    return serializeScenario({ ...scenario, createdAt: scenario.createdAt ?? stamp, updatedAt: stamp });
  };

  /**
   * After a save: the saved point, the backup gone (when nothing changed meanwhile), a notice.
   * `docId`: the document that was saved, which may no longer be the active tab.
   */
  const finishSave = async (result: SaveResult, seq: number, docId: string | null): Promise<boolean> => {
    if (result.kind === 'canceled') return false;
    if (result.kind === 'failed') {
      notify('error', both((t) => t.saveFailedReason(result.name, result.reason)));
      return false;
    }
    if (result.kind === 'conflict') return false; // handled by the caller
    if (docId === null) return false;
    get().updateDocument(docId, { savedSeq: seq, fileName: result.name, fileHandle: result.handle });
    if (documentOf(docId)?.dirty === false) await removeBackup(docId);
    const other = result.otherVersion;
    if (other !== undefined) notify('error', both((t) => t.savedOverOther(result.name, other)));
    else notify('info', both((t) => (platform.files.saveInPlace ? t.saved(result.name) : t.downloaded(result.name))));
    return true;
  };

  /** Saves, asking Overwrite / Save as / Cancel as long as the file turns out changed on disk. */
  const resolveConflicts = async (first: SaveResult, text: string): Promise<SaveResult | 'saveAs'> => {
    let result = first;
    while (result.kind === 'conflict') {
      const answer = await askConflict(result.name);
      if (answer === 'cancel') return { kind: 'canceled' };
      if (answer === 'saveAs') return 'saveAs';
      result = await platform.saveFile(result.handle, text, true);
    }
    return result;
  };

  const once = (work: () => Promise<boolean>): Promise<boolean> => {
    if (saving) return saving;
    // The notice of an earlier open or save is about that one: "Opgeslagen" must never stand
    // beside a save still under way (or a conflict still unanswered), or it is read as this
    // save's. The new outcome sets its own notice when it is known.
    get().setNotice(null);
    saving = work().finally(() => {
      saving = null;
    });
    return saving;
  };

  const doSaveAs = async (): Promise<boolean> => {
    const refocus = await commitFocusedField();
    try {
      const state = get();
      if (!state.scenario) return false;
      const seq = currentSeq(state);
      const docId = state.activeDocumentId;
      const text = textToSave(state.scenario);
      const suggested = state.fileName ?? scenarioFileName(state.scenario.title);
      let result: SaveResult;
      try {
        result = await platform.saveFileAs(text, suggested);
        const resolved = await resolveConflicts(result, text);
        if (resolved === 'saveAs') return doSaveAs();
        result = resolved;
      } catch {
        result = { kind: 'failed', name: suggested, reason: 'failed' };
      }
      return await finishSave(result, seq, docId);
    } finally {
      refocus();
    }
  };

  const doSave = async (): Promise<boolean> => {
    const state = get();
    if (!state.scenario) return false;
    if (state.fileHandle === null) return doSaveAs();
    const refocus = await commitFocusedField();
    try {
      const fresh = get();
      if (!fresh.scenario || fresh.fileHandle === null) return false;
      const seq = currentSeq(fresh);
      const docId = fresh.activeDocumentId;
      const text = textToSave(fresh.scenario);
      let result: SaveResult;
      try {
        const resolved = await resolveConflicts(await platform.saveFile(fresh.fileHandle, text, false), text);
        if (resolved === 'saveAs') {
          refocus();
          return doSaveAs();
        }
        result = resolved;
      } catch {
        result = { kind: 'failed', name: fresh.fileName ?? '', reason: 'failed' };
      }
      return await finishSave(result, seq, docId);
    } finally {
      refocus();
    }
  };

  const save = () => once(doSave);
  const saveAs = () => once(doSaveAs);

  const actions: FileActions = {
    platform: platform.files,

    async listRecent() {
      try {
        const list = await platform.listRecent();
        if (list.removed.length > 0) notify('info', both((t) => t.recentRemoved(list.removed)));
        return list.files;
      } catch {
        return [];
      }
    },

    openInitial(file) {
      if (file) void openFile(file);
    },

    async newScenario() {
      openAsDocument(newScenario(now().getFullYear(), get().lang, now()), null, null);
      get().setNotice(null);
      return true;
    },

    async openNewDocument(scenario) {
      openAsDocument(scenario, null, null);
      get().setNotice(null);
      return true;
    },

    duplicate() {
      const { scenario, lang } = get();
      if (!scenario) return;
      const titles = new Set(openDocuments(get()).map((d) => d.scenario.title));
      get().duplicateDocument(variantTitle(scenario.title, titles, fileMessages[lang].variant));
      notify('info', both((t) => t.duplicated(scenario.title)));
    },

    open: () => guarded(() => platform.openFile()),
    openRecent: (handle) => guarded(() => platform.openRecent(handle)),
    openDropped: (dropped) => guarded(() => platform.openDropped(dropped)),
    openSample: (id) => guarded(async () => ({ kind: 'opened', file: await platform.readSample(id) })),
    openResult,
    save,
    saveAs,

    async close() {
      if (!get().scenario) return true;
      if (!(await confirmClose())) return false;
      await removeBackup();
      get().closeScenario();
      get().setNotice(null);
      return true;
    },

    async offerBackups() {
      const backups = await platform.listBackups().catch(() => []);
      get().setOfferedBackups(backups);
    },

    async restoreBackup(id) {
      try {
        const backup = await platform.restoreBackup(id);
        const result = parseScenarioText(backup.text);
        if (!result.ok) {
          get().showOpenProblems(backup.name, result.problems);
          return false;
        }
        openAsDocument(result.value, backup.handle === null ? null : backup.name, backup.handle, backup.id);
        get().setOfferedBackups(get().offeredBackups.filter((b) => b.id !== id));
        notify('info', both((t) => t.restored(backup.title)));
        return true;
      } catch {
        notify('error', both((t) => t.openFailedReason('', 'failed')));
        return false;
      }
    },

    async discardBackup(id) {
      await platform.removeBackup(id).catch(() => undefined);
      get().setOfferedBackups(get().offeredBackups.filter((b) => b.id !== id));
    },

    menuCommand(command) {
      // A key the renderer handled itself may also reach the menu (macOS): act once.
      if (ranByKeyJustNow(command)) return;
      switch (command) {
        case 'new':
          void actions.newScenario();
          return;
        case 'open':
          void actions.open();
          return;
        case 'save':
          void save();
          return;
        case 'saveAs':
          void saveAs();
          return;
        case 'close':
          void actions.close();
          return;
        case 'duplicate':
          actions.duplicate();
          return;
        case 'export':
          if (get().scenario) get().setExportOpen(true);
          return;
        case 'compare':
          get().setView('compare');
          return;
        case 'undo':
        case 'redo':
          // In a text field, undo belongs to the field (as Ctrl+Z does); elsewhere to the scenario.
          if (inEditableField(document.activeElement)) document.execCommand(command);
          else if (command === 'undo') get().undo();
          else get().redo();
          return;
      }
    },

    async saveBeforeClose(requestId) {
      // Every tab with unsaved work, each brought forward so that a Save As dialog is about what is on screen.
      let ok = true;
      for (const doc of openDocuments(get()).filter((d) => d.dirty)) {
        get().switchDocument(doc.id);
        if (!(await save())) {
          ok = false;
          break;
        }
      }
      platform.saveBeforeCloseDone(requestId, ok);
    },

    start() {
      // One pending backup per document: switching tabs does not lose the one being waited for.
      const timers = new Map<string, ReturnType<typeof setTimeout>>();
      const written = new Map<string, Scenario>();
      const writeBackup = async (docId: string) => {
        timers.delete(docId);
        const doc = documentOf(docId);
        if (!doc?.dirty || written.get(docId) === doc.scenario) return;
        try {
          await platform.writeBackup({
            id: doc.backupId,
            title: doc.scenario.title,
            name: doc.name,
            handle: doc.fileHandle,
            text: serializeScenario(doc.scenario),
          });
          written.set(docId, doc.scenario);
          // Saved or closed meanwhile: the backup is not wanted any more.
          const now = documentOf(docId);
          if (now?.dirty && now.backupId === doc.backupId) get().updateDocument(docId, { backupWritten: true });
          else await platform.removeBackup(doc.backupId).catch(() => undefined);
        } catch {
          // The next edit tries again; the work itself is still open.
        }
      };

      let lastScenario = get().scenario;
      let lastReported = '';
      const onChange = () => {
        const state = get();
        const isDirty = dirty();
        const docId = state.activeDocumentId;
        if (state.scenario !== lastScenario) {
          lastScenario = state.scenario;
          if (docId !== null) {
            clearTimeout(timers.get(docId));
            if (isDirty) timers.set(docId, setTimeout(() => void writeBackup(docId), backupDelay));
            else timers.delete(docId);
          }
        }
        if (!isDirty && state.backupWritten) {
          if (docId !== null) clearTimeout(timers.get(docId));
          void removeBackup();
        }
        report(get());
      };
      // What main and the window are told, from the state as it is now (removeBackup changed it).
      const report = (state: StoreState) => {
        const isDirty = scenarioSelectors.dirty(state);
        const docs = openDocuments(state);
        const unsaved = docs.filter((d) => d.dirty);
        const name = state.scenario ? scenarioSelectors.documentName(state) : null;
        const next = {
          dirty: unsaved.length > 0,
          unsavedCount: unsaved.length,
          name: unsaved.length === 1 ? unsaved[0]!.name : name,
          handle: state.fileHandle,
          lang: state.lang,
          backupIds: docs.filter((d) => d.backupWritten).map((d) => d.backupId),
        };
        const key = JSON.stringify(next);
        if (key !== lastReported) {
          lastReported = key;
          if (typeof document !== 'undefined') document.title = windowTitle(name, isDirty);
          platform.setDocumentState(next);
        }
      };
      onChange();
      const unsubscribe = store.subscribe(onChange);
      return () => {
        unsubscribe();
        for (const timer of timers.values()) clearTimeout(timer);
      };
    },
  };
  return actions;
}
