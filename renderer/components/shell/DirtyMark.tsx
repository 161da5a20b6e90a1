import { DIRTY_MARK } from '../../../shared/files/file-names';
import { useText } from '../../i18n/use-text';

/** The unsaved-changes dot, with its meaning in words for a screen reader and on hover. */
export function DirtyMark({ className }: { className: string }) {
  const f = useText().files;
  return (
    <span className={className} title={f.unsavedMark}>
      <span aria-hidden="true">{DIRTY_MARK}</span>
      <span className="visually-hidden"> ({f.unsavedMark})</span>
    </span>
  );
}
