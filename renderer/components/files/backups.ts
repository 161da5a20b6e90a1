// The backups of unsaved work: one per document, written a moment after the last edit, removed
// once the work is saved or let go, and offered for restoring at the next start.
import { serializeScenario } from '../../../shared/scenario/serialize';
import type { Scenario } from '../../../shared/scenario/schema';
import { parseScenarioText } from '../../../shared/scenario/parse';
import { type FileContext } from './file-context';
import type { FileOpening } from './open';
import { text } from '../../../shared/i18n/text';

export interface FileBackups {
  /** Removes a document's backup (default: the active one's), if one was written. */
  removeBackup(docId?: string | null): Promise<void>;
  /** Lists the backups left by an earlier session and offers them (the restore dialog). */
  offerBackups(): Promise<void>;
  restoreBackup(id: string): Promise<boolean>;
  discardBackup(id: string): Promise<void>;
  /** Writes the backups of the documents as they are edited; returns the stop. */
  startWriting(delay: number): BackupWriter;
}

export interface BackupWriter {
  /** The document's scenario changed: its backup is written `delay` after the last change, if still unsaved. */
  onEdit(docId: string, dirty: boolean): void;
  /** Not waiting for the document's backup any more (it is saved). */
  cancel(docId: string): void;
  stop(): void;
}

export function createBackups(context: FileContext, opening: Pick<FileOpening, 'openAsDocument'>): FileBackups {
  const { platform, get, notify, documentOf } = context;

  const removeBackup = async (docId = get().activeDocumentId) => {
    const doc = documentOf(docId);
    if (!doc?.backupWritten) return;
    get().updateDocument(doc.id, { backupWritten: false });
    await platform.removeBackup(doc.backupId).catch(() => undefined);
  };

  return {
    removeBackup,

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
        opening.openAsDocument(result.value, backup.handle === null ? null : backup.name, backup.handle, backup.id);
        get().setOfferedBackups(get().offeredBackups.filter((b) => b.id !== id));
        notify('info', text('files.restored', backup.title));
        return true;
      } catch {
        notify('error', text('files.openFailedReason', '', 'failed'));
        return false;
      }
    },

    async discardBackup(id) {
      await platform.removeBackup(id).catch(() => undefined);
      get().setOfferedBackups(get().offeredBackups.filter((b) => b.id !== id));
    },

    startWriting(delay) {
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
      return {
        onEdit(docId, dirty) {
          clearTimeout(timers.get(docId));
          if (dirty) timers.set(docId, setTimeout(() => void writeBackup(docId), delay));
          else timers.delete(docId);
        },
        cancel(docId) {
          clearTimeout(timers.get(docId));
        },
        stop() {
          for (const timer of timers.values()) clearTimeout(timer);
        },
      };
    },
  };
}
