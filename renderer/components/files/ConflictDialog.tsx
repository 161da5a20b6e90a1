import { useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { filesSelectors } from '../../store/files-slice';
import { useOptionalFileActions } from './file-actions-context';
import { ModalDialog } from './ModalDialog';

/** The file changed on disk since it was opened: Overwrite / Save as… / Cancel. Cancel has the focus. */
export function ConflictDialog() {
  const t = useText().files;
  const prompt = useAppStore(filesSelectors.prompt);
  const keepsPrevious = useOptionalFileActions()?.platform.keepsPrevious ?? false;
  const answer = (choice: 'overwrite' | 'saveAs' | 'cancel') => {
    if (prompt?.kind === 'conflict') prompt.answer(choice);
  };
  if (prompt?.kind !== 'conflict') return null;
  return (
    <ModalDialog role="alertdialog" labelledBy="conflict-title" describedBy="conflict-text" onCancel={() => answer('cancel')}>
      <h2 id="conflict-title">{t.conflictTitle(prompt.name)}</h2>
      <p id="conflict-text">{t.conflictText(keepsPrevious)}</p>
      <div className="file-dialog__buttons">
        <button type="button" className="tool-button" onClick={() => answer('overwrite')}>
          {t.conflictOverwrite}
        </button>
        <button type="button" className="primary-button" onClick={() => answer('saveAs')}>
          {t.conflictSaveAs}
        </button>
        <button type="button" className="tool-button" onClick={() => answer('cancel')} autoFocus>
          {t.cancel}
        </button>
      </div>
    </ModalDialog>
  );
}
