import { DIRTY_MARK } from '../../../shared/files/file-names';
import { useLocalized } from '../../i18n/use-messages';
import { fileMessages } from '../files/messages';

/** The unsaved-changes dot, with its meaning in words for a screen reader and on hover. */
export function DirtyMark({ className }: { className: string }) {
  const f = useLocalized(fileMessages);
  return (
    <span className={className} title={f.unsavedMark}>
      <span aria-hidden="true">{DIRTY_MARK}</span>
      <span className="visually-hidden"> ({f.unsavedMark})</span>
    </span>
  );
}
