// The letter to one partner from the app (#21 item 3): the same model, words and writers as
// `vcp letter` (shared/export/letter.ts), as PDF (the host's printer; in the browser its print
// dialog), Markdown or Word, in Dutch or English, with a preview of the letter.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { buildLetter, LETTER_FORMATS, LETTER_MARGINS_MM, LETTER_MIME, letterDocx, letterFileName, letterHtml, letterMarkdown, letterText, type LetterFormat } from '../../../shared/export/letter';
import { withPrintFooter } from '../../../shared/export/print-html';
import { LANGUAGES, USER_LANGS, tagOf, type Lang } from '../../../shared/i18n/languages';
import { useText } from '../../i18n/use-text';
import { scenarioOf } from '../../store/documents-slice';
import { useAppStore } from '../../store/store';
import { projectionOf } from '../../store/use-projection';
import { useModalDialog } from '../dialog/use-modal-dialog';
import { useExportHost } from '../export/use-export-host';
import { usePlatform } from '../../platform/context';
import type { PrintRequest } from '../../platform/browser-print';
import type { PrintOptions } from '../../../shared/ipc/contract';
import './letter-dialog.css';

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface LetterDialogProps {
  organisation: string;
  onClose(): void;
  /** Receives the finished file: text for Markdown, bytes for PDF and Word. */
  onSave(fileName: string, data: Uint8Array | string, mime: string): void | Promise<void>;
  /** The host's PDF printer (Electron's printToPDF), given the letter's own margins. */
  printToPdf?: (html: string, options: PrintOptions) => Promise<Uint8Array>;
  /** Without a printer: the browser's print dialog, where the user saves it as PDF. */
  printInBrowser?: (request: PrintRequest) => Promise<void>;
  /** The letter's date, YYYY-MM-DD; default today. */
  date?: string;
}

/** The dialog with the platform's download and printers (what the app opens). */
export function HostedLetterDialog({ organisation, onClose }: { organisation: string; onClose(): void }) {
  const host = useExportHost();
  const platform = usePlatform();
  return (
    <LetterDialog
      organisation={organisation}
      onClose={onClose}
      onSave={host.onSave}
      printToPdf={platform.printToPdf ? (html, options) => platform.printToPdf!(html, options) : undefined}
      printInBrowser={host.printInBrowser}
    />
  );
}

export function LetterDialog({ organisation, onClose, onSave, printToPdf, printInBrowser, date }: LetterDialogProps) {
  const t = useText().letter.dialog;
  const uiLang = useAppStore((s) => s.lang);
  const scenario = useAppStore(scenarioOf);
  const canPdf = printToPdf !== undefined || printInBrowser !== undefined;
  const [format, setFormat] = useState<LetterFormat>(canPdf ? 'pdf' : 'docx');
  const [lang, setLang] = useState<Lang>(uiLang);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [finished, setFinished] = useState(false);
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  useModalDialog(ref, true);
  useEffect(() => {
    if (finished) closeRef.current?.focus();
  }, [finished]);

  const day = date ?? today();
  const letter = useMemo(
    () => (scenario ? buildLetter(scenario, projectionOf(scenario), organisation, { lang, date: day }) : null),
    [scenario, organisation, lang, day],
  );
  if (!letter) return null;
  const fileName = letterFileName(letter, format);
  const choose =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      setFinished(false);
      setStatus('');
      set(value);
    };

  async function save() {
    if (!letter) return;
    setBusy(true);
    setStatus('');
    try {
      if (format === 'pdf') {
        if (printToPdf) {
          const bytes = await printToPdf(letterHtml(letter), { footerTemplate: '<span></span>', marginsMm: LETTER_MARGINS_MM });
          await onSave(fileName, bytes, LETTER_MIME.pdf);
        } else if (printInBrowser) {
          await printInBrowser({
            html: withPrintFooter(letterHtml(letter), { lang: letter.lang, title: letter.organisation }),
            label: t.preview,
            fileTitle: fileName.replace(/\.pdf$/, ''),
          });
          setStatus(t.printed(fileName));
          return;
        }
      } else {
        await onSave(fileName, format === 'md' ? letterMarkdown(letter) : letterDocx(letter), LETTER_MIME[format]);
      }
      setStatus(t.saved(fileName));
      setFinished(true);
    } catch (error) {
      setStatus(t.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={ref} className="letter-dialog" aria-labelledby={`${id}-title`} onClose={onClose} onCancel={onClose}>
      <h2 id={`${id}-title`}>{t.title(organisation)}</h2>
      <div className="letter-dialog__body">
        <form className="letter-dialog__options" onSubmit={(e) => e.preventDefault()}>
          <fieldset>
            <legend>{t.format}</legend>
            {LETTER_FORMATS.map((f) => (
              <label key={f}>
                <input type="radio" name={`${id}-format`} value={f} checked={format === f} disabled={f === 'pdf' && !canPdf} onChange={() => choose(setFormat)(f)} />
                <span>{t.formats[f]}</span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t.language}</legend>
            {USER_LANGS.map((l) => (
              <label key={l}>
                <input type="radio" name={`${id}-lang`} value={l} checked={lang === l} onChange={() => choose(setLang)(l)} />
                {/* A language's own name, never translated. */}
                <span lang={tagOf(l)} translate="no">
                  {LANGUAGES[l].name}
                </span>
              </label>
            ))}
          </fieldset>
          {!canPdf ? <p className="letter-dialog__note">{t.pdfUnavailable}</p> : null}
        </form>
        <section className="letter-dialog__preview" aria-label={t.preview} tabIndex={0} lang={tagOf(letter.lang)}>
          <LetterPreview letter={letter} />
        </section>
      </div>
      <footer className="letter-dialog__footer">
        <p className="letter-dialog__file">
          {t.fileName}:{' '}
          <span className="letter-dialog__name" data-testid="letter-file-name" translate="no">
            {fileName}
          </span>
        </p>
        <p role="status" className="letter-dialog__status">
          {status}
        </p>
        {finished ? (
          <button ref={closeRef} type="button" className="tool-button is-primary" onClick={onClose}>
            {t.close}
          </button>
        ) : (
          <>
            <button type="button" className="tool-button" onClick={onClose}>
              {t.cancel}
            </button>
            <button type="button" className="tool-button is-primary" onClick={save} disabled={busy} aria-busy={busy}>
              {busy ? t.saving : t.save}
            </button>
          </>
        )}
      </footer>
    </dialog>
  );
}

/** The letter as the page will read: its text blocks, laid out like the printed letter. */
function LetterPreview({ letter }: { letter: NonNullable<ReturnType<typeof buildLetter>> }) {
  const text = letterText(letter);
  return (
    <article className="letter-preview">
      <p className="letter-preview__sender">{text.sender}</p>
      <p>
        {text.addressee.map((line, i) => (
          <span key={i} className="letter-preview__line">
            {line}
          </span>
        ))}
      </p>
      <dl className="letter-preview__heads">
        {text.heads.map((h) => (
          <div key={h.label}>
            <dt>{h.label}</dt>
            <dd>{h.dateTime ? <time dateTime={h.dateTime}>{h.value}</time> : h.value}</dd>
          </div>
        ))}
      </dl>
      <p>{text.salutation}</p>
      {text.blocks.map((block, i) =>
        block.kind === 'paragraph' ? (
          <p key={i} className={block.emphasis ? 'letter-preview__emphasis' : undefined}>
            {block.text}
          </p>
        ) : block.kind === 'list' ? (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ) : (
          <table key={i} className="letter-preview__table">
            <caption>{block.caption}</caption>
            <thead>
              <tr>
                {block.header.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row) => (
                <tr key={row[0]}>
                  {row.map((c, j) => (j === 0 ? <th key={j} scope="row">{c}</th> : <td key={j}>{c}</td>))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                {block.total.map((c, j) => (j === 0 ? <th key={j} scope="row">{c}</th> : <td key={j}>{c}</td>))}
              </tr>
            </tfoot>
          </table>
        ),
      )}
      <p>{text.closing}</p>
      <p className="letter-preview__signature">{text.signature}</p>
      <p className="letter-preview__footer">{text.footer}</p>
    </article>
  );
}
