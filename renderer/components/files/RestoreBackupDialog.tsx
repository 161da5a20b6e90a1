import { useState } from 'react';
import { formatDateTime } from '../../../shared/format/date';
import { useLang, useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { filesSelectors } from '../../store/files-slice';
import { useFileActions } from './file-actions-context';
import { ModalDialog } from './ModalDialog';

/**
 * After a crash or a kill: the backups of unsaved work, each with its title, file name and
 * time, to restore or discard. "Decide later" keeps them for the next start.
 */
export function RestoreBackupDialog() {
  const t = useText().files;
  const lang = useLang();
  const actions = useFileActions();
  const backups = useAppStore(filesSelectors.offeredBackups);
  const [later, setLater] = useState(false);
  if (backups.length === 0 || later) return null;
  return (
    <ModalDialog labelledBy="restore-title" describedBy="restore-text" onCancel={() => setLater(true)} className="restore-dialog">
      <h2 id="restore-title">{t.restoreTitle}</h2>
      <p id="restore-text">{t.restoreText}</p>
      <ul className="restore-dialog__list">
        {backups.map((backup, i) => (
          <li key={backup.id}>
            <p className="restore-dialog__item">
              <strong>{backup.title}</strong>
              <span>{backup.name}</span>
              <time dateTime={backup.savedAt}>{formatDateTime(backup.savedAt, { lang })}</time>
            </p>
            <div className="file-dialog__buttons">
              <button
                type="button"
                className="primary-button"
                aria-label={t.restoreNamed(backup.title)}
                onClick={() => void actions.restoreBackup(backup.id)}
                autoFocus={i === 0}
              >
                {t.restore}
              </button>
              <button type="button" className="tool-button" aria-label={t.discardNamed(backup.title)} onClick={() => void actions.discardBackup(backup.id)}>
                {t.discard}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <div className="file-dialog__buttons file-dialog__buttons--end">
        <button type="button" className="tool-button" onClick={() => setLater(true)}>
          {t.later}
        </button>
      </div>
    </ModalDialog>
  );
}
