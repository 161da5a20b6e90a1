// Opening: one way in for every file opened (dialog, recent, drop, samples, a file from the OS).
// openFile() parses with the engine and either opens it in a tab of its own (saying so when it
// was migrated from an older version) or shows its problems while the current work stays open.
// Opening never replaces other work: each document is a tab. New scenarios and variants too.
import { variantTitle } from '../../../shared/files/file-names';
import type { OpenedFile, ReadResult } from '../../../shared/ipc/contract';
import { newScenario } from '../../../shared/scenario/new-scenario';
import { parseScenarioText } from '../../../shared/scenario/parse';
import type { Scenario } from '../../../shared/scenario/schema';
import { openDocuments, scenarioOf } from '../../store/documents-slice';
import type { FileActions } from './file-actions';
import { type FileContext } from './file-context';
import { catalogue, text } from '../../../shared/i18n/text';

export interface FileOpening
  extends Pick<
    FileActions,
    'openResult' | 'listRecent' | 'openInitial' | 'newScenario' | 'openNewDocument' | 'duplicate' | 'open' | 'openRecent' | 'openSample' | 'openDropped'
  > {
  /**
   * A new tab with its own history and backup id. A file that is open already (the same handle:
   * main gives one per path) is not opened twice: its tab comes forward, with its edits.
   * Returns whether a tab was opened.
   */
  openAsDocument(scenario: Scenario, name: string | null, handle: string | null, restoredBackupId?: string): boolean;
  openFile(file: OpenedFile): Promise<boolean>;
}

export function createOpening({ platform, get, now, notify }: FileContext): FileOpening {
  const openAsDocument: FileOpening['openAsDocument'] = (scenario, name, handle, restoredBackupId) => {
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
      notify('info', text('files.alreadyOpen', file.name));
      return true;
    }
    if (result.migratedFrom !== undefined) {
      const from = result.migratedFrom;
      notify('info', text('files.migrated', file.name, from));
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
      else notify('error', text('files.openFailedReason', result.name, result.reason));
      return false;
    }
    return openFile(result.file);
  };

  const guarded = async (work: () => Promise<ReadResult>): Promise<boolean> => {
    try {
      return await openResult(await work());
    } catch {
      notify('error', text('files.openFailedReason', '', 'failed'));
      return false;
    }
  };

  /**
   * A scenario that is no file (yet) in a tab of its own; no notice of an earlier file stays. It
   * starts with its budget lines: the focus goes to the first line's name (#24).
   */
  const openUnsaved = async (scenario: Scenario): Promise<boolean> => {
    openAsDocument(scenario, null, null);
    get().setNotice(null);
    get().requestFocus('lines');
    return true;
  };

  return {
    openAsDocument,
    openFile,
    openResult,

    async listRecent() {
      try {
        const list = await platform.listRecent();
        if (list.removed.length > 0) notify('info', text('files.recentRemoved', list.removed));
        return list.files;
      } catch {
        return [];
      }
    },

    openInitial(file) {
      if (file) void openFile(file);
    },

    newScenario: () => openUnsaved(newScenario(now().getFullYear(), get().lang, now())),
    openNewDocument: openUnsaved,

    duplicate() {
      const scenario = scenarioOf(get());
      if (!scenario) return;
      const titles = new Set(openDocuments(get()).map((d) => d.scenario.title));
      get().duplicateDocument(variantTitle(scenario.title, titles, catalogue(get().lang).files.variant));
      notify('info', text('files.duplicated', scenario.title));
    },

    open: () => guarded(() => platform.openFile()),
    openRecent: (handle) => guarded(() => platform.openRecent(handle)),
    openDropped: (dropped) => guarded(() => platform.openDropped(dropped)),
    openSample: (id) => guarded(async () => ({ kind: 'opened', file: await platform.readSample(id) })),
  };
}
