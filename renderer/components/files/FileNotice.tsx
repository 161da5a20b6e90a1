import { useLang, useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { filesSelectors, type FileNotice as Notice } from '../../store/files-slice';
import { render } from '../../../shared/i18n/text';

/**
 * What happened to a file: saved, migrated from an older version, restored, or why it could
 * not be opened or saved. The status region is always there, so that screen readers announce
 * what appears in it; an error is an alert, announced as soon as it is inserted.
 */
export function FileNotice() {
  const notice = useAppStore(filesSelectors.notice);
  return (
    <>
      <div role="status" className="file-notice-region" data-testid="file-status">
        {notice?.tone === 'info' ? <NoticeBody notice={notice} /> : null}
      </div>
      {notice?.tone === 'error' ? (
        <div role="alert" className="file-notice-region" data-testid="file-alert">
          <NoticeBody notice={notice} />
        </div>
      ) : null}
    </>
  );
}

function NoticeBody({ notice }: { notice: Notice }) {
  const t = useText().files;
  const lang = useLang();
  const setNotice = useAppStore((s) => s.setNotice);
  return (
    <div className={`file-notice file-notice--${notice.tone}`}>
      <p>{render(lang, notice.text)}</p>
      <button type="button" className="tool-button" onClick={() => setNotice(null)}>
        {t.dismiss}
      </button>
    </div>
  );
}
