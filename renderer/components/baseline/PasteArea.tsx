import { useId, useState } from 'react';
import { useText } from '../../i18n/use-text';

/**
 * A place to paste rows copied from a spreadsheet. Pasting adds them at once; text typed or
 * dropped here is added with the button. The column order is stated next to it.
 */
export function PasteArea({ onPaste }: { onPaste: (text: string) => unknown }) {
  const t = useText().baseline;
  const id = useId();
  const [text, setText] = useState('');
  const submit = (value: string) => {
    if (value.trim() === '') return;
    onPaste(value);
    // The report below lists every row that could not be read; the area is free for the next paste.
    setText('');
  };
  return (
    <div className="baseline-paste">
      <label htmlFor={id} className="baseline-paste__label">
        {t.pasteLabel}
      </label>
      <p id={`${id}-hint`} className="baseline-hint">
        {t.pasteHint(t.pasteColumns.join(' · '))}
      </p>
      <textarea
        id={id}
        rows={3}
        value={text}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setText(e.target.value)}
        onPaste={(e) => {
          const pasted = e.clipboardData.getData('text/plain');
          if (pasted.trim() === '') return;
          e.preventDefault();
          submit(pasted);
        }}
      />
      <p>
        <button type="button" className="baseline-button" onClick={() => submit(text)} disabled={text.trim() === ''}>
          {t.pasteButton}
        </button>
      </p>
    </div>
  );
}
