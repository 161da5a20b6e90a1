// Closing: the active tab, asking first when it has unsaved work; and before the window closes,
// saving every tab with unsaved work.
import { openDocuments, scenarioOf } from '../../store/documents-slice';
import { scenarioSelectors } from '../../store/scenario-slice';
import type { FileBackups } from './backups';
import type { FileContext } from './file-context';
import type { FilePrompts } from './prompts';
import type { FileSaving } from './save';

export interface FileClosing {
  close(): Promise<boolean>;
  saveBeforeClose(requestId: string): Promise<void>;
}

export function createClosing(
  { platform, get }: FileContext,
  prompts: FilePrompts,
  saving: FileSaving,
  backups: Pick<FileBackups, 'removeBackup'>,
): FileClosing {
  /** Whether the active document may be closed: nothing unsaved, or the user saved or let it go. */
  const confirmClose = async (): Promise<boolean> => {
    if (!scenarioSelectors.dirty(get())) return true;
    const answer = await prompts.askUnsaved(scenarioSelectors.documentName(get()) ?? '');
    if (answer === 'cancel') return false;
    if (answer === 'save') return saving.save();
    await backups.removeBackup();
    return true;
  };

  return {
    async close() {
      if (!scenarioOf(get())) return true;
      if (!(await confirmClose())) return false;
      await backups.removeBackup();
      get().closeScenario();
      get().setNotice(null);
      return true;
    },

    async saveBeforeClose(requestId) {
      // Every tab with unsaved work, each brought forward so that a Save As dialog is about what is on screen.
      let ok = true;
      for (const doc of openDocuments(get()).filter((d) => d.dirty)) {
        get().switchDocument(doc.id);
        if (!(await saving.save())) {
          ok = false;
          break;
        }
      }
      platform.saveBeforeCloseDone(requestId, ok);
    },
  };
}
