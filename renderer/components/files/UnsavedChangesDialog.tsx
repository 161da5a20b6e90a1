import { useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { filesSelectors } from '../../store/files-slice';
import { ModalDialog } from './ModalDialog';

/** Save / Don't save / Cancel, before unsaved work would be replaced or closed. */
export function UnsavedChangesDialog() {
  const t = useText().files;
  const prompt = useAppStore(filesSelectors.prompt);
  const answer = (choice: 'save' | 'discard' | 'cancel') => {
    if (prompt?.kind === 'unsaved') prompt.answer(choice);
  };
  if (prompt?.kind !== 'unsaved') return null;
  return (
    <ModalDialog role="alertdialog" labelledBy="unsaved-title" describedBy="unsaved-text" onCancel={() => answer('cancel')}>
      <h2 id="unsaved-title">{t.unsavedTitle(prompt.name)}</h2>
      <p id="unsaved-text">{t.unsavedText}</p>
      <div className="file-dialog__buttons">
        <button type="button" className="primary-button" onClick={() => answer('save')} autoFocus>
          {t.unsavedSave}
        </button>
        <button type="button" className="tool-button" onClick={() => answer('discard')}>
          {t.unsavedDiscard}
        </button>
        <button type="button" className="tool-button" onClick={() => answer('cancel')}>
          {t.cancel}
        </button>
      </div>
    </ModalDialog>
  );
}
