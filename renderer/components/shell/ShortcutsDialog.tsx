import { useRef } from 'react';
import { commands, isMac, keyLabel } from '../../commands/commands';
import { useLang, useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { useModalDialog } from '../dialog/use-modal-dialog';
import { render } from '../../../shared/i18n/text';

/** The overview of every shortcut, read from the one command list. */
export function ShortcutsDialog() {
  const t = useText().app;
  const lang = useLang();
  const open = useAppStore((s) => s.shortcutsOpen);
  const setOpen = useAppStore((s) => s.setShortcutsOpen);
  const ref = useRef<HTMLDialogElement>(null);
  const mac = typeof navigator !== 'undefined' && isMac(navigator.platform);

  useModalDialog(ref, open);

  return (
    <dialog ref={ref} className="shortcuts" aria-labelledby="shortcuts-title" onClose={() => setOpen(false)} onCancel={() => setOpen(false)}>
      <h2 id="shortcuts-title">{t.shortcutsTitle}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.shortcutKeys}</th>
            <th scope="col">{t.shortcutAction}</th>
          </tr>
        </thead>
        <tbody>
          {commands.map((c) => (
            <tr key={c.id}>
              <td>
                {c.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 ? ' / ' : ''}
                    <kbd translate="no">{keyLabel(k, mac)}</kbd>
                  </span>
                ))}
              </td>
              <td>{render(lang, c.label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="shortcuts__note">{t.shortcutsEditNote}</p>
      <button type="button" className="tool-button" onClick={() => setOpen(false)} autoFocus>
        {t.close}
      </button>
    </dialog>
  );
}
