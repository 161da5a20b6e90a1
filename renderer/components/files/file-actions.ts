// Every file action of the renderer, the same in Electron and in the browser, composed from
// one module per job: open.ts (New, Open from the dialog, recent, drop, samples, a file from
// the OS), save.ts (Save, Save As), close.ts, backups.ts (the backups of unsaved work),
// prompts.ts (the questions asked), reporting.ts (what the window is told about the
// documents). The platform does the I/O; these decide.
import type { MenuCommand, OpenedFile, ReadResult, RecentFile } from '../../../shared/ipc/contract';
import type { Scenario } from '../../../shared/scenario/schema';
import { inEditableField, ranByKeyJustNow } from '../../commands/use-shortcuts';
import { moveRegion } from '../../focus/regions';
import type { AppPlatform, DroppedFile } from '../../platform/platform';
import { activeDocument, scenarioOf } from '../../store/documents-slice';
import { scenarioSelectors } from '../../store/scenario-slice';
import type { AppStore } from '../../store/store';
import { createBackups } from './backups';
import { createClosing } from './close';
import { createFileContext } from './file-context';
import { createOpening } from './open';
import { createPrompts } from './prompts';
import { createReporter } from './reporting';
import { createSaving } from './save';

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

export function createFileActions(platform: AppPlatform, store: AppStore, options: FileActionsOptions = {}): FileActions {
  const backupDelay = options.backupDelay ?? BACKUP_DELAY_MS;
  const context = createFileContext(platform, store, options.now ?? (() => new Date()));
  const { get } = context;
  const prompts = createPrompts(context);
  const opening = createOpening(context);
  const backups = createBackups(context, opening);
  const saving = createSaving(context, prompts, backups);
  const closing = createClosing(context, prompts, saving, backups);

  const actions: FileActions = {
    platform: platform.files,
    listRecent: opening.listRecent,
    openInitial: opening.openInitial,
    newScenario: opening.newScenario,
    openNewDocument: opening.openNewDocument,
    duplicate: opening.duplicate,
    open: opening.open,
    openRecent: opening.openRecent,
    openSample: opening.openSample,
    openDropped: opening.openDropped,
    openResult: opening.openResult,
    save: saving.save,
    saveAs: saving.saveAs,
    close: closing.close,
    saveBeforeClose: closing.saveBeforeClose,
    offerBackups: backups.offerBackups,
    restoreBackup: backups.restoreBackup,
    discardBackup: backups.discardBackup,

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
          void actions.save();
          return;
        case 'saveAs':
          void actions.saveAs();
          return;
        case 'close':
          void actions.close();
          return;
        case 'duplicate':
          actions.duplicate();
          return;
        case 'export':
          if (scenarioOf(get())) get().setExportOpen(true);
          return;
        case 'compare':
          get().setView('compare');
          return;
        case 'next-region':
          moveRegion(1);
          return;
        case 'previous-region':
          moveRegion(-1);
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

    start() {
      const writer = backups.startWriting(backupDelay);
      const report = createReporter(context);
      let lastScenario = scenarioOf(get());
      const onChange = () => {
        const state = get();
        const isDirty = scenarioSelectors.dirty(state);
        const docId = state.activeDocumentId;
        const scenario = scenarioOf(state);
        if (scenario !== lastScenario) {
          lastScenario = scenario;
          if (docId !== null) writer.onEdit(docId, isDirty);
        }
        if (!isDirty && activeDocument(state)?.backupWritten) {
          if (docId !== null) writer.cancel(docId);
          void backups.removeBackup();
        }
        // What main and the window are told, from the state as it is now (removeBackup changed it).
        report(get());
      };
      onChange();
      const unsubscribe = store.subscribe(onChange);
      return () => {
        unsubscribe();
        writer.stop();
      };
    },
  };
  return actions;
}
