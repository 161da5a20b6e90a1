// Every file action of the renderer, the same in Electron and in the browser: New, Open (dialog,
// recent, drop, samples, a file from the OS), Save, Save As, Close, the backups of unsaved work
// and what the window is told about the document. The platform does the I/O; this decides.
//
// One way in for every file opened: openFile() parses with the engine and either loads it
// (saying so when it was migrated from an older version) or shows its problems while the
// current work stays open. Unsaved work is only ever replaced after the user said so.
import { scenarioFileName, windowTitle } from '../../../shared/files/file-names';
import { newId } from '../../../shared/files/new-id';
import type { MenuCommand, OpenedFile, ReadResult, RecentFile, SaveResult } from '../../../shared/ipc/contract';
import type { LocalizedText } from '../../../shared/scenario/problems';
import { parseScenarioText } from '../../../shared/scenario/parse';
import type { Scenario } from '../../../shared/scenario/schema';
import { serializeScenario } from '../../../shared/scenario/serialize';
import { newScenario } from '../../../shared/scenario/new-scenario';
import { ranByKeyJustNow } from '../../commands/use-shortcuts';
import type { AppPlatform, DroppedFile } from '../../platform/platform';
import type { ConflictAnswer, UnsavedAnswer } from '../../store/files-slice';
import { currentSeq, scenarioSelectors } from '../../store/scenario-slice';
import type { AppStore } from '../../store/store';
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
  /** A scenario made elsewhere (an import) as a new, unsaved document; asks first like New. */
  openNewDocument(scenario: Scenario): Promise<boolean>;
  open(): Promise<boolean>;
  openRecent(handle: string): Promise<boolean>;
  openSample(id: string): Promise<boolean>;
  openDropped(dropped: DroppedFile): Promise<boolean>;
  /** A file opened from outside (the OS, the menu's recent list, the file input). */
  openResult(result: ReadResult): Promise<boolean>;
  save(): Promise<boolean>;
  saveAs(): Promise<boolean>;
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

  const removeBackup = async () => {
    const { backupId, backupWritten } = get();
    if (!backupWritten) return;
    get().setBackupWritten(false);
    await platform.removeBackup(backupId).catch(() => undefined);
  };

  /** Whether the open work may be replaced: nothing unsaved, or the user saved or let it go. */
  const confirmReplace = async (): Promise<boolean> => {
    if (!dirty()) return true;
    const answer = await askUnsaved(scenarioSelectors.documentName(get()) ?? '');
    if (answer === 'cancel') return false;
    if (answer === 'save') return save();
    await removeBackup();
    return true;
  };

  /** A new document: its own backup id; the previous one's backup is gone (saved or let go). */
  const replaceWith = (scenario: Scenario, name: string | null, handle: string | null, restoredBackupId?: string) => {
    get().setBackupId(restoredBackupId ?? newId(), restoredBackupId !== undefined);
    get().loadScenario(scenario, name, { handle, dirty: restoredBackupId !== undefined });
    get().dismissOpenProblems();
  };

  /** The one way in for a file's text. */
  const openFile = async (file: OpenedFile, ask: boolean): Promise<boolean> => {
    const result = parseScenarioText(file.text);
    if (!result.ok) {
      // The file is left as it is; so is the work that is open.
      get().showOpenProblems(file.name, result.problems);
      return false;
    }
    if (ask && !(await confirmReplace())) return false;
    replaceWith(result.value, file.name, file.handle);
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
      notify('error', both((t) => t.openFailedReason(result.name, result.reason)));
      return false;
    }
    return openFile(result.file, true);
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

  /** After a save: the saved point, the backup gone (when nothing changed meanwhile), a notice. */
  const finishSave = async (result: SaveResult, seq: number): Promise<boolean> => {
    if (result.kind === 'canceled') return false;
    if (result.kind === 'failed') {
      notify('error', both((t) => t.saveFailedReason(result.name, result.reason)));
      return false;
    }
    if (result.kind === 'conflict') return false; // handled by the caller
    get().markSaved(seq, result.name, result.handle);
    if (!dirty()) await removeBackup();
    notify('info', both((t) => (platform.files.saveInPlace ? t.saved(result.name) : t.downloaded(result.name))));
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
      return await finishSave(result, seq);
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
      return await finishSave(result, seq);
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
      if (file) void openFile(file, false);
    },

    async newScenario() {
      if (!(await confirmReplace())) return false;
      replaceWith(newScenario(now().getFullYear(), get().lang, now()), null, null);
      get().setNotice(null);
      return true;
    },

    async openNewDocument(scenario) {
      if (!(await confirmReplace())) return false;
      replaceWith(scenario, null, null);
      get().setNotice(null);
      return true;
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
      if (!(await confirmReplace())) return false;
      await removeBackup();
      get().closeScenario();
      get().setBackupId(newId());
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
        if (!(await confirmReplace())) return false;
        replaceWith(result.value, backup.handle === null ? null : backup.name, backup.handle, backup.id);
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
      const ok = await save();
      platform.saveBeforeCloseDone(requestId, ok);
    },

    start() {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const writeBackup = async () => {
        timer = undefined;
        const state = get();
        if (!state.scenario || !dirty()) return;
        const { backupId } = state;
        try {
          await platform.writeBackup({
            id: backupId,
            title: state.scenario.title,
            name: scenarioSelectors.documentName(state) ?? state.scenario.title,
            handle: state.fileHandle,
            text: serializeScenario(state.scenario),
          });
          // Saved or replaced meanwhile: the backup is not wanted any more.
          if (get().backupId === backupId && dirty()) get().setBackupWritten(true);
          else await platform.removeBackup(backupId).catch(() => undefined);
        } catch {
          // The next edit tries again; the work itself is still open.
        }
      };

      let lastScenario = get().scenario;
      let lastReported = '';
      const onChange = () => {
        const state = get();
        const isDirty = dirty();
        if (state.scenario !== lastScenario) {
          lastScenario = state.scenario;
          clearTimeout(timer);
          timer = isDirty ? setTimeout(() => void writeBackup(), backupDelay) : undefined;
        }
        if (!isDirty && state.backupWritten) {
          clearTimeout(timer);
          void removeBackup();
        }
        const name = state.scenario ? scenarioSelectors.documentName(state) : null;
        const report = {
          dirty: isDirty,
          name,
          handle: state.fileHandle,
          lang: state.lang,
          backupId: state.backupWritten ? state.backupId : null,
        };
        const key = JSON.stringify(report);
        if (key !== lastReported) {
          lastReported = key;
          if (typeof document !== 'undefined') document.title = windowTitle(name, isDirty);
          platform.setDocumentState(report);
        }
      };
      onChange();
      const unsubscribe = store.subscribe(onChange);
      return () => {
        unsubscribe();
        clearTimeout(timer);
      };
    },
  };
  return actions;
}
