// The import dialog: a file or pasted cells → what was detected (separator, decimals, sheet;
// each can be changed) → a preview with a field per column (guessed from the headings, or the
// mapping remembered for these headings) → every row that cannot be read, with its number and
// why → a new scenario, or the lines added to the current one. All reading is shared/import's,
// the same as `vcp import`; this component only holds the choices. The app decides where it is
// shown and what the callbacks do (the store's commit makes adding undoable).
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatMoney } from '../../../shared/format/money';
import type { DecimalStyle } from '../../../shared/format/read-number';
import { SEPARATORS, type Separator } from '../../../shared/import/delimited';
import { decimalName, detectionFacts, openDataFacts, scaleName, separatorName } from '../../../shared/import/describe';
import type { ColumnField } from '../../../shared/import/fields';
import { guessMapping, suggestedBaseYear, withColumnField, type Mapping } from '../../../shared/import/mapping';
import { openImportFile } from '../../../shared/import/open';
import { municipalityLabel } from '../../../shared/import/open-data';
import { importedTotal, readLines } from '../../../shared/import/read-lines';
import { linesWithIds, scenarioFromImport } from '../../../shared/import/scenario';
import { readTextSource, scaleInEffect, type ImportSource } from '../../../shared/import/source';
import { excelModuleOf, type ExcelLoader } from '../../../shared/import/xlsx';
import type { Problem } from '../../../shared/scenario/problems';
import { MAX_YEAR, MIN_YEAR, type Line, type Scenario } from '../../../shared/scenario/schema';
import { useLang, useText } from '../../i18n/use-text';
import { ImportPreview } from './ImportPreview';
import { ImportReport } from './ImportReport';
import { defaultStorage, recallMapping, rememberMapping, type MappingStorage } from './remembered-mapping';
import './import.css';
import { render, text, type Text } from '../../../shared/i18n/text';
import { htmlTableToText } from './html-paste';

export interface ImportDialogProps {
  /** A base year to start from when the headings name none (the current scenario's). */
  baseYear?: number;
  /** Ids of the current scenario's lines; without them only "Nieuw scenario" is offered. */
  existingLineIds?: readonly string[];
  onNewScenario: (scenario: Scenario) => void;
  /** Lines with ids unique among `existingLineIds`; the caller adds them in one undoable commit. */
  onAddLines: (lines: Line[]) => void;
  onCancel?: () => void;
  /** Where the last mapping is remembered; localStorage by default, null for nowhere. */
  storage?: MappingStorage | null;
  /** ExcelJS or a loader of it; by default its browser build is loaded on the first XLSX (a lazy chunk). */
  excel?: ExcelLoader;
}

type Input = { kind: 'file'; name: string; bytes: Uint8Array } | { kind: 'paste'; text: string };

interface Overrides {
  separator?: Separator;
  decimal?: DecimalStyle;
  sheet?: string;
  /** The unit of the amounts, when the caption's (or its absence) is wrong. */
  scale?: number;
}

const SCALES = [1, 1000, 1000000] as const;

/** The CBS open data layout's choices: the municipality (its key) and the report; the defaults when absent. */
interface OpenDataChoice {
  municipality?: string;
  report?: string;
}

async function readBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

const loadExcel = () => import('exceljs').then(excelModuleOf);

const SEPARATOR_VALUES: Record<Separator, string> = { ';': 'semicolon', ',': 'comma', '\t': 'tab', '|': 'bar' };

export function ImportDialog(props: ImportDialogProps) {
  const { existingLineIds, onNewScenario, onAddLines, onCancel, excel, baseYear } = props;
  const t = useText().importDialog;
  const od = useText().openData;
  const lang = useLang();
  const id = useId();
  const storage = useMemo(() => (props.storage === undefined ? defaultStorage() : props.storage), [props.storage]);

  const [input, setInput] = useState<Input | null>(null);
  const [overrides, setOverrides] = useState<Overrides>({});
  const [source, setSource] = useState<ImportSource | null>(null);
  const [error, setError] = useState<Text | null>(null);
  const [loading, setLoading] = useState(false);
  const [mapping, setMapping] = useState<Mapping>([]);
  const [remembered, setRemembered] = useState(false);
  const [keepRows, setKeepRows] = useState<number[]>([]);
  const [pasteText, setPasteText] = useState('');
  const [title, setTitle] = useState('');
  const [yearText, setYearText] = useState('');
  const [refused, setRefused] = useState<Problem[]>([]);
  const [openChoice, setOpenChoice] = useState<OpenDataChoice>({});
  const request = useRef(0);
  const sourceRef = useRef<ImportSource | null>(null);
  const yearRef = useRef('');
  yearRef.current = yearText;

  // (Re)read the input whenever it or an override changes; a slower earlier read never wins.
  useEffect(() => {
    if (!input) return;
    const mine = ++request.current;
    setLoading(true);
    setError(null);
    const read = async () => {
      if (input.kind === 'paste') {
        return readTextSource(input.text, { format: 'paste', ...(overrides.separator ? { separator: overrides.separator } : {}), ...(overrides.decimal ? { decimal: overrides.decimal } : {}) });
      }
      return openImportFile(input.bytes, input.name, { ...overrides, excel: excel ?? loadExcel });
    };
    read()
      .then((opened) => {
        if (mine !== request.current) return;
        setLoading(false);
        if (!opened.ok) {
          sourceRef.current = null;
          setSource(null);
          setError(opened.message);
          return;
        }
        const next = opened.source;
        const previous = sourceRef.current;
        // The same columns (another decimal style, say): keep the person's mapping.
        const sameColumns = previous !== null && previous.columns.map((c) => c.heading).join('\u0000') === next.columns.map((c) => c.heading).join('\u0000');
        if (!sameColumns) {
          const recalled = recallMapping(storage, next.columns);
          // Another sheet of the same file: the base year already chosen picks its amount column.
          const chosenYear = /^\d{4}$/.test(yearRef.current.trim()) ? Number(yearRef.current.trim()) : undefined;
          const year = baseYear ?? chosenYear;
          const mapped = recalled ?? guessMapping(next, year !== undefined ? { baseYear: year } : {});
          setMapping(mapped);
          setRemembered(recalled !== undefined);
          setKeepRows([]);
          setYearText(String(suggestedBaseYear(next, mapped) ?? baseYear ?? new Date().getFullYear()));
        }
        sourceRef.current = next;
        setSource(next);
      })
      .catch((e: unknown) => {
        if (mine !== request.current) return;
        setLoading(false);
        setSource(null);
        const reason = String((e as Error)?.message ?? e);
        setError(text('importing.open.unreadable', reason));
      });
  }, [input, overrides, excel, storage, baseYear]);

  // The base year the lines are for: the scenario's, or the one typed for a new scenario.
  const readYear = baseYear ?? (/^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : undefined);
  const result = useMemo(
    () =>
      source
        ? readLines(source, mapping, {
            ...(overrides.decimal ? { decimal: overrides.decimal } : {}),
            ...(overrides.scale !== undefined ? { scale: overrides.scale } : {}),
            ...(readYear !== undefined ? { baseYear: readYear } : {}),
            ...(openChoice.municipality !== undefined ? { municipality: openChoice.municipality } : {}),
            ...(openChoice.report !== undefined ? { report: openChoice.report } : {}),
            keepRows,
            lang,
          })
        : null,
    [source, mapping, overrides.decimal, overrides.scale, keepRows, readYear, openChoice, lang],
  );

  const startInput = (next: Input, defaultTitle: string) => {
    setOverrides({});
    setSource(null);
    sourceRef.current = null;
    yearRef.current = '';
    setYearText('');
    setRefused([]);
    setOpenChoice({});
    setTitle((current) => (current === '' ? defaultTitle : current));
    setInput(next);
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const bytes = await readBytes(file);
    startInput({ kind: 'file', name: file.name, bytes }, file.name.replace(/\.[^.]+$/, ''));
  };

  const onPaste = (text: string) => {
    if (text.trim() === '') return;
    startInput({ kind: 'paste', text }, t.defaultTitle);
  };

  const changeField = (column: number, field: ColumnField) => {
    setMapping((m) => withColumnField(m, column, field));
    setRemembered(false);
  };

  const guessAgain = () => {
    if (!source) return;
    setMapping(guessMapping(source, baseYear !== undefined ? { baseYear } : {}));
    setRemembered(false);
  };

  const year = /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : NaN;
  const yearOk = Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
  const lineCount = result?.lines.length ?? 0;

  const createScenario = () => {
    if (!source || !result || lineCount === 0 || !yearOk) return;
    const built = scenarioFromImport({
      title: title.trim() || t.defaultTitle,
      baseYear: year,
      lines: result.lines,
      lang,
      now: new Date(),
      ...(input?.kind === 'file' ? { sourceName: input.name } : {}),
      ...(result.openData?.municipality?.name !== undefined ? { municipality: result.openData.municipality.name } : {}),
    });
    if (!built.ok) {
      setRefused(built.problems);
      return;
    }
    rememberMapping(storage, source.columns, mapping);
    onNewScenario(built.value);
  };

  const addLines = () => {
    if (!source || !result || lineCount === 0 || !existingLineIds) return;
    rememberMapping(storage, source.columns, mapping);
    onAddLines(linesWithIds(result.lines, existingLineIds));
  };

  const detection = source?.detection;
  const canChooseSeparator = detection !== undefined && detection.format !== 'xlsx';
  const layout = detection?.openData;

  return (
    <section className="import-dialog" role="dialog" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.title}</h2>
      <p className="import-hint">{t.intro}</p>

      <div className="import-inputs">
        <p className="import-field">
          <label htmlFor={`${id}-file`}>{t.file}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".xlsx,.xls,.csv,.tsv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </p>
        <div className="import-field">
          <label htmlFor={`${id}-paste`}>{t.paste}</label>
          <textarea
            id={`${id}-paste`}
            rows={3}
            value={pasteText}
            onChange={(e) => setPasteText(e.target.value)}
            onPaste={(e) => {
              // A table from a web page: its cells, not the page's text around them.
              const text = htmlTableToText(e.clipboardData.getData('text/html') ?? '') ?? e.clipboardData.getData('text/plain');
              if (text.trim() === '') return;
              e.preventDefault();
              setPasteText(text);
              onPaste(text);
            }}
          />
          <button type="button" className="import-button" disabled={pasteText.trim() === ''} onClick={() => onPaste(pasteText)}>
            {t.pasteButton}
          </button>
        </div>
      </div>

      <div aria-live="polite">{loading ? <p className="import-hint">{t.reading}</p> : null}</div>
      {error ? (
        <p role="alert" className="import-error">
          {render(lang, error)}
        </p>
      ) : null}

      {source && detection && result ? (
        <>
          <section aria-labelledby={`${id}-detected`} className="import-detected">
            <h3 id={`${id}-detected`}>{t.detected}</h3>
            <dl data-testid="import-detection">
              {[...detectionFacts(detection, lang, overrides.scale), ...openDataFacts(result.openData, lang)].map(([k, v]) => (
                <div key={k}>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </div>
              ))}
            </dl>
            <div className="import-choices">
              {canChooseSeparator ? (
                <p className="import-field">
                  <label htmlFor={`${id}-sep`}>{t.separator}</label>
                  <select
                    id={`${id}-sep`}
                    value={SEPARATOR_VALUES[detection.separator ?? ';']}
                    onChange={(e) => {
                      const sep = SEPARATORS.find((s) => SEPARATOR_VALUES[s] === e.target.value);
                      setOverrides((o) => ({ ...o, ...(sep ? { separator: sep } : {}) }));
                    }}
                  >
                    {SEPARATORS.map((s) => (
                      <option key={s} value={SEPARATOR_VALUES[s]}>
                        {separatorName(s, lang)}
                      </option>
                    ))}
                  </select>
                </p>
              ) : null}
              <p className="import-field">
                <label htmlFor={`${id}-dec`}>{t.decimal}</label>
                <select
                  id={`${id}-dec`}
                  value={overrides.decimal ?? detection.decimal}
                  onChange={(e) => setOverrides((o) => ({ ...o, decimal: e.target.value as DecimalStyle }))}
                >
                  {(['comma', 'point'] as const).map((d) => (
                    <option key={d} value={d}>
                      {decimalName(d, lang)}
                    </option>
                  ))}
                </select>
              </p>
              <p className="import-field">
                <label htmlFor={`${id}-scale`}>{t.scale}</label>
                <select
                  id={`${id}-scale`}
                  value={scaleInEffect(detection, overrides.scale)}
                  onChange={(e) => setOverrides((o) => ({ ...o, scale: Number(e.target.value) }))}
                >
                  {SCALES.map((factor) => (
                    <option key={factor} value={factor}>
                      {scaleName(factor, lang)}
                    </option>
                  ))}
                </select>
              </p>
              {layout && layout.municipalities.length > 1 ? (
                <p className="import-field">
                  <label htmlFor={`${id}-municipality`}>{od.dialog.municipality}</label>
                  <select
                    id={`${id}-municipality`}
                    value={result.openData?.municipality?.key ?? ''}
                    onChange={(e) => setOpenChoice((c) => ({ ...c, municipality: e.target.value }))}
                  >
                    {result.openData?.municipality ? null : (
                      <option value="" disabled>
                        {od.dialog.choose}
                      </option>
                    )}
                    {layout.municipalities.map((m) => (
                      <option key={m.key} value={m.key}>
                        {municipalityLabel(m)}
                      </option>
                    ))}
                  </select>
                </p>
              ) : null}
              {layout && layout.reports.length > 1 ? (
                <p className="import-field">
                  <label htmlFor={`${id}-report`}>{od.dialog.report}</label>
                  <select
                    id={`${id}-report`}
                    value={result.openData?.report ?? ''}
                    onChange={(e) => setOpenChoice((c) => ({ ...c, report: e.target.value }))}
                  >
                    {layout.reports.map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                  </select>
                </p>
              ) : null}
              {detection.sheets && detection.sheets.length > 1 ? (
                <p className="import-field">
                  <label htmlFor={`${id}-sheet`}>{t.sheet}</label>
                  <select id={`${id}-sheet`} value={detection.sheet} onChange={(e) => setOverrides((o) => ({ ...o, sheet: e.target.value }))}>
                    {detection.sheets.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                </p>
              ) : null}
            </div>
          </section>

          {remembered ? (
            <p className="import-hint">
              {t.remembered}{' '}
              <button type="button" className="import-link" onClick={guessAgain}>
                {t.guessAgain}
              </button>
            </p>
          ) : null}

          <ImportPreview source={source} mapping={mapping} result={result} onChangeField={changeField} />

          <p className="import-summary" role="status" data-testid="import-summary">
            {lineCount > 0
              ? t.summary(lineCount, formatMoney(importedTotal(result.lines), { lang, digits: 2 }))
              : result.openData && !result.openData.municipality
                ? od.chooseFirst(result.openData.municipalities)
                : t.noLines}
          </p>

          <ImportReport
            result={result}
            keepRows={keepRows}
            onKeepRow={(row, keep) => setKeepRows((rows) => (keep ? [...rows, row] : rows.filter((r) => r !== row)))}
          />

          <div className="import-actions">
            <p className="import-field">
              <label htmlFor={`${id}-title-input`}>{t.newTitle}</label>
              <input id={`${id}-title-input`} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
            </p>
            <p className="import-field">
              <label htmlFor={`${id}-year`}>{t.baseYear}</label>
              <input
                id={`${id}-year`}
                inputMode="numeric"
                value={yearText}
                aria-invalid={!yearOk}
                aria-describedby={yearOk ? undefined : `${id}-year-problem`}
                onChange={(e) => setYearText(e.target.value)}
              />
              {yearOk ? null : (
                <span id={`${id}-year-problem`} className="import-error">
                  {t.notAYear}
                </span>
              )}
            </p>
            <p className="import-buttons">
              <button type="button" className="import-button import-button--primary" disabled={lineCount === 0 || !yearOk} onClick={createScenario}>
                {t.newScenario}
              </button>
              {existingLineIds ? (
                <button type="button" className="import-button" disabled={lineCount === 0} onClick={addLines}>
                  {t.addLines}
                </button>
              ) : null}
              {onCancel ? (
                <button type="button" className="import-button import-button--quiet" onClick={onCancel}>
                  {t.cancel}
                </button>
              ) : null}
            </p>
            {refused.length > 0 ? (
              <div role="alert" className="import-error">
                <p>{t.refused}</p>
                <ul>
                  {refused.map((p, i) => (
                    <li key={i}>
                      {p.path}: {render(lang, p.message)}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        </>
      ) : onCancel ? (
        <p className="import-buttons">
          <button type="button" className="import-button import-button--quiet" onClick={onCancel}>
            {t.cancel}
          </button>
        </p>
      ) : null}
    </section>
  );
}
