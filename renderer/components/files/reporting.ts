// What the window and main are told about the documents: the window title, whether there is
// unsaved work (main asks before quitting), the language and the backups to keep. Told only
// when it changed.
import { windowTitle } from '../../../shared/files/file-names';
import { activeDocument, openDocuments } from '../../store/documents-slice';
import { scenarioSelectors } from '../../store/scenario-slice';
import type { StoreState } from '../../store/store';
import type { FileContext } from './file-context';

export function createReporter({ platform }: FileContext): (state: StoreState) => void {
  let lastReported = '';
  return (state) => {
    const isDirty = scenarioSelectors.dirty(state);
    const docs = openDocuments(state);
    const unsaved = docs.filter((d) => d.dirty);
    const name = scenarioSelectors.documentName(state);
    const next = {
      dirty: unsaved.length > 0,
      unsavedCount: unsaved.length,
      name: unsaved.length === 1 ? unsaved[0]!.name : name,
      handle: activeDocument(state)?.fileHandle ?? null,
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
}
