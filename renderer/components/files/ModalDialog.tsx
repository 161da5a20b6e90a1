import { useRef, type ReactNode } from 'react';
import { useModalDialog } from '../dialog/use-modal-dialog';

export interface ModalDialogProps {
  /** id of the heading that names the dialog. */
  labelledBy: string;
  /** id of the text that says what it is about. */
  describedBy?: string;
  /** Esc: the answer that changes nothing. */
  onCancel(): void;
  /** alertdialog for a question that needs an answer before anything else. */
  role?: 'dialog' | 'alertdialog';
  className?: string;
  children: ReactNode;
}

/**
 * A native modal <dialog>, in the page only while it is shown: Esc cancels it (see useModalDialog).
 */
export function ModalDialog({ labelledBy, describedBy, onCancel, role = 'dialog', className, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef(onCancel);
  cancel.current = onCancel;

  useModalDialog(ref, true);

  return (
    <dialog
      ref={ref}
      role={role}
      aria-modal="true"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className={`file-dialog ${className ?? ''}`.trim()}
      onCancel={(event) => {
        // Esc: answer through React, which removes the dialog.
        event.preventDefault();
        cancel.current();
      }}
    >
      {children}
    </dialog>
  );
}
