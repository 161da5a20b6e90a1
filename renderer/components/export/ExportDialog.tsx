import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { projectionOf } from '../../store/use-projection';
import { COMPARISON_CSV_TABLES, CSV_STYLES, CSV_TABLES, type CsvStyle, type CsvTableKind } from '../../../shared/export/csv';
import { buildComparison } from '../../../shared/export/comparison';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/export/formats';
import type { CompareItem } from '../../../shared/compare/types';
import { buildSummary } from '../../../shared/export/summary';
import type { MoneyUnit } from '../../../shared/format/money';
import { LANGUAGES, USER_LANGS, tagOf, type Lang } from '../../../shared/i18n/languages';
import type { Scenario } from '../../../shared/scenario/schema';
import { useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { uiSelectors } from '../../store/ui-slice';
import { comparisonExportable, summaryExportable } from '../../../shared/export/exportable';
import { produce, producePage, type ExportChoice, type PdfPrinter } from './export-bytes';
import { DEFAULT_RANGE, PAGE_FORMAT, PAGE_MIME, pageFileName, rangeProblem } from '../../../shared/export/interactive-page';
import { render } from '../../../shared/i18n/text';
import { PagePreview } from './PagePreview';
import type { PrintRequest } from '../../platform/browser-print';
import { ComparisonPreview } from './ComparisonPreview';
import { ExportPreview } from './ExportPreview';
import './export.css';
import { useModalDialog } from '../dialog/use-modal-dialog';
import { annexOf, decisionsDocument, monitorDocument } from '../../../shared/export/annex';
import { ANNEX_FORMATS, annexParts, isAnnexFormat, type AnnexFormat } from '../../../shared/export/annex-formats';
import { produceAnnex } from './annex-bytes';
import { AnnexPreview, type AnnexModel } from './AnnexPreview';

export interface ExportDialogProps {
  open: boolean;
  /** The scenario to summarise… */
  scenario?: Scenario;
  /** …or the scenarios to compare (the first the reference): the comparison's own tables. */
  comparison?: readonly CompareItem[];
  onClose(): void;
  /** Receives the finished file: text for Markdown and CSV, bytes for PDF, XLSX and PNG. */
  onSave(fileName: string, data: Uint8Array | string, mime: string): void | Promise<void>;
  /** The host's PDF printer (Electron's printToPDF). */
  printToPdf?: PdfPrinter;
  /**
   * Without a printer: the browser's own print dialog, given the print layout (the browser
   * version), where the user saves it as PDF. With neither, PDF cannot be chosen.
   */
  printInBrowser?: (request: PrintRequest) => Promise<void>;
  /** The date on the document, YYYY-MM-DD; default today. */
  date?: string;
  /** A summary's format, the interactive page, or one of the scenario's annexes (#22: the monitor, the decision log). */
  initialFormat?: DialogFormat;
}

/** What the dialog offers: the export formats and, for one scenario, the interactive page and the annexes. */
type DialogFormat = ExportFormat | typeof PAGE_FORMAT | AnnexFormat;

const LANGS: readonly Lang[] = USER_LANGS;

/** A per cent as typed ("150", "150,5"); NaN when it is not a number. */
function percentOf(typed: string): number {
  return typed.trim() === '' ? Number.NaN : Number(typed.replace(',', '.'));
}
const UNITS: readonly MoneyUnit[] = ['euro', 'thousand'];

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** File > Export: choose a format and its options, see what it will hold, save it. */
export function ExportDialog({ open, scenario, comparison, onClose, onSave, printToPdf, printInBrowser, date, initialFormat }: ExportDialogProps) {
  const t = useText().exportDialog;
  const uiLang = useAppStore(uiSelectors.lang);
  const uiUnit = useAppStore(uiSelectors.unit);
  const [format, setFormat] = useState<DialogFormat>(initialFormat ?? (printToPdf || printInBrowser ? 'pdf' : 'xlsx'));
  const [lang, setLang] = useState<Lang>(uiLang);
  const [unit, setUnit] = useState<MoneyUnit>(uiUnit);
  const [table, setTable] = useState<CsvTableKind>('year');
  const [csvStyle, setCsvStyle] = useState<CsvStyle>('nl');
  // The interactive page's slider range, in per cents of the plan as typed.
  const [rangeFrom, setRangeFrom] = useState(String(DEFAULT_RANGE.min * 100));
  const [rangeTo, setRangeTo] = useState(String(DEFAULT_RANGE.max * 100));
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  // The file just saved, until an option changes: then there is nothing left to do but close
  // (Sluiten, not Annuleren / Opslaan); another choice makes another file to save.
  const [finished, setFinished] = useState(false);
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const choose =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      setFinished(false);
      set(value);
    };
  // The Opslaan button that had focus is gone: focus goes to Sluiten.
  useEffect(() => {
    if (finished) closeRef.current?.focus();
  }, [finished]);

  useModalDialog(ref, open);

  const day = date ?? today();
  const model = useMemo(() => {
    if (comparison) {
      const c = buildComparison(comparison, { lang, unit, date: day });
      return { subject: comparisonExportable(c), preview: (choice: ExportChoice) => <ComparisonPreview comparison={c} choice={choice} t={t} /> };
    }
    if (!scenario) throw new Error('ExportDialog needs a scenario or a comparison');
    const summary = buildSummary(scenario, projectionOf(scenario), { lang, unit, date: day });
    return { subject: summaryExportable(summary), preview: (choice: ExportChoice) => <ExportPreview summary={summary} choice={choice} t={t} /> };
  }, [scenario, comparison, lang, unit, day, t]);
  // An annex of the scenario: the realisation monitor or the decision log (#22).
  const annexFormat = !comparison && isAnnexFormat(format) ? format : null;
  const annex = useMemo<AnnexModel | null>(() => {
    if (!annexFormat || !scenario) return null;
    const options = { lang, date: day };
    const projection = projectionOf(scenario);
    const kind = annexParts(annexFormat).kind;
    return {
      annex: annexOf(kind, scenario, () => projection, options),
      monitor: kind === 'monitor' ? monitorDocument(scenario, projection, options) : null,
      decisions: decisionsDocument(scenario, options),
    };
  }, [annexFormat, scenario, lang, day]);
  const tables: readonly CsvTableKind[] = comparison ? COMPARISON_CSV_TABLES : CSV_TABLES;
  const chosenTable = tables.includes(table) ? table : 'year';
  const isPage = format === PAGE_FORMAT && scenario !== undefined && !comparison;
  const formats: readonly (ExportFormat | typeof PAGE_FORMAT)[] = comparison ? EXPORT_FORMATS : [...EXPORT_FORMATS, PAGE_FORMAT];
  // While the page or an annex is chosen the export choice is not used; it keeps a format of its own.
  const choice: ExportChoice = { format: format === PAGE_FORMAT || isAnnexFormat(format) ? (EXPORT_FORMATS[0] as ExportFormat) : format, table: chosenTable, csvStyle };
  const range = { min: percentOf(rangeFrom) / 100, max: percentOf(rangeTo) / 100 };
  const problem = isPage ? rangeProblem(range) : null;
  const fileName = isPage
    ? pageFileName(scenario.title)
    : annex && annexFormat
      ? annex.annex.fileName(annexFormat)
      : model.subject.fileName(choice.format, format === 'csv' ? chosenTable : undefined);
  // The browser version prints the same layout through the browser's print dialog.
  const pdf = format === 'pdf' || (annexFormat !== null && annexParts(annexFormat).type === 'pdf');
  const pdfByPrinting = pdf && !printToPdf && printInBrowser !== undefined;
  const pdfBlocked = pdf && !printToPdf && !printInBrowser;

  async function save() {
    setBusy(true);
    setStatus('');
    try {
      if (isPage) {
        await onSave(fileName, await producePage(scenario, { lang, unit, date: day, range }), PAGE_MIME);
        setStatus(t.saved(fileName));
        setFinished(true);
        return;
      }
      if (pdfByPrinting) {
        const html = annex ? annex.annex.browserPrintHtml() : model.subject.browserPrintHtml();
        await printInBrowser({ html, label: t.browserPdf.frameLabel, fileTitle: fileName.replace(/\.pdf$/, '') });
        setStatus(t.browserPdf.printed(fileName));
        return;
      }
      const out = annex && annexFormat ? await produceAnnex(annex.annex, annexFormat, { printToPdf }) : await produce(model.subject, choice, { printToPdf });
      await onSave(out.fileName, out.data, out.mime);
      setStatus(t.saved(out.fileName));
      setFinished(true);
    } catch (error) {
      setStatus(t.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  }

  const radios = <T extends string>(name: string, legend: string, values: readonly T[], value: string, set: (v: T) => void, label: (v: T) => ReactNode, hint?: (v: T) => string) => (
    <fieldset className="export-dialog__group">
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} className="export-dialog__choice">
          <input type="radio" name={`${id}-${name}`} value={v} checked={value === v} onChange={() => set(v)} />
          <span>{label(v)}</span>
          {hint ? <small>{hint(v)}</small> : null}
        </label>
      ))}
    </fieldset>
  );

  return (
    <dialog ref={ref} className="export-dialog" aria-labelledby={`${id}-title`} onClose={onClose} onCancel={onClose}>
      <h2 id={`${id}-title`}>{comparison ? t.comparisonTitle : t.title}</h2>
      <div className="export-dialog__body">
        <form className="export-dialog__options" onSubmit={(e) => e.preventDefault()}>
          {radios(
            'format',
            t.format,
            formats,
            format,
            choose(setFormat),
            (f) => (f === PAGE_FORMAT ? t.interactivePage.format : t.formats[f]),
            (f) => (f === PAGE_FORMAT ? t.interactivePage.hint : t.formatHints[f]),
          )}
          {scenario && !comparison
            ? radios('annex', t.annexes.legend, ANNEX_FORMATS, format, choose(setFormat), (f) => t.annexes.formats[f], (f) => {
                const { kind, type } = annexParts(f);
                return type === 'pdf' ? t.annexes.hints[kind] : '';
              })
            : null}
          {radios('lang', t.language, LANGS, lang, choose(setLang), (l) => (
            // A language's own name, never translated.
            <span lang={tagOf(l)} translate="no">
              {LANGUAGES[l].name}
            </span>
          ))}
          {annexFormat ? <p className="export-dialog__note">{t.annexes.unitNote}</p> : radios('unit', t.unit, UNITS, unit, choose(setUnit), (u) => t.units[u])}
          {format === 'csv' ? (
            <>
              <label className="export-dialog__select">
                <span>{t.table}</span>
                <select value={chosenTable} onChange={(e) => choose(setTable)(e.target.value as CsvTableKind)}>
                  {tables.map((k) => (
                    <option key={k} value={k}>
                      {t.tables[k]}
                    </option>
                  ))}
                </select>
              </label>
              {radios('style', t.style, CSV_STYLES, csvStyle, choose(setCsvStyle), (s) => t.styles[s])}
            </>
          ) : null}
          {isPage ? (
            <fieldset className="export-dialog__group export-dialog__range">
              <legend>{t.interactivePage.range}</legend>
              <label className="export-dialog__select">
                <span>{t.interactivePage.from}</span>
                <input type="number" min={0} max={100} step={5} value={rangeFrom} onChange={(e) => choose(setRangeFrom)(e.target.value)} aria-describedby={`${id}-range-hint ${id}-range-problem`} aria-invalid={problem !== null} />
              </label>
              <label className="export-dialog__select">
                <span>{t.interactivePage.to}</span>
                <input type="number" min={100} step={5} value={rangeTo} onChange={(e) => choose(setRangeTo)(e.target.value)} aria-describedby={`${id}-range-hint ${id}-range-problem`} aria-invalid={problem !== null} />
              </label>
              <small id={`${id}-range-hint`}>{t.interactivePage.rangeHint}</small>
              <p id={`${id}-range-problem`} className="export-dialog__problem">
                {problem ? render(uiLang, problem) : null}
              </p>
            </fieldset>
          ) : null}
        </form>
        <section className="export-dialog__preview" aria-label={t.preview} tabIndex={0}>
          {isPage ? (
            <PagePreview scenario={scenario} range={range} lang={uiLang} t={t} />
          ) : annex && annexFormat ? (
            <AnnexPreview model={annex} format={annexFormat} />
          ) : (
            model.preview(choice)
          )}
        </section>
      </div>
      <footer className="export-dialog__footer">
        <p className="export-dialog__file">
          {t.fileName}: <span className="export-dialog__name" data-testid="export-file-name" translate="no">
            {fileName}
          </span>
        </p>
        {pdfBlocked ? <p className="export-dialog__note">{t.pdfUnavailable}</p> : null}
        {pdfByPrinting ? (
          <p className="export-dialog__note export-dialog__note--how" data-testid="browser-pdf-note">
            {t.browserPdf.how}
          </p>
        ) : null}
        <p role="status" className="export-dialog__status">
          {status}
        </p>
        {finished ? (
          <button ref={closeRef} type="button" className="tool-button is-primary" onClick={onClose}>
            {t.finished.close}
          </button>
        ) : (
          <>
            <button type="button" className="tool-button" onClick={onClose}>
              {t.cancel}
            </button>
            <button type="button" className="tool-button is-primary" onClick={save} disabled={busy || pdfBlocked || problem !== null} aria-busy={busy}>
              {busy ? t.saving : t.save}
            </button>
          </>
        )}
      </footer>
    </dialog>
  );
}
