import { useEffect, type RefObject } from 'react';

/**
 * Shows a native <dialog> as a modal while `open` and closes it otherwise: the browser keeps focus
 * inside it, puts it above everything and makes the rest inert. jsdom (tests) has no showModal,
 * so there it only gets or loses the `open` attribute.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, open: boolean): void {
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [ref, open]);
}
